#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

struct Context;

// Append-only record of every write: who, when, what. Services call record() inside their own
// transaction so the entry exists exactly when the change does.
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString entity;
        QString entityUuid;
        QString action;
        QString summary;
    };

    // entity: table-like name ("student", "sale"); action: "create", "update", "check_in"...;
    // summary: a short, human line without secrets.
    static Status record(const Context& ctx, const QString& entity, const QString& entityUuid, const QString& action,
        const QString& summary);

    // Newest first; for one entity when entityUuid is given.
    static Result<QList<Entry>> recent(const Context& ctx, int limit, const QString& entityUuid = {});
};

} // namespace td
