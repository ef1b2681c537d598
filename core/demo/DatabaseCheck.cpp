#include "DatabaseCheck.h"

#include "billing/LedgerChecks.h"
#include "storage/Database.h"

namespace td {

Result<QStringList> DatabaseCheck::run(const Database& db)
{
    QStringList problems;
    auto integrity = db.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(tr("Database structure: %1").arg(line));
    }
    // A damaged file makes every further check meaningless (and may make it fail).
    if (!problems.isEmpty())
        return problems;

    auto keys = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    while (keys.value().next()) {
        const QSqlQuery& row = keys.value();
        problems.append(tr("Table %1, row %2 refers to a %3 row that does not exist.")
                            .arg(row.value(0).toString(), row.value(1).toString(), row.value(2).toString()));
    }

    auto ledgers = LedgerChecks::run(db);
    if (!ledgers)
        return ledgers.error();
    problems += ledgers.value();
    return problems;
}

} // namespace td
