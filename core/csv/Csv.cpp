#include "Csv.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace td {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");
const QByteArray kUtf16LeBom("\xFF\xFE");
const QByteArray kUtf16BeBom("\xFE\xFF");

Result<QString> decodeStrictly(QStringDecoder& decoder, QByteArrayView bytes, const QString& encoding)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error::invalid(Csv::tr("The file is not valid %1 text.").arg(encoding));
    return text;
}

QChar separatorFor(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(text).left(end < 0 ? text.size() : end);
    if (firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(',')))
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool needsQuotes(const QString& field)
{
    if (field.isEmpty())
        return false;
    for (const QChar c : field)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    return field.front().isSpace() || field.back().isSpace();
}

} // namespace

bool Csv::Record::isBlank() const
{
    for (const QString& field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

bool Csv::canDecodeGb18030()
{
    return QStringDecoder("GB18030").isValid();
}

Result<Csv::Decoded> Csv::decode(const QByteArray& bytes)
{
    if (bytes.startsWith(kUtf8Bom)) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        auto text = decodeStrictly(decoder, QByteArrayView(bytes).sliced(kUtf8Bom.size()), QStringLiteral("UTF-8"));
        if (!text)
            return text.error();
        return Decoded {text.value(), QStringLiteral("UTF-8 BOM")};
    }
    if (bytes.startsWith(kUtf16LeBom) || bytes.startsWith(kUtf16BeBom)) {
        const bool little = bytes.startsWith(kUtf16LeBom);
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString name = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        auto text = decodeStrictly(decoder, QByteArrayView(bytes).sliced(2), name);
        if (!text)
            return text.error();
        return Decoded {text.value(), name};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return Decoded {text, QStringLiteral("UTF-8")};
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return Error::invalid(tr("The file is neither UTF-8 nor UTF-16 text, and this system cannot read GB18030/GBK. "
                                 "Save it from Excel as \"CSV UTF-8\"."));
    auto decoded = decodeStrictly(gb, bytes, QStringLiteral("GB18030"));
    if (!decoded)
        return Error::invalid(tr("The file's text encoding is not recognized: it is not UTF-8, UTF-16 or GB18030/GBK. "
                                 "Save it from Excel as \"CSV UTF-8\"."));
    return Decoded {decoded.value(), QStringLiteral("GB18030")};
}

Result<QList<Csv::Record>> Csv::parse(const QString& text)
{
    return parse(text, separatorFor(text));
}

Result<QList<Csv::Record>> Csv::parse(const QString& text, QChar separator)
{
    QList<Record> records;
    Record record {1, {}};
    QString field;
    int line = 1;
    bool quoted = false; // inside a quoted field
    bool anything = false; // the current record has begun
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                else if (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            anything = true;
        } else if (c == separator) {
            record.fields.append(field);
            field.clear();
            anything = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.fields.append(field);
            field.clear();
            records.append(record);
            ++line;
            record = Record {line, {}};
            anything = false;
        } else {
            // A quote inside an unquoted field is kept as typed (lenient, like Excel).
            field.append(c);
            anything = true;
        }
    }
    if (quoted)
        return Error::invalid(tr("Line %1: a quoted field is never closed.").arg(record.line));
    if (anything || !field.isEmpty()) {
        record.fields.append(field);
        records.append(record);
    }
    return records;
}

QString Csv::format(const QList<QStringList>& records)
{
    QString out;
    for (const QStringList& record : records) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                out.append(QLatin1Char(','));
            const QString& field = record.at(i);
            if (needsQuotes(field)) {
                QString escaped = field;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                out.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
            } else {
                out.append(field);
            }
        }
        out.append(QStringLiteral("\r\n"));
    }
    return out;
}

QByteArray Csv::encodeForExcel(const QString& text)
{
    return kUtf8Bom + text.toUtf8();
}

} // namespace td
