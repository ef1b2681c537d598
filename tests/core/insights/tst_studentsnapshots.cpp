#include "InsightsFixture.h"
#include "insights/StudentSnapshots.h"

using namespace td;
using namespace td::insights;

namespace {

const QDate kSnapshot(2025, 12, 1);

double feature(const Eigen::RowVectorXd& row, const QString& key)
{
    return row[StudentSnapshots::featureKeys().indexOf(key)];
}

StudentTimeline timeline(test::TestCenter& center, qint64 student)
{
    auto all = StudentSnapshots::load(center.db(), student);
    if (!all || all.value().size() != 1)
        qFatal("cannot load the student's timeline");
    return all.value().front();
}

} // namespace

class TestStudentSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featuresDescribeThePast()
    {
        test::TestCenter center;
        test::InsightsFixture f(center);
        const qint64 course
            = f.item(QStringLiteral("offline_course"), QStringLiteral("Piano"), QStringLiteral("Piano"), 1);
        const qint64 s = f.student(QStringLiteral("S000001"), QDate(2025, 6, 1), QDate(2015, 5, 1));
        const qint64 c = f.classOf(course, QDate(2025, 10, 6));
        // Present on 6 and 13 October and 10 November, then absent twice.
        f.enroll(s, c);
        f.attend(s, f.session(c, QDate(2025, 10, 6)));
        f.attend(s, f.session(c, QDate(2025, 10, 13)), QStringLiteral("late"));
        f.attend(s, f.session(c, QDate(2025, 11, 10)));
        f.attend(s, f.session(c, QDate(2025, 11, 17)), QStringLiteral("absent"));
        f.attend(s, f.session(c, QDate(2025, 11, 24)), QStringLiteral("excused"));
        f.sale(s, course, QDate(2025, 10, 1));

        const StudentTimeline t = timeline(center, s);
        QVERIFY(StudentSnapshots::activeOn(t, kSnapshot.toJulianDay()));
        const Eigen::RowVectorXd row = StudentSnapshots::features(t, kSnapshot.toJulianDay());
        QCOMPARE(row.size(), StudentSnapshots::featureKeys().size());
        QCOMPARE(feature(row, QStringLiteral("days_since_visit")), 21.0);
        QCOMPARE(feature(row, QStringLiteral("visits_90d")), 3.0);
        QCOMPARE(feature(row, QStringLiteral("attendance_rate_90d")), 0.6);
        // Last 30 days: 1 of 3 attended; the 60 before: 2 of 2.
        QCOMPARE(feature(row, QStringLiteral("attendance_trend")), 1.0 / 3.0 - 1.0);
        QCOMPARE(feature(row, QStringLiteral("absence_streak")), 2.0);
        QCOMPARE(feature(row, QStringLiteral("days_since_purchase")), 61.0);
        QCOMPARE(feature(row, QStringLiteral("purchases_365d")), 1.0);
        QCOMPARE(feature(row, QStringLiteral("spend_365d")), 10.0);
        QCOMPARE(feature(row, QStringLiteral("tenure_days")), 183.0);
        QCOMPARE(feature(row, QStringLiteral("age_under_12")), 1.0);
        QCOMPARE(feature(row, QStringLiteral("age_18_plus")), 0.0);
        QVERIFY(StudentSnapshots::describe(QStringLiteral("days_since_visit"), 21, 0.8)
                    .startsWith(QStringLiteral("Days since the last visit: 21")));
    }

    void nothingAfterTheSnapshotLeaksIntoIt()
    {
        test::TestCenter center;
        test::InsightsFixture f(center);
        const qint64 course
            = f.item(QStringLiteral("offline_course"), QStringLiteral("Piano"), QStringLiteral("Piano"), 1);
        const qint64 online
            = f.item(QStringLiteral("online_course"), QStringLiteral("Theory"), QStringLiteral("Piano"));
        const qint64 plan = f.item(QStringLiteral("membership_plan"), QStringLiteral("Monthly"), QString());
        const qint64 s = f.student(QStringLiteral("S000001"), QDate(2025, 6, 1));
        const qint64 c = f.classOf(course, QDate(2025, 11, 3));
        f.enroll(s, c);
        f.attend(s, f.session(c, QDate(2025, 11, 3)));
        f.sale(s, course, QDate(2025, 11, 1));
        const Eigen::RowVectorXd before = StudentSnapshots::features(timeline(center, s), kSnapshot.toJulianDay());
        const StudentTimeline quiet = timeline(center, s);
        QVERIFY(StudentSnapshots::churned(quiet, kSnapshot.toJulianDay()));
        QVERIFY(!StudentSnapshots::purchased(quiet, kSnapshot.toJulianDay()));

        // Everything that can happen to a student, from the snapshot day on.
        f.attend(s, f.session(c, kSnapshot));
        f.attend(s, f.session(c, kSnapshot.addDays(7)), QStringLiteral("absent"));
        f.sale(s, course, kSnapshot);
        f.sale(s, plan, kSnapshot.addDays(3), QStringLiteral("membership"));
        f.exec(QStringLiteral("INSERT INTO memberships (uuid, student_id, plan_id, starts_on, ends_on, created_at) "
                              "VALUES (?, ?, ?, '2025-12-01', '2025-12-30', '2025-12-01T02:00:00.000Z')"),
            {sql::newUuid(), s, plan});
        f.online(s, online, kSnapshot.addDays(1));
        f.online(s, online, kSnapshot.addDays(2), QStringLiteral("progress"), 40);
        const qint64 pack = f.insert(QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, "
                                                    "hours_purchased, created_at) VALUES (?, ?, ?, 2400, ?)"),
            {sql::newUuid(), s, course, QStringLiteral("2025-12-01T02:00:00.000Z")});
        f.exec(QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, created_at) "
                              "VALUES (?, ?, 2400, 'purchase', '2025-12-01T02:00:00.000Z')"),
            {sql::newUuid(), pack});

        const StudentTimeline busy = timeline(center, s);
        const Eigen::RowVectorXd after = StudentSnapshots::features(busy, kSnapshot.toJulianDay());
        QVERIFY2(after == before, "a feature changed with events after the snapshot");
        // The labels, which look ahead, do see it.
        QVERIFY(!StudentSnapshots::churned(busy, kSnapshot.toJulianDay()));
        QVERIFY(StudentSnapshots::purchased(busy, kSnapshot.toJulianDay()));
        // And the next day's features do.
        const Eigen::RowVectorXd nextDay = StudentSnapshots::features(busy, kSnapshot.toJulianDay() + 1);
        QCOMPARE(feature(nextDay, QStringLiteral("days_since_visit")), 1.0);
        QCOMPARE(feature(nextDay, QStringLiteral("class_hour_balance")), 24.0);
        QCOMPARE(feature(nextDay, QStringLiteral("membership_days_left")), 29.0); // 2 to 30 December
    }

    void labelsLookAtTheirOwnWindows()
    {
        test::TestCenter center;
        test::InsightsFixture f(center);
        const qint64 course
            = f.item(QStringLiteral("offline_course"), QStringLiteral("Piano"), QStringLiteral("Piano"), 1);
        const qint64 s = f.student(QStringLiteral("S000001"), QDate(2025, 6, 1));
        const qint64 c = f.classOf(course, QDate(2025, 11, 3));
        f.attend(s, f.session(c, QDate(2025, 11, 3)));
        // Back after 59 days: not churned. A purchase 40 days on is outside the 30-day window.
        f.attend(s, f.session(c, kSnapshot.addDays(59)));
        f.sale(s, course, kSnapshot.addDays(40));
        const StudentTimeline t = timeline(center, s);
        QVERIFY(!StudentSnapshots::churned(t, kSnapshot.toJulianDay()));
        QVERIFY(!StudentSnapshots::purchased(t, kSnapshot.toJulianDay()));
        QVERIFY(StudentSnapshots::purchased(t, kSnapshot.toJulianDay() + 15));
        // Only the active are examples: nobody who joined after the snapshot or was gone for 90 days.
        f.student(QStringLiteral("S000002"), QDate(2025, 12, 20));
        const qint64 gone = f.student(QStringLiteral("S000003"), QDate(2025, 1, 1));
        f.attend(gone, f.session(c, QDate(2025, 8, 1)));
        auto all = StudentSnapshots::load(center.db());
        QVERIFY(all);
        const StudentSnapshots::Dataset data = StudentSnapshots::build(all.value(), {kSnapshot});
        QVERIFY(data.students == std::vector<qint64> {s});
        QCOMPARE(data.x.rows(), Eigen::Index(1));
        QCOMPARE(data.churn[0], 0.0);
    }
};

QTEST_GUILESS_MAIN(TestStudentSnapshots)
#include "tst_studentsnapshots.moc"
