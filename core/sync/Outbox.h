#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace td {

struct Context;

// The queue of local writes the online platform must learn of. Services append in the same
// transaction as the write, so a change and its mutation exist together or not at all.
class Outbox
{
public:
    // entity: "student", "guardian", "consent", "enrollment", "attendance", "sale", "feedback"...
    // operation: "upsert", "delete", "add" (facts that are only ever added). payload: the entity's
    // synced fields. Returns the mutation id.
    static Result<QString> append(const Context& ctx, const QString& entity, const QString& entityUuid,
                                  const QString& operation, const QJsonObject& payload);
    static Result<qint64> pendingCount(const Context& ctx);
};

} // namespace td
