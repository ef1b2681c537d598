#include "SyncSettings.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncState.h"
#include "sync/SyncTransport.h"

namespace td {

namespace {

const QString kServerKey = QStringLiteral("server_url");
const QString kIntervalKey = QStringLiteral("interval_minutes");
const QString kDeskCodeKey = QStringLiteral("desk_code");

Result<QString> stored(const Database& db, const QString& key)
{
    auto r = db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!r)
        return r.error();
    // Never a null QString: an unset desk code is the empty series, not SQL NULL.
    return r.value().isValid() ? r.value().toString() : QStringLiteral("");
}

Status store(const Database& db, const QString& key, const QString& value)
{
    auto r = db.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                    "value = excluded.value"),
        {key, value.isNull() ? QStringLiteral("") : value});
    if (!r)
        return r.error();
    return {};
}

} // namespace

Result<SyncSettings::Values> SyncSettings::load(const Database& db)
{
    Values values;
    auto server = stored(db, kServerKey);
    if (!server)
        return server.error();
    values.server = QUrl(server.value());
    auto interval = stored(db, kIntervalKey);
    if (!interval)
        return interval.error();
    if (const int minutes = interval.value().toInt(); minutes > 0)
        values.intervalMinutes = minutes;
    auto code = stored(db, kDeskCodeKey);
    if (!code)
        return code.error();
    values.deskCode = code.value();
    return values;
}

Result<QString> SyncSettings::deskCode(const Database& db)
{
    return stored(db, kDeskCodeKey);
}

Status SyncSettings::validateDeskCode(const QString& code)
{
    if (!sync::Protocol::isDeskCode(code))
        return Error::invalid(
            tr("A desk code is one to four capital letters or digits, e.g. A or B2."), QStringLiteral("deskCode"));
    return {};
}

Status SyncSettings::save(const Context& ctx, const Values& values)
{
    if (auto allowed = ctx.require(Permission::ManageSettings); !allowed)
        return allowed;
    if (!values.server.isEmpty())
        if (auto valid = SyncTransport::validateServerUrl(values.server); !valid)
            return valid;
    if (values.intervalMinutes < 1 || values.intervalMinutes > 24 * 60)
        return Error::invalid(tr("Sync every 1 to 1440 minutes."), QStringLiteral("intervalMinutes"));
    if (auto valid = validateDeskCode(values.deskCode); !valid)
        return valid;
    auto before = load(ctx.db);
    if (!before)
        return before.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    if (auto s = store(ctx.db, kServerKey, values.server.toString()); !s)
        return s;
    if (auto s = store(ctx.db, kIntervalKey, QString::number(values.intervalMinutes)); !s)
        return s;
    if (before->deskCode != values.deskCode) {
        // Sales already made keep their numbers; new ones start the new series.
        if (auto s = store(ctx.db, kDeskCodeKey, values.deskCode); !s)
            return s;
    }
    auto deskId = SyncState::deskId(ctx.db);
    if (!deskId)
        return deskId.error();
    if (auto logged = AuditLog::record(ctx, QStringLiteral("sync_settings"), deskId.value(), QStringLiteral("update"),
            tr("Sync server %1, every %2 minutes, desk code \"%3\"")
                .arg(values.server.toDisplayString())
                .arg(values.intervalMinutes)
                .arg(values.deskCode));
        !logged)
        return logged;
    return tx.value().commit();
}

} // namespace td
