#include "AttendanceFixture.h"
#include "attendance/AttendanceService.h"
#include "attendance/ClassHourLedger.h"
#include "attendance/MembershipService.h"
#include "attendance/Reminders.h"

using namespace td;

namespace {

const QDate kToday(2026, 3, 2);

ClassHours hours(qint64 h)
{
    return ClassHours::fromHours(h);
}

QStringList codesOf(const QList<Reminder>& list, Reminder::Kind kind)
{
    QStringList codes;
    for (const Reminder& r : list)
        if (r.kind == kind)
            codes << r.studentCode;
    return codes;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowBalances()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        auto admin = center.admin();
        const qint64 course = f.course(QStringLiteral("Algebra"));
        const qint64 a = f.student(QStringLiteral("S000001"), QStringLiteral("Ann"));
        const qint64 b = f.student(QStringLiteral("S000002"), QStringLiteral("Bob"));
        const qint64 c = f.student(QStringLiteral("S000003"), QStringLiteral("Cai"), QStringLiteral("archived"));
        const qint64 d = f.student(QStringLiteral("S000004"), QStringLiteral("Dai"));
        const qint64 e = f.student(QStringLiteral("S000005"), QStringLiteral("Eve"));
        const qint64 g = f.student(QStringLiteral("S000006"), QStringLiteral("Gao"));
        const qint64 annPack
            = ClassHourLedger::addPack(admin, {a, course, {}, hours(4), {}, 0}).value(); // at the threshold
        QVERIFY(ClassHourLedger::addPack(admin, {b, course, {}, hours(2), {}, 0}).ok()); // low, but ...
        QVERIFY(ClassHourLedger::addPack(admin, {b, course, {}, hours(20), {}, 0}).ok()); // ... a fresh pack
        QVERIFY(ClassHourLedger::addPack(admin, {c, course, {}, hours(1), {}, 0}).ok()); // archived student
        QVERIFY(ClassHourLedger::addPack(admin, {d, course, {}, hours(5), {}, 0}).ok()); // above
        QVERIFY(ClassHourLedger::addPack(admin, {e, 0, QStringLiteral("math"), hours(1), {}, 0}).ok()); // category pack
        // a pack used up long ago is no longer in use
        const qint64 old = f.insert(QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, "
                                                   "hours_purchased, created_at) VALUES (?, ?, ?, 100, "
                                                   "'2025-06-01T00:00:00.000Z')"),
            {sql::newUuid(), g, course});
        f.insert(
            QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, note, created_at) VALUES "
                           "(?, ?, 100, 'purchase', '', '2025-06-01T00:00:00.000Z'), "
                           "(?, ?, -100, 'attendance', '', '2025-07-01T00:00:00.000Z')"),
            {sql::newUuid(), old, sql::newUuid(), old});

        auto list = Reminders::on(center.db(), kToday);
        QVERIFY(list.ok());
        QCOMPARE(codesOf(list.value(), Reminder::Kind::LowBalance),
            (QStringList {QStringLiteral("S000001"), QStringLiteral("S000005")}));
        const Reminder& ann = list.value().first();
        QCOMPARE(ann.packId, annPack);
        QCOMPARE(ann.balance, hours(4));
        QCOMPARE(ann.subject, QStringLiteral("Algebra"));
        QVERIFY(ann.message.contains(QStringLiteral("Ann")));

        // a lower threshold drops Ann
        f.setting(CenterSettings::Key::LowBalanceHours, QStringLiteral("3"));
        QCOMPARE(codesOf(Reminders::on(center.db(), kToday).value(), Reminder::Kind::LowBalance),
            QStringList {QStringLiteral("S000005")});
    }

    void expiringPacks()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        auto admin = center.admin();
        const qint64 course = f.course(QStringLiteral("Algebra"));
        const qint64 a = f.student(QStringLiteral("S000001"));
        const qint64 b = f.student(QStringLiteral("S000002"));
        const qint64 c = f.student(QStringLiteral("S000003"));
        QVERIFY(ClassHourLedger::addPack(admin, {a, course, {}, hours(10), kToday.addDays(14), 0}).ok());
        QVERIFY(ClassHourLedger::addPack(admin, {b, course, {}, hours(10), kToday.addDays(15), 0}).ok());
        const qint64 empty = ClassHourLedger::addPack(admin, {c, course, {}, hours(10), kToday.addDays(3), 0}).value();
        QVERIFY(ClassHourLedger::refundHours(admin, empty, hours(10), {}).ok());
        auto list = Reminders::on(center.db(), kToday).value();
        QCOMPARE(codesOf(list, Reminder::Kind::PackExpiring), QStringList {QStringLiteral("S000001")});
        // two weeks later A's pack has expired: no longer a reminder
        QVERIFY(codesOf(Reminders::on(center.db(), kToday.addDays(15)).value(), Reminder::Kind::PackExpiring)
                    .contains(QStringLiteral("S000002")));
        QVERIFY(!codesOf(Reminders::on(center.db(), kToday.addDays(15)).value(), Reminder::Kind::PackExpiring)
                     .contains(QStringLiteral("S000001")));
    }

    void membershipsEnding()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        auto admin = center.admin();
        const qint64 plan = f.plan(QStringLiteral("Monthly"), 30);
        const qint64 a = f.student(QStringLiteral("S000001"));
        const qint64 b = f.student(QStringLiteral("S000002"));
        const qint64 c = f.student(QStringLiteral("S000003"));
        QVERIFY(MembershipService::start(admin, a, plan, QDate(2026, 2, 15), 0).ok()); // ends 03-16
        QVERIFY(MembershipService::start(admin, b, plan, QDate(2026, 2, 10), 0).ok()); // ends 03-11 ...
        QVERIFY(MembershipService::start(admin, b, plan, QDate(2026, 3, 1), 0).ok()); // ... renewed
        QVERIFY(MembershipService::start(admin, c, plan, QDate(2026, 2, 16), 0).ok()); // ends 03-17
        auto list = Reminders::on(center.db(), kToday).value();
        QCOMPARE(codesOf(list, Reminder::Kind::MembershipEnding), QStringList {QStringLiteral("S000001")});
        QCOMPARE(list.first().date, QDate(2026, 3, 16));
        QCOMPARE(list.first().subject, QStringLiteral("Monthly"));
    }

    void absentTwiceInARow()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 course = f.course(QStringLiteral("Algebra"));
        const qint64 klass = f.klass(course);
        // three held sessions last week, one today still to come
        const qint64 s1 = f.session(klass, kToday.addDays(-7), QTime(9, 0), 120, hours(2), QStringLiteral("done"));
        const qint64 s2 = f.session(klass, kToday.addDays(-5), QTime(9, 0), 120, hours(2), QStringLiteral("done"));
        const qint64 s3 = f.session(klass, kToday.addDays(-3), QTime(9, 0)); // scheduled, but held
        f.session(klass, kToday, QTime(19, 0));
        f.session(klass, kToday.addDays(-1), QTime(9, 0), 120, hours(2), QStringLiteral("cancelled"));

        const qint64 absent = f.student(QStringLiteral("S000001"), QStringLiteral("Absent Twice"));
        const qint64 noRows = f.student(QStringLiteral("S000002"), QStringLiteral("Never Came"));
        const qint64 cameLast = f.student(QStringLiteral("S000003"), QStringLiteral("Came Last"));
        const qint64 excused = f.student(QStringLiteral("S000004"), QStringLiteral("Excused Once"));
        const qint64 oneMiss = f.student(QStringLiteral("S000005"), QStringLiteral("Missed One"));
        for (qint64 st : {absent, noRows, cameLast, excused, oneMiss})
            f.enroll(klass, st);
        auto mark = [&](qint64 session, qint64 student, const char* status) {
            f.insert(QStringLiteral("INSERT INTO attendance (uuid, session_id, student_id, status, recorded_at) "
                                    "VALUES (?, ?, ?, ?, '2026-02-20T00:00:00.000Z')"),
                {sql::newUuid(), session, student, QString::fromLatin1(status)});
        };
        mark(s1, absent, "present");
        mark(s2, absent, "absent");
        mark(s3, absent, "absent");
        mark(s2, cameLast, "absent");
        mark(s3, cameLast, "late");
        mark(s2, excused, "excused");
        mark(s3, excused, "absent");
        mark(s2, oneMiss, "present");

        auto list = Reminders::on(center.db(), kToday).value();
        QCOMPARE(codesOf(list, Reminder::Kind::AbsentTwice),
            (QStringList {QStringLiteral("S000001"), QStringLiteral("S000002")}));
        for (const Reminder& r : list)
            if (r.kind == Reminder::Kind::AbsentTwice)
                QCOMPARE(r.date, kToday.addDays(-3));

        // a student who joined after those sessions has nothing missed yet
        const qint64 newcomer = f.student(QStringLiteral("S000006"));
        f.insert(
            QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, updated_at) "
                           "VALUES (?, ?, ?, 'enrolled', '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')"),
            {sql::newUuid(), klass, newcomer});
        QVERIFY(!codesOf(Reminders::on(center.db(), kToday).value(), Reminder::Kind::AbsentTwice)
                     .contains(QStringLiteral("S000006")));
        // a dropped student is no longer followed
        QVERIFY(center.db()
                    .exec(QStringLiteral("UPDATE enrollments SET status = 'dropped' WHERE student_id = ?"), {noRows})
                    .ok());
        QCOMPARE(codesOf(Reminders::on(center.db(), kToday).value(), Reminder::Kind::AbsentTwice),
            QStringList {QStringLiteral("S000001")});
    }

    void absencesCountAcrossAllTheStudentsClasses()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 math = f.klass(f.course(QStringLiteral("Algebra")));
        const qint64 art = f.klass(f.course(QStringLiteral("Drawing"), QStringLiteral("art")));
        f.enroll(math, student);
        f.enroll(art, student);
        // missed both math sessions, but came to art in between: not two in a row
        f.session(math, kToday.addDays(-6), QTime(9, 0), 120, hours(2), QStringLiteral("done"));
        const qint64 drawing = f.session(art, kToday.addDays(-4), QTime(9, 0), 120, hours(2), QStringLiteral("done"));
        f.session(math, kToday.addDays(-2), QTime(9, 0), 120, hours(2), QStringLiteral("done"));
        f.insert(QStringLiteral("INSERT INTO attendance (uuid, session_id, student_id, status, recorded_at) "
                                "VALUES (?, ?, ?, 'present', '2026-02-26T01:00:00.000Z')"),
            {sql::newUuid(), drawing, student});
        QVERIFY(codesOf(Reminders::on(center.db(), kToday).value(), Reminder::Kind::AbsentTwice).isEmpty());
        // then missed art too: the last two (math on -2, art on -1) are both missed
        f.session(art, kToday.addDays(-1), QTime(9, 0), 120, hours(2), QStringLiteral("done"));
        QCOMPARE(codesOf(Reminders::on(center.db(), kToday).value(), Reminder::Kind::AbsentTwice),
            QStringList {QStringLiteral("S000001")});
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
