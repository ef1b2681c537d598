#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace td {

struct Context;
class Database;

// The queue of local writes the online platform must learn of. Services append in the same
// transaction as the write, so a change and its mutation exist together or not at all.
class Outbox
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QString mutationId;
        QString entity;
        QString entityUuid;
        QString operation;
        QJsonObject payload;
        QString createdAt; // as stored: ISO-8601 UTC
        QString state; // "pending", "sent", "rejected"
        QString error; // why the server rejected it
    };

    // entity: "student", "guardian", "consent", "enrollment", "attendance", "class_hour_entry", "sale",
    // "feedback"... operation: "upsert", "delete", "add" (facts that are only ever added). payload: the
    // entity's synced fields, other rows referred to by uuid. Returns the mutation id.
    static Result<QString> append(const Context& ctx, const QString& entity, const QString& entityUuid,
        const QString& operation, const QJsonObject& payload);
    static Result<qint64> pendingCount(const Context& ctx);
    static Result<qint64> pendingCount(const Database& db);

    // The oldest pending entries, in order, at most limit.
    static Result<QList<Entry>> pending(const Database& db, int limit);
    // Entries the server refused for good, newest first (the Sync page shows them).
    static Result<QList<Entry>> rejected(const Database& db, int limit = 200);
    // Whether a pending entry for this row still carries this field (a local edit not yet pushed).
    static Result<bool> hasPendingField(
        const Database& db, const QString& entity, const QString& entityUuid, const QString& field);

    // Bookkeeping of the sync client, inside its transaction.
    static Status markSent(const Database& db, const QString& mutationId);
    static Status markRejected(const Database& db, const QString& mutationId, const QString& reason);
};

} // namespace td
