#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace td::ml {

// A CSV file as text cells under a header row, for the evaluation commands that take public data sets.
// UTF-8 (a byte-order mark is skipped), comma-separated, RFC 4180 quoting.
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
