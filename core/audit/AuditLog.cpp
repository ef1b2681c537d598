#include "AuditLog.h"

#include "auth/Context.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace td {

Status AuditLog::record(
    const Context& ctx, const QString& entity, const QString& entityUuid, const QString& action, const QString& summary)
{
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, entity, entity_uuid, action, "
                                        "summary) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sql::fromDateTime(ctx.clock.nowUtc()), ctx.staffRef(), ctx.actor.username, entity, entityUuid, action,
            summary});
    if (!r)
        return r.error();
    return {};
}

Result<QList<AuditLog::Entry>> AuditLog::recent(const Context& ctx, int limit, const QString& entityUuid)
{
    const QString where = entityUuid.isEmpty() ? QString() : QStringLiteral(" WHERE entity_uuid = ?");
    QVariantList bindings;
    if (!entityUuid.isEmpty())
        bindings << entityUuid;
    bindings << limit;
    auto q = ctx.db.exec(QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, summary FROM audit_log")
            + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
        bindings);
    if (!q)
        return q.error();
    QList<Entry> entries;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        entries.append({row.value(0).toLongLong(), sql::toDateTime(row.value(1)), row.value(2).toString(),
            row.value(3).toString(), row.value(4).toString(), row.value(5).toString(), row.value(6).toString()});
    }
    return entries;
}

} // namespace td
