#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace td {

class Database;

// The center's own settings, stored in its database so every desk of the center shares them. Typed
// keys with defaults; desk-local preferences (language, window state) live in QSettings instead.
class CenterSettings
{
    Q_DECLARE_TR_FUNCTIONS(td::CenterSettings)

public:
    enum class Key {
        CenterName,
        CenterAddress,
        CenterPhone,
        CurrencyCode, // ISO 4217, e.g. "CNY"
        TimeZone, // IANA id, e.g. "Asia/Shanghai"; session dates and the business day use it
        ReceiptPrefix, // receipt numbers are prefix + zero-padded gapless sequence
        ReceiptHeader,
        ReceiptFooter,
        AllowNegativeClassHours, // "true"/"false": may a check-in take a pack below zero
        LowBalanceHours, // reminder threshold, in class hours
        IdleLockMinutes, // 0 = never
        CenterId, // UUID of this center, shared by its desks (sync)
        // How much each kind of signal says about a student's interest in a catalog item (decimal
        // numbers, zero or more), for the recommenders (core/insights/CenterInteractions).
        SignalEnrollment, // per enrollment in a class of the course
        SignalAttendance, // per session attended
        SignalPurchase, // per pack, course or drop-in bought
        SignalMembership, // per membership of a plan
        SignalOnlinePurchase, // per online purchase (from sync)
        SignalOnlineProgress, // at 100 % progress online; less progress counts in proportion
        SignalFeedback, // per rating point above 3 (below 3 subtracts)
    };

    explicit CenterSettings(const Database& db);

    QString text(Key key) const;
    bool flag(Key key) const;
    int number(Key key) const;
    double decimal(Key key) const;
    QTimeZone timeZone() const;
    // Needs ManageSettings; validates (known time zone, currency code form, non-negative numbers).
    Status set(const Context& ctx, Key key, const QString& value);

    static QString storageKey(Key key);
    static QString defaultValue(Key key);

private:
    const Database& m_db;
};

} // namespace td
