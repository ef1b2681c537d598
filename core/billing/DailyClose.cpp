#include "DailyClose.h"

#include "audit/AuditLog.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace td {

const MethodTotals& DailyCloseReport::totalsFor(PaymentMethod method) const
{
    for (const MethodTotals& m : methods)
        if (m.method == method)
            return m;
    static const MethodTotals none;
    return none;
}

Result<QDate> DailyClose::currentBusinessDate(const Database& db, const QDateTime& nowUtc)
{
    const QDate today = nowUtc.toTimeZone(CenterSettings(db).timeZone()).date();
    auto lastClosed = db.scalar(QStringLiteral("SELECT max(business_date) FROM day_closes"));
    if (!lastClosed)
        return lastClosed.error();
    const QDate closed = sql::toDate(lastClosed.value());
    if (closed.isValid() && closed >= today)
        return closed.addDays(1);
    return today;
}

Result<DailyCloseReport> DailyClose::report(const Database& db, QDate businessDate)
{
    DailyCloseReport report;
    report.businessDate = businessDate;
    for (PaymentMethod method : BillingNames::allMethods())
        report.methods.append(MethodTotals {method, 0, Money(), 0, Money()});

    auto q = db.exec(QStringLiteral("SELECT method, kind, count(*), sum(total_minor) FROM sales "
                                    "WHERE business_date = ? GROUP BY method, kind"),
        {sql::fromDate(businessDate)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const auto method = BillingNames::methodFromKey(r.value(0).toString());
        if (!method)
            continue;
        MethodTotals& totals = report.methods[BillingNames::allMethods().indexOf(*method)];
        const qint64 count = r.value(2).toLongLong();
        const Money sum = Money::fromMinor(r.value(3).toLongLong());
        if (r.value(1).toString() == QLatin1String("refund")) {
            totals.refundsCount += count;
            totals.refundsTotal += -sum;
        } else {
            totals.salesCount += count;
            totals.salesTotal += sum;
        }
    }
    for (const MethodTotals& m : report.methods) {
        report.salesCount += m.salesCount;
        report.salesTotal += m.salesTotal;
        report.refundsCount += m.refundsCount;
        report.refundsTotal += m.refundsTotal;
    }
    report.net = report.salesTotal - report.refundsTotal;

    auto close = db.exec(QStringLiteral("SELECT c.closed_at, c.closed_by, s.display_name FROM day_closes c "
                                        "LEFT JOIN staff s ON s.id = c.closed_by WHERE c.business_date = ?"),
        {sql::fromDate(businessDate)});
    if (!close)
        return close.error();
    if (close.value().next()) {
        report.closed = true;
        report.closedAt = sql::toDateTime(close.value().value(0));
        report.closedById = close.value().value(1).toLongLong();
        report.closedByName = close.value().value(2).toString();
    }
    return report;
}

Result<DailyCloseReport> DailyClose::closeDay(const Context& ctx, QDate businessDate)
{
    if (auto allowed = ctx.require(Permission::CloseDay); !allowed)
        return allowed.error();
    if (!businessDate.isValid())
        return Error::invalid(tr("Choose the day to close."), QStringLiteral("businessDate"));

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto current = currentBusinessDate(ctx.db, ctx.clock.nowUtc());
    if (!current)
        return current.error();
    if (businessDate > current.value())
        return Error::invalid(tr("%1 has not begun yet; it cannot be closed.")
                                  .arg(QLocale().toString(businessDate, QLocale::ShortFormat)),
            QStringLiteral("businessDate"));
    auto totals = report(ctx.db, businessDate);
    if (!totals)
        return totals.error();
    if (totals->closed)
        return Error::conflict(tr("%1 was already closed by %2.")
                                   .arg(QLocale().toString(businessDate, QLocale::ShortFormat), totals->closedByName),
            QStringLiteral("businessDate"));

    const QString uuid = sql::newUuid();
    auto inserted = ctx.db.exec(
        QStringLiteral("INSERT INTO day_closes (uuid, business_date, closed_by, closed_at, sales_count, "
                       "sales_total_minor, refunds_total_minor, net_total_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, sql::fromDate(businessDate), ctx.staffRef(), sql::fromDateTime(ctx.clock.nowUtc()), totals->salesCount,
            totals->salesTotal.minor(), totals->refundsTotal.minor(), totals->net.minor()});
    if (!inserted)
        return inserted.error();
    if (auto r = AuditLog::record(ctx, QStringLiteral("day_close"), uuid, QStringLiteral("close"),
            QStringLiteral("%1 closed: %2 sale(s) %3, refunds %4, net %5")
                .arg(sql::fromDate(businessDate))
                .arg(totals->salesCount)
                .arg(totals->salesTotal.toPlainString(), totals->refundsTotal.toPlainString(),
                    totals->net.toPlainString()));
        !r)
        return r.error();
    auto closed = report(ctx.db, businessDate);
    if (!closed)
        return closed.error();
    if (auto r = tx.value().commit(); !r)
        return r.error();
    return closed;
}

} // namespace td
