#include "BillingFixture.h"
#include "attendance/ClassHourLedger.h"
#include "auth/StaffService.h"
#include "billing/PaymentService.h"
#include "settings/CenterSettings.h"
#include "support/TestCenter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace td;

namespace {

QJsonObject lastOutboxPayload(test::TestCenter& center, const QString& entity)
{
    auto r = center.db().scalar(
        QStringLiteral("SELECT payload FROM outbox WHERE entity = ? ORDER BY seq DESC LIMIT 1"), {entity});
    return QJsonDocument::fromJson(r.value().toString().toUtf8()).object();
}

} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cashSaleOfPackAndMaterialGivesChangeAndCreatesThePack()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("王小明"), QStringLiteral("S000001"));
        const qint64 course = f.item(QStringLiteral("offline_course"), QStringLiteral("Math 10h"), 120000, 10, 90);

        SaleInput input;
        input.studentId = student;
        input.lines = {test::BillingFixture::line(SaleLineKind::Pack, course),
            test::BillingFixture::material(QStringLiteral("Workbook"), 4550, 2)};
        input.method = PaymentMethod::Cash;
        input.tendered = Money::fromMinor(130000);
        const auto before = f.counts();
        auto sale = PaymentService::sell(center.frontDesk(), input);
        QVERIFY2(sale.ok(), sale.ok() ? "" : qPrintable(sale.error().message));

        QCOMPARE(sale->receiptNo, QStringLiteral("R000001"));
        QCOMPARE(sale->receiptSeq, 1);
        QCOMPARE(sale->subtotal, Money::fromMinor(129100));
        QCOMPARE(sale->discount, Money());
        QCOMPARE(sale->total, Money::fromMinor(129100));
        QCOMPARE(sale->tendered, std::optional<Money>(Money::fromMinor(130000)));
        QCOMPARE(sale->change, Money::fromMinor(900));
        QCOMPARE(sale->studentName, QStringLiteral("王小明"));
        QCOMPARE(sale->staffName, center.actor(Role::FrontDesk).displayName);
        QCOMPARE(sale->businessDate, QDate(2026, 3, 2));
        QCOMPARE(sale->lines.size(), 2);
        QCOMPARE(sale->lines[1].total, Money::fromMinor(9100));

        const SaleLine& pack = sale->lines[0];
        QCOMPARE(pack.classHours, ClassHours::fromHours(10));
        QCOMPARE(pack.expiresOn, QDate(2026, 5, 31));
        QVERIFY(pack.packId != 0);
        QCOMPARE(ClassHourLedger::balance(center.db(), pack.packId).value(), ClassHours::fromHours(10));

        const auto after = f.counts();
        QCOMPARE(after.sales, before.sales + 1);
        QCOMPARE(after.lines, before.lines + 2);
        QCOMPARE(after.packs, before.packs + 1);
        QVERIFY(after.audit > before.audit);

        const QJsonObject payload = lastOutboxPayload(center, QStringLiteral("sale"));
        QCOMPARE(payload.value(QStringLiteral("uuid")).toString(), sale->uuid);
        QCOMPARE(payload.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("R000001"));
        QCOMPARE(payload.value(QStringLiteral("total_minor")).toInteger(), 129100);
        QCOMPARE(payload.value(QStringLiteral("lines")).toArray().size(), 2);
        QVERIFY(!payload.value(QStringLiteral("student_uuid")).toString().isEmpty());
        QVERIFY(!payload.contains(QStringLiteral("student_id")));
        const QJsonObject line = payload.value(QStringLiteral("lines")).toArray().first().toObject();
        QVERIFY(!line.value(QStringLiteral("pack_uuid")).toString().isEmpty());
        QVERIFY(!line.value(QStringLiteral("item_uuid")).toString().isEmpty());
    }

    void cardSaleHasNoTenderOrChange()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        SaleInput input;
        input.lines = {test::BillingFixture::material(QStringLiteral("Pen"), 350)};
        input.method = PaymentMethod::WeChatPay;
        input.tendered = Money::fromMinor(1000);
        auto sale = PaymentService::sell(center.frontDesk(), input);
        QVERIFY(sale.ok());
        QVERIFY(!sale->tendered.has_value());
        QCOMPARE(sale->change, Money());
        QCOMPARE(sale->method, PaymentMethod::WeChatPay);
        QCOMPARE(sale->studentId, 0);
    }

    void membershipLineStartsAMembership()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("Li Lei"), QStringLiteral("S000002"));
        const qint64 plan = f.item(QStringLiteral("membership_plan"), QStringLiteral("Annual"), 199900, 0, 365);
        SaleInput input;
        input.studentId = student;
        input.lines = {test::BillingFixture::line(SaleLineKind::Membership, plan)};
        input.method = PaymentMethod::Alipay;
        auto sale = PaymentService::sell(center.frontDesk(), input);
        QVERIFY2(sale.ok(), sale.ok() ? "" : qPrintable(sale.error().message));
        QVERIFY(sale->lines[0].membershipId != 0);
        auto q = center.db().exec(QStringLiteral("SELECT starts_on, ends_on, student_id FROM memberships WHERE id = ?"),
            {sale->lines[0].membershipId});
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(q.value().value(2).toLongLong(), student);
    }

    void dropInTicketKeepsTheSessionsHoursInAOneDayPack()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("Li Lei"), QStringLiteral("S000002"));
        const qint64 course = f.item(QStringLiteral("offline_course"), QStringLiteral("Pottery"), 120000, 10);
        SaleLineInput line = test::BillingFixture::line(SaleLineKind::DropIn, course);
        line.unitPrice = Money::fromMinor(9000);
        line.classHours = ClassHours::fromHours(2);
        SaleInput input;
        input.studentId = student;
        input.lines = {line};
        input.method = PaymentMethod::Alipay;
        auto sale = PaymentService::sell(center.frontDesk(), input);
        QVERIFY2(sale.ok(), sale.ok() ? "" : qPrintable(sale.error().message));
        const SaleLine& ticket = sale->lines[0];
        QCOMPARE(ticket.kind, SaleLineKind::DropIn);
        QCOMPARE(ticket.total, Money::fromMinor(9000));
        QCOMPARE(ticket.classHours, ClassHours::fromHours(2));
        QCOMPARE(ticket.expiresOn, QDate(2026, 3, 2)); // today by default
        QVERIFY(ticket.packId != 0);
        QCOMPARE(ClassHourLedger::balance(center.db(), ticket.packId).value(), ClassHours::fromHours(2));

        // without hours a ticket makes no pack; with hours it needs a student
        SaleInput plainInput;
        plainInput.studentId = student;
        plainInput.lines = {test::BillingFixture::line(SaleLineKind::DropIn, course)};
        auto plain = PaymentService::sell(center.frontDesk(), plainInput);
        QVERIFY(plain.ok());
        QCOMPARE(plain->lines[0].packId, 0);
        const auto before = f.counts();
        input.studentId = 0;
        auto walkIn = PaymentService::sell(center.frontDesk(), input);
        QCOMPARE(walkIn.error().field, QStringLiteral("studentId"));
        input.studentId = student;
        input.lines[0].classHours = ClassHours();
        QCOMPARE(PaymentService::sell(center.frontDesk(), input).error().field, QStringLiteral("lines[0].classHours"));
        QVERIFY(f.counts() == before);
    }

    void orderDiscountIsRoundedAndAllocatedExactly_data()
    {
        QTest::addColumn<QList<qint64>>("prices");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<qint64>("value"); // basis points or minor units
        QTest::addColumn<qint64>("expectedDiscount");
        QTest::addColumn<QList<qint64>>("expectedLineDiscounts");

        QTest::newRow("10% of 10.00 in thirds")
            << QList<qint64> {333, 333, 334} << true << qint64(1000) << qint64(100) << QList<qint64> {33, 33, 34};
        // 50 % of 0.03 is 0.015: half up gives 0.02, the odd cent goes to the earliest lines.
        QTest::newRow("half a cent rounds up")
            << QList<qint64> {1, 1, 1} << true << qint64(5000) << qint64(2) << QList<qint64> {1, 1, 0};
        // 33.33 % of 1.00 = 0.3333 -> 0.33
        QTest::newRow("below half rounds down")
            << QList<qint64> {100} << true << qint64(3333) << qint64(33) << QList<qint64> {33};
        // 12.5 % of 0.04 = 0.005 -> 0.01 (half away from zero, not to even)
        QTest::newRow("exact half rounds away from zero")
            << QList<qint64> {4} << true << qint64(1250) << qint64(1) << QList<qint64> {1};
        QTest::newRow("one cent over three equal lines")
            << QList<qint64> {100, 100, 100} << false << qint64(1) << qint64(1) << QList<qint64> {1, 0, 0};
        QTest::newRow("largest remainder wins")
            << QList<qint64> {100, 200} << false << qint64(100) << qint64(100) << QList<qint64> {33, 67};
        QTest::newRow("whole amount") << QList<qint64> {250, 750} << false << qint64(1000) << qint64(1000)
                                      << QList<qint64> {250, 750};
        QTest::newRow("100 percent") << QList<qint64> {199, 1} << true << qint64(10000) << qint64(200)
                                     << QList<qint64> {199, 1};
        QTest::newRow("free line gets no share")
            << QList<qint64> {0, 1000} << false << qint64(10) << qint64(10) << QList<qint64> {0, 10};
    }

    void orderDiscountIsRoundedAndAllocatedExactly()
    {
        QFETCH(QList<qint64>, prices);
        QFETCH(bool, percent);
        QFETCH(qint64, value);
        QFETCH(qint64, expectedDiscount);
        QFETCH(QList<qint64>, expectedLineDiscounts);

        test::TestCenter center;
        SaleInput input;
        Money subtotal;
        for (qint64 p : prices) {
            input.lines.append(test::BillingFixture::material(QStringLiteral("Item"), p));
            subtotal += Money::fromMinor(p);
        }
        input.discount = percent ? OrderDiscount::ofPercent(value) : OrderDiscount::ofAmount(Money::fromMinor(value));
        input.method = PaymentMethod::BankCard;
        auto sale = PaymentService::sell(center.frontDesk(), input);
        QVERIFY2(sale.ok(), sale.ok() ? "" : qPrintable(sale.error().message));
        QCOMPARE(sale->subtotal, subtotal);
        QCOMPARE(sale->discount, Money::fromMinor(expectedDiscount));
        QCOMPARE(sale->total, subtotal - Money::fromMinor(expectedDiscount));
        Money linesTotal;
        for (qsizetype i = 0; i < sale->lines.size(); ++i) {
            QCOMPARE(sale->lines[i].discount, Money::fromMinor(expectedLineDiscounts[i]));
            QVERIFY(!sale->lines[i].total.isNegative());
            linesTotal += sale->lines[i].total;
        }
        QCOMPARE(linesTotal, sale->total);
    }

    void lineDiscountAndOrderDiscountCombine()
    {
        test::TestCenter center;
        SaleInput input;
        SaleLineInput a = test::BillingFixture::material(QStringLiteral("A"), 1000, 2); // 20.00 - 5.00
        a.discount = Money::fromMinor(500);
        input.lines = {a, test::BillingFixture::material(QStringLiteral("B"), 500)};
        input.discount = OrderDiscount::ofAmount(Money::fromMinor(200)); // over 15.00 + 5.00
        auto sale = PaymentService::sell(center.frontDesk(), input);
        QVERIFY(sale.ok());
        QCOMPARE(sale->subtotal, Money::fromMinor(2500));
        QCOMPARE(sale->discount, Money::fromMinor(700));
        QCOMPARE(sale->lines[0].discount, Money::fromMinor(650));
        QCOMPARE(sale->lines[1].discount, Money::fromMinor(50));
        QCOMPARE(sale->total, Money::fromMinor(1800));
    }

    void badSaleInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("caseNo");
        const QStringList fields = {
            QStringLiteral("lines"), // 0 no lines
            QStringLiteral("lines[0].quantity"), // 1 negative quantity
            QStringLiteral("lines[0].quantity"), // 2 zero quantity
            QStringLiteral("lines[1].unitPrice"), // 3 negative price
            QStringLiteral("lines[0].unitPrice"), // 4 material without price
            QStringLiteral("lines[0].description"), // 5 material without description
            QStringLiteral("lines[0].itemId"), // 6 unknown item
            QStringLiteral("studentId"), // 7 unknown student
            QStringLiteral("studentId"), // 8 pack without student
            QStringLiteral("studentId"), // 9 membership without student
            QStringLiteral("lines[0].itemId"), // 10 membership plan sold as a pack
            QStringLiteral("tendered"), // 11 cash below total
            QStringLiteral("lines[0].expiresOn"), // 12 pack already expired
            QStringLiteral("discount"), // 13 discount above subtotal
            QStringLiteral("discount"), // 14 percent above 100
            QStringLiteral("discount"), // 15 negative discount
            QStringLiteral("lines[0].discount"), // 16 line discount above the line
            QStringLiteral("lines[0].discount"), // 17 negative line discount
            QStringLiteral("lines[0].itemId"), // 18 course line without item
            QStringLiteral("lines[0].quantity"), // 19 two memberships on one line
            QStringLiteral("lines[0].classHours"), // 20 pack of zero hours
        };
        for (int i = 0; i < fields.size(); ++i)
            QTest::addRow("case %d", i) << fields[i] << i;
    }

    void badSaleInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(int, caseNo);
        test::TestCenter center;
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("Han Meimei"), QStringLiteral("S000003"));
        const qint64 course = f.item(QStringLiteral("offline_course"), QStringLiteral("Piano"), 100000, 8, 30);
        const qint64 plan = f.item(QStringLiteral("membership_plan"), QStringLiteral("Monthly"), 30000, 0, 30);
        // One good sale first, so the numbering must continue at 2 afterwards.
        SaleInput good;
        good.lines = {test::BillingFixture::material(QStringLiteral("Pen"), 100)};
        QVERIFY(PaymentService::sell(center.frontDesk(), good).ok());

        SaleInput in;
        in.studentId = student;
        in.lines = {test::BillingFixture::line(SaleLineKind::Pack, course)};
        switch (caseNo) {
        case 0:
            in.lines.clear();
            break;
        case 1:
            in.lines[0].quantity = -1;
            break;
        case 2:
            in.lines[0].quantity = 0;
            break;
        case 3:
            in.lines.append(test::BillingFixture::material(QStringLiteral("Refund?"), -100));
            break;
        case 4:
            in.lines = {test::BillingFixture::material(QStringLiteral("Book"), 0)};
            in.lines[0].unitPrice.reset();
            break;
        case 5:
            in.lines = {test::BillingFixture::material(QString(), 100)};
            break;
        case 6:
            in.lines[0].itemId = 9999;
            break;
        case 7:
            in.studentId = 9999;
            break;
        case 8:
            in.studentId = 0;
            break;
        case 9:
            in.studentId = 0;
            in.lines = {test::BillingFixture::line(SaleLineKind::Membership, plan)};
            break;
        case 10:
            in.lines = {test::BillingFixture::line(SaleLineKind::Pack, plan)};
            break;
        case 11:
            in.tendered = Money::fromMinor(99999);
            break;
        case 12:
            in.lines[0].expiresOn = QDate(2026, 3, 1);
            break;
        case 13:
            in.discount = OrderDiscount::ofAmount(Money::fromMinor(100001));
            break;
        case 14:
            in.discount = OrderDiscount::ofPercent(10001);
            break;
        case 15:
            in.discount = OrderDiscount::ofAmount(Money::fromMinor(-1));
            break;
        case 16:
            in.lines[0].discount = Money::fromMinor(100001);
            break;
        case 17:
            in.lines[0].discount = Money::fromMinor(-5);
            break;
        case 18:
            in.lines = {test::BillingFixture::line(SaleLineKind::Course, 0)};
            break;
        case 19:
            in.lines = {test::BillingFixture::line(SaleLineKind::Membership, plan, 2)};
            break;
        case 20:
            in.lines[0].classHours = ClassHours();
            break;
        }
        const auto before = f.counts();
        auto r = PaymentService::sell(center.frontDesk(), in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(f.counts() == before);

        auto next = PaymentService::sell(center.frontDesk(), good);
        QVERIFY(next.ok());
        QCOMPARE(next->receiptNo, QStringLiteral("R000002"));
    }

    void receiptNumbersStayGaplessWhenASaleFailsLate()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("Zhang San"), QStringLiteral("S000004"));
        const qint64 course = f.item(QStringLiteral("offline_course"), QStringLiteral("Go"), 50000, 5);
        SaleInput pen;
        pen.lines = {test::BillingFixture::material(QStringLiteral("Pen"), 100)};
        QCOMPARE(PaymentService::sell(center.frontDesk(), pen)->receiptNo, QStringLiteral("R000001"));

        // Make the pack insert fail after the sales row and its number were written.
        QVERIFY(center.db()
                    .exec(QStringLiteral("CREATE TRIGGER test_no_packs BEFORE INSERT ON class_hour_packs BEGIN "
                                         "SELECT RAISE(ABORT, 'disk on fire'); END"))
                    .ok());
        SaleInput packSale;
        packSale.studentId = student;
        packSale.lines = {test::BillingFixture::material(QStringLiteral("Bag"), 100),
            test::BillingFixture::line(SaleLineKind::Pack, course)};
        const auto before = f.counts();
        auto failed = PaymentService::sell(center.frontDesk(), packSale);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Storage);
        QVERIFY(f.counts() == before);
        QVERIFY(center.db().exec(QStringLiteral("DROP TRIGGER test_no_packs")).ok());

        QVERIFY(CenterSettings(center.db())
                    .set(center.admin(), CenterSettings::Key::ReceiptPrefix, QStringLiteral("BJ-"))
                    .ok());
        auto second = PaymentService::sell(center.frontDesk(), packSale);
        QVERIFY(second.ok());
        QCOMPARE(second->receiptSeq, 2);
        QCOMPARE(second->receiptNo, QStringLiteral("BJ-000002"));
    }

    void onlyStaffWhoMaySellCanSell()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        SaleInput in;
        in.lines = {test::BillingFixture::material(QStringLiteral("Pen"), 100)};
        center.instructor();
        const auto before = f.counts();
        auto r = PaymentService::sell(center.instructor(), in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QVERIFY(f.counts() == before);
        QVERIFY(PaymentService::sell(center.admin(), in).ok());
    }

    void partialRefundsNeverExceedWhatRemains()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        SaleInput in;
        in.lines = {test::BillingFixture::material(QStringLiteral("Book"), 30000),
            test::BillingFixture::material(QStringLiteral("Pen"), 500)};
        in.method = PaymentMethod::BankCard;
        auto sale = PaymentService::sell(center.frontDesk(), in);
        QVERIFY(sale.ok());
        const qint64 book = sale->lines[0].id;

        const auto refund = [&](qint64 minor) {
            RefundInput r;
            r.saleId = sale->id;
            r.lines = {RefundLineInput {book, Money::fromMinor(minor), ClassHours()}};
            r.reason = QStringLiteral("damaged");
            r.method = PaymentMethod::BankCard;
            return PaymentService::refund(center.admin(), r);
        };

        auto first = refund(10000);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->receiptNo, QStringLiteral("R000002"));
        QVERIFY(first->isRefund());
        QCOMPARE(first->refundOfReceiptNo, QStringLiteral("R000001"));
        QCOMPARE(first->total, Money::fromMinor(-10000));
        QCOMPARE(first->lines[0].refundOfLineId, book);
        QCOMPARE(first->approvedById, center.actor(Role::Admin).staffId);
        QCOMPARE(PaymentService::refundableAmount(center.db(), book).value(), Money::fromMinor(20000));

        QVERIFY(refund(15000).ok());
        const auto before = f.counts();
        auto tooMuch = refund(5001);
        QVERIFY(!tooMuch.ok());
        QCOMPARE(tooMuch.error().field, QStringLiteral("lines[0].amount"));
        QVERIFY(tooMuch.error().message.contains(QStringLiteral("50.00")));
        QVERIFY(f.counts() == before);

        auto last = refund(5000);
        QVERIFY(last.ok());
        QCOMPARE(last->receiptNo, QStringLiteral("R000004"));
        QCOMPARE(PaymentService::refundableAmount(center.db(), book).value(), Money());
        QVERIFY(!refund(1).ok());
        // The other line is untouched.
        QCOMPARE(PaymentService::refundableAmount(center.db(), sale->lines[1].id).value(), Money::fromMinor(500));

        auto reread = PaymentService::byId(center.db(), sale->id);
        QCOMPARE(reread->refundIds.size(), 3);
        QCOMPARE(reread->lines[0].refunded, Money::fromMinor(30000));
        QCOMPARE(PaymentService::refundsOf(center.db(), sale->id)->size(), 3);

        // Append-only: the database itself refuses edits.
        QVERIFY(!center.db().exec(QStringLiteral("UPDATE sales SET total_minor = 0")).ok());
        QVERIFY(!center.db().exec(QStringLiteral("DELETE FROM sale_lines")).ok());
    }

    void refundOfPackHoursNeverExceedsTheBalance()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("Zhao Si"), QStringLiteral("S000005"));
        const qint64 course = f.item(QStringLiteral("offline_course"), QStringLiteral("Art"), 100000, 10);
        SaleInput in;
        in.studentId = student;
        in.lines = {test::BillingFixture::line(SaleLineKind::Pack, course)};
        in.method = PaymentMethod::Alipay;
        auto sale = PaymentService::sell(center.frontDesk(), in);
        QVERIFY(sale.ok());
        const SaleLine pack = sale->lines[0];

        RefundInput r;
        r.saleId = sale->id;
        r.reason = QStringLiteral("moving away");
        r.method = PaymentMethod::Alipay;
        r.lines = {RefundLineInput {pack.id, Money::fromMinor(40000), ClassHours::fromHours(4)}};
        auto first = PaymentService::refund(center.admin(), r);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(ClassHourLedger::balance(center.db(), pack.packId).value(), ClassHours::fromHours(6));
        QCOMPARE(first->lines[0].classHours, -ClassHours::fromHours(4));

        r.lines = {RefundLineInput {pack.id, Money::fromMinor(10000), ClassHours::fromHundredths(601)}};
        const auto before = f.counts();
        auto tooMany = PaymentService::refund(center.admin(), r);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().field, QStringLiteral("lines[0].hours"));
        QVERIFY(f.counts() == before);
        QCOMPARE(ClassHourLedger::balance(center.db(), pack.packId).value(), ClassHours::fromHours(6));

        r.lines = {RefundLineInput {pack.id, Money::fromMinor(60000), ClassHours::fromHours(6)}};
        QVERIFY(PaymentService::refund(center.admin(), r).ok());
        QCOMPARE(ClassHourLedger::balance(center.db(), pack.packId).value(), ClassHours());
        QCOMPARE(PaymentService::byId(center.db(), sale->id)->lines[0].hoursRefunded, ClassHours::fromHours(10));
    }

    void clerkRefundNeedsAnAdminsApproval()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        SaleInput in;
        in.lines = {test::BillingFixture::material(QStringLiteral("Book"), 8000)};
        auto sale = PaymentService::sell(center.frontDesk(), in);
        QVERIFY(sale.ok());

        RefundInput r;
        r.saleId = sale->id;
        r.lines = {RefundLineInput {sale->lines[0].id, Money::fromMinor(3000), ClassHours()}};
        r.reason = QStringLiteral("wrong edition");

        const auto before = f.counts();
        auto refused = PaymentService::refund(center.frontDesk(), r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(f.counts() == before);

        // Another clerk cannot approve.
        auto clerk2 = StaffService::create(center.admin(), QStringLiteral("desk2"), QStringLiteral("Desk Two"),
            Role::FrontDesk, QStringLiteral("password456"));
        QVERIFY(clerk2.ok());
        const auto withClerk2 = f.counts();
        r.approver
            = StaffService::authenticate(center.db(), QStringLiteral("desk2"), QStringLiteral("password456")).value();
        auto stillRefused = PaymentService::refund(center.frontDesk(), r);
        QVERIFY(!stillRefused.ok());
        QCOMPARE(stillRefused.error().kind, Error::Kind::Forbidden);
        QVERIFY(f.counts() == withClerk2);

        // A made-up admin Actor that is not an account cannot approve either.
        r.approver = Actor {9999, QStringLiteral("ghost"), QStringLiteral("Ghost"), Role::Admin};
        QCOMPARE(PaymentService::refund(center.frontDesk(), r).error().kind, Error::Kind::Forbidden);

        const Actor admin = center.actor(Role::Admin);
        r.approver = StaffService::authenticate(center.db(), admin.username, QStringLiteral("password123")).value();
        auto approved = PaymentService::refund(center.frontDesk(), r);
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->approvedById, admin.staffId);
        QCOMPARE(approved->approvedByName, admin.displayName);
        QCOMPARE(approved->staffId, center.actor(Role::FrontDesk).staffId);
        const QJsonObject payload = lastOutboxPayload(center, QStringLiteral("sale"));
        QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("refund"));
        QCOMPARE(payload.value(QStringLiteral("refund_of_uuid")).toString(), sale->uuid);
        QVERIFY(!payload.value(QStringLiteral("approved_by_uuid")).toString().isEmpty());
        QCOMPARE(payload.value(QStringLiteral("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("refund_of_line_no")),
            QJsonValue(1));
    }

    void instructorCannotRefundEvenWithApproval()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        SaleInput in;
        in.lines = {test::BillingFixture::material(QStringLiteral("Book"), 8000)};
        auto sale = PaymentService::sell(center.frontDesk(), in);
        RefundInput r;
        r.saleId = sale->id;
        r.lines = {RefundLineInput {sale->lines[0].id, Money::fromMinor(3000), ClassHours()}};
        r.reason = QStringLiteral("x");
        r.approver = center.actor(Role::Admin);
        const Context instructor = center.instructor();
        const auto before = f.counts();
        auto refused = PaymentService::refund(instructor, r);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(f.counts() == before);
    }

    void badRefundInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("caseNo");
        const QStringList fields = {
            QStringLiteral("reason"), // 0 blank reason
            QStringLiteral("saleId"), // 1 unknown sale
            QStringLiteral("saleId"), // 2 a refund of a refund
            QStringLiteral("lines"), // 3 no lines
            QStringLiteral("lines[0].saleLineId"), // 4 line of another sale
            QStringLiteral("lines[0].amount"), // 5 negative amount
            QStringLiteral("lines[0].amount"), // 6 nothing to give back
            QStringLiteral("lines[0].hours"), // 7 hours on a line that is no pack
            QStringLiteral("lines[1].saleLineId"), // 8 the same line twice
            QStringLiteral("lines[0].hours"), // 9 negative hours
            QStringLiteral("lines[0].amount"), // 10 more than the line
        };
        for (int i = 0; i < fields.size(); ++i)
            QTest::addRow("case %d", i) << fields[i] << i;
    }

    void badRefundInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(int, caseNo);
        test::TestCenter center;
        test::BillingFixture f(center);
        SaleInput in;
        in.lines = {test::BillingFixture::material(QStringLiteral("Book"), 8000)};
        auto sale = PaymentService::sell(center.frontDesk(), in);
        auto other = PaymentService::sell(center.frontDesk(), in);
        RefundInput good;
        good.saleId = sale->id;
        good.lines = {RefundLineInput {sale->lines[0].id, Money::fromMinor(1000), ClassHours()}};
        good.reason = QStringLiteral("change of mind");
        auto earlier = PaymentService::refund(center.admin(), good);
        QVERIFY(earlier.ok());

        RefundInput r = good;
        switch (caseNo) {
        case 0:
            r.reason = QStringLiteral("   ");
            break;
        case 1:
            r.saleId = 9999;
            break;
        case 2:
            r.saleId = earlier->id;
            break;
        case 3:
            r.lines.clear();
            break;
        case 4:
            r.lines[0].saleLineId = other->lines[0].id;
            break;
        case 5:
            r.lines[0].amount = Money::fromMinor(-1);
            break;
        case 6:
            r.lines[0].amount = Money();
            break;
        case 7:
            r.lines[0].hours = ClassHours::fromHours(1);
            break;
        case 8:
            r.lines.append(r.lines[0]);
            break;
        case 9:
            r.lines[0].hours = ClassHours::fromHours(-1);
            break;
        case 10:
            r.lines[0].amount = Money::fromMinor(7001);
            break;
        }
        const auto before = f.counts();
        auto refused = PaymentService::refund(center.admin(), r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QCOMPARE(refused.error().field, field);
        QVERIFY(f.counts() == before);
        QCOMPARE(PaymentService::refundableAmount(center.db(), sale->lines[0].id).value(), Money::fromMinor(7000));
    }

    void queriesFindSalesByReceiptStudentAndDate()
    {
        test::TestCenter center;
        test::BillingFixture f(center);
        const qint64 student = f.student(QStringLiteral("Sun Qi"), QStringLiteral("S000006"));
        SaleInput in;
        in.studentId = student;
        in.lines = {test::BillingFixture::material(QStringLiteral("Book"), 8000)};
        auto first = PaymentService::sell(center.frontDesk(), in);
        center.clock().advanceSecs(86400);
        auto second = PaymentService::sell(center.frontDesk(), in);
        SaleInput walkIn;
        walkIn.lines = in.lines;
        QVERIFY(PaymentService::sell(center.frontDesk(), walkIn).ok());

        auto found = PaymentService::byReceiptNumber(center.db(), QStringLiteral(" R000002 "));
        QVERIFY(found.ok());
        QCOMPARE(found->id, second->id);
        QCOMPARE(PaymentService::byReceiptNumber(center.db(), QStringLiteral("R999999")).error().kind,
            Error::Kind::NotFound);

        auto ofStudent = PaymentService::salesOfStudent(center.db(), student);
        QCOMPARE(ofStudent->size(), 2);
        QCOMPARE(ofStudent->first().id, second->id); // newest first
        QCOMPARE(ofStudent->first().lines.size(), 1);

        auto day1 = PaymentService::salesBetween(center.db(), QDate(2026, 3, 2), QDate(2026, 3, 2));
        QCOMPARE(day1->size(), 1);
        QCOMPARE(day1->first().id, first->id);
        QCOMPARE(PaymentService::salesBetween(center.db(), QDate(2026, 3, 1), QDate(2026, 3, 3))->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
