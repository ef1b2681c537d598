#include "BillingFixture.h"
#include "billing/LedgerChecks.h"
#include "billing/PaymentService.h"
#include "support/TestCenter.h"

#include <QTest>

using namespace td;

// A healthy ledger with packs, memberships, discounts and refunds, then one corruption per case
// written behind the services' back (with the append-only triggers dropped).
class TestLedgerChecks : public QObject
{
    Q_OBJECT

    static void populate(test::TestCenter& center)
    {
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("周杰"), QStringLiteral("S000010"));
        const qint64 course = f.item(QStringLiteral("offline_course"), QStringLiteral("Guitar"), 90000, 12, 180);
        SaleInput in;
        in.studentId = student;
        in.lines = {test::BillingFixture::line(SaleLineKind::Pack, course),
            test::BillingFixture::material(QStringLiteral("Strings"), 1999, 3)};
        in.discount = OrderDiscount::ofPercent(1234);
        auto sale = PaymentService::sell(center.frontDesk(), in);
        QVERIFY(sale.ok());
        RefundInput r;
        r.saleId = sale->id;
        r.lines = {RefundLineInput {sale->lines[0].id, Money::fromMinor(10000), ClassHours::fromHours(2)}};
        r.reason = QStringLiteral("schedule");
        QVERIFY(PaymentService::refund(center.admin(), r).ok());
    }

    static void exec(test::TestCenter& center, const QString& sql)
    {
        auto r = center.db().exec(sql);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

private Q_SLOTS:
    void healthyLedgerHasNoProblems()
    {
        test::TestCenter center;
        populate(center);
        auto problems = LedgerChecks::run(center.db());
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void corruptionIsFound_data()
    {
        QTest::addColumn<QString>("corruption");
        QTest::addColumn<QString>("expected"); // a fragment of the problem line

        QTest::newRow("line total edited") << QStringLiteral(
            "DROP TRIGGER sale_lines_no_update; UPDATE sale_lines SET total_minor = total_minor + 1 WHERE id = 2")
                                           << QStringLiteral("R000001");
        QTest::newRow("sale total edited") << QStringLiteral(
            "DROP TRIGGER sales_no_update; UPDATE sales SET total_minor = total_minor - 100 WHERE id = 1")
                                           << QStringLiteral("R000001");
        QTest::newRow("receipt number gap")
            << QStringLiteral("INSERT INTO sales (uuid, receipt_seq, receipt_no, kind, method, subtotal_minor, "
                              "total_minor, created_at, business_date) VALUES ('x', 5, 'R000005', 'sale', 'cash', 0, "
                              "0, '2026-03-02T01:00:00.000Z', '2026-03-02'); INSERT INTO sale_lines (sale_id, line_no, "
                              "kind, description, quantity, unit_price_minor, total_minor) VALUES ((SELECT id FROM "
                              "sales WHERE uuid = 'x'), 1, 'material', 'x', 1, 0, 0)")
            << QStringLiteral("3 to 4");
        QTest::newRow("refund above the line")
            << QStringLiteral("DROP TRIGGER sale_lines_no_update; UPDATE sale_lines SET total_minor = -9999999, "
                              "unit_price_minor = -9999999 WHERE refund_of_line_id IS NOT NULL")
            << QStringLiteral("refunded of");
        QTest::newRow("extra purchase entry")
            << QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, created_at) VALUES ('e', "
                              "1, 500, 'purchase', '2026-03-02T01:00:00.000Z')")
            << QStringLiteral("purchase entries");
        QTest::newRow("pack below zero") << QStringLiteral(
            "INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, created_at) VALUES ('e', "
            "1, -5000, 'adjustment', '2026-03-02T01:00:00.000Z')")
                                         << QStringLiteral("below zero");
        QTest::newRow("double deduction") << QStringLiteral(
            "INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, attendance_id, "
            "created_at) VALUES ('a1', 1, -100, 'attendance', 77, '2026-03-02T01:00:00.000Z'), ('a2', "
            "1, -100, 'attendance', 77, '2026-03-02T01:00:00.000Z')")
                                          << QStringLiteral("2 times");
        QTest::newRow("sale without lines") << QStringLiteral(
            "INSERT INTO sales (uuid, receipt_seq, receipt_no, kind, method, subtotal_minor, total_minor, created_at, "
            "business_date) VALUES ('y', 3, 'R000003', 'sale', 'cash', 0, 0, '2026-03-02T01:00:00.000Z', '2026-03-02')")
                                            << QStringLiteral("no lines");
    }

    void corruptionIsFound()
    {
        QFETCH(QString, corruption);
        QFETCH(QString, expected);
        test::TestCenter center;
        populate(center);
        for (const QString& statement : corruption.split(QStringLiteral("; ")))
            exec(center, statement);
        auto problems = LedgerChecks::run(center.db());
        QVERIFY(problems.ok());
        QVERIFY(!problems->isEmpty());
        QVERIFY2(problems->join(QLatin1Char('\n')).contains(expected), qPrintable(problems->join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLedgerChecks)
#include "tst_ledgerchecks.moc"
