#include "Outbox.h"

#include "auth/Context.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>

namespace td {

namespace {

Result<QList<Outbox::Entry>> entries(const Database& db, const QString& sql, const QVariantList& bindings)
{
    auto q = db.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<Outbox::Entry> list;
    QSqlQuery& query = q.value();
    while (query.next()) {
        list.append(Outbox::Entry {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(),
            QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object(), query.value(6).toString(),
            query.value(7).toString(), query.value(8).toString()});
    }
    return list;
}

const char* const kColumns = "SELECT seq, mutation_id, entity, entity_uuid, operation, payload, created_at, state, "
                             "coalesce(error, '') FROM outbox ";

} // namespace

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
    return pendingCount(ctx.db);
}

Result<qint64> Outbox::pendingCount(const Database& db)
{
    auto r = db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    if (!r)
        return r.error();
    return r.value().toLongLong();
}

Result<QList<Outbox::Entry>> Outbox::pending(const Database& db, int limit)
{
    return entries(
        db, QString::fromLatin1(kColumns) + QStringLiteral("WHERE state = 'pending' ORDER BY seq LIMIT ?"), {limit});
}

Result<QList<Outbox::Entry>> Outbox::rejected(const Database& db, int limit)
{
    return entries(db,
        QString::fromLatin1(kColumns) + QStringLiteral("WHERE state = 'rejected' ORDER BY seq DESC LIMIT ?"), {limit});
}

Result<bool> Outbox::hasPendingField(
    const Database& db, const QString& entity, const QString& entityUuid, const QString& field)
{
    auto r = db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending' AND entity = ? AND "
                                      "entity_uuid = ? AND json_type(payload, '$.\"' || ? || '\"') IS NOT NULL"),
        {entity, entityUuid, field});
    if (!r)
        return r.error();
    return r.value().toLongLong() > 0;
}

Status Outbox::markSent(const Database& db, const QString& mutationId)
{
    auto r
        = db.exec(QStringLiteral("UPDATE outbox SET state = 'sent', error = NULL WHERE mutation_id = ?"), {mutationId});
    if (!r)
        return r.error();
    return {};
}

Status Outbox::markRejected(const Database& db, const QString& mutationId, const QString& reason)
{
    auto r = db.exec(
        QStringLiteral("UPDATE outbox SET state = 'rejected', error = ? WHERE mutation_id = ?"), {reason, mutationId});
    if (!r)
        return r.error();
    return {};
}

} // namespace td
