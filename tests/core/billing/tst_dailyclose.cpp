#include "BillingFixture.h"
#include "billing/DailyClose.h"
#include "billing/PaymentService.h"
#include "support/TestCenter.h"

#include <QTest>
#include <QTimeZone>

using namespace td;

namespace {

Result<Sale> sell(test::TestCenter& center, qint64 minor, PaymentMethod method)
{
    SaleInput in;
    in.lines = {test::BillingFixture::material(QStringLiteral("Item"), minor)};
    in.method = method;
    return PaymentService::sell(center.frontDesk(), in);
}

Result<Sale> refund(test::TestCenter& center, const Sale& sale, qint64 minor, PaymentMethod method)
{
    RefundInput r;
    r.saleId = sale.id;
    r.lines = {RefundLineInput {sale.lines[0].id, Money::fromMinor(minor), ClassHours()}};
    r.reason = QStringLiteral("returned");
    r.method = method;
    return PaymentService::refund(center.admin(), r);
}

} // namespace

class TestDailyClose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsByMethod()
    {
        test::TestCenter center;
        auto cash1 = sell(center, 10000, PaymentMethod::Cash);
        QVERIFY(sell(center, 2550, PaymentMethod::Cash).ok());
        auto card = sell(center, 30000, PaymentMethod::BankCard);
        QVERIFY(sell(center, 888, PaymentMethod::WeChatPay).ok());
        QVERIFY(refund(center, *cash1, 4000, PaymentMethod::Cash).ok());
        // A card sale refunded in cash counts against cash: that is where the money left.
        QVERIFY(refund(center, *card, 500, PaymentMethod::Cash).ok());
        // Another day, must not count.
        center.clock().advanceSecs(86400);
        QVERIFY(sell(center, 99999, PaymentMethod::Cash).ok());

        auto report = DailyClose::report(center.db(), QDate(2026, 3, 2));
        QVERIFY(report.ok());
        const MethodTotals& cash = report->totalsFor(PaymentMethod::Cash);
        QCOMPARE(cash.salesCount, 2);
        QCOMPARE(cash.salesTotal, Money::fromMinor(12550));
        QCOMPARE(cash.refundsCount, 2);
        QCOMPARE(cash.refundsTotal, Money::fromMinor(4500));
        QCOMPARE(cash.net(), Money::fromMinor(8050));
        const MethodTotals& cardTotals = report->totalsFor(PaymentMethod::BankCard);
        QCOMPARE(cardTotals.salesCount, 1);
        QCOMPARE(cardTotals.salesTotal, Money::fromMinor(30000));
        QCOMPARE(cardTotals.refundsTotal, Money());
        QCOMPARE(report->totalsFor(PaymentMethod::WeChatPay).salesTotal, Money::fromMinor(888));
        QCOMPARE(report->totalsFor(PaymentMethod::Alipay).salesCount, 0);
        QCOMPARE(report->methods.size(), 6);
        QCOMPARE(report->salesCount, 4);
        QCOMPARE(report->salesTotal, Money::fromMinor(43438));
        QCOMPARE(report->refundsCount, 2);
        QCOMPARE(report->refundsTotal, Money::fromMinor(4500));
        QCOMPARE(report->net, Money::fromMinor(38938));
        QVERIFY(!report->closed);
    }

    void businessDayFollowsTheCentersTimeZone()
    {
        test::TestCenter center;
        // 23:30 in Shanghai is 15:30 UTC the same day; 00:30 the next morning is 16:30 UTC.
        center.clock().set(QDateTime(QDate(2026, 3, 2), QTime(23, 30), QTimeZone("Asia/Shanghai")));
        QCOMPARE(sell(center, 100, PaymentMethod::Cash)->businessDate, QDate(2026, 3, 2));
        center.clock().set(QDateTime(QDate(2026, 3, 3), QTime(0, 30), QTimeZone("Asia/Shanghai")));
        QCOMPARE(sell(center, 200, PaymentMethod::Cash)->businessDate, QDate(2026, 3, 3));
        QCOMPARE(DailyClose::report(center.db(), QDate(2026, 3, 2))->salesTotal, Money::fromMinor(100));
    }

    void closingRecordsWhoAndWhenAndSalesAfterGoToTheNextDay()
    {
        test::TestCenter center;
        QVERIFY(sell(center, 5000, PaymentMethod::Alipay).ok());
        center.clock().set(QDateTime(QDate(2026, 3, 2), QTime(20, 0), QTimeZone("Asia/Shanghai")));
        const qint64 audits = center.count(QStringLiteral("audit_log"));
        auto closed = DailyClose::closeDay(center.frontDesk(), QDate(2026, 3, 2));
        QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().message));
        QVERIFY(closed->closed);
        QCOMPARE(closed->closedById, center.actor(Role::FrontDesk).staffId);
        QCOMPARE(closed->closedByName, center.actor(Role::FrontDesk).displayName);
        QCOMPARE(closed->closedAt, center.clock().nowUtc());
        QCOMPARE(closed->salesTotal, Money::fromMinor(5000));
        QCOMPARE(center.count(QStringLiteral("audit_log")), audits + 1);

        // Same evening, after the close: the sale belongs to the next business day.
        center.clock().advanceSecs(600);
        auto late = sell(center, 700, PaymentMethod::Alipay);
        QCOMPARE(late->businessDate, QDate(2026, 3, 3));
        QCOMPARE(DailyClose::report(center.db(), QDate(2026, 3, 2))->salesTotal, Money::fromMinor(5000));
        QCOMPARE(DailyClose::report(center.db(), QDate(2026, 3, 3))->salesTotal, Money::fromMinor(700));

        // A day closes once.
        const qint64 closes = center.count(QStringLiteral("day_closes"));
        auto again = DailyClose::closeDay(center.admin(), QDate(2026, 3, 2));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(center.count(QStringLiteral("day_closes")), closes);

        // The next business day may be closed early (it has begun: sales are counted on it)...
        QVERIFY(DailyClose::closeDay(center.admin(), QDate(2026, 3, 3)).ok());
        QCOMPARE(sell(center, 100, PaymentMethod::Cash)->businessDate, QDate(2026, 3, 4));
        // ...but not a day after the current business day.
        auto future = DailyClose::closeDay(center.admin(), QDate(2026, 3, 6));
        QVERIFY(!future.ok());
        QCOMPARE(future.error().field, QStringLiteral("businessDate"));

        QVERIFY(!center.db().exec(QStringLiteral("DELETE FROM day_closes")).ok());
    }

    void onlyStaffWhoMayCloseTheDayCanClose()
    {
        test::TestCenter center;
        center.instructor();
        const qint64 closes = center.count(QStringLiteral("day_closes"));
        const qint64 audits = center.count(QStringLiteral("audit_log"));
        auto r = DailyClose::closeDay(center.instructor(), QDate(2026, 3, 2));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(center.count(QStringLiteral("day_closes")), closes);
        QCOMPARE(center.count(QStringLiteral("audit_log")), audits);
        QVERIFY(!DailyClose::closeDay(center.admin(), QDate()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDailyClose)
#include "tst_dailyclose.moc"
