#include "Database.h"

#include "Schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

namespace td {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("trainingdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, QSqlDatabase db)
    : m_path(std::move(path))
    , m_db(std::move(db))
{
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("center.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path, bool create)
{
    if (!create && !QFileInfo::exists(path))
        return Error::notFound(tr("The database file %1 does not exist.").arg(path));
    if (create)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    std::unique_ptr<Database> database(new Database(path, db));
    if (!db.open())
        return Error::storage(tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    // Connection settings only; nothing here writes to the file. A 64 MiB page cache keeps searches over
    // 100 000 students in memory (the 2 MiB default re-reads the table for a common phone fragment).
    for (const char* pragma :
        {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -65536"}) {
        auto r = database->exec(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    auto database = openConnection(path, true);
    if (!database)
        return database.error();
    Database& db = *database.value();
    // Refuse a newer database before anything (even the journal mode) is written to it.
    auto version = Schema::storedVersion(db);
    if (!version)
        return version.error();
    if (version.value() > Schema::latestVersion())
        return Error::conflict(tr("The database %1 was written by a newer TrainingDesk (schema version %2; this "
                                  "version understands up to %3). Nothing was changed; please update TrainingDesk.")
                                   .arg(path)
                                   .arg(version.value())
                                   .arg(Schema::latestVersion()));
    // WAL lets the desk read while a worker writes; FULL so that a payment the desk showed as done
    // survives a power cut.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        auto r = db.exec(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
    }
    auto upgraded = Schema::upgrade(db);
    if (!upgraded)
        return upgraded.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openExisting(const QString& path)
{
    auto database = openConnection(path, false);
    if (!database)
        return database.error();
    auto version = Schema::storedVersion(*database.value());
    if (!version)
        return version.error();
    if (version.value() != Schema::latestVersion())
        return Error::conflict(tr("The database %1 has schema version %2, but this TrainingDesk needs version %3. "
                                  "Open it once in the TrainingDesk app to upgrade it.")
                                   .arg(path)
                                   .arg(version.value())
                                   .arg(Schema::latestVersion()));
    auto r = database.value()->exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (!r)
        return r.error();
    return database;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error::storage(tr("Database error: %1").arg(query.lastError().text()));
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Error::storage(tr("Database error: %1").arg(query.lastError().text()));
    return query;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& bindings) const
{
    auto query = exec(sql, bindings);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

} // namespace td
