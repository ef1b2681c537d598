#include "BillingFixture.h"
#include "billing/PaymentService.h"
#include "billing/Receipt.h"
#include "settings/CenterSettings.h"
#include "support/TestCenter.h"

#include <QTest>

using namespace td;

class TestReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saleReceiptCarriesEverythingTheCustomerNeeds()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        CenterSettings settings(center.db());
        QVERIFY(settings.set(center.admin(), CenterSettings::Key::CenterName, QStringLiteral("北京中关村中心")).ok());
        QVERIFY(
            settings.set(center.admin(), CenterSettings::Key::CenterAddress, QStringLiteral("1 Zhongguancun St")).ok());
        QVERIFY(settings.set(center.admin(), CenterSettings::Key::CenterPhone, QStringLiteral("010-1234")).ok());
        QVERIFY(
            settings.set(center.admin(), CenterSettings::Key::ReceiptFooter, QStringLiteral("Thank you & <bye>")).ok());
        const qint64 student = f.student(QStringLiteral("王小明"), QStringLiteral("S000001"));
        const qint64 course = f.item(QStringLiteral("offline_course"), QStringLiteral("Math 10h"), 120000, 10, 90);
        SaleInput in;
        in.studentId = student;
        in.lines = {test::BillingFixture::line(SaleLineKind::Pack, course)};
        in.discount = OrderDiscount::ofAmount(Money::fromMinor(10000));
        in.tendered = Money::fromMinor(120000);
        auto sale = PaymentService::sell(center.frontDesk(), in);
        QVERIFY(sale.ok());

        auto receipt = Receipt::forSale(center.db(), sale->id);
        QVERIFY(receipt.ok());
        QCOMPARE(receipt->receiptNo, QStringLiteral("R000001"));
        QCOMPARE(receipt->centerName, QStringLiteral("北京中关村中心"));
        QCOMPARE(receipt->issuedAt.time(), QTime(9, 0)); // the center's local time, not UTC
        QCOMPARE(receipt->total, Money::fromMinor(110000));
        QCOMPARE(receipt->change, Money::fromMinor(10000));
        QVERIFY(!receipt->isRefund);

        const QString html = receipt->toHtml(QLocale(QLocale::English, QLocale::UnitedStates));
        for (const QString& expected : {QStringLiteral("R000001"), QStringLiteral("北京中关村中心"),
                 QStringLiteral("1 Zhongguancun St"), QStringLiteral("010-1234"), QStringLiteral("王小明"),
                 QStringLiteral("S000001"), QStringLiteral("Math 10h"), QStringLiteral("1,200.00"),
                 QStringLiteral("1,100.00"), QStringLiteral("100.00"), QStringLiteral("Cash"), QStringLiteral("Change"),
                 QStringLiteral("Thank you &amp; &lt;bye&gt;"), center.actor(Role::FrontDesk).displayName,
                 QStringLiteral("10 class hours")})
            QVERIFY2(html.contains(expected), qPrintable(expected));
    }

    void refundReceiptNamesTheOriginalAndTheReason()
    {
        test::TestCenter center;
        SaleInput in;
        in.lines = {test::BillingFixture::material(QStringLiteral("Book"), 5000)};
        in.method = PaymentMethod::BankCard;
        auto sale = PaymentService::sell(center.frontDesk(), in);
        RefundInput r;
        r.saleId = sale->id;
        r.lines = {RefundLineInput {sale->lines[0].id, Money::fromMinor(2000), ClassHours()}};
        r.reason = QStringLiteral("torn cover");
        r.method = PaymentMethod::BankCard;
        r.approver = center.actor(Role::Admin);
        auto refund = PaymentService::refund(center.frontDesk(), r);
        QVERIFY(refund.ok());

        auto receipt = Receipt::forSale(center.db(), refund->id);
        QVERIFY(receipt.ok());
        QVERIFY(receipt->isRefund);
        QCOMPARE(receipt->originalReceiptNo, QStringLiteral("R000001"));
        QCOMPARE(receipt->total, Money::fromMinor(2000));
        const QString html = receipt->toHtml(QLocale(QLocale::English, QLocale::UnitedStates));
        for (const QString& expected :
            {QStringLiteral("R000002"), QStringLiteral("R000001"), QStringLiteral("torn cover"),
                QStringLiteral("20.00"), QStringLiteral("Bank card"), center.actor(Role::Admin).displayName})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        QVERIFY(!html.contains(QStringLiteral("-20.00")));
    }

    void unknownSaleHasNoReceipt()
    {
        test::TestCenter center;
        QCOMPARE(Receipt::forSale(center.db(), 42).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
