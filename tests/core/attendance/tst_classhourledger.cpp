#include "AttendanceFixture.h"
#include "attendance/ClassHourLedger.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace td;

namespace {

ClassHours hours(qint64 h)
{
    return ClassHours::fromHours(h);
}

} // namespace

class TestClassHourLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addPackCreditsThePurchaseAndSyncs()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 course = f.course(QStringLiteral("Algebra"));
        auto pack
            = ClassHourLedger::addPack(center.frontDesk(), {student, course, {}, hours(20), QDate(2026, 6, 30), 0});
        QVERIFY2(pack.ok(), pack.ok() ? "" : qPrintable(pack.error().message));
        QCOMPARE(ClassHourLedger::balance(center.db(), pack.value()).value(), hours(20));

        auto info = ClassHourLedger::pack(center.db(), pack.value());
        QVERIFY(info.ok());
        QCOMPARE(info->courseTitle, QStringLiteral("Algebra"));
        QCOMPARE(info->category, QString());
        QCOMPARE(info->purchased, hours(20));
        QCOMPARE(info->expiresOn, QDate(2026, 6, 30));

        auto entries = ClassHourLedger::entries(center.db(), pack.value()).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].reason, ClassHourEntry::Reason::Purchase);
        QCOMPARE(entries[0].delta, hours(20));
        QCOMPARE(entries[0].staffId, center.actor(Role::FrontDesk).staffId);

        QCOMPARE(center.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'class_hour_pack'"))
                     .value()
                     .toInt(),
            1);
        const auto payload = QJsonDocument::fromJson(
            center.db()
                .scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'class_hour_entry'"))
                .value()
                .toString()
                .toUtf8())
                                 .object();
        QCOMPARE(payload.value(QStringLiteral("pack_uuid")).toString(), info->uuid);
        QCOMPARE(payload.value(QStringLiteral("delta")).toInt(), 2000);
        QCOMPARE(payload.value(QStringLiteral("reason")).toString(), QStringLiteral("purchase"));
        QVERIFY(center.db()
                    .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'class_hour_pack'"))
                    .value()
                    .toInt()
            == 1);
    }

    void categoryPackAndListing()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 course = f.course(QStringLiteral("Algebra"));
        auto never = ClassHourLedger::addPack(center.admin(), {student, 0, QStringLiteral(" math "), hours(5), {}, 0});
        auto soon = ClassHourLedger::addPack(center.admin(), {student, course, {}, hours(3), QDate(2026, 3, 10), 0});
        auto later = ClassHourLedger::addPack(center.admin(), {student, course, {}, hours(4), QDate(2026, 9, 1), 0});
        QVERIFY(never.ok() && soon.ok() && later.ok());
        auto packs = ClassHourLedger::packsOfStudent(center.db(), student).value();
        QCOMPARE(packs.size(), 3);
        QCOMPARE(packs[0].id, soon.value());
        QCOMPARE(packs[1].id, later.value());
        QCOMPARE(packs[2].id, never.value());
        QCOMPARE(packs[2].category, QStringLiteral("math"));
        QCOMPARE(packs[2].courseId, 0);
        QVERIFY(!packs[2].expiresOn.isValid());
        QCOMPARE(packs[2].balance, hours(5));
        QVERIFY(packs[0].isExpiredOn(QDate(2026, 3, 11)));
        QVERIFY(!packs[0].isExpiredOn(QDate(2026, 3, 10)));
    }

    void badPacksAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no student") << 0 << QStringLiteral("studentId");
        QTest::newRow("no course nor category") << 1 << QStringLiteral("category");
        QTest::newRow("unknown course") << 2 << QStringLiteral("courseId");
        QTest::newRow("online course") << 3 << QStringLiteral("courseId");
        QTest::newRow("zero hours") << 4 << QStringLiteral("hours");
        QTest::newRow("negative hours") << 5 << QStringLiteral("hours");
        QTest::newRow("already expired") << 6 << QStringLiteral("expiresOn");
        QTest::newRow("unknown sale line") << 7 << QStringLiteral("saleLineId");
    }
    void badPacksAreRefusedAndChangeNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 course = f.course(QStringLiteral("Algebra"));
        const qint64 online = f.item(QStringLiteral("Online algebra"), QStringLiteral("online_course"));
        PackSpec spec {student, course, {}, hours(10), {}, 0};
        switch (which) {
        case 0:
            spec.studentId = 999;
            break;
        case 1:
            spec.courseId = 0;
            spec.category = QStringLiteral("  ");
            break;
        case 2:
            spec.courseId = 999;
            break;
        case 3:
            spec.courseId = online;
            break;
        case 4:
            spec.hours = ClassHours();
            break;
        case 5:
            spec.hours = hours(-1);
            break;
        case 6:
            spec.expiresOn = QDate(2026, 3, 1);
            break;
        case 7:
            spec.saleLineId = 42;
            break;
        }
        auto clerk = center.frontDesk();
        const qint64 packs = center.count(QStringLiteral("class_hour_packs"));
        const qint64 entries = center.count(QStringLiteral("class_hour_entries"));
        const qint64 outbox = center.count(QStringLiteral("outbox"));
        const qint64 audit = center.count(QStringLiteral("audit_log"));
        auto r = ClassHourLedger::addPack(clerk, spec);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(center.count(QStringLiteral("class_hour_packs")), packs);
        QCOMPARE(center.count(QStringLiteral("class_hour_entries")), entries);
        QCOMPARE(center.count(QStringLiteral("outbox")), outbox);
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit);
    }

    void packExpiringTodayIsAccepted()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        QVERIFY(ClassHourLedger::addPack(
            center.frontDesk(), {student, 0, QStringLiteral("art"), hours(1), QDate(2026, 3, 2), 0})
                    .ok());
    }

    void instructorsCannotSellPacks()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        auto teacher = center.instructor();
        auto r = ClassHourLedger::addPack(teacher, {student, 0, QStringLiteral("art"), hours(10), {}, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(center.count(QStringLiteral("class_hour_packs")), 0);
    }

    void refundNeverExceedsTheBalance()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        auto clerk = center.frontDesk();
        const qint64 pack
            = ClassHourLedger::addPack(clerk, {student, 0, QStringLiteral("art"), hours(10), {}, 0}).value();
        const qint64 entries = center.count(QStringLiteral("class_hour_entries"));

        auto tooMuch = ClassHourLedger::refundHours(clerk, pack, ClassHours::fromHundredths(1001), QStringLiteral("x"));
        QVERIFY(!tooMuch.ok());
        QCOMPARE(tooMuch.error().field, QStringLiteral("hours"));
        auto zero = ClassHourLedger::refundHours(clerk, pack, ClassHours(), QStringLiteral("x"));
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().field, QStringLiteral("hours"));
        auto teacher = ClassHourLedger::refundHours(center.instructor(), pack, hours(1), QStringLiteral("x"));
        QCOMPARE(teacher.error().kind, Error::Kind::Forbidden);
        auto missing = ClassHourLedger::refundHours(clerk, 999, hours(1), QStringLiteral("x"));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(center.count(QStringLiteral("class_hour_entries")), entries);
        QCOMPARE(ClassHourLedger::balance(center.db(), pack).value(), hours(10));

        QVERIFY(
            ClassHourLedger::refundHours(clerk, pack, ClassHours::fromHundredths(750), QStringLiteral("moving away"))
                .ok());
        QCOMPARE(ClassHourLedger::balance(center.db(), pack).value(), ClassHours::fromHundredths(250));
        QVERIFY(ClassHourLedger::refundHours(clerk, pack, ClassHours::fromHundredths(250), {}).ok());
        QCOMPARE(ClassHourLedger::balance(center.db(), pack).value(), ClassHours());
        auto last = ClassHourLedger::entries(center.db(), pack).value();
        QCOMPARE(last.size(), 3);
        QCOMPARE(last[1].reason, ClassHourEntry::Reason::Refund);
        QCOMPARE(last[1].note, QStringLiteral("moving away"));
        QVERIFY(!ClassHourLedger::refundHours(clerk, pack, ClassHours::fromHundredths(1), {}).ok());
    }

    void refundInsideACallersTransactionRollsBackWithIt()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        auto clerk = center.frontDesk();
        {
            auto tx = Transaction::begin(center.db());
            QVERIFY(tx.ok());
            auto pack = ClassHourLedger::addPack(clerk, {student, 0, QStringLiteral("art"), hours(10), {}, 0});
            QVERIFY(pack.ok());
            QVERIFY(ClassHourLedger::refundHours(clerk, pack.value(), hours(2), {}).ok());
            // the sale fails after this: the caller's transaction is dropped
        }
        QCOMPARE(center.count(QStringLiteral("class_hour_packs")), 0);
        QCOMPARE(center.count(QStringLiteral("class_hour_entries")), 0);
        QCOMPARE(center.count(QStringLiteral("outbox")), 0);
    }

    void adjustIsForAdminsWithAReason()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 pack
            = ClassHourLedger::addPack(center.frontDesk(), {student, 0, QStringLiteral("art"), hours(4), {}, 0})
                  .value();
        const qint64 entries = center.count(QStringLiteral("class_hour_entries"));
        QCOMPARE(ClassHourLedger::adjust(center.frontDesk(), pack, hours(1), QStringLiteral("gift")).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(ClassHourLedger::adjust(center.admin(), pack, hours(1), QStringLiteral("  ")).error().field,
            QStringLiteral("note"));
        QCOMPARE(ClassHourLedger::adjust(center.admin(), pack, ClassHours(), QStringLiteral("x")).error().field,
            QStringLiteral("delta"));
        QCOMPARE(ClassHourLedger::adjust(center.admin(), pack, hours(-5), QStringLiteral("x")).error().field,
            QStringLiteral("delta"));
        QCOMPARE(center.count(QStringLiteral("class_hour_entries")), entries);
        QVERIFY(ClassHourLedger::adjust(center.admin(), pack, hours(2), QStringLiteral("goodwill")).ok());
        QVERIFY(ClassHourLedger::adjust(center.admin(), pack, hours(-6), QStringLiteral("typo at sale")).ok());
        QCOMPARE(ClassHourLedger::balance(center.db(), pack).value(), ClassHours());
    }

    void ledgerIsAppendOnly()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 pack
            = ClassHourLedger::addPack(center.frontDesk(), {student, 0, QStringLiteral("art"), hours(4), {}, 0})
                  .value();
        QVERIFY(!center.db().exec(QStringLiteral("UPDATE class_hour_entries SET delta = 9999")).ok());
        QVERIFY(!center.db().exec(QStringLiteral("DELETE FROM class_hour_entries")).ok());
        QCOMPARE(ClassHourLedger::balance(center.db(), pack).value(), hours(4));
        QCOMPARE(ClassHourLedger::balance(center.db(), 12345).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestClassHourLedger)
#include "tst_classhourledger.moc"
