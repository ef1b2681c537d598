#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {

// RFC 4180 comma-separated values as spreadsheets really write them: quoted fields with doubled quotes and
// embedded line breaks, CRLF or LF, and the text encodings Excel uses (UTF-8 with or without a byte order
// mark, UTF-16 "Unicode text", GB18030/GBK in Chinese locales).
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(td::Csv)

public:
    struct Decoded
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"
    };

    struct Record
    {
        int line = 0; // the file's line (1-based) where the record starts
        QStringList fields;
        bool isBlank() const;
    };

    // Byte order mark first; without one, valid UTF-8, else GB18030 (a superset of GBK and GB2312).
    static Result<Decoded> decode(const QByteArray& bytes);
    // Whether GB18030 can be decoded here (Qt needs ICU for it).
    static bool canDecodeGb18030();

    // Splits text into records. The separator is the comma, or a tab when the first line has tabs and no
    // commas (Excel's "Unicode text" is tab-separated). An unterminated quote is an error naming its line.
    static Result<QList<Record>> parse(const QString& text);
    static Result<QList<Record>> parse(const QString& text, QChar separator);

    // Records joined with CRLF; a field is quoted when it holds a comma, a quote, a line break or
    // leading/trailing spaces.
    static QString format(const QList<QStringList>& records);
    // UTF-8 with a byte order mark, so that Excel opens it with the right encoding.
    static QByteArray encodeForExcel(const QString& text);
};

} // namespace td
