#include "Outbox.h"

#include "auth/Context.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>

namespace td {

Result<QString> Outbox::append(const Context& ctx, const QString& entity, const QString& entityUuid,
                               const QString& operation, const QJsonObject& payload)
{
    const QString mutationId = sql::newUuid();
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_uuid, operation, payload, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {mutationId, entity, entityUuid, operation,
                          QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                          sql::fromDateTime(ctx.clock.nowUtc())});
    if (!r)
        return r.error();
    return mutationId;
}

Result<qint64> Outbox::pendingCount(const Context& ctx)
{
    auto r = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    if (!r)
        return r.error();
    return r.value().toLongLong();
}

} // namespace td
