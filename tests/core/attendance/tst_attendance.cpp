#include "AttendanceFixture.h"
#include "attendance/AttendanceService.h"
#include "attendance/ClassHourLedger.h"
#include "attendance/MembershipService.h"
#include "auth/StaffService.h"
#include "billing/PaymentService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace td;

Q_DECLARE_METATYPE(td::AttendanceStatus)

namespace {

ClassHours hours(qint64 h)
{
    return ClassHours::fromHours(h);
}

const QDate kToday(2026, 3, 2); // TestCenter's clock: 09:00 in Asia/Shanghai

// One student enrolled in a two-hour class of "Algebra" (category math), a session running now
// (09:00-11:00) and a 10-hour pack.
struct Scene
{
    test::TestCenter center;
    test::AttendanceFixture f {center};
    qint64 student = 0;
    qint64 course = 0;
    qint64 klass = 0;
    qint64 session = 0;
    qint64 pack = 0;

    Scene()
    {
        student = f.student(QStringLiteral("S000001"), QStringLiteral("Li Lei"));
        course = f.course(QStringLiteral("Algebra"));
        klass = f.klass(course);
        session = f.session(klass, kToday, QTime(9, 0));
        f.enroll(klass, student);
        pack = ClassHourLedger::addPack(center.admin(), {student, course, {}, hours(10), {}, 0}).value();
    }

    ClassHours balance(qint64 p = 0) { return ClassHourLedger::balance(center.db(), p ? p : pack).value(); }
    qint64 count(const char* table) { return center.count(QString::fromLatin1(table)); }
};

QString failure(const Error& e)
{
    return e.message;
}

} // namespace

class TestAttendance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkInDeductsTheSessionsHoursOnce()
    {
        Scene s;
        auto r = AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Present);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(failure(r.error())));
        QCOMPARE(r->packId, s.pack);
        QCOMPARE(r->hoursDeducted, hours(2));
        QCOMPARE(r->hoursRemaining, hours(8));
        QCOMPARE(r->studentCode, QStringLiteral("S000001"));
        QCOMPARE(r->courseTitle, QStringLiteral("Algebra"));
        QVERIFY(r->warnings.isEmpty());
        QCOMPARE(s.balance(), hours(8));

        auto entries = ClassHourLedger::entries(s.center.db(), s.pack).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].reason, ClassHourEntry::Reason::Attendance);
        QCOMPARE(entries[1].attendanceId, r->attendanceId);
        QCOMPARE(entries[1].delta, hours(-2));

        const auto payload = QJsonDocument::fromJson(
            s.center.db()
                .scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'attendance'"))
                .value()
                .toString()
                .toUtf8())
                                 .object();
        const QString sessionUuid = s.center.db()
                                        .scalar(QStringLiteral("SELECT uuid FROM sessions WHERE id = ?"), {s.session})
                                        .value()
                                        .toString();
        const QString studentUuid = s.center.db()
                                        .scalar(QStringLiteral("SELECT uuid FROM students WHERE id = ?"), {s.student})
                                        .value()
                                        .toString();
        const QString staffUuid = s.center.db()
                                      .scalar(QStringLiteral("SELECT uuid FROM staff WHERE id = ?"),
                                          {s.center.actor(Role::FrontDesk).staffId})
                                      .value()
                                      .toString();
        QCOMPARE(s.center.db()
                     .scalar(QStringLiteral("SELECT operation FROM outbox WHERE entity = 'attendance'"))
                     .value()
                     .toString(),
            QStringLiteral("add"));
        QCOMPARE(payload.value(QStringLiteral("uuid")).toString(), r->attendanceUuid);
        QCOMPARE(payload.value(QStringLiteral("session_uuid")).toString(), sessionUuid);
        QCOMPARE(payload.value(QStringLiteral("student_uuid")).toString(), studentUuid);
        QCOMPARE(payload.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
        QCOMPARE(payload.value(QStringLiteral("recorded_by")).toString(), staffUuid);
        QCOMPARE(payload.value(QStringLiteral("recorded_at")).toString(), QStringLiteral("2026-03-02T01:00:00.000Z"));
        QCOMPARE(s.center.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'attendance' AND "
                                            "action = 'check_in'"))
                     .value()
                     .toInt(),
            1);
        QCOMPARE(s.center.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'class_hour_entry'"))
                     .value()
                     .toInt(),
            2);
    }

    void doubleCheckInIsRefusedAndChangesNothing()
    {
        Scene s;
        QVERIFY(AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Present).ok());
        const qint64 entries = s.count("class_hour_entries");
        const qint64 outbox = s.count("outbox");
        const qint64 audit = s.count("audit_log");
        auto again = AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Late);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(again.error().field, QStringLiteral("attendance"));
        QVERIFY(again.error().message.contains(QStringLiteral("already checked in")));
        QCOMPARE(s.count("attendance"), 1);
        QCOMPARE(s.count("class_hour_entries"), entries);
        QCOMPARE(s.count("outbox"), outbox);
        QCOMPARE(s.count("audit_log"), audit);
        QCOMPARE(s.balance(), hours(8));
    }

    void everyStatusPathDeductsExactlyOnce_data()
    {
        QTest::addColumn<AttendanceStatus>("from");
        QTest::addColumn<AttendanceStatus>("to");
        const QList<AttendanceStatus> all {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Absent,
            AttendanceStatus::Excused, AttendanceStatus::Makeup};
        for (AttendanceStatus a : all)
            for (AttendanceStatus b : all)
                QTest::addRow(
                    "%s->%s", qPrintable(AttendanceService::statusKey(a)), qPrintable(AttendanceService::statusKey(b)))
                    << a << b;
    }
    void everyStatusPathDeductsExactlyOnce()
    {
        QFETCH(AttendanceStatus, from);
        QFETCH(AttendanceStatus, to);
        Scene s;
        auto clerk = s.center.frontDesk();
        auto first = AttendanceService::checkIn(clerk, s.session, s.student, from);
        QVERIFY(first.ok());
        QCOMPARE(s.balance(), AttendanceService::isAttended(from) ? hours(8) : hours(10));
        auto changed = AttendanceService::setStatus(clerk, first->attendanceId, to);
        QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(failure(changed.error())));
        QCOMPARE(s.balance(), AttendanceService::isAttended(to) ? hours(8) : hours(10));
        // twice the same change is still exactly once
        QVERIFY(AttendanceService::setStatus(clerk, first->attendanceId, to).ok());
        QCOMPARE(s.balance(), AttendanceService::isAttended(to) ? hours(8) : hours(10));
        QCOMPARE(changed->status, to);
        if (AttendanceService::isAttended(to)) {
            QCOMPARE(changed->packId, s.pack);
            QCOMPARE(changed->hoursRemaining, hours(8));
        }
        QCOMPARE(s.center.db().scalar(QStringLiteral("SELECT status FROM attendance")).value().toString(),
            AttendanceService::statusKey(to));
        // and back and forth
        QVERIFY(AttendanceService::setStatus(clerk, first->attendanceId, from).ok());
        QCOMPARE(s.balance(), AttendanceService::isAttended(from) ? hours(8) : hours(10));
        QVERIFY(AttendanceService::undo(clerk, first->attendanceId).ok());
        QCOMPARE(s.balance(), hours(10));
    }

    void leavingAnAttendedStatusGivesTheHoursBackToTheSamePack()
    {
        Scene s;
        auto clerk = s.center.frontDesk();
        auto r = AttendanceService::checkIn(clerk, s.session, s.student, AttendanceStatus::Present);
        QVERIFY(r.ok());
        QVERIFY(AttendanceService::setStatus(clerk, r->attendanceId, AttendanceStatus::Excused).ok());
        auto entries = ClassHourLedger::entries(s.center.db(), s.pack).value();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[2].reason, ClassHourEntry::Reason::AttendanceUndo);
        QCOMPARE(entries[2].delta, hours(2));
        QCOMPARE(entries[2].attendanceId, r->attendanceId);
        const auto change = QJsonDocument::fromJson(s.center.db()
                                                        .scalar(QStringLiteral("SELECT payload FROM outbox WHERE "
                                                                               "entity = 'attendance' AND operation = "
                                                                               "'upsert'"))
                                                        .value()
                                                        .toString()
                                                        .toUtf8())
                                .object();
        QCOMPARE(change.value(QStringLiteral("status")).toString(), QStringLiteral("excused"));
        QCOMPARE(change.value(QStringLiteral("uuid")).toString(), r->attendanceUuid);
        auto history = AttendanceService::attendanceOfStudent(s.center.db(), s.student).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].status, AttendanceStatus::Excused);
        QCOMPARE(history[0].hoursDeducted, ClassHours());
        QCOMPARE(history[0].packId, 0);
    }

    void undoDeletesTheRowAndGivesHoursBack()
    {
        Scene s;
        auto clerk = s.center.frontDesk();
        auto r = AttendanceService::checkIn(clerk, s.session, s.student, AttendanceStatus::Present);
        QVERIFY(r.ok());
        QVERIFY(AttendanceService::undo(clerk, r->attendanceId).ok());
        QCOMPARE(s.count("attendance"), 0);
        QCOMPARE(s.balance(), hours(10));
        auto entries = ClassHourLedger::entries(s.center.db(), s.pack).value();
        QCOMPARE(entries.last().reason, ClassHourEntry::Reason::AttendanceUndo);
        QCOMPARE(entries.last().attendanceId, r->attendanceId);
        QCOMPARE(s.center.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'attendance' AND "
                                            "operation = 'delete' AND entity_uuid = ?"),
                         {r->attendanceUuid})
                     .value()
                     .toInt(),
            1);
        // undone twice: refused, nothing moves
        auto again = AttendanceService::undo(clerk, r->attendanceId);
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
        QCOMPARE(s.balance(), hours(10));
        // checked in again: a new row with a new id, deducted once more
        auto second = AttendanceService::checkIn(clerk, s.session, s.student, AttendanceStatus::Present);
        QVERIFY(second.ok());
        QVERIFY(second->attendanceId != r->attendanceId);
        QCOMPARE(s.balance(), hours(8));
        QVERIFY(AttendanceService::undo(clerk, second->attendanceId).ok());
        QCOMPARE(s.balance(), hours(10));
    }

    void absentAndExcusedDeductNothing()
    {
        Scene s;
        const qint64 other = s.f.student(QStringLiteral("S000002"));
        s.f.enroll(s.klass, other);
        QVERIFY(AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Absent).ok());
        // no pack at all is fine when nothing is deducted
        auto r = AttendanceService::checkIn(s.center.frontDesk(), s.session, other, AttendanceStatus::Excused);
        QVERIFY(r.ok());
        QCOMPARE(r->packId, 0);
        QCOMPARE(s.balance(), hours(10));
        QCOMPARE(s.count("class_hour_entries"), 1);
    }

    void packMatchingOrder()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        auto admin = center.admin();
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 course = f.course(QStringLiteral("Algebra"), QStringLiteral("math"));
        const qint64 klass = f.klass(course);
        f.enroll(klass, student);
        QList<qint64> sessions;
        for (int i = 0; i < 6; ++i)
            sessions << f.session(klass, kToday, QTime(6 + i, 0), 30);

        // an expired course pack, an empty one, one that cannot cover two hours, two good ones, a category
        // pack expiring soonest of all, and a pack of another category
        const qint64 expired = f.insert(QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, "
                                                       "hours_purchased, expires_on, created_at) VALUES "
                                                       "(?, ?, ?, 1000, '2026-02-27', '2026-01-01T00:00:00.000Z')"),
            {sql::newUuid(), student, course});
        f.insert(QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, note, created_at) "
                                "VALUES (?, ?, 1000, 'purchase', '', '2026-01-01T00:00:00.000Z')"),
            {sql::newUuid(), expired});
        const qint64 oneHour
            = ClassHourLedger::addPack(admin, {student, course, {}, hours(1), QDate(2026, 3, 5), 0}).value();
        const qint64 later
            = ClassHourLedger::addPack(admin, {student, course, {}, hours(2), QDate(2026, 8, 1), 0}).value();
        const qint64 never = ClassHourLedger::addPack(admin, {student, course, {}, hours(2), {}, 0}).value();
        const qint64 sooner
            = ClassHourLedger::addPack(admin, {student, course, {}, hours(2), QDate(2026, 4, 1), 0}).value();
        const qint64 category
            = ClassHourLedger::addPack(admin, {student, 0, QStringLiteral("math"), hours(2), QDate(2026, 3, 3), 0})
                  .value();
        const qint64 art
            = ClassHourLedger::addPack(admin, {student, 0, QStringLiteral("art"), hours(50), QDate(2026, 3, 3), 0})
                  .value();

        auto clerk = center.frontDesk();
        const QList<qint64> expectedOrder {sooner, later, never, category};
        for (int i = 0; i < expectedOrder.size(); ++i) {
            auto r = AttendanceService::checkIn(clerk, sessions[i], student, AttendanceStatus::Present);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r->packId, expectedOrder[i]);
        }
        QCOMPARE(ClassHourLedger::balance(center.db(), oneHour).value(), hours(1));
        QCOMPARE(ClassHourLedger::balance(center.db(), expired).value(), hours(10));
        QCOMPARE(ClassHourLedger::balance(center.db(), art).value(), hours(50));
        // nothing left that covers two hours: refused, the one-hour pack untouched
        auto refused = AttendanceService::checkIn(clerk, sessions[4], student, AttendanceStatus::Present);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("classHours"));
        QCOMPARE(ClassHourLedger::balance(center.db(), oneHour).value(), hours(1));
    }

    void anExpiredPackIsUsedForASessionBeforeItsExpiry()
    {
        Scene s;
        const qint64 past = s.f.session(s.klass, QDate(2026, 2, 20), QTime(9, 0));
        const qint64 old = s.f.insert(QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, "
                                                     "hours_purchased, expires_on, created_at) VALUES "
                                                     "(?, ?, ?, 500, '2026-02-28', '2026-01-01T00:00:00.000Z')"),
            {sql::newUuid(), s.student, s.course});
        s.f.insert(QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, note, created_at) "
                                  "VALUES (?, ?, 500, 'purchase', '', '2026-01-01T00:00:00.000Z')"),
            {sql::newUuid(), old});
        auto r = AttendanceService::checkIn(s.center.frontDesk(), past, s.student, AttendanceStatus::Present);
        QVERIFY(r.ok());
        QCOMPARE(r->packId, old); // valid on the session's date and expiring first
        QCOMPARE(s.balance(), hours(10));
    }

    void goingBelowZeroIsRefusedByDefault()
    {
        Scene s;
        QVERIFY(ClassHourLedger::refundHours(s.center.admin(), s.pack, hours(9), {}).ok()); // 1 hour left
        const qint64 entries = s.count("class_hour_entries");
        const qint64 outbox = s.count("outbox");
        auto r = AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Present);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(r.error().field, QStringLiteral("classHours"));
        QVERIFY(r.error().message.contains(QStringLiteral("Sell a pack")));
        QCOMPARE(s.count("attendance"), 0);
        QCOMPARE(s.count("class_hour_entries"), entries);
        QCOMPARE(s.count("outbox"), outbox);
        QCOMPARE(s.balance(), hours(1));
    }

    void goingBelowZeroWhenAllowedUsesThePackThatRunsLongest()
    {
        Scene s;
        s.f.setting(CenterSettings::Key::AllowNegativeClassHours, QStringLiteral("true"));
        auto admin = s.center.admin();
        QVERIFY(ClassHourLedger::refundHours(admin, s.pack, hours(9), {}).ok()); // never expires, 1 hour
        const qint64 dated
            = ClassHourLedger::addPack(admin, {s.student, s.course, {}, hours(1), QDate(2026, 5, 1), 0}).value();
        auto r = AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Present);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->packId, s.pack);
        QCOMPARE(r->hoursRemaining, hours(-1));
        QCOMPARE(s.balance(), hours(-1));
        QCOMPARE(s.balance(dated), hours(1));
        QCOMPARE(r->warnings.size(), 1);
        QCOMPARE(r->warnings[0].kind, CheckInWarning::Kind::NegativeBalance);
        // undo restores it exactly
        QVERIFY(AttendanceService::undo(s.center.frontDesk(), r->attendanceId).ok());
        QCOMPARE(s.balance(), hours(1));
    }

    void noPackIsRefusedEvenWhenNegativeIsAllowed()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        f.setting(CenterSettings::Key::AllowNegativeClassHours, QStringLiteral("true"));
        const qint64 student = f.student(QStringLiteral("S000001"), QStringLiteral("Han Meimei"));
        const qint64 course = f.course(QStringLiteral("Algebra"));
        const qint64 klass = f.klass(course);
        const qint64 session = f.session(klass, kToday, QTime(9, 0));
        f.enroll(klass, student);
        auto r = AttendanceService::checkIn(center.frontDesk(), session, student, AttendanceStatus::Present);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("classHours"));
        QVERIFY(r.error().message.contains(QStringLiteral("no class-hour pack")));
        QCOMPARE(center.count(QStringLiteral("attendance")), 0);

        // only an expired pack: says so
        f.insert(
            QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, hours_purchased, "
                           "expires_on, created_at) VALUES (?, ?, ?, 500, '2026-02-01', '2026-01-01T00:00:00.000Z')"),
            {sql::newUuid(), student, course});
        auto expired = AttendanceService::checkIn(center.frontDesk(), session, student, AttendanceStatus::Present);
        QVERIFY(!expired.ok());
        QVERIFY(expired.error().message.contains(QStringLiteral("2026-02-01")));
        QCOMPARE(center.count(QStringLiteral("attendance")), 0);
    }

    void aZeroHourSessionNeedsNoPack()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 course = f.item(QStringLiteral("Open lecture"), QStringLiteral("workshop"));
        const qint64 klass = f.klass(course, ClassHours());
        const qint64 session = f.session(klass, kToday, QTime(9, 0), 60, ClassHours());
        f.enroll(klass, student);
        auto r = AttendanceService::checkIn(center.frontDesk(), session, student, AttendanceStatus::Present);
        QVERIFY(r.ok());
        QCOMPARE(r->packId, 0);
        QCOMPARE(center.count(QStringLiteral("class_hour_entries")), 0);
    }

    void warningsForLowBalanceExpiryAndMembership()
    {
        Scene s;
        auto admin = s.center.admin();
        QVERIFY(ClassHourLedger::refundHours(admin, s.pack, hours(10), {}).ok());
        const qint64 small
            = ClassHourLedger::addPack(admin, {s.student, s.course, {}, hours(6), QDate(2026, 3, 16), 0}).value();
        const qint64 plan = s.f.plan(QStringLiteral("Monthly"), 30);
        QVERIFY(MembershipService::start(admin, s.student, plan, QDate(2026, 1, 1), 0).ok());
        auto r = AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Present);
        QVERIFY(r.ok());
        QCOMPARE(r->packId, small);
        QCOMPARE(r->hoursRemaining, hours(4)); // at the default threshold of 4
        QList<CheckInWarning::Kind> kinds;
        for (const auto& w : r->warnings) {
            kinds << w.kind;
            QVERIFY(!w.message.isEmpty());
        }
        QCOMPARE(kinds,
            (QList<CheckInWarning::Kind> {CheckInWarning::Kind::LowBalance, CheckInWarning::Kind::PackExpiring,
                CheckInWarning::Kind::MembershipExpired}));
        QVERIFY(r->warnings[1].message.contains(QStringLiteral("2026-03-16")));
        QVERIFY(r->warnings[2].message.contains(QStringLiteral("2026-01-30")));
    }

    void noWarningsWhenAllIsWell()
    {
        Scene s;
        const qint64 plan = s.f.plan(QStringLiteral("Monthly"), 30);
        QVERIFY(MembershipService::start(s.center.admin(), s.student, plan, QDate(2026, 3, 1), 0).ok());
        s.f.setting(CenterSettings::Key::LowBalanceHours, QStringLiteral("7"));
        auto r = AttendanceService::checkIn(s.center.frontDesk(), s.session, s.student, AttendanceStatus::Present);
        QVERIFY(r.ok());
        QCOMPARE(r->hoursRemaining, hours(8));
        QVERIFY(r->warnings.isEmpty());
    }

    void scanPicksTheSessionHappeningNow()
    {
        Scene s;
        const qint64 later = s.f.session(s.klass, kToday, QTime(9, 50), 60);
        const qint64 tomorrow = s.f.session(s.klass, kToday.addDays(1), QTime(9, 0));
        auto r = AttendanceService::checkInByCode(s.center.frontDesk(), QStringLiteral(" s000001 "));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->sessionId, s.session);
        QCOMPARE(r->status, AttendanceStatus::Present);
        QCOMPARE(r->hoursRemaining, hours(8));
        // scanned again: the next session in the window
        auto next = AttendanceService::checkInByCode(s.center.frontDesk(), QStringLiteral("S000001"));
        QVERIFY(next.ok());
        QCOMPARE(next->sessionId, later);
        // and a third time: nothing left to check in to now, the double is refused
        const qint64 rows = s.count("attendance");
        auto third = AttendanceService::checkInByCode(s.center.frontDesk(), QStringLiteral("S000001"));
        QVERIFY(!third.ok());
        QCOMPARE(third.error().field, QStringLiteral("attendance"));
        QCOMPARE(s.count("attendance"), rows);
        QCOMPARE(s.balance(), hours(6));
        QVERIFY(tomorrow != 0);
    }

    void scanPicksTheSoonestUpcomingAndMarksLateAfterTheGrace()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        const qint64 student = f.student(QStringLiteral("S000001"));
        const qint64 course = f.course(QStringLiteral("Algebra"));
        const qint64 klass = f.klass(course);
        f.enroll(klass, student);
        const qint64 early = f.session(klass, kToday, QTime(7, 0), 60); // over at 08:00
        const qint64 soon = f.session(klass, kToday, QTime(9, 40));
        const qint64 sooner = f.session(klass, kToday, QTime(9, 20));
        QVERIFY(ClassHourLedger::addPack(center.admin(), {student, course, {}, hours(10), {}, 0}).ok());
        auto r = AttendanceService::checkInByCode(center.frontDesk(), QStringLiteral("S000001"));
        QVERIFY(r.ok());
        QCOMPARE(r->sessionId, sooner);
        QCOMPARE(r->status, AttendanceStatus::Present);
        QVERIFY(early != 0 && soon != 0);

        center.clock().advanceSecs(55 * 60); // 09:55: "soon" started 15 minutes ago
        auto late = AttendanceService::checkInByCode(center.frontDesk(), QStringLiteral("S000001"));
        QVERIFY(late.ok());
        QCOMPARE(late->sessionId, soon);
        QCOMPARE(late->status, AttendanceStatus::Late);
    }

    void scanRefusesWhatItCannotCheckIn()
    {
        Scene s;
        auto clerk = s.center.frontDesk();
        // unknown code
        auto unknown = AttendanceService::checkInByCode(clerk, QStringLiteral("S999999"));
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        auto empty = AttendanceService::checkInByCode(clerk, QStringLiteral("  "));
        QCOMPARE(empty.error().field, QStringLiteral("code"));

        // enrolled only in something later today
        const qint64 stranger = s.f.student(QStringLiteral("S000002"), QStringLiteral("Wang Fang"));
        const qint64 evening = s.f.klass(s.course);
        s.f.session(evening, kToday, QTime(19, 0));
        s.f.enroll(evening, stranger);
        auto tooEarly = AttendanceService::checkInByCode(clerk, QStringLiteral("S000002"));
        QCOMPARE(tooEarly.error().field, QStringLiteral("session"));
        QVERIFY(tooEarly.error().message.contains(QStringLiteral("18:00")));

        // not enrolled in anything: offer a drop-in for the session running now
        const qint64 walkIn = s.f.student(QStringLiteral("S000003"), QStringLiteral("Zhao Lei"));
        QVERIFY(ClassHourLedger::addPack(s.center.admin(), {walkIn, s.course, {}, hours(10), {}, 0}).ok());
        auto notEnrolled = AttendanceService::checkInByCode(clerk, QStringLiteral("S000003"));
        QCOMPARE(notEnrolled.error().kind, Error::Kind::Conflict);
        QCOMPARE(notEnrolled.error().field, QStringLiteral("enrollment"));
        QVERIFY(notEnrolled.error().message.contains(QStringLiteral("drop-in")));

        // enrolled, but the session was cancelled and another is tomorrow
        const qint64 dropped = s.f.student(QStringLiteral("S000004"));
        const qint64 other = s.f.klass(s.course);
        s.f.session(other, kToday, QTime(9, 0), 120, hours(2), QStringLiteral("cancelled"));
        s.f.session(other, kToday.addDays(1), QTime(9, 0));
        s.f.enroll(other, dropped);
        auto cancelled = AttendanceService::checkInByCode(clerk, QStringLiteral("S000004"));
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().field, QStringLiteral("enrollment")); // only a class they are not in runs now

        // a waitlisted student is not enrolled
        const qint64 waiting = s.f.student(QStringLiteral("S000005"));
        s.f.enroll(s.klass, waiting, QStringLiteral("waitlisted"));
        QCOMPARE(AttendanceService::checkInByCode(clerk, QStringLiteral("S000005")).error().field,
            QStringLiteral("enrollment"));
        QCOMPARE(s.count("attendance"), 0);
    }

    void aDropInTicketForTheDayAdmitsAStudentWhoIsNotEnrolled()
    {
        Scene s;
        const Context clerk = s.center.frontDesk();
        const qint64 walkIn = s.f.student(QStringLiteral("S000003"), QStringLiteral("Zhao Lei"));
        const qint64 prepaid
            = ClassHourLedger::addPack(s.center.admin(), {walkIn, s.course, {}, hours(10), {}, 0}).value();
        QCOMPARE(AttendanceService::checkIn(clerk, s.session, walkIn, AttendanceStatus::Present).error().field,
            QStringLiteral("enrollment"));

        const auto ticket = [&](qint64 student) {
            SaleLineInput line;
            line.kind = SaleLineKind::DropIn;
            line.itemId = s.course;
            line.unitPrice = Money::fromMinor(8000);
            line.classHours = hours(2);
            line.expiresOn = kToday;
            SaleInput in;
            in.studentId = student;
            in.lines = {line};
            in.method = PaymentMethod::WeChatPay;
            return PaymentService::sell(clerk, in);
        };
        auto sale = ticket(walkIn);
        QVERIFY2(sale.ok(), sale.ok() ? "" : qPrintable(sale.error().message));
        QVERIFY(sale->lines[0].packId != 0);

        // admitted; the session's hours come from the ticket, the prepaid pack is untouched
        auto r = AttendanceService::checkIn(clerk, s.session, walkIn, AttendanceStatus::Present);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->packId, sale->lines[0].packId);
        QCOMPARE(r->hoursRemaining, hours(0));
        QCOMPARE(s.balance(prepaid), hours(10));

        // a refunded ticket admits nobody
        const qint64 other = s.f.student(QStringLiteral("S000004"), QStringLiteral("Wang Fang"));
        auto refunded = ticket(other);
        QVERIFY(refunded.ok());
        RefundInput back;
        back.saleId = refunded->id;
        back.lines = {{refunded->lines[0].id, refunded->lines[0].total, hours(2)}};
        back.reason = QStringLiteral("changed their mind");
        QVERIFY(PaymentService::refund(s.center.admin(), back).ok());
        QCOMPARE(AttendanceService::checkIn(clerk, s.session, other, AttendanceStatus::Present).error().field,
            QStringLiteral("enrollment"));
        QCOMPARE(s.count("attendance"), 1);
    }

    void aTicketSoldAheadAdmitsOnItsSessionsDayOnly()
    {
        Scene s;
        const Context clerk = s.center.frontDesk();
        const qint64 walkIn = s.f.student(QStringLiteral("S000003"), QStringLiteral("Zhao Lei"));
        const qint64 nextWeek = s.f.session(s.klass, kToday.addDays(7), QTime(9, 0));
        // a week before the lecture: one ticket for next week's session
        s.center.clock().advanceSecs(-7 * 24 * 3600);
        SaleLineInput line;
        line.kind = SaleLineKind::DropIn;
        line.itemId = s.course;
        line.unitPrice = Money::fromMinor(8000);
        line.classHours = hours(2);
        line.expiresOn = kToday.addDays(7);
        SaleInput in;
        in.studentId = walkIn;
        in.lines = {line};
        auto sale = PaymentService::sell(clerk, in);
        QVERIFY2(sale.ok(), sale.ok() ? "" : qPrintable(sale.error().message));
        QCOMPARE(sale->lines[0].expiresOn, kToday.addDays(7));
        // a ticket for a day gone by is refused
        in.lines[0].expiresOn = kToday.addDays(-8);
        QCOMPARE(PaymentService::sell(clerk, in).error().field, QStringLiteral("lines[0].expiresOn"));

        // today's session (the day in between) does not take it
        s.center.clock().advanceSecs(7 * 24 * 3600);
        QCOMPARE(AttendanceService::checkIn(clerk, s.session, walkIn, AttendanceStatus::Present).error().field,
            QStringLiteral("enrollment"));
        // its own day does, with the hours from the ticket
        s.center.clock().advanceSecs(7 * 24 * 3600);
        auto r = AttendanceService::checkIn(clerk, nextWeek, walkIn, AttendanceStatus::Present);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->packId, sale->lines[0].packId);
        QCOMPARE(r->hoursRemaining, hours(0));
    }

    void scanWithNothingRunningAnywhere()
    {
        test::TestCenter center;
        test::AttendanceFixture f(center);
        f.student(QStringLiteral("S000001"));
        auto r = AttendanceService::checkInByCode(center.frontDesk(), QStringLiteral("S000001"));
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(r.error().field, QStringLiteral("session"));
    }

    void badCheckInsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown session") << 0 << int(Error::Kind::Invalid) << QStringLiteral("sessionId");
        QTest::newRow("unknown student") << 1 << int(Error::Kind::Invalid) << QStringLiteral("studentId");
        QTest::newRow("cancelled session") << 2 << int(Error::Kind::Conflict) << QStringLiteral("session");
        QTest::newRow("present next week") << 3 << int(Error::Kind::Conflict) << QStringLiteral("session");
        QTest::newRow("not enrolled") << 4 << int(Error::Kind::Conflict) << QStringLiteral("enrollment");
        QTest::newRow("makeup of another course") << 5 << int(Error::Kind::Conflict) << QStringLiteral("enrollment");
        QTest::newRow("dropped enrollment") << 6 << int(Error::Kind::Conflict) << QStringLiteral("enrollment");
    }
    void badCheckInsAreRefusedAndChangeNothing()
    {
        QFETCH(int, which);
        QFETCH(int, kind);
        QFETCH(QString, field);
        Scene s;
        qint64 session = s.session;
        qint64 student = s.student;
        AttendanceStatus status = AttendanceStatus::Present;
        switch (which) {
        case 0:
            session = 999;
            break;
        case 1:
            student = 999;
            break;
        case 2:
            session = s.f.session(s.klass, kToday, QTime(10, 0), 60, hours(2), QStringLiteral("cancelled"));
            break;
        case 3:
            session = s.f.session(s.klass, kToday.addDays(7), QTime(9, 0));
            break;
        case 4:
            student = s.f.student(QStringLiteral("S000009"));
            break;
        case 5: {
            const qint64 art = s.f.course(QStringLiteral("Drawing"), QStringLiteral("art"));
            session = s.f.session(s.f.klass(art), kToday, QTime(9, 0));
            status = AttendanceStatus::Makeup;
            break;
        }
        case 6: {
            student = s.f.student(QStringLiteral("S000009"));
            s.f.enroll(s.klass, student, QStringLiteral("dropped"));
            break;
        }
        }
        auto clerk = s.center.frontDesk();
        const qint64 entries = s.count("class_hour_entries");
        const qint64 outbox = s.count("outbox");
        const qint64 audit = s.count("audit_log");
        auto r = AttendanceService::checkIn(clerk, session, student, status);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(s.count("attendance"), 0);
        QCOMPARE(s.count("class_hour_entries"), entries);
        QCOMPARE(s.count("outbox"), outbox);
        QCOMPARE(s.count("audit_log"), audit);
        QCOMPARE(s.balance(), hours(10));
    }

    void excusedAheadOfTimeAndMakeupInAnotherClass()
    {
        Scene s;
        const qint64 nextWeek = s.f.session(s.klass, kToday.addDays(7), QTime(9, 0));
        auto excused = AttendanceService::checkIn(s.center.frontDesk(), nextWeek, s.student, AttendanceStatus::Excused);
        QVERIFY(excused.ok());
        // turning it into present before the session opens is refused
        auto early
            = AttendanceService::setStatus(s.center.frontDesk(), excused->attendanceId, AttendanceStatus::Present);
        QCOMPARE(early.error().field, QStringLiteral("session"));
        QCOMPARE(s.balance(), hours(10));

        const qint64 otherClass = s.f.klass(s.course);
        const qint64 otherSession = s.f.session(otherClass, kToday, QTime(8, 30));
        auto makeup
            = AttendanceService::checkIn(s.center.frontDesk(), otherSession, s.student, AttendanceStatus::Makeup);
        QVERIFY2(makeup.ok(), makeup.ok() ? "" : qPrintable(makeup.error().message));
        QCOMPARE(s.balance(), hours(8));
        // but a plain check-in there needs an enrollment
        const qint64 third = s.f.session(otherClass, kToday, QTime(9, 30));
        QCOMPARE(
            AttendanceService::checkIn(s.center.frontDesk(), third, s.student, AttendanceStatus::Present).error().field,
            QStringLiteral("enrollment"));
    }

    void rosterIsAllOrNothing()
    {
        Scene s;
        const qint64 b = s.f.student(QStringLiteral("S000002"), QStringLiteral("Bob"));
        const qint64 c = s.f.student(QStringLiteral("S000003"), QStringLiteral("Cai Wen"));
        s.f.enroll(s.klass, b);
        s.f.enroll(s.klass, c);
        const qint64 bPack = ClassHourLedger::addPack(s.center.admin(), {b, s.course, {}, hours(4), {}, 0}).value();
        // Cai Wen has no pack: present is refused, so nobody is marked
        const qint64 entries = s.count("class_hour_entries");
        const qint64 outbox = s.count("outbox");
        const qint64 audit = s.count("audit_log");
        auto r = AttendanceService::markRoster(s.center.instructor(), s.session,
            {{s.student, AttendanceStatus::Present}, {b, AttendanceStatus::Late}, {c, AttendanceStatus::Present}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("Cai Wen (S000003): ")));
        QCOMPARE(r.error().field, QStringLiteral("classHours"));
        QCOMPARE(s.count("attendance"), 0);
        QCOMPARE(s.count("class_hour_entries"), entries);
        QCOMPARE(s.count("outbox"), outbox);
        QCOMPARE(s.count("audit_log"), audit);
        QCOMPARE(s.balance(), hours(10));
        QCOMPARE(s.balance(bPack), hours(4));

        auto ok = AttendanceService::markRoster(s.center.instructor(), s.session,
            {{s.student, AttendanceStatus::Present}, {b, AttendanceStatus::Late}, {c, AttendanceStatus::Absent}});
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->size(), 3);
        QCOMPARE(s.balance(), hours(8));
        QCOMPARE(s.balance(bPack), hours(2));

        // marking again changes statuses without deducting twice
        auto again = AttendanceService::markRoster(s.center.frontDesk(), s.session,
            {{s.student, AttendanceStatus::Late}, {b, AttendanceStatus::Excused}, {c, AttendanceStatus::Excused}});
        QVERIFY(again.ok());
        QCOMPARE(s.count("attendance"), 3);
        QCOMPARE(s.balance(), hours(8));
        QCOMPARE(s.balance(bPack), hours(4));

        auto list = AttendanceService::attendanceOfSession(s.center.db(), s.session).value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].studentName, QStringLiteral("Bob"));
        QCOMPARE(list[0].status, AttendanceStatus::Excused);
        QCOMPARE(list[2].studentName, QStringLiteral("Li Lei"));
        QCOMPARE(list[2].status, AttendanceStatus::Late);
        QCOMPARE(list[2].hoursDeducted, hours(2));
        QCOMPARE(list[2].packId, s.pack);
        QCOMPARE(list[2].recordedBy, s.center.actor(Role::FrontDesk).displayName);
    }

    void badRostersAreRefused()
    {
        Scene s;
        auto clerk = s.center.frontDesk();
        QCOMPARE(AttendanceService::markRoster(clerk, s.session, {}).error().field, QStringLiteral("roster"));
        QCOMPARE(AttendanceService::markRoster(
                     clerk, s.session, {{s.student, AttendanceStatus::Present}, {s.student, AttendanceStatus::Absent}})
                     .error()
                     .field,
            QStringLiteral("roster"));
        QCOMPARE(AttendanceService::markRoster(clerk, 999, {{s.student, AttendanceStatus::Present}}).error().field,
            QStringLiteral("sessionId"));
        QCOMPARE(AttendanceService::markRoster(clerk, s.session, {{999, AttendanceStatus::Present}}).error().field,
            QStringLiteral("studentId"));
        QCOMPARE(s.count("attendance"), 0);
        QCOMPARE(s.balance(), hours(10));
    }

    void instructorsRecordOnlyTheirOwnSessions()
    {
        Scene s;
        auto other = StaffService::create(s.center.admin(), QStringLiteral("teacher2"), QStringLiteral("Other Teacher"),
            Role::Instructor, QStringLiteral("password123"));
        QVERIFY(other.ok());
        const Context otherTeacher {
            s.center.db(), s.center.clock(), Actor {other->id, other->username, other->displayName, Role::Instructor}};
        auto r = AttendanceService::checkIn(otherTeacher, s.session, s.student, AttendanceStatus::Present);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(AttendanceService::markRoster(otherTeacher, s.session, {{s.student, AttendanceStatus::Present}})
                     .error()
                     .kind,
            Error::Kind::Forbidden);
        QCOMPARE(s.count("attendance"), 0);
        auto own = AttendanceService::checkIn(s.center.instructor(), s.session, s.student, AttendanceStatus::Present);
        QVERIFY(own.ok());
        QCOMPARE(AttendanceService::setStatus(otherTeacher, own->attendanceId, AttendanceStatus::Absent).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(AttendanceService::undo(otherTeacher, own->attendanceId).error().kind, Error::Kind::Forbidden);
        QCOMPARE(s.count("attendance"), 1);
        QCOMPARE(s.balance(), hours(8));
    }

    void historyOfAStudent()
    {
        Scene s;
        const qint64 earlier = s.f.session(s.klass, kToday.addDays(-7), QTime(9, 0));
        auto clerk = s.center.frontDesk();
        QVERIFY(AttendanceService::checkIn(clerk, earlier, s.student, AttendanceStatus::Absent).ok());
        QVERIFY(AttendanceService::checkIn(clerk, s.session, s.student, AttendanceStatus::Late).ok());
        auto history = AttendanceService::attendanceOfStudent(s.center.db(), s.student).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].sessionId, s.session);
        QCOMPARE(history[0].sessionDate, kToday);
        QCOMPARE(history[0].courseTitle, QStringLiteral("Algebra"));
        QCOMPARE(history[0].status, AttendanceStatus::Late);
        QCOMPARE(history[0].hoursDeducted, hours(2));
        QCOMPARE(history[1].sessionId, earlier);
        QCOMPARE(history[1].status, AttendanceStatus::Absent);
        QCOMPARE(history[1].hoursDeducted, ClassHours());
    }
};

QTEST_GUILESS_MAIN(TestAttendance)
#include "tst_attendance.moc"
