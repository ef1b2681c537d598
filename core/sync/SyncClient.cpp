#include "SyncClient.h"

#include "audit/AuditLog.h"
#include "auth/Context.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"
#include "sync/ServerChanges.h"
#include "sync/SyncSettings.h"
#include "sync/SyncState.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace td {

using sync::Protocol;

namespace {

QString displayValue(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// Services queue a record's full set of fields; the server merges per field by edit time, so an upsert
// carries only the fields that differ from this desk's previous mutation of the same record (its edit).
Result<QJsonObject> changedFields(const Database& db, const Outbox::Entry& entry)
{
    if (entry.operation != QLatin1String("upsert"))
        return entry.payload;
    auto previous
        = db.scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = ? AND entity_uuid = ? AND seq < ? "
                                   "AND operation = 'upsert' ORDER BY seq DESC LIMIT 1"),
            {entry.entity, entry.entityUuid, entry.seq});
    if (!previous)
        return previous.error();
    if (!previous.value().isValid())
        return entry.payload;
    const QJsonObject before = QJsonDocument::fromJson(previous.value().toString().toUtf8()).object();
    QJsonObject changed {{QStringLiteral("uuid"), entry.entityUuid}};
    for (auto it = entry.payload.begin(); it != entry.payload.end(); ++it)
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    return changed;
}

} // namespace

QString SyncReport::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

SyncClient::SyncClient(Database& db, const Clock& clock, SyncTransport& transport, Options options)
    : m_db(db)
    , m_clock(clock)
    , m_transport(transport)
    , m_options(options)
{
}

SyncClient::SyncClient(Database& db, const Clock& clock, SyncTransport& transport)
    : SyncClient(db, clock, transport, Options())
{
}

int SyncClient::backoffDelayMs(int attempt, int baseMs, int maxMs)
{
    qint64 delay = baseMs;
    for (int i = 1; i < attempt && delay < maxMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, maxMs);
    // Jitter spreads desks that lost the link together, so they do not all come back at the same instant.
    const double factor = 0.5 + QRandomGenerator::global()->generateDouble();
    return static_cast<int>(delay * factor);
}

SyncReply SyncClient::call(const SyncRequest& request)
{
    SyncReply reply;
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
        reply = m_transport.sendAndWait(request);
        if (reply.outcome != SyncReply::Outcome::Unreachable || attempt == m_options.maxAttempts)
            break;
        QEventLoop wait;
        QTimer::singleShot(
            backoffDelayMs(attempt, m_options.backoffBaseMs, m_options.backoffMaxMs), &wait, &QEventLoop::quit);
        wait.exec();
    }
    return reply;
}

bool SyncClient::fail(SyncReport& report, const SyncReply& reply)
{
    report.outcome = reply.outcome == SyncReply::Outcome::Refused ? SyncReport::Outcome::Refused
                                                                  : SyncReport::Outcome::Unreachable;
    report.message = reply.message;
    return false;
}

SyncReport SyncClient::run()
{
    const QDateTime started = m_clock.nowUtc();
    SyncReport report;
    if (checkVersion(report) && push(report) && pull(report)) {
        // What the pull itself queued (a student's code given up to another desk's student) goes out
        // now, so the other desks can settle in their next sync instead of the one after.
        auto queued = Outbox::pendingCount(m_db);
        if (queued && queued.value() > 0)
            push(report);
    }
    SyncState::Run run;
    run.startedAt = started;
    run.finishedAt = m_clock.nowUtc();
    run.outcome = SyncReport::outcomeKey(report.outcome);
    run.pushed = report.pushed;
    run.rejected = report.rejected;
    run.pulled = report.pulled;
    run.deferred = report.deferred;
    run.message = report.message;
    if (auto recorded = SyncState::recordRun(m_db, run); !recorded && report.ok()) {
        report.outcome = SyncReport::Outcome::Failed;
        report.message = recorded.error().message;
    }
    return report;
}

bool SyncClient::checkVersion(SyncReport& report)
{
    const SyncReply reply = call(SyncRequest::get(QStringLiteral("/api/status")));
    if (!reply.ok())
        return fail(report, reply);
    auto range = Protocol::parseStatus(reply.body);
    if (!range) {
        report.outcome = SyncReport::Outcome::Refused;
        report.message
            = tr("The address does not answer like a TrainingDesk sync server (%1).").arg(range.error().message);
        return false;
    }
    if (!range->contains(sync::kApiVersion)) {
        report.outcome = SyncReport::Outcome::Refused;
        report.message = tr("The sync server speaks API versions %1–%2; this TrainingDesk speaks version %3. Update "
                            "TrainingDesk or the server; nothing was sent.")
                             .arg(range->min)
                             .arg(range->max)
                             .arg(sync::kApiVersion);
        return false;
    }
    return true;
}

bool SyncClient::push(SyncReport& report)
{
    const Context ctx {m_db, m_clock, Actor::system(QStringLiteral("sync"))};
    auto deskId = SyncState::deskId(m_db);
    auto deskCode = deskId ? SyncSettings::deskCode(m_db) : Result<QString>(deskId.error());
    if (!deskCode) {
        report.outcome = SyncReport::Outcome::Failed;
        report.message = deskCode.error().message;
        return false;
    }
    // The desk presents its code before it queues or sends anything, so a desk refused for another desk's
    // code (its receipt numbers would collide) changes nothing here or on the server.
    const auto send = [&](const sync::PushRequest& request) {
        return call(SyncRequest::post(QStringLiteral("/api/v1/push"), Protocol::toJson(request)));
    };
    const auto failPush = [&](const SyncReply& reply) {
        if (reply.httpStatus != 409 || Protocol::errorCode(reply.body) != QLatin1String("desk_code_taken"))
            return fail(report, reply);
        report.outcome = SyncReport::Outcome::Refused;
        report.message = deskCode->isEmpty()
            ? tr("The sync server says no: another desk of this center already syncs without a desk code. Give this "
                 "desk its own code in Settings (A, B…); nothing was sent or changed.")
            : tr("The sync server says no: desk code %1 is already used by another desk of this center, so their "
                 "receipt numbers would collide. Give this desk its own code in Settings; nothing was sent or changed.")
                  .arg(deskCode.value());
        return false;
    };
    const auto unreadable = [&] {
        // Nothing is marked: the same batch goes again next time and the server acknowledges it.
        report.outcome = SyncReport::Outcome::Unreachable;
        report.message = tr("The sync server's answer to a push could not be read; it will be sent again.");
        return false;
    };
    const SyncReply claimed = send(sync::PushRequest {deskId.value(), {}, deskCode.value()});
    if (!claimed.ok())
        return failPush(claimed);
    if (!Protocol::parsePushResponse(claimed.body))
        return unreadable();
    {
        // Records the services do not queue themselves (rooms, classes, sessions...) go with this push.
        auto tx = Transaction::begin(m_db);
        auto queued = tx ? ServerChanges::queueSharedRecords(ctx) : Result<int>(tx.error());
        Status committed = queued ? tx.value().commit() : Status(queued.error());
        if (!committed) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = committed.error().message;
            return false;
        }
    }
    int batchSize = std::clamp(m_options.batchSize, 1, sync::kMaxBatch);
    while (true) {
        auto entries = Outbox::pending(m_db, batchSize);
        if (!entries) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = entries.error().message;
            return false;
        }
        if (entries->isEmpty())
            return true;
        sync::PushRequest request {deskId.value(), {}, deskCode.value()};
        for (const Outbox::Entry& entry : entries.value()) {
            auto payload = changedFields(m_db, entry);
            if (!payload) {
                report.outcome = SyncReport::Outcome::Failed;
                report.message = payload.error().message;
                return false;
            }
            request.mutations.append(sync::Mutation {entry.mutationId, entry.seq, entry.entity, entry.entityUuid,
                entry.operation, entry.createdAt, payload.value()});
        }
        const SyncReply reply = send(request);
        if (reply.httpStatus == 413 && batchSize > 1) {
            batchSize = std::max(1, batchSize / 2);
            continue;
        }
        if (!reply.ok())
            return failPush(reply);
        auto response = Protocol::parsePushResponse(reply.body);
        QHash<QString, sync::MutationResult> results;
        if (response)
            for (const sync::MutationResult& result : response->results)
                results.insert(result.id, result);
        bool complete = response.ok();
        for (const Outbox::Entry& entry : entries.value())
            complete = complete && results.contains(entry.mutationId);
        if (!complete)
            return unreadable();
        auto tx = Transaction::begin(m_db);
        if (!tx) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = tx.error().message;
            return false;
        }
        for (const Outbox::Entry& entry : entries.value()) {
            const sync::MutationResult& result = results[entry.mutationId];
            Status marked;
            if (result.status == QLatin1String("rejected")) {
                marked = Outbox::markRejected(m_db, entry.mutationId, result.reason);
                ++report.rejected;
                report.rejections.append(
                    entry.entity + QLatin1Char(' ') + entry.entityUuid + QStringLiteral(": ") + result.reason);
            } else {
                marked = Outbox::markSent(m_db, entry.mutationId);
                ++report.pushed;
                if (result.status == QLatin1String("merged"))
                    ++report.merged;
            }
            for (auto it = result.overridden.begin(); marked && it != result.overridden.end(); ++it) {
                const QJsonValue mine = entry.payload.value(it.key());
                marked = AuditLog::record(ctx, entry.entity, entry.entityUuid, QStringLiteral("sync_merge"),
                    tr("%1: this desk's %2 lost to the newer %3 kept by the sync server")
                        .arg(it.key(), displayValue(entry.payload.value(it.key())), displayValue(it.value())));
            }
            if (!marked) {
                report.outcome = SyncReport::Outcome::Failed;
                report.message = marked.error().message;
                return false;
            }
        }
        if (auto committed = tx.value().commit(); !committed) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = committed.error().message;
            return false;
        }
    }
}

Status SyncClient::retryDeferred(SyncReport& report)
{
    const Context ctx {m_db, m_clock, Actor::system(QStringLiteral("sync"))};
    auto q = m_db.exec(QStringLiteral("SELECT server_seq, entity, entity_uuid, operation, payload FROM sync_deferred "
                                      "ORDER BY server_seq"));
    if (!q)
        return q.error();
    QList<sync::Change> waiting;
    while (q.value().next())
        waiting.append(sync::Change {q.value().value(0).toLongLong(), q.value().value(1).toString(),
            q.value().value(2).toString(), q.value().value(3).toString(),
            QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object(), {}, {}});
    if (waiting.isEmpty())
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Again while any applies: a check-in may wait for a session that waits for its class.
    for (bool progress = true; progress;) {
        progress = false;
        for (qsizetype i = 0; i < waiting.size(); ++i) {
            auto savepoint = Transaction::begin(m_db);
            if (!savepoint)
                return savepoint.error();
            if (!ServerChanges::apply(ctx, waiting.at(i)))
                continue; // the savepoint rolls back; it stays deferred
            if (auto r = savepoint.value().commit(); !r)
                return r;
            const sync::Change done = waiting.takeAt(i);
            auto removed = m_db.exec(QStringLiteral("DELETE FROM sync_deferred WHERE server_seq = ?"), {done.seq});
            if (!removed)
                return removed.error();
            // Earlier upserts of the same record rode along with it (ServerChanges::apply).
            const qsizetype before = waiting.size();
            waiting.removeIf([&done](const sync::Change& c) {
                return c.entity == done.entity && c.uuid == done.uuid && c.seq < done.seq;
            });
            i -= 1 + (before - waiting.size());
            progress = true;
        }
    }
    auto left = SyncState::deferredCount(m_db);
    if (!left)
        return left.error();
    report.deferred = static_cast<int>(left.value());
    return tx.value().commit();
}

bool SyncClient::pull(SyncReport& report)
{
    const Context ctx {m_db, m_clock, Actor::system(QStringLiteral("sync"))};
    auto cursor = SyncState::pullCursor(m_db);
    if (!cursor) {
        report.outcome = SyncReport::Outcome::Failed;
        report.message = cursor.error().message;
        return false;
    }
    qint64 since = cursor.value();
    while (true) {
        const SyncReply reply = call(SyncRequest::get(QStringLiteral("/api/v1/changes"))
                                         .with(QStringLiteral("since"), QString::number(since))
                                         .with(QStringLiteral("limit"), QString::number(m_options.pageSize)));
        if (!reply.ok())
            return fail(report, reply);
        auto page = Protocol::parseChangePage(reply.body);
        if (!page || page->next < since || (!page->changes.isEmpty() && page->changes.first().seq <= since)) {
            report.outcome = SyncReport::Outcome::Unreachable;
            report.message = tr("The sync server's list of changes could not be read; it will be asked again.");
            return false;
        }
        auto tx = Transaction::begin(m_db);
        if (!tx) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = tx.error().message;
            return false;
        }
        for (const sync::Change& change : page->changes) {
            auto savepoint = Transaction::begin(m_db);
            Status applied = savepoint ? ServerChanges::apply(ctx, change) : Status(savepoint.error());
            if (applied && savepoint)
                applied = savepoint.value().commit();
            if (!applied) {
                if (savepoint)
                    savepoint.value().rollback();
                auto kept = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_deferred (server_seq, entity, "
                                                     "entity_uuid, operation, payload, error, first_seen_at) VALUES "
                                                     "(?, ?, ?, ?, ?, ?, ?)"),
                    {change.seq, change.entity, change.uuid, change.operation,
                        QString::fromUtf8(QJsonDocument(change.payload).toJson(QJsonDocument::Compact)),
                        applied.error().message, sql::fromDateTime(m_clock.nowUtc())});
                if (!kept) {
                    report.outcome = SyncReport::Outcome::Failed;
                    report.message = kept.error().message;
                    return false;
                }
            }
            ++report.pulled;
        }
        if (auto stored = SyncState::setPullCursor(m_db, page->next); !stored) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = stored.error().message;
            return false;
        }
        if (auto committed = tx.value().commit(); !committed) {
            report.outcome = SyncReport::Outcome::Failed;
            report.message = committed.error().message;
            return false;
        }
        since = page->next;
        if (!page->more)
            break;
    }
    if (auto retried = retryDeferred(report); !retried) {
        report.outcome = SyncReport::Outcome::Failed;
        report.message = retried.error().message;
        return false;
    }
    return true;
}

} // namespace td
