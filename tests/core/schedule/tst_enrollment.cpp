#include "ScheduleFixture.h"
#include "audit/AuditLog.h"
#include "schedule/EnrollmentService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace td;

namespace {

// A class of three seats.
CourseClass smallClass(test::ScheduleFixture& f)
{
    ClassSpec spec = f.tueThu(QStringLiteral("Small group"));
    spec.capacity = 3;
    return ScheduleService::createClass(f.center.admin(), spec).value();
}

QList<QString> namesOf(const QList<Enrollment>& enrollments, EnrollmentStatus status)
{
    QList<QString> names;
    for (const Enrollment& e : enrollments)
        if (e.status == status)
            names << e.studentName;
    return names;
}

} // namespace

class TestEnrollment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seatsThenWaitlistInOrder()
    {
        test::ScheduleFixture f;
        const CourseClass cls = smallClass(f);
        auto desk = f.center.frontDesk();
        QList<Enrollment> made;
        for (const char* name : {"Ann", "Bo", "Cai", "Dan", "Eva"}) {
            auto e = EnrollmentService::enroll(desk, cls.id, f.student(QString::fromLatin1(name)));
            QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
            made << e.value();
            f.center.clock().advanceSecs(60);
        }
        QCOMPARE(made[0].status, EnrollmentStatus::Enrolled);
        QCOMPARE(made[2].status, EnrollmentStatus::Enrolled);
        QCOMPARE(made[3].status, EnrollmentStatus::Waitlisted);
        QCOMPARE(made[3].waitlistPosition, 1);
        QCOMPARE(made[4].waitlistPosition, 2);
        QCOMPARE(EnrollmentService::waitlistPosition(f.center.db(), made[4].id).value(), 2);
        QCOMPARE(EnrollmentService::waitlistPosition(f.center.db(), made[0].id).value(), 0);
        auto info = ScheduleService::classById(f.center.db(), cls.id).value();
        QCOMPARE(info.enrolledCount, 3);
        QCOMPARE(info.waitlistCount, 2);
        QVERIFY(info.isFull());

        const auto roster = EnrollmentService::enrollmentsOfClass(f.center.db(), cls.id).value();
        QCOMPARE(namesOf(roster, EnrollmentStatus::Enrolled),
            (QList<QString> {QStringLiteral("Ann"), QStringLiteral("Bo"), QStringLiteral("Cai")}));
        QCOMPARE(namesOf(roster, EnrollmentStatus::Waitlisted),
            (QList<QString> {QStringLiteral("Dan"), QStringLiteral("Eva")}));
        QCOMPARE(roster.last().studentName, QStringLiteral("Eva"));
    }

    void dropPromotesTheFirstWaitlisted()
    {
        test::ScheduleFixture f;
        const CourseClass cls = smallClass(f);
        auto desk = f.center.frontDesk();
        QList<Enrollment> seated;
        for (const char* name : {"Ann", "Bo", "Cai"})
            seated << EnrollmentService::enroll(desk, cls.id, f.student(QString::fromLatin1(name))).value();
        // Same request time for Dan and Eva: the lower id (Dan) goes first; Fei asked earliest of all.
        const auto dan = EnrollmentService::enroll(desk, cls.id, f.student(QStringLiteral("Dan"))).value();
        const auto eva = EnrollmentService::enroll(desk, cls.id, f.student(QStringLiteral("Eva"))).value();
        const auto fei = EnrollmentService::enroll(desk, cls.id, f.student(QStringLiteral("Fei"))).value();
        QVERIFY(
            f.center.db()
                .exec(QStringLiteral("UPDATE enrollments SET requested_at = '2026-01-01T00:00:00.000Z' WHERE id = ?"),
                    {fei.id})
                .ok());
        QCOMPARE(EnrollmentService::waitlistPosition(f.center.db(), fei.id).value(), 1);
        QCOMPARE(EnrollmentService::waitlistPosition(f.center.db(), dan.id).value(), 2);
        QCOMPARE(EnrollmentService::waitlistPosition(f.center.db(), eva.id).value(), 3);

        const qint64 outboxBefore = f.center.count(QStringLiteral("outbox"));
        auto first = EnrollmentService::drop(desk, seated[1].id);
        QVERIFY(first.ok());
        QCOMPARE(first->dropped.status, EnrollmentStatus::Dropped);
        QVERIFY(first->promoted.has_value());
        QCOMPARE(first->promoted->studentName, QStringLiteral("Fei"));
        QCOMPARE(first->promoted->status, EnrollmentStatus::Enrolled);
        QCOMPARE(f.center.count(QStringLiteral("outbox")), outboxBefore + 2); // the drop and the promotion

        auto second = EnrollmentService::drop(desk, seated[0].id);
        QCOMPARE(second->promoted->studentName, QStringLiteral("Dan"));
        QCOMPARE(EnrollmentService::waitlistPosition(f.center.db(), eva.id).value(), 1);

        // Leaving the waitlist frees no seat and promotes nobody.
        auto leave = EnrollmentService::drop(desk, eva.id);
        QVERIFY(leave.ok());
        QVERIFY(!leave->promoted.has_value());
        auto info = ScheduleService::classById(f.center.db(), cls.id).value();
        QCOMPARE(info.enrolledCount, 3);
        QCOMPARE(info.waitlistCount, 0);

        // A freed seat with nobody waiting stays free.
        auto last = EnrollmentService::drop(desk, seated[2].id);
        QVERIFY(!last->promoted.has_value());
        QCOMPARE(ScheduleService::classById(f.center.db(), cls.id)->enrolledCount, 2);

        auto again = EnrollmentService::drop(desk, seated[2].id);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
    }

    void moreSeatsGoToTheWaitlistInOrder()
    {
        test::ScheduleFixture f;
        const CourseClass cls = smallClass(f);
        auto desk = f.center.frontDesk();
        for (const char* name : {"Ann", "Bo", "Cai", "Dan", "Eva", "Fei"}) {
            QVERIFY(EnrollmentService::enroll(desk, cls.id, f.student(QString::fromLatin1(name))).ok());
            f.center.clock().advanceSecs(60);
        }
        const auto before = f.counts();
        auto belowEnrolled = ScheduleService::updateClass(f.center.admin(), cls.id, cls.name, 2, std::nullopt);
        QCOMPARE(belowEnrolled.error().field, QStringLiteral("capacity"));
        auto aboveRoom = ScheduleService::updateClass(f.center.admin(), cls.id, cls.name, 21, std::nullopt);
        QCOMPARE(aboveRoom.error().field, QStringLiteral("capacity"));
        auto noName = ScheduleService::updateClass(f.center.admin(), cls.id, QStringLiteral(" "), 5, std::nullopt);
        QCOMPARE(noName.error().field, QStringLiteral("name"));
        auto clerk = ScheduleService::updateClass(desk, cls.id, cls.name, 5, std::nullopt);
        QCOMPARE(clerk.error().kind, Error::Kind::Forbidden);
        QCOMPARE(f.counts(), before);

        auto bigger = ScheduleService::updateClass(
            f.center.admin(), cls.id, QStringLiteral("Bigger group"), 5, Money::fromMajor(180));
        QVERIFY2(bigger.ok(), bigger.ok() ? "" : qPrintable(bigger.error().message));
        QCOMPARE(bigger->name, QStringLiteral("Bigger group"));
        QCOMPARE(bigger->enrolledCount, 5);
        QCOMPARE(bigger->waitlistCount, 1);
        QCOMPARE(bigger->dropInPrice, std::optional<Money>(Money::fromMajor(180)));
        const auto roster = EnrollmentService::enrollmentsOfClass(f.center.db(), cls.id).value();
        QCOMPARE(namesOf(roster, EnrollmentStatus::Waitlisted), QList<QString> {QStringLiteral("Fei")});
    }

    void enrollingTwiceIsRefusedButComingBackWorks()
    {
        test::ScheduleFixture f;
        const CourseClass cls = smallClass(f);
        auto desk = f.center.frontDesk();
        const qint64 student = f.student(QStringLiteral("Gao Min"));
        auto first = EnrollmentService::enroll(desk, cls.id, student).value();
        const auto before = f.counts();
        auto twice = EnrollmentService::enroll(desk, cls.id, student);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);
        QVERIFY(twice.error().message.contains(QStringLiteral("Gao Min")));
        QCOMPARE(f.counts(), before);

        QVERIFY(EnrollmentService::drop(desk, first.id).ok());
        f.center.clock().advanceSecs(3600);
        auto back = EnrollmentService::enroll(desk, cls.id, student);
        QVERIFY(back.ok());
        QCOMPARE(back->id, first.id);
        QCOMPARE(back->uuid, first.uuid);
        QCOMPARE(back->status, EnrollmentStatus::Enrolled);
        QCOMPARE(back->requestedAt, f.center.clock().nowUtc());
        QCOMPARE(EnrollmentService::find(f.center.db(), cls.id, student).value()->status, EnrollmentStatus::Enrolled);
        QVERIFY(
            !EnrollmentService::find(f.center.db(), cls.id, f.student(QStringLiteral("Stranger"))).value().has_value());
        const auto mine = EnrollmentService::enrollmentsOfStudent(f.center.db(), student).value();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().className, QStringLiteral("Small group"));
    }

    void enrollmentIsSyncedAndAudited()
    {
        test::ScheduleFixture f;
        const CourseClass cls = smallClass(f);
        const qint64 student = f.student(QStringLiteral("Hu Jun"));
        auto e = EnrollmentService::enroll(f.center.frontDesk(), cls.id, student).value();
        auto row = f.center.db().exec(
            QStringLiteral("SELECT entity, entity_uuid, operation, payload FROM outbox ORDER BY seq DESC LIMIT 1"));
        QVERIFY(row.ok() && row.value().next());
        QCOMPARE(row.value().value(0).toString(), QStringLiteral("enrollment"));
        QCOMPARE(row.value().value(1).toString(), e.uuid);
        QCOMPARE(row.value().value(2).toString(), QStringLiteral("upsert"));
        const QJsonObject payload = QJsonDocument::fromJson(row.value().value(3).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("uuid")).toString(), e.uuid);
        QCOMPARE(payload.value(QStringLiteral("class_uuid")).toString(), cls.uuid);
        const QString studentUuid
            = f.center.db().scalar(QStringLiteral("SELECT uuid FROM students WHERE id = ?"), {student})->toString();
        QCOMPARE(payload.value(QStringLiteral("student_uuid")).toString(), studentUuid);
        QCOMPARE(payload.value(QStringLiteral("status")).toString(), QStringLiteral("enrolled"));
        const auto audit = AuditLog::recent(f.center.admin(), 5, e.uuid).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("enroll"));
        QCOMPARE(audit.first().actor, f.center.frontDesk().actor.username);
    }

    void badEnrollmentsChangeNothing()
    {
        test::ScheduleFixture f;
        const CourseClass cls = smallClass(f);
        auto desk = f.center.frontDesk();
        const qint64 archived = f.student(QStringLiteral("Old Timer"), QStringLiteral("archived"));
        const qint64 student = f.student(QStringLiteral("Jin Yu"));
        const auto before = f.counts();
        auto noClass = EnrollmentService::enroll(desk, 4242, student);
        QCOMPARE(noClass.error().field, QStringLiteral("classId"));
        auto noStudent = EnrollmentService::enroll(desk, cls.id, 4242);
        QCOMPARE(noStudent.error().field, QStringLiteral("studentId"));
        auto old = EnrollmentService::enroll(desk, cls.id, archived);
        QCOMPARE(old.error().kind, Error::Kind::Conflict);
        QCOMPARE(old.error().field, QStringLiteral("studentId"));
        auto instructor = EnrollmentService::enroll(f.center.instructor(), cls.id, student);
        QCOMPARE(instructor.error().kind, Error::Kind::Forbidden);
        QCOMPARE(f.counts(), before);

        auto e = EnrollmentService::enroll(desk, cls.id, student).value();
        const auto afterEnroll = f.counts();
        QCOMPARE(EnrollmentService::drop(f.center.instructor(), e.id).error().kind, Error::Kind::Forbidden);
        QCOMPARE(EnrollmentService::drop(desk, 4242).error().kind, Error::Kind::NotFound);
        QCOMPARE(f.counts(), afterEnroll);
        QCOMPARE(EnrollmentService::byId(f.center.db(), e.id)->status, EnrollmentStatus::Enrolled);
    }
};

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
