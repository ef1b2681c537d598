#include "CsvTable.h"

#include "csv/Csv.h"

#include <QFile>

namespace td::ml {

Result<CsvTable> CsvTable::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read %1: %2").arg(path, file.errorString()));
    auto decoded = Csv::decode(file.readAll());
    if (!decoded)
        return decoded.error();
    return parse(decoded->text);
}

Result<CsvTable> CsvTable::parse(const QString& text)
{
    auto records = Csv::parse(text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text);
    if (!records)
        return records.error();
    QList<Csv::Record> filled;
    for (Csv::Record& record : records.value()) {
        if (!record.isBlank())
            filled.append(std::move(record));
    }
    if (filled.isEmpty())
        return Error::invalid(tr("The file is empty; a header row naming the columns is needed."));

    CsvTable table;
    table.header = filled.takeFirst().fields;
    for (QString& name : table.header)
        name = name.trimmed();
    table.rows.reserve(filled.size());
    for (Csv::Record& record : filled) {
        if (record.fields.size() != table.header.size()) {
            return Error::invalid(tr("Row %1 has %2 cells but the header names %3 columns.")
                                      .arg(record.line)
                                      .arg(record.fields.size())
                                      .arg(table.header.size()));
        }
        table.rows.append(std::move(record.fields));
    }
    return table;
}

int CsvTable::column(const QString& name) const
{
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (header[c].compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(c);
    }
    return -1;
}

} // namespace td::ml
