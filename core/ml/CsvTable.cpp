#include "CsvTable.h"

#include <QFile>

namespace td::ml {

Result<CsvTable> CsvTable::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()));
}

Result<CsvTable> CsvTable::parse(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    qsizetype k = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const auto endRecord = [&] {
        record.append(cell);
        cell.clear();
        cellStarted = false;
        if (!(record.size() == 1 && record.front().isEmpty()))
            records.append(record);
        record.clear();
    };
    for (; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (k + 1 < text.size() && text.at(k + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++k;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted)
        return Error::invalid(tr("The file ends inside a quoted cell."));
    if (!record.isEmpty() || !cell.isEmpty())
        endRecord();
    if (records.isEmpty())
        return Error::invalid(tr("The file is empty; a header row naming the columns is needed."));

    CsvTable table;
    table.header = records.takeFirst();
    for (QString& name : table.header)
        name = name.trimmed();
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (records[r].size() != table.header.size()) {
            return Error::invalid(tr("Row %1 has %2 cells but the header names %3 columns.")
                                      .arg(r + 2)
                                      .arg(records[r].size())
                                      .arg(table.header.size()));
        }
    }
    table.rows = std::move(records);
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
