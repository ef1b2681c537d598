#pragma once

#include "auth/Context.h"
#include "billing/Sale.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace td {

class Database;

// The totals of one payment method on one business day. Refund amounts are positive here.
struct MethodTotals
{
    PaymentMethod method = PaymentMethod::Cash;
    qint64 salesCount = 0;
    Money salesTotal;
    qint64 refundsCount = 0;
    Money refundsTotal;

    Money net() const { return salesTotal - refundsTotal; }
};

struct DailyCloseReport
{
    QDate businessDate;
    QList<MethodTotals> methods; // every method, in BillingNames::allMethods() order
    qint64 salesCount = 0;
    Money salesTotal;
    qint64 refundsCount = 0;
    Money refundsTotal;
    Money net;
    // Set once the day is closed.
    bool closed = false;
    QDateTime closedAt; // UTC
    qint64 closedById = 0;
    QString closedByName;

    const MethodTotals& totalsFor(PaymentMethod method) const;
};

// The end-of-day report by payment method, and closing the day.
//
// A closed day is final, like a register's Z report: every sale or refund is stamped with a business
// date when it is recorded, which is today in the center's time zone, or the day after the last closed
// day when today is already closed. So a sale made after the evening close counts for the next day and
// a closed day's totals never change.
class DailyClose
{
    Q_DECLARE_TR_FUNCTIONS(td::DailyClose)

public:
    static Result<DailyCloseReport> report(const Database& db, QDate businessDate);
    // Needs CloseDay. Records who closed the day and the totals; a day closes once, and not before it
    // has begun (a date after the current business date is refused).
    static Result<DailyCloseReport> closeDay(const Context& ctx, QDate businessDate);
    // The business date a sale recorded at nowUtc gets (see above).
    static Result<QDate> currentBusinessDate(const Database& db, const QDateTime& nowUtc);
};

} // namespace td
