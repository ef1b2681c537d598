#include "DatasetTables.h"

#include "ContentBased.h"

#include <QRegularExpression>

namespace td::ml {

namespace {

Error missingColumn(const QString& name)
{
    return Error::invalid(DatasetTables::tr("The file needs a column named %1.").arg(name), name);
}

} // namespace

Result<InteractionMatrix> DatasetTables::interactions(const CsvTable& table)
{
    const int user = table.column(QStringLiteral("user"));
    const int item = table.column(QStringLiteral("item"));
    const int rating = table.column(QStringLiteral("rating"));
    if (user < 0)
        return missingColumn(QStringLiteral("user"));
    if (item < 0)
        return missingColumn(QStringLiteral("item"));
    std::vector<Interaction> list;
    list.reserve(static_cast<size_t>(table.rows.size()));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        float weight = 1.0f;
        if (rating >= 0) {
            bool ok = false;
            weight = row[rating].trimmed().toFloat(&ok);
            if (!ok || weight <= 0)
                return Error::invalid(
                    tr("Row %1: the rating must be a positive number.").arg(r + 2), QStringLiteral("rating"));
        }
        if (row[user].trimmed().isEmpty() || row[item].trimmed().isEmpty())
            return Error::invalid(tr("Row %1: user and item must not be empty.").arg(r + 2));
        list.push_back({row[user].trimmed(), row[item].trimmed(), weight});
    }
    if (list.empty())
        return Error::invalid(tr("The file has no interactions."));
    return InteractionMatrix::fromInteractions(list);
}

Result<RatingsData> DatasetTables::ratings(const CsvTable& table)
{
    const int user = table.column(QStringLiteral("user"));
    const int item = table.column(QStringLiteral("item"));
    const int rating = table.column(QStringLiteral("rating"));
    if (user < 0)
        return missingColumn(QStringLiteral("user"));
    if (item < 0)
        return missingColumn(QStringLiteral("item"));
    if (rating < 0)
        return missingColumn(QStringLiteral("rating"));
    RatingsData data;
    QHash<QString, int> users;
    QHash<QString, int> items;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        bool ok = false;
        const float value = row[rating].trimmed().toFloat(&ok);
        if (!ok)
            return Error::invalid(tr("Row %1: the rating must be a number.").arg(r + 2), QStringLiteral("rating"));
        const QString u = row[user].trimmed();
        const QString i = row[item].trimmed();
        auto uFound = users.constFind(u);
        if (uFound == users.constEnd()) {
            uFound = users.insert(u, static_cast<int>(data.userIds.size()));
            data.userIds.append(u);
        }
        auto iFound = items.constFind(i);
        if (iFound == items.constEnd()) {
            iFound = items.insert(i, static_cast<int>(data.itemIds.size()));
            data.itemIds.append(i);
        }
        data.ratings.push_back({uFound.value(), iFound.value(), value});
    }
    if (data.ratings.empty())
        return Error::invalid(tr("The file has no ratings."));
    return data;
}

Result<std::vector<QStringList>> DatasetTables::itemTokens(const CsvTable& table, const InteractionMatrix& matrix)
{
    const int item = table.column(QStringLiteral("item"));
    if (item < 0)
        return missingColumn(QStringLiteral("item"));
    const auto cell = [&table](const QStringList& row, const char* name) {
        const int c = table.column(QLatin1String(name));
        return c >= 0 ? row[c] : QString();
    };
    static const QRegularExpression separator(QStringLiteral("[;|]"));
    std::vector<QStringList> tokens(static_cast<size_t>(matrix.itemCount()));
    for (const QStringList& row : table.rows) {
        const int index = matrix.itemIndex(row[item].trimmed());
        if (index < 0)
            continue;
        ItemContent content {cell(row, "kind"), cell(row, "category"), cell(row, "level"), cell(row, "title"),
            cell(row, "tags").split(separator, Qt::SkipEmptyParts)};
        tokens[static_cast<size_t>(index)] = contentTokens(content);
    }
    return tokens;
}

} // namespace td::ml
