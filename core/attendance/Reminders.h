#pragma once

#include "common/ClassHours.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace td {

class Database;

// Something the desk should act on today: sell a pack, offer a renewal, call a student who is slipping.
struct Reminder
{
    enum class Kind { LowBalance, PackExpiring, MembershipEnding, AbsentTwice };

    Kind kind = Kind::LowBalance;
    qint64 studentId = 0;
    QString studentCode;
    QString studentName;
    qint64 packId = 0; // LowBalance, PackExpiring
    qint64 membershipId = 0; // MembershipEnding
    QString subject; // the pack's course or category, the membership's plan
    ClassHours balance; // LowBalance, PackExpiring
    QDate date; // expiry, membership's last day, or the last missed session
    QString message; // translated, one line
};

// The reminders of the Today page.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(td::Reminders)

public:
    static constexpr int kDaysAhead = 14;
    // A low pack is only worth a reminder while it is in use: some entry within this many days.
    static constexpr int kLowBalanceActivityDays = 90;
    // Absences are looked for among the sessions of this many days back.
    static constexpr int kAbsenceLookbackDays = 60;

    // Active students only; by kind, then student name:
    // - packs valid on date at or under CenterSettings LowBalanceHours, unless the student has another valid
    //   pack for the same course or category above it;
    // - packs with hours left expiring within kDaysAhead days;
    // - memberships ending within kDaysAhead days and not renewed;
    // - students absent from their last two held sessions in a row (status absent, or no attendance row).
    //   A session was held when it is done, or scheduled on a day before date.
    static Result<QList<Reminder>> on(const Database& db, const QDate& date);
};

} // namespace td
