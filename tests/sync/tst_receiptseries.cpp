// Receipt numbers per desk series: each desk of a center numbers gapless in its own series (its desk
// code), so desks selling offline never issue the same number; the ledger check runs per series.
#include "billing/LedgerChecks.h"
#include "billing/PaymentService.h"
#include "support/TestCenter.h"
#include "sync/Outbox.h"
#include "sync/SyncSettings.h"

#include <QJsonObject>
#include <QTest>

using namespace td;
using td::test::TestCenter;

namespace {

// A walk-in sale of one pen; its receipt number.
QString sellPen(TestCenter& center)
{
    SaleLineInput pen;
    pen.kind = SaleLineKind::Material;
    pen.description = QStringLiteral("Pen");
    pen.unitPrice = Money::fromMinor(500);
    SaleInput input;
    input.lines = {pen};
    auto sale = PaymentService::sell(center.frontDesk(), input);
    if (!sale)
        qFatal("cannot sell: %s", qPrintable(sale.error().message));
    return sale->receiptNo;
}

void setDeskCode(TestCenter& center, const QString& code)
{
    auto values = SyncSettings::load(center.db());
    QVERIFY(values);
    values.value().deskCode = code;
    auto saved = SyncSettings::save(center.admin(), values.value());
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
}

} // namespace

class tst_ReceiptSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLoneDeskKeepsThePlainSeries()
    {
        TestCenter center;
        QCOMPARE(sellPen(center), QStringLiteral("R000001"));
        QCOMPARE(sellPen(center), QStringLiteral("R000002"));
    }

    void aDeskCodeStartsItsOwnGaplessSeries()
    {
        TestCenter center;
        QCOMPARE(sellPen(center), QStringLiteral("R000001"));
        setDeskCode(center, QStringLiteral("B2"));
        QCOMPARE(sellPen(center), QStringLiteral("RB2-000001"));
        QCOMPARE(sellPen(center), QStringLiteral("RB2-000002"));
        // The series travels with the sale, so other desks keep the same number in the same series.
        auto pending = Outbox::pending(center.db(), 10);
        QVERIFY(pending);
        QCOMPARE(pending->last().payload.value(QStringLiteral("receipt_series")).toString(), QStringLiteral("B2"));
        QCOMPARE(pending->last().payload.value(QStringLiteral("receipt_seq")).toInteger(), 2);
        auto problems = LedgerChecks::run(center.db());
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void aGapInOneSeriesIsFoundAndNamed()
    {
        TestCenter center;
        setDeskCode(center, QStringLiteral("A"));
        for (int i = 0; i < 3; ++i)
            sellPen(center);
        // Another desk's series on this desk (as sync stores it), with its number 2 missing.
        for (const int seq : {1, 3}) {
            auto r = center.db().exec(
                QStringLiteral("INSERT INTO sales (uuid, receipt_series, receipt_seq, receipt_no, kind, method, "
                               "subtotal_minor, total_minor, created_at, business_date) VALUES (?, 'B', ?, ?, 'sale', "
                               "'cash', 0, 0, '2026-03-02T01:00:00.000Z', '2026-03-02')"),
                {QStringLiteral("b-%1").arg(seq), seq, QStringLiteral("RB-00000%1").arg(seq)});
            QVERIFY(r);
            QVERIFY(center.db().exec(QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, kind, description, "
                                                    "quantity, unit_price_minor, total_minor) VALUES (?, 1, "
                                                    "'material', 'x', 1, 0, 0)"),
                {r.value().lastInsertId()}));
        }
        auto problems = LedgerChecks::run(center.db());
        QVERIFY(problems);
        QCOMPARE(problems->size(), 1);
        QVERIFY2(problems->first().contains(QLatin1String("RB-000003")), qPrintable(problems->first()));
    }

    void deskCodesAreValidatedAndNeedAnAdministrator()
    {
        TestCenter center;
        SyncSettings::Values values;
        values.deskCode = QStringLiteral("a-1");
        auto refused = SyncSettings::save(center.admin(), values);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("deskCode"));
        values.deskCode = QStringLiteral("ABCDE");
        QVERIFY(!SyncSettings::save(center.admin(), values));
        values.deskCode = QStringLiteral("C");
        QVERIFY(!SyncSettings::save(center.frontDesk(), values));
        values.server = QUrl(QStringLiteral("http://catalog.example.com"));
        auto plain = SyncSettings::save(center.admin(), values);
        QVERIFY(!plain);
        QCOMPARE(plain.error().field, QStringLiteral("server"));
        values.server = QUrl(QStringLiteral("https://catalog.example.com"));
        values.intervalMinutes = 0;
        QVERIFY(!SyncSettings::save(center.admin(), values));
        values.intervalMinutes = 15;
        QVERIFY(SyncSettings::save(center.admin(), values));
        auto loaded = SyncSettings::load(center.db());
        QVERIFY(loaded);
        QCOMPARE(loaded->deskCode, QStringLiteral("C"));
        QCOMPARE(loaded->intervalMinutes, 15);
        QCOMPARE(loaded->server, QUrl(QStringLiteral("https://catalog.example.com")));
        QCOMPARE(sellPen(center), QStringLiteral("RC-000001"));
    }
};

QTEST_GUILESS_MAIN(tst_ReceiptSeries)
#include "tst_receiptseries.moc"
