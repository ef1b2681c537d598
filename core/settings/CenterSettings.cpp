#include "CenterSettings.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace td {

namespace {

struct KeyInfo
{
    CenterSettings::Key key;
    const char* storageKey;
    const char* defaultValue;
};

// The defaults table: one row per key.
const KeyInfo kKeys[] = {
    {CenterSettings::Key::CenterName, "center.name", "TrainingDesk Center"},
    {CenterSettings::Key::CenterAddress, "center.address", ""},
    {CenterSettings::Key::CenterPhone, "center.phone", ""},
    {CenterSettings::Key::CurrencyCode, "center.currency", "CNY"},
    {CenterSettings::Key::TimeZone, "center.time_zone", ""},
    {CenterSettings::Key::ReceiptPrefix, "receipt.prefix", "R"},
    {CenterSettings::Key::ReceiptHeader, "receipt.header", ""},
    {CenterSettings::Key::ReceiptFooter, "receipt.footer", ""},
    {CenterSettings::Key::AllowNegativeClassHours, "class_hours.allow_negative", "false"},
    {CenterSettings::Key::LowBalanceHours, "class_hours.low_balance", "4"},
    {CenterSettings::Key::IdleLockMinutes, "desk.idle_lock_minutes", "10"},
    {CenterSettings::Key::CenterId, "center.id", ""},
    {CenterSettings::Key::SignalEnrollment, "insights.signal.enrollment", "3"},
    {CenterSettings::Key::SignalAttendance, "insights.signal.attendance", "0.25"},
    {CenterSettings::Key::SignalPurchase, "insights.signal.purchase", "2"},
    {CenterSettings::Key::SignalMembership, "insights.signal.membership", "1"},
    {CenterSettings::Key::SignalOnlinePurchase, "insights.signal.online_purchase", "3"},
    {CenterSettings::Key::SignalOnlineProgress, "insights.signal.online_progress", "2"},
    {CenterSettings::Key::SignalFeedback, "insights.signal.feedback", "0.5"},
};

const KeyInfo& info(CenterSettings::Key key)
{
    for (const KeyInfo& k : kKeys)
        if (k.key == key)
            return k;
    Q_UNREACHABLE();
}

} // namespace

CenterSettings::CenterSettings(const Database& db)
    : m_db(db)
{
}

QString CenterSettings::storageKey(Key key)
{
    return QString::fromLatin1(info(key).storageKey);
}

QString CenterSettings::defaultValue(Key key)
{
    if (key == Key::TimeZone)
        return QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return QString::fromUtf8(info(key).defaultValue);
}

QString CenterSettings::text(Key key) const
{
    auto r = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {storageKey(key)});
    if (!r || r.value().isNull())
        return defaultValue(key);
    return r.value().toString();
}

bool CenterSettings::flag(Key key) const
{
    return text(key) == QLatin1String("true");
}

int CenterSettings::number(Key key) const
{
    return text(key).toInt();
}

double CenterSettings::decimal(Key key) const
{
    bool ok = false;
    const double v = text(key).toDouble(&ok);
    return ok ? v : defaultValue(key).toDouble();
}

QTimeZone CenterSettings::timeZone() const
{
    QTimeZone zone(text(Key::TimeZone).toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

Status CenterSettings::set(const Context& ctx, Key key, const QString& value)
{
    if (auto allowed = ctx.require(Permission::ManageSettings); !allowed)
        return allowed;
    const QString v = value.trimmed();
    switch (key) {
    case Key::CenterName:
        if (v.isEmpty())
            return Error::invalid(tr("The center name is empty."), storageKey(key));
        break;
    case Key::CurrencyCode:
        if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(v).hasMatch())
            return Error::invalid(tr("A currency code is three capital letters, such as CNY or USD."), storageKey(key));
        break;
    case Key::TimeZone:
        if (!QTimeZone::isTimeZoneIdAvailable(v.toUtf8()))
            return Error::invalid(tr("%1 is not a known time zone.").arg(v), storageKey(key));
        break;
    case Key::AllowNegativeClassHours:
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return Error::invalid(tr("This setting is either true or false."), storageKey(key));
        break;
    case Key::LowBalanceHours:
    case Key::IdleLockMinutes: {
        bool ok = false;
        if (v.toInt(&ok) < 0 || !ok)
            return Error::invalid(tr("This setting is a whole number, zero or more."), storageKey(key));
        break;
    }
    case Key::SignalEnrollment:
    case Key::SignalAttendance:
    case Key::SignalPurchase:
    case Key::SignalMembership:
    case Key::SignalOnlinePurchase:
    case Key::SignalOnlineProgress:
    case Key::SignalFeedback: {
        bool ok = false;
        if (v.toDouble(&ok) < 0 || !ok)
            return Error::invalid(tr("This setting is a number, zero or more."), storageKey(key));
        break;
    }
    default:
        break;
    }
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {storageKey(key), v});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("setting"), storageKey(key), QStringLiteral("update"), v); !a)
        return a;
    return tx.value().commit();
}

} // namespace td
