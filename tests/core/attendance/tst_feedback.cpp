#include "AttendanceFixture.h"
#include "attendance/AttendanceService.h"
#include "attendance/ClassHourLedger.h"
#include "attendance/FeedbackService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace td;

namespace {

const QDate kToday(2026, 3, 2);

struct Scene
{
    test::TestCenter center;
    test::AttendanceFixture f {center};
    qint64 student = 0;
    qint64 course = 0;
    qint64 session = 0;

    Scene()
    {
        student = f.student(QStringLiteral("S000001"), QStringLiteral("Li Lei"));
        course = f.course(QStringLiteral("Algebra"));
        const qint64 klass = f.klass(course);
        session = f.session(klass, kToday, QTime(9, 0));
        f.enroll(klass, student);
        QVERIFY(ClassHourLedger::addPack(center.admin(), {student, course, {}, ClassHours::fromHours(10), {}, 0}).ok());
        QVERIFY(AttendanceService::checkIn(center.frontDesk(), session, student, AttendanceStatus::Present).ok());
    }
};

} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionFeedbackCountsForItsCourse()
    {
        Scene s;
        auto id
            = FeedbackService::record(s.center.instructor(), s.student, s.session, 0, 4, QStringLiteral("  Clear "));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto list = FeedbackService::ofItem(s.center.db(), s.course).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].rating, 4);
        QCOMPARE(list[0].comment, QStringLiteral("Clear"));
        QCOMPARE(list[0].sessionId, s.session);
        QCOMPARE(list[0].sessionDate, kToday);
        QCOMPARE(list[0].itemTitle, QStringLiteral("Algebra"));
        QCOMPARE(list[0].studentName, QStringLiteral("Li Lei"));
        QCOMPARE(list[0].recordedBy, s.center.actor(Role::Instructor).displayName);

        const auto payload = QJsonDocument::fromJson(
            s.center.db()
                .scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'feedback'"))
                .value()
                .toString()
                .toUtf8())
                                 .object();
        QCOMPARE(payload.value(QStringLiteral("rating")).toInt(), 4);
        QCOMPARE(payload.value(QStringLiteral("session_uuid")).toString(),
            s.center.db()
                .scalar(QStringLiteral("SELECT uuid FROM sessions WHERE id = ?"), {s.session})
                .value()
                .toString());
        QCOMPARE(s.center.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'feedback'"))
                     .value()
                     .toInt(),
            1);
    }

    void averageOverSessionAndCourseFeedback()
    {
        Scene s;
        auto clerk = s.center.frontDesk();
        QCOMPARE(FeedbackService::averageForItem(s.center.db(), s.course).value().count, 0);
        QCOMPARE(FeedbackService::averageForItem(s.center.db(), s.course).value().average, 0.0);
        QVERIFY(FeedbackService::record(clerk, s.student, s.session, s.course, 5, {}).ok());
        const qint64 other = s.f.student(QStringLiteral("S000002"));
        QVERIFY(FeedbackService::record(clerk, other, 0, s.course, 2, QStringLiteral("too fast")).ok());
        auto avg = FeedbackService::averageForItem(s.center.db(), s.course).value();
        QCOMPARE(avg.count, 2);
        QCOMPARE(avg.average, 3.5);
        const qint64 unrated = s.f.course(QStringLiteral("Geometry"));
        QCOMPARE(FeedbackService::averageForItem(s.center.db(), unrated).value().count, 0);
        QVERIFY(FeedbackService::ofItem(s.center.db(), unrated).value().isEmpty());
    }

    void badFeedbackIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown student") << 0 << QStringLiteral("studentId");
        QTest::newRow("neither session nor course") << 1 << QStringLiteral("sessionId");
        QTest::newRow("unknown session") << 2 << QStringLiteral("sessionId");
        QTest::newRow("unknown course") << 3 << QStringLiteral("itemId");
        QTest::newRow("session of another course") << 4 << QStringLiteral("itemId");
        QTest::newRow("rating 0") << 5 << QStringLiteral("rating");
        QTest::newRow("rating 6") << 6 << QStringLiteral("rating");
        QTest::newRow("comment too long") << 7 << QStringLiteral("comment");
        QTest::newRow("did not attend") << 8 << QStringLiteral("sessionId");
        QTest::newRow("rated twice") << 9 << QStringLiteral("sessionId");
    }
    void badFeedbackIsRefusedAndChangesNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        Scene s;
        auto clerk = s.center.frontDesk();
        qint64 student = s.student;
        qint64 session = s.session;
        qint64 item = 0;
        int rating = 3;
        QString comment;
        switch (which) {
        case 0:
            student = 999;
            break;
        case 1:
            session = 0;
            break;
        case 2:
            session = 999;
            break;
        case 3:
            session = 0;
            item = 999;
            break;
        case 4:
            item = s.f.course(QStringLiteral("Geometry"));
            break;
        case 5:
            rating = 0;
            break;
        case 6:
            rating = 6;
            break;
        case 7:
            comment = QString(FeedbackService::kMaxCommentLength + 1, QLatin1Char('x'));
            break;
        case 8: {
            student = s.f.student(QStringLiteral("S000002"));
            break;
        }
        case 9:
            QVERIFY(FeedbackService::record(clerk, s.student, s.session, 0, 5, {}).ok());
            break;
        }
        const qint64 rows = s.center.count(QStringLiteral("feedback"));
        const qint64 outbox = s.center.count(QStringLiteral("outbox"));
        const qint64 audit = s.center.count(QStringLiteral("audit_log"));
        auto r = FeedbackService::record(clerk, student, session, item, rating, comment);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(s.center.count(QStringLiteral("feedback")), rows);
        QCOMPARE(s.center.count(QStringLiteral("outbox")), outbox);
        QCOMPARE(s.center.count(QStringLiteral("audit_log")), audit);
    }

    void absentStudentsCannotRateTheSession()
    {
        Scene s;
        const qint64 other = s.f.student(QStringLiteral("S000002"));
        s.f.insert(
            QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, updated_at) "
                           "SELECT ?, class_id, ?, 'enrolled', '2026-01-01', '2026-01-01' FROM sessions WHERE id = ?"),
            {sql::newUuid(), other, s.session});
        QVERIFY(AttendanceService::checkIn(s.center.frontDesk(), s.session, other, AttendanceStatus::Absent).ok());
        auto r = FeedbackService::record(s.center.frontDesk(), other, s.session, 0, 1, {});
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(s.center.count(QStringLiteral("feedback")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
