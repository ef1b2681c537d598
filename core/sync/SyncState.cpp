#include "SyncState.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace td {

Result<QString> SyncState::value(const Database& db, const QString& key)
{
    auto r = db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!r)
        return r.error();
    return r.value().toString();
}

Status SyncState::setValue(const Database& db, const QString& key, const QString& value)
{
    auto r = db.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                    "value = excluded.value"),
        {key, value});
    if (!r)
        return r.error();
    return {};
}

Result<QString> SyncState::deskId(const Database& db)
{
    auto id = value(db, QStringLiteral("desk_id"));
    if (!id || !id.value().isEmpty())
        return id;
    const QString made = sql::newUuid();
    if (auto r = setValue(db, QStringLiteral("desk_id"), made); !r)
        return r.error();
    return made;
}

Status SyncState::resetDeskId(const Database& db)
{
    return setValue(db, QStringLiteral("desk_id"), sql::newUuid());
}

Result<qint64> SyncState::pullCursor(const Database& db)
{
    auto cursor = value(db, QStringLiteral("pull_cursor"));
    if (!cursor)
        return cursor.error();
    return cursor.value().toLongLong();
}

Status SyncState::setPullCursor(const Database& db, qint64 cursor)
{
    return setValue(db, QStringLiteral("pull_cursor"), QString::number(cursor));
}

Status SyncState::recordRun(const Database& db, const Run& run)
{
    auto r
        = db.exec(QStringLiteral("INSERT INTO sync_runs (started_at, finished_at, outcome, pushed, rejected, pulled, "
                                 "deferred, message) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''))"),
            {sql::fromDateTime(run.startedAt), sql::fromDateTime(run.finishedAt), run.outcome, run.pushed, run.rejected,
                run.pulled, run.deferred, run.message});
    if (!r)
        return r.error();
    return {};
}

Result<QList<SyncState::Run>> SyncState::history(const Database& db, int limit)
{
    auto q = db.exec(QStringLiteral("SELECT id, started_at, finished_at, outcome, pushed, rejected, pulled, deferred, "
                                    "message FROM sync_runs ORDER BY id DESC LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    QList<Run> runs;
    QSqlQuery& query = q.value();
    while (query.next())
        runs.append(Run {query.value(0).toLongLong(), sql::toDateTime(query.value(1)), sql::toDateTime(query.value(2)),
            query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt(),
            query.value(7).toInt(), query.value(8).toString()});
    return runs;
}

Result<QDateTime> SyncState::lastSuccess(const Database& db)
{
    auto r = db.scalar(QStringLiteral("SELECT max(finished_at) FROM sync_runs WHERE outcome = 'ok'"));
    if (!r)
        return r.error();
    return r.value().isNull() ? QDateTime() : sql::toDateTime(r.value());
}

Result<qint64> SyncState::deferredCount(const Database& db)
{
    auto r = db.scalar(QStringLiteral("SELECT count(*) FROM sync_deferred"));
    if (!r)
        return r.error();
    return r.value().toLongLong();
}

} // namespace td
