#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace td::ml {

// A CSV file as text cells under a header row, for the evaluation commands that take public data sets.
// Decoding and splitting are td::Csv's (UTF-8/UTF-16/GB18030, comma or tab, RFC 4180 quoting); blank
// lines are skipped and every row must be as wide as the header.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(td::ml::CsvTable)

public:
    static Result<CsvTable> read(const QString& path);
    static Result<CsvTable> parse(const QString& text);

    QStringList header;
    QList<QStringList> rows; // each as long as the header

    // Index of a header name (case-insensitive), -1 when absent.
    int column(const QString& name) const;
};

} // namespace td::ml
