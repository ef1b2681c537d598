#include "ScheduleFixture.h"
#include "audit/AuditLog.h"
#include "schedule/EnrollmentService.h"

#include <QTest>

#include <memory>

using namespace td;
using test::shanghai;

namespace {

QList<QDate> datesOf(const QList<ProposedSession>& sessions)
{
    QList<QDate> dates;
    for (const ProposedSession& s : sessions)
        dates << s.localDate;
    return dates;
}

QList<QDate> datesOf(const QList<Session>& sessions)
{
    QList<QDate> dates;
    for (const Session& s : sessions)
        dates << s.localDate;
    return dates;
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScheduleFixture> m_shared;

    test::ScheduleFixture& shared()
    {
        if (!m_shared)
            m_shared = std::make_unique<test::ScheduleFixture>();
        return *m_shared;
    }

private Q_SLOTS:
    void tueThuTwelveSessionsFallOnTheRightDates()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu());
        QVERIFY2(cls.ok(), cls.ok() ? "" : qPrintable(cls.error().message));
        const QList<QDate> expected = {QDate(2026, 3, 3), QDate(2026, 3, 5), QDate(2026, 3, 10), QDate(2026, 3, 12),
            QDate(2026, 3, 17), QDate(2026, 3, 19), QDate(2026, 3, 24), QDate(2026, 3, 26), QDate(2026, 3, 31),
            QDate(2026, 4, 2), QDate(2026, 4, 7), QDate(2026, 4, 9)};
        auto sessions = ScheduleService::sessionsOfClass(f.center.db(), cls->id).value();
        QCOMPARE(datesOf(sessions), expected);
        for (const Session& s : sessions) {
            QCOMPARE(s.localStart, QTime(19, 0));
            QCOMPARE(s.localEnd, QTime(21, 0));
            QCOMPARE(s.startsAt.timeSpec(), Qt::UTC);
            QCOMPARE(s.startsAt.time(), QTime(11, 0)); // Shanghai is UTC+8 all year
            QCOMPARE(s.classHours, ClassHours::fromHours(2)); // the course's default
            QCOMPARE(s.status, SessionStatus::Scheduled);
            QCOMPARE(s.roomName, QStringLiteral("Room A"));
        }
        QCOMPARE(cls->startDate, QDate(2026, 3, 3));
        QCOMPARE(cls->endDate, QDate(2026, 4, 9));
        QCOMPARE(cls->sessionCount, 12);
        QCOMPARE(cls->weekdays, (QList<Qt::DayOfWeek> {Qt::Tuesday, Qt::Thursday}));
        QCOMPARE(cls->startTime, QTime(19, 0));
        QCOMPARE(cls->courseTitle, QStringLiteral("Math Olympiad"));
        QCOMPARE(AuditLog::recent(f.center.admin(), 5, cls->uuid)->size(), 1);
        // What is stored is what was proposed.
        auto stored = f.center.db().scalar(QStringLiteral("SELECT starts_at FROM sessions WHERE class_id = ? ORDER BY "
                                                          "starts_at LIMIT 1"),
            {cls->id});
        QCOMPARE(stored->toString(), QStringLiteral("2026-03-03T11:00:00.000Z"));
    }

    void sessionsKeepTheirLocalTimeAcrossDaylightSaving()
    {
        test::ScheduleFixture f;
        f.setTimeZone(QStringLiteral("Europe/Berlin")); // clocks go forward on Sunday 29 March 2026
        ClassSpec spec = f.tueThu();
        spec.startDate = QDate(2026, 3, 23);
        spec.recurrence.sessionCount = 4;
        auto proposal = ScheduleService::proposeSessions(f.center.db(), spec);
        QVERIFY(proposal.ok());
        QCOMPARE(datesOf(proposal->sessions),
            (QList<QDate> {QDate(2026, 3, 24), QDate(2026, 3, 26), QDate(2026, 3, 31), QDate(2026, 4, 2)}));
        QCOMPARE(proposal->sessions[0].startsAt, utc(2026, 3, 24, 18)); // CET, UTC+1
        QCOMPARE(proposal->sessions[1].endsAt, utc(2026, 3, 26, 20));
        QCOMPARE(proposal->sessions[2].startsAt, utc(2026, 3, 31, 17)); // CEST, UTC+2
        QCOMPARE(proposal->sessions[3].endsAt, utc(2026, 4, 2, 19));
        auto cls = ScheduleService::createClass(f.center.admin(), spec);
        QVERIFY(cls.ok());
        const auto stored = ScheduleService::sessionsOfClass(f.center.db(), cls->id).value();
        QCOMPARE(stored.size(), 4);
        for (const Session& s : stored)
            QCOMPARE(s.localStart, QTime(19, 0));
        QCOMPARE(ScheduleService::sessionsOn(f.center.db(), QDate(2026, 3, 31))->size(), 1);
    }

    void aTimeSkippedByTheClockChangeIsRefused()
    {
        test::ScheduleFixture f;
        f.setTimeZone(QStringLiteral("Europe/Berlin"));
        const auto before = f.counts();
        auto r = ScheduleService::createClass(
            f.center.admin(), f.once(QDate(2026, 3, 29), QTime(2, 30), QTime(3, 30), QStringLiteral("Night owls")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("startTime"));
        QVERIFY(r.error().message.contains(QStringLiteral("2026-03-29")));
        QCOMPARE(f.counts(), before);
    }

    void endDateRecurrenceAndOneOffWorkshop()
    {
        test::ScheduleFixture f;
        ClassSpec spec = f.tueThu();
        spec.recurrence = Recurrence::weeklyUntil(
            {Qt::Monday, Qt::Wednesday, Qt::Friday}, QTime(9, 0), QTime(10, 30), QDate(2026, 3, 13));
        spec.classHoursPerSession = ClassHours::fromHundredths(150);
        auto cls = ScheduleService::createClass(f.center.admin(), spec);
        QVERIFY(cls.ok());
        auto sessions = ScheduleService::sessionsOfClass(f.center.db(), cls->id).value();
        QCOMPARE(sessions.size(), 6); // 2, 4, 6, 9, 11, 13 March
        QCOMPARE(sessions.last().localDate, QDate(2026, 3, 13));
        QCOMPARE(sessions.first().classHours, ClassHours::fromHundredths(150));

        CatalogItem workshopItem;
        workshopItem.kind = CatalogItem::Kind::Workshop;
        workshopItem.title = QStringLiteral("书法体验课 Calligraphy taster");
        workshopItem.price = Money::fromMajor(99);
        auto workshop = CatalogService::create(f.center.admin(), workshopItem).value();
        ClassSpec oneOff = f.once(QDate(2026, 3, 8), QTime(14, 0), QTime(16, 0), QStringLiteral("Calligraphy Sunday"));
        oneOff.courseId = workshop.id;
        oneOff.dropInPrice = Money::fromMajor(99);
        auto lecture = ScheduleService::createClass(f.center.admin(), oneOff);
        QVERIFY(lecture.ok());
        QCOMPARE(lecture->sessionCount, 1);
        QCOMPARE(lecture->dropInPrice, std::optional<Money>(Money::fromMajor(99)));
        QCOMPARE(lecture->courseKind, CatalogItem::Kind::Workshop);
        QCOMPARE(lecture->startDate, QDate(2026, 3, 8));
        QCOMPARE(lecture->endDate, QDate(2026, 3, 8));
    }

    void roomClashIsShownAndRefused()
    {
        test::ScheduleFixture f;
        QVERIFY(ScheduleService::createClass(f.center.admin(), f.tueThu()).ok());
        ClassSpec other = f.once(QDate(2026, 3, 10), QTime(20, 0), QTime(22, 0), QStringLiteral("Evening chess"));
        other.instructorId = f.otherTeacher;
        auto proposal = ScheduleService::proposeSessions(f.center.db(), other);
        QVERIFY(proposal.ok());
        QCOMPARE(proposal->clashes.size(), 1);
        const Clash clash = proposal->clashes.first();
        QCOMPARE(clash.kind, Clash::Kind::Room);
        QCOMPARE(clash.otherClassName, QStringLiteral("Olympiad Tue/Thu"));
        QCOMPARE(clash.localDate, QDate(2026, 3, 10));
        QCOMPARE(clash.roomName, QStringLiteral("Room A"));

        const auto before = f.counts();
        auto r = ScheduleService::createClass(f.center.admin(), other);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QVERIFY(r.error().message.contains(QStringLiteral("2026-03-10")));
        QVERIFY(r.error().message.contains(QStringLiteral("20:00")));
        QVERIFY(r.error().message.contains(QStringLiteral("Olympiad Tue/Thu")));
        QVERIFY(r.error().message.contains(QStringLiteral("Room A")));
        QCOMPARE(f.counts(), before);

        other.roomId = f.roomB.id;
        other.capacity = 8;
        QVERIFY(ScheduleService::createClass(f.center.admin(), other).ok());
    }

    void instructorClashIsShownAndRefused()
    {
        test::ScheduleFixture f;
        QVERIFY(ScheduleService::createClass(f.center.admin(), f.tueThu()).ok());
        ClassSpec other = f.tueThu(QStringLiteral("Second group"));
        other.roomId = f.roomB.id;
        other.capacity = 8;
        other.startDate = QDate(2026, 3, 16);
        other.recurrence = Recurrence::weekly({Qt::Thursday}, QTime(18, 0), QTime(19, 30), 2);
        auto proposal = ScheduleService::proposeSessions(f.center.db(), other).value();
        QCOMPARE(proposal.sessions.size(), 2);
        QCOMPARE(proposal.clashes.size(), 2);
        QCOMPARE(proposal.clashes[0].kind, Clash::Kind::Instructor);
        QCOMPARE(proposal.clashes[0].proposedIndex, 0);
        QCOMPARE(proposal.clashes[1].proposedIndex, 1);
        QCOMPARE(proposal.clashes[1].localDate, QDate(2026, 3, 26));
        const auto before = f.counts();
        auto r = ScheduleService::createClass(f.center.admin(), other);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QVERIFY(r.error().message.contains(QStringLiteral("2026-03-19")));
        QVERIFY(r.error().message.contains(f.center.instructor().actor.displayName));
        QCOMPARE(f.counts(), before);
    }

    void sameRoomAndInstructorGivesTwoClashes()
    {
        test::ScheduleFixture f;
        QVERIFY(ScheduleService::createClass(f.center.admin(), f.tueThu()).ok());
        auto proposal = ScheduleService::proposeSessions(f.center.db(),
            f.once(QDate(2026, 3, 3), QTime(18, 0), QTime(19, 1), QStringLiteral("Overlap by a minute")));
        QCOMPARE(proposal->clashes.size(), 2);
    }

    void touchingSessionsDoNotClash()
    {
        test::ScheduleFixture f;
        QVERIFY(ScheduleService::createClass(f.center.admin(), f.tueThu()).ok());
        auto after = ScheduleService::createClass(
            f.center.admin(), f.once(QDate(2026, 3, 3), QTime(21, 0), QTime(22, 0), QStringLiteral("Right after")));
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
        auto beforeIt = ScheduleService::createClass(
            f.center.admin(), f.once(QDate(2026, 3, 5), QTime(17, 0), QTime(19, 0), QStringLiteral("Right before")));
        QVERIFY(beforeIt.ok());
    }

    void cancelledSessionsDoNotClash()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu()).value();
        const Session first = ScheduleService::sessionsOfClass(f.center.db(), cls.id)->first();
        QVERIFY(ScheduleService::cancelSession(f.center.admin(), first.id, QStringLiteral("Teacher ill")).ok());
        auto cancelled = ScheduleService::sessionById(f.center.db(), first.id).value();
        QCOMPARE(cancelled.status, SessionStatus::Cancelled);
        QCOMPARE(cancelled.cancelReason, QStringLiteral("Teacher ill"));
        auto replacement = ScheduleService::createClass(
            f.center.admin(), f.once(QDate(2026, 3, 3), QTime(19, 0), QTime(21, 0), QStringLiteral("Guest lecture")));
        QVERIFY2(replacement.ok(), replacement.ok() ? "" : qPrintable(replacement.error().message));
        QCOMPARE(ScheduleService::classById(f.center.db(), cls.id)->sessionCount, 11);
    }

    void cancelNeedsAReasonAndNoAttendance()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu()).value();
        const auto sessions = ScheduleService::sessionsOfClass(f.center.db(), cls.id).value();
        const auto before = f.counts();
        auto noReason = ScheduleService::cancelSession(f.center.admin(), sessions[0].id, QStringLiteral("  "));
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        f.attendance(sessions[1].id, f.student(QStringLiteral("Zhang San")), QStringLiteral("present"));
        auto attended = ScheduleService::cancelSession(f.center.admin(), sessions[1].id, QStringLiteral("Rain"));
        QCOMPARE(attended.error().kind, Error::Kind::Conflict);
        QCOMPARE(ScheduleService::sessionById(f.center.db(), sessions[1].id)->status, SessionStatus::Scheduled);
        QVERIFY(ScheduleService::cancelSession(f.center.admin(), sessions[0].id, QStringLiteral("Holiday")).ok());
        auto twice = ScheduleService::cancelSession(f.center.admin(), sessions[0].id, QStringLiteral("Holiday"));
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);
        QCOMPARE(f.center.count(QStringLiteral("audit_log")), before[4] + 1);
    }

    void makeupSessionForACancelledOne()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu()).value();
        const auto sessions = ScheduleService::sessionsOfClass(f.center.db(), cls.id).value();
        const Session cancelled = sessions[2];
        // Only a cancelled session gets a makeup.
        auto notCancelled = ScheduleService::scheduleMakeup(f.center.admin(), cancelled.id,
            shanghai(QDate(2026, 3, 14), QTime(10, 0)), shanghai(QDate(2026, 3, 14), QTime(12, 0)));
        QCOMPARE(notCancelled.error().kind, Error::Kind::Conflict);
        QVERIFY(ScheduleService::cancelSession(f.center.admin(), cancelled.id, QStringLiteral("Power cut")).ok());

        // A makeup that clashes with the class's own next session is refused and changes nothing.
        const auto before = f.counts();
        auto clashing = ScheduleService::scheduleMakeup(f.center.admin(), cancelled.id,
            shanghai(QDate(2026, 3, 12), QTime(20, 0)), shanghai(QDate(2026, 3, 12), QTime(22, 0)));
        QVERIFY(!clashing.ok());
        QCOMPARE(clashing.error().kind, Error::Kind::Conflict);
        QVERIFY(clashing.error().message.contains(QStringLiteral("2026-03-12")));
        QCOMPARE(f.counts(), before);

        auto makeup = ScheduleService::scheduleMakeup(f.center.admin(), cancelled.id,
            shanghai(QDate(2026, 3, 14), QTime(10, 0)), shanghai(QDate(2026, 3, 14), QTime(12, 0)), f.roomB.id);
        QVERIFY2(makeup.ok(), makeup.ok() ? "" : qPrintable(makeup.error().message));
        QCOMPARE(makeup->makeupOfId, cancelled.id);
        QCOMPARE(makeup->classId, cls.id);
        QCOMPARE(makeup->localDate, QDate(2026, 3, 14));
        QCOMPARE(makeup->roomId, f.roomB.id);
        QCOMPARE(makeup->instructorId, f.teacher);
        QCOMPARE(makeup->classHours, cancelled.classHours);
        QCOMPARE(ScheduleService::classById(f.center.db(), cls.id)->sessionCount, 12);

        auto second = ScheduleService::scheduleMakeup(f.center.admin(), cancelled.id,
            shanghai(QDate(2026, 3, 15), QTime(10, 0)), shanghai(QDate(2026, 3, 15), QTime(12, 0)));
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
    }

    void makeupRoomMustSeatTheEnrolledStudents()
    {
        test::ScheduleFixture f;
        ClassSpec spec = f.tueThu();
        spec.capacity = 12;
        auto cls = ScheduleService::createClass(f.center.admin(), spec).value();
        for (int i = 0; i < 9; ++i)
            QVERIFY(
                f.center.db()
                    .exec(QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, "
                                         "updated_at) VALUES (?, ?, ?, 'enrolled', '2026-03-01T00:00:00.000Z', "
                                         "'2026-03-01T00:00:00.000Z')"),
                        {sql::newUuid(), cls.id, f.student(QStringLiteral("Student %1").arg(i))})
                    .ok());
        const Session first = ScheduleService::sessionsOfClass(f.center.db(), cls.id)->first();
        QVERIFY(ScheduleService::cancelSession(f.center.admin(), first.id, QStringLiteral("Holiday")).ok());
        const auto before = f.counts();
        auto r = ScheduleService::scheduleMakeup(f.center.admin(), first.id, shanghai(QDate(2026, 3, 7), QTime(9, 0)),
            shanghai(QDate(2026, 3, 7), QTime(11, 0)), f.roomB.id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("roomId"));
        QCOMPARE(f.counts(), before);
    }

    void cancellingAClassCancelsItsOpenSessions()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu()).value();
        const auto sessions = ScheduleService::sessionsOfClass(f.center.db(), cls.id).value();
        f.attendance(sessions[0].id, f.student(QStringLiteral("Zhou Li")), QStringLiteral("present"));
        const auto before = f.counts();
        QCOMPARE(ScheduleService::cancelClass(f.center.frontDesk(), cls.id, QStringLiteral("Low demand")).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(
            ScheduleService::cancelClass(f.center.admin(), cls.id, QString()).error().field, QStringLiteral("reason"));
        QCOMPARE(f.counts(), before);
        QVERIFY(ScheduleService::cancelClass(f.center.admin(), cls.id, QStringLiteral("Low demand")).ok());
        auto after = ScheduleService::classById(f.center.db(), cls.id).value();
        QCOMPARE(after.status, ClassStatus::Cancelled);
        QCOMPARE(after.sessionCount, 1); // the session with attendance stays
        QCOMPARE(
            ScheduleService::sessionById(f.center.db(), sessions[1].id)->cancelReason, QStringLiteral("Low demand"));
        QCOMPARE(ScheduleService::classes(f.center.db())->size(), 0);
        QCOMPARE(ScheduleService::classes(f.center.db(), {0, 0, 0, std::nullopt, {}})->size(), 1);
        // Its room is free again, except for the session that was held.
        auto onHeld = ScheduleService::createClass(f.center.admin(), f.tueThu(QStringLiteral("Replacement")));
        QCOMPARE(onHeld.error().kind, Error::Kind::Conflict);
        QVERIFY(onHeld.error().message.contains(QStringLiteral("2026-03-03")));
        ClassSpec later = f.tueThu(QStringLiteral("Replacement"));
        later.startDate = QDate(2026, 3, 4);
        QVERIFY(ScheduleService::createClass(f.center.admin(), later).ok());
        QCOMPARE(ScheduleService::cancelClass(f.center.admin(), cls.id, QStringLiteral("Again")).error().kind,
            Error::Kind::Conflict);
        auto enroll = EnrollmentService::enroll(f.center.frontDesk(), cls.id, f.student(QStringLiteral("Late Comer")));
        QCOMPARE(enroll.error().kind, Error::Kind::Conflict);
        QCOMPARE(enroll.error().field, QStringLiteral("classId"));
    }

    void addMoveAndMarkDone()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu()).value();
        auto extra = ScheduleService::addSession(f.center.admin(), cls.id, shanghai(QDate(2026, 4, 11), QTime(9, 0)),
            shanghai(QDate(2026, 4, 11), QTime(11, 0)));
        QVERIFY(extra.ok());
        QCOMPARE(extra->roomId, f.roomA.id);
        QCOMPARE(ScheduleService::classById(f.center.db(), cls.id)->endDate, QDate(2026, 4, 11));

        // Moving onto another of the class's sessions clashes; moving it a day later does not.
        const Session third = ScheduleService::sessionsOfClass(f.center.db(), cls.id)->at(2);
        const auto before = f.counts();
        auto clash = ScheduleService::moveSession(f.center.admin(), third.id,
            shanghai(QDate(2026, 3, 12), QTime(19, 0)), shanghai(QDate(2026, 3, 12), QTime(21, 0)));
        QCOMPARE(clash.error().kind, Error::Kind::Conflict);
        QCOMPARE(f.counts(), before);
        // A session does not clash with itself.
        auto later
            = ScheduleService::moveSession(f.center.admin(), third.id, shanghai(QDate(2026, 3, 10), QTime(19, 30)),
                shanghai(QDate(2026, 3, 10), QTime(21, 30)), 0, f.otherTeacher);
        QVERIFY2(later.ok(), later.ok() ? "" : qPrintable(later.error().message));
        QCOMPARE(later->localStart, QTime(19, 30));
        QCOMPARE(later->instructorName, QStringLiteral("Li Wei"));
        auto badTimes = ScheduleService::moveSession(f.center.admin(), third.id,
            shanghai(QDate(2026, 3, 10), QTime(21, 0)), shanghai(QDate(2026, 3, 10), QTime(20, 0)));
        QCOMPARE(badTimes.error().field, QStringLiteral("end"));

        // Marked done only once it has started.
        auto early = ScheduleService::markDone(f.center.admin(), third.id);
        QCOMPARE(early.error().kind, Error::Kind::Conflict);
        f.center.clock().set(shanghai(QDate(2026, 3, 10), QTime(19, 45)));
        QVERIFY(ScheduleService::markDone(f.center.admin(), third.id).ok());
        QCOMPARE(ScheduleService::sessionById(f.center.db(), third.id)->status, SessionStatus::Done);
        auto moveDone = ScheduleService::moveSession(f.center.admin(), third.id,
            shanghai(QDate(2026, 3, 11), QTime(19, 0)), shanghai(QDate(2026, 3, 11), QTime(21, 0)));
        QCOMPARE(moveDone.error().kind, Error::Kind::Conflict);
    }

    void badClassSpecIsRefusedWithTheField_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        for (const char* row : {"name", "courseId", "onlineCourse", "instructorId", "frontDeskInstructor", "roomId",
                 "capacity", "capacityAboveRoom", "startDate", "weekdays", "endTime", "bothCountAndEnd",
                 "neitherCountNorEnd", "tooManySessions", "endBeforeStart", "classHours", "dropInPrice"}) {
            QString field = QString::fromLatin1(row);
            if (field == QLatin1String("onlineCourse"))
                field = QStringLiteral("courseId");
            else if (field == QLatin1String("frontDeskInstructor"))
                field = QStringLiteral("instructorId");
            else if (field == QLatin1String("capacityAboveRoom"))
                field = QStringLiteral("capacity");
            else if (field == QLatin1String("bothCountAndEnd") || field == QLatin1String("neitherCountNorEnd")
                || field == QLatin1String("tooManySessions"))
                field = QStringLiteral("sessionCount");
            else if (field == QLatin1String("endBeforeStart"))
                field = QStringLiteral("endDate");
            QTest::newRow(row) << QString::fromLatin1(row) << field;
        }
    }
    void badClassSpecIsRefusedWithTheField()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        test::ScheduleFixture& f = shared(); // every row is refused, so they can share one center
        ClassSpec spec = f.tueThu();
        if (what == QLatin1String("name"))
            spec.name = QStringLiteral("   ");
        else if (what == QLatin1String("courseId"))
            spec.courseId = 9999;
        else if (what == QLatin1String("onlineCourse")) {
            CatalogItem ebook;
            ebook.kind = CatalogItem::Kind::Ebook;
            ebook.title = QStringLiteral("An e-book");
            spec.courseId = CatalogService::create(f.center.admin(), ebook)->id;
        } else if (what == QLatin1String("instructorId"))
            spec.instructorId = 0;
        else if (what == QLatin1String("frontDeskInstructor"))
            spec.instructorId = f.center.frontDesk().actor.staffId;
        else if (what == QLatin1String("roomId"))
            spec.roomId = 9999;
        else if (what == QLatin1String("capacity"))
            spec.capacity = 0;
        else if (what == QLatin1String("capacityAboveRoom"))
            spec.capacity = 21;
        else if (what == QLatin1String("startDate"))
            spec.startDate = QDate();
        else if (what == QLatin1String("weekdays"))
            spec.recurrence.weekdays.clear();
        else if (what == QLatin1String("endTime"))
            spec.recurrence.endTime = QTime(19, 0);
        else if (what == QLatin1String("bothCountAndEnd"))
            spec.recurrence.endDate = QDate(2026, 6, 1);
        else if (what == QLatin1String("neitherCountNorEnd"))
            spec.recurrence.sessionCount = 0;
        else if (what == QLatin1String("tooManySessions"))
            spec.recurrence.sessionCount = ScheduleService::kMaxSessionsPerClass + 1;
        else if (what == QLatin1String("endBeforeStart")) {
            spec.recurrence.sessionCount = 0;
            spec.recurrence.endDate = QDate(2026, 3, 1);
        } else if (what == QLatin1String("classHours"))
            spec.classHoursPerSession = ClassHours::fromHundredths(-50);
        else if (what == QLatin1String("dropInPrice"))
            spec.dropInPrice = Money::fromMinor(-100);
        const auto before = f.counts();
        auto proposal = ScheduleService::proposeSessions(f.center.db(), spec);
        QVERIFY(!proposal.ok());
        QCOMPARE(proposal.error().field, field);
        auto r = ScheduleService::createClass(f.center.admin(), spec);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(f.counts(), before);
    }

    void onlyManagersChangeTheSchedule()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu()).value();
        const qint64 sessionId = ScheduleService::sessionsOfClass(f.center.db(), cls.id)->first().id;
        const auto before = f.counts();
        for (const Context& ctx : {f.center.frontDesk(), f.center.instructor()}) {
            QCOMPARE(
                ScheduleService::createClass(ctx, f.tueThu(QStringLiteral("X"))).error().kind, Error::Kind::Forbidden);
            QCOMPARE(ScheduleService::cancelSession(ctx, sessionId, QStringLiteral("No")).error().kind,
                Error::Kind::Forbidden);
            QCOMPARE(ScheduleService::addSession(ctx, cls.id, shanghai(QDate(2026, 5, 1), QTime(9, 0)),
                         shanghai(QDate(2026, 5, 1), QTime(10, 0)))
                         .error()
                         .kind,
                Error::Kind::Forbidden);
            QCOMPARE(ScheduleService::moveSession(ctx, sessionId, shanghai(QDate(2026, 5, 1), QTime(9, 0)),
                         shanghai(QDate(2026, 5, 1), QTime(10, 0)))
                         .error()
                         .kind,
                Error::Kind::Forbidden);
            QCOMPARE(ScheduleService::markDone(ctx, sessionId).error().kind, Error::Kind::Forbidden);
        }
        QCOMPARE(f.counts(), before);
        QCOMPARE(ScheduleService::sessionById(f.center.db(), sessionId)->status, SessionStatus::Scheduled);
    }

    void deskQueriesCountEnrolledAndCheckedIn()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu()).value();
        ClassSpec morning = f.once(QDate(2026, 3, 3), QTime(9, 0), QTime(11, 0), QStringLiteral("Morning group"));
        morning.roomId = f.roomB.id;
        morning.capacity = 8;
        morning.instructorId = f.otherTeacher;
        auto early = ScheduleService::createClass(f.center.admin(), morning).value();
        const qint64 a = f.student(QStringLiteral("Wang Fang"));
        const qint64 b = f.student(QStringLiteral("Chen Jie"));
        const qint64 c = f.student(QStringLiteral("Liu Yang"));
        for (qint64 student : {a, b, c})
            QVERIFY(
                f.center.db()
                    .exec(QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, '2026-03-01T00:00:00.000Z', "
                                         "'2026-03-01T00:00:00.000Z')"),
                        {sql::newUuid(), cls.id, student,
                            student == c ? QStringLiteral("waitlisted") : QStringLiteral("enrolled")})
                    .ok());
        auto today = ScheduleService::sessionsOn(f.center.db(), QDate(2026, 3, 3)).value();
        QCOMPARE(today.size(), 2);
        QCOMPARE(today[0].className, QStringLiteral("Morning group")); // by start time
        QCOMPARE(today[0].classId, early.id);
        const Session evening = today[1];
        QCOMPARE(evening.className, QStringLiteral("Olympiad Tue/Thu"));
        QCOMPARE(evening.courseTitle, QStringLiteral("Math Olympiad"));
        QCOMPARE(evening.roomName, QStringLiteral("Room A"));
        QCOMPARE(evening.instructorName, f.center.instructor().actor.displayName);
        QCOMPARE(evening.enrolledCount, 2);
        QCOMPARE(evening.checkedInCount, 0);
        QCOMPARE(evening.capacity, 12);
        f.attendance(evening.id, a, QStringLiteral("late"));
        f.attendance(evening.id, b, QStringLiteral("absent"));
        QCOMPARE(ScheduleService::sessionById(f.center.db(), evening.id)->checkedInCount, 1);
        QCOMPARE(ScheduleService::sessionByUuid(f.center.db(), evening.uuid)->id, evening.id);

        const QDate monday(2026, 3, 2);
        QCOMPARE(ScheduleService::sessionsBetween(f.center.db(), monday, monday.addDays(6))->size(), 3);
        QCOMPARE(ScheduleService::sessionsBetween(f.center.db(), monday, monday.addDays(6), f.roomB.id)->size(), 1);
        QCOMPARE(ScheduleService::sessionsBetween(f.center.db(), monday, monday.addDays(6), 0, f.teacher)->size(), 2);
        QCOMPARE(ScheduleService::sessionsOn(f.center.db(), QDate(2026, 3, 4))->size(), 0);

        QCOMPARE(ScheduleService::classes(f.center.db())->size(), 2);
        QCOMPARE(ScheduleService::classes(f.center.db(), {0, f.otherTeacher, 0, ClassStatus::Active, {}})->size(), 1);
        QCOMPARE(
            ScheduleService::classes(f.center.db(), {0, 0, 0, ClassStatus::Active, QStringLiteral("olymp")})->size(),
            2);
        QCOMPARE(
            ScheduleService::classes(f.center.db(), {0, 0, 0, ClassStatus::Active, QStringLiteral("morning")})->size(),
            1);
        auto info = ScheduleService::classById(f.center.db(), cls.id).value();
        QCOMPARE(info.enrolledCount, 2);
        QCOMPARE(info.waitlistCount, 1);
        QCOMPARE(info.seatsLeft(), 10);
        QCOMPARE(ScheduleService::classById(f.center.db(), 777).error().kind, Error::Kind::NotFound);
    }

    void instructorsAreTheStaffWhoMayTeach()
    {
        test::ScheduleFixture f;
        auto names = [&f] {
            QStringList result;
            for (const StaffMember& member : ScheduleService::instructors(f.center.db()).value())
                result << member.displayName;
            return result;
        };
        const QString teacher = f.center.instructor().actor.displayName;
        const QString admin = f.center.admin().actor.displayName;
        // The front desk clerk is not offered; admins may teach but come after the instructors.
        QCOMPARE(names(), (QStringList {teacher, QStringLiteral("Li Wei"), admin}));
        QCOMPARE(ScheduleService::instructors(f.center.db())->constFirst().role, Role::Instructor);
        QVERIFY(StaffService::setActive(f.center.admin(), f.otherTeacher, false).ok());
        QCOMPARE(names(), (QStringList {teacher, admin}));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
