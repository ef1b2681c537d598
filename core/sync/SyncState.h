#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

class Database;

// What the desk remembers about sync between runs (sync_state, sync_runs): its desk id, its pull
// cursor and the history the Sync page shows.
class SyncState
{
public:
    struct Run
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString outcome; // "ok", "unreachable", "refused", "failed"
        int pushed = 0;
        int rejected = 0;
        int pulled = 0;
        int deferred = 0;
        QString message;
    };

    // This desk's id, made on first use. A copied database file keeps the id of the desk it came from:
    // call resetDeskId() on the copy before it first syncs.
    static Result<QString> deskId(const Database& db);
    static Status resetDeskId(const Database& db);
    static Result<qint64> pullCursor(const Database& db);
    static Status setPullCursor(const Database& db, qint64 cursor);

    static Status recordRun(const Database& db, const Run& run);
    // Newest first.
    static Result<QList<Run>> history(const Database& db, int limit = 100);
    // The last run that finished "ok", or an invalid QDateTime.
    static Result<QDateTime> lastSuccess(const Database& db);
    // Pulled changes waiting for a row this desk does not have yet.
    static Result<qint64> deferredCount(const Database& db);

private:
    static Result<QString> value(const Database& db, const QString& key);
    static Status setValue(const Database& db, const QString& key, const QString& value);
};

} // namespace td
