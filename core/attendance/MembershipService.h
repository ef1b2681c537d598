#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace td {

class Database;

struct Membership
{
    qint64 id = 0;
    QString uuid;
    qint64 studentId = 0;
    QString studentCode;
    QString studentName;
    qint64 planId = 0;
    QString planTitle;
    QDate startsOn;
    QDate endsOn; // the last day it is valid
    qint64 saleLineId = 0; // 0 = none
    qint64 renewedFromId = 0; // 0 = a first membership

    bool isActiveOn(const QDate& date) const { return startsOn <= date && date <= endsOn; }
};

// Memberships of a plan (a catalog item of kind membership_plan) for a number of days.
class MembershipService
{
    Q_DECLARE_TR_FUNCTIONS(td::MembershipService)

public:
    // ends_on = starts_on + plan.duration_days - 1. Renewing while an earlier membership of the same plan
    // is active (or starts later) starts the day after it ends, with renewed_from_id set. Permission::Sell;
    // billing calls it inside its sale transaction. saleLineId 0 = none.
    static Result<qint64> start(const Context& ctx, qint64 studentId, qint64 planId, QDate startsOn, qint64 saleLineId);

    static Result<QList<Membership>> activeOn(const Database& db, qint64 studentId, const QDate& date);
    // Newest first.
    static Result<QList<Membership>> ofStudent(const Database& db, qint64 studentId);
    // Memberships whose last day falls in [from, to] and that no later membership of the same plan continues.
    static Result<QList<Membership>> endingBetween(const Database& db, const QDate& from, const QDate& to);
};

} // namespace td
