#include "AttendanceFixture.h"
#include "attendance/MembershipService.h"

using namespace td;

class TestMemberships : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startEndsAfterThePlansDuration()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 plan = f.plan(QStringLiteral("Monthly"), 30);
        auto id = MembershipService::start(center.frontDesk(), student, plan, QDate(2026, 3, 2), 0);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto list = MembershipService::ofStudent(center.db(), student).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].startsOn, QDate(2026, 3, 2));
        QCOMPARE(list[0].endsOn, QDate(2026, 3, 31));
        QCOMPARE(list[0].renewedFromId, 0);
        QCOMPARE(list[0].planTitle, QStringLiteral("Monthly"));
        QCOMPARE(center.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'membership'"))
                     .value()
                     .toInt(),
            1);
        QCOMPARE(center.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'membership'"))
                     .value()
                     .toInt(),
            1);
    }

    void renewalWhileActiveStartsTheDayAfter()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 plan = f.plan(QStringLiteral("Monthly"), 30);
        const qint64 other = f.plan(QStringLiteral("Yearly"), 365);
        auto clerk = center.frontDesk();
        const qint64 first = MembershipService::start(clerk, student, plan, QDate(2026, 3, 2), 0).value();
        const qint64 second = MembershipService::start(clerk, student, plan, QDate(2026, 3, 20), 0).value();
        const qint64 third = MembershipService::start(clerk, student, plan, QDate(2026, 3, 25), 0).value();
        const qint64 yearly = MembershipService::start(clerk, student, other, QDate(2026, 3, 25), 0).value();
        auto list = MembershipService::ofStudent(center.db(), student).value();
        QCOMPARE(list.size(), 4);
        QHash<qint64, Membership> byId;
        for (const auto& m : list)
            byId.insert(m.id, m);
        QCOMPARE(byId[second].startsOn, QDate(2026, 4, 1));
        QCOMPARE(byId[second].endsOn, QDate(2026, 4, 30));
        QCOMPARE(byId[second].renewedFromId, first);
        QCOMPARE(byId[third].startsOn, QDate(2026, 5, 1));
        QCOMPARE(byId[third].renewedFromId, second);
        // another plan is not a renewal
        QCOMPARE(byId[yearly].startsOn, QDate(2026, 3, 25));
        QCOMPARE(byId[yearly].renewedFromId, 0);

        auto active = MembershipService::activeOn(center.db(), student, QDate(2026, 4, 15)).value();
        QCOMPARE(active.size(), 2);
        QCOMPARE(active[0].id, second);
        QCOMPARE(active[1].id, yearly);
        QVERIFY(MembershipService::activeOn(center.db(), student, QDate(2027, 6, 1)).value().isEmpty());
    }

    void afterExpiryANewMembershipStartsWhenAsked()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 plan = f.plan(QStringLiteral("Monthly"), 30);
        auto clerk = center.frontDesk();
        QVERIFY(MembershipService::start(clerk, student, plan, QDate(2026, 1, 1), 0).ok());
        const qint64 fresh = MembershipService::start(clerk, student, plan, QDate(2026, 3, 2), 0).value();
        auto list = MembershipService::ofStudent(center.db(), student).value();
        QCOMPARE(list[0].id, fresh);
        QCOMPARE(list[0].startsOn, QDate(2026, 3, 2));
        QCOMPARE(list[0].renewedFromId, 0);
    }

    void endingBetweenSkipsRenewedMemberships()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 a = f.student(QStringLiteral("S000001"), QStringLiteral("Ann"));
        const qint64 b = f.student(QStringLiteral("S000002"), QStringLiteral("Bob"));
        const qint64 plan = f.plan(QStringLiteral("Monthly"), 30);
        auto clerk = center.frontDesk();
        const qint64 annFirst = MembershipService::start(clerk, a, plan, QDate(2026, 2, 10), 0).value(); // ends 03-11
        const qint64 bobFirst = MembershipService::start(clerk, b, plan, QDate(2026, 2, 12), 0).value(); // ends 03-13
        QVERIFY(MembershipService::start(clerk, b, plan, QDate(2026, 3, 1), 0).ok()); // renewed: 03-14..04-12
        auto ending = MembershipService::endingBetween(center.db(), QDate(2026, 3, 2), QDate(2026, 3, 16)).value();
        QCOMPARE(ending.size(), 1);
        QCOMPARE(ending[0].id, annFirst);
        QCOMPARE(ending[0].studentName, QStringLiteral("Ann"));
        QVERIFY(bobFirst != annFirst);
        QVERIFY(
            MembershipService::endingBetween(center.db(), QDate(2026, 3, 12), QDate(2026, 3, 31)).value().isEmpty());
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown student") << 0 << QStringLiteral("studentId");
        QTest::newRow("not a plan") << 1 << QStringLiteral("planId");
        QTest::newRow("plan without duration") << 2 << QStringLiteral("planId");
        QTest::newRow("no start date") << 3 << QStringLiteral("startsOn");
        QTest::newRow("unknown sale line") << 4 << QStringLiteral("saleLineId");
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        test::TestCenter center;
        test::AttendanceFixture f(center);
        qint64 student = f.student(QStringLiteral("S000001"));
        qint64 plan = f.plan(QStringLiteral("Monthly"), 30);
        QDate start(2026, 3, 2);
        qint64 line = 0;
        switch (which) {
        case 0:
            student = 999;
            break;
        case 1:
            plan = f.course(QStringLiteral("Algebra"));
            break;
        case 2:
            plan = f.plan(QStringLiteral("Broken"), 0);
            break;
        case 3:
            start = QDate();
            break;
        case 4:
            line = 77;
            break;
        }
        auto clerk = center.frontDesk();
        const qint64 audit = center.count(QStringLiteral("audit_log"));
        auto r = MembershipService::start(clerk, student, plan, start, line);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QCOMPARE(center.count(QStringLiteral("memberships")), 0);
        QCOMPARE(center.count(QStringLiteral("outbox")), 0);
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit);
    }

    void instructorsCannotSellMemberships()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 plan = f.plan(QStringLiteral("Monthly"), 30);
        auto r = MembershipService::start(center.instructor(), student, plan, QDate(2026, 3, 2), 0);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(center.count(QStringLiteral("memberships")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemberships)
#include "tst_memberships.moc"
