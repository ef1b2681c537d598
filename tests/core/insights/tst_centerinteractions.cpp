#include "InsightsFixture.h"
#include "insights/CenterInteractions.h"
#include "settings/CenterSettings.h"

using namespace td;
using namespace td::insights;

class TestCenterInteractions : public QObject
{
    Q_OBJECT

private:
    static float weightOf(const StudentItems& s, int item)
    {
        for (const auto& [i, w] : s.history)
            if (i == item)
                return w;
        return 0;
    }

private Q_SLOTS:
    void weightsAreCenterSettings()
    {
        test::TestCenter center;
        QCOMPARE(SignalWeights::fromSettings(center.db()).enrollment, 3.0);
        QVERIFY(CenterSettings(center.db())
                    .set(center.admin(), CenterSettings::Key::SignalAttendance, QStringLiteral("1.5")));
        QCOMPARE(SignalWeights::fromSettings(center.db()).attendance, 1.5);
        const Status refused = CenterSettings(center.db())
                                   .set(center.admin(), CenterSettings::Key::SignalFeedback, QStringLiteral("-1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("insights.signal.feedback"));
        QVERIFY(!CenterSettings(center.db())
                     .set(center.frontDesk(), CenterSettings::Key::SignalPurchase, QStringLiteral("2")));
    }

    void everySignalCounts()
    {
        test::TestCenter center;
        test::InsightsFixture f(center);
        const qint64 piano = f.item(
            QStringLiteral("offline_course"), QStringLiteral("钢琴启蒙 Piano Starter"), QStringLiteral("Piano"), 1);
        const qint64 theory
            = f.item(QStringLiteral("online_course"), QStringLiteral("Music Theory Online"), QStringLiteral("Piano"));
        const qint64 plan = f.item(QStringLiteral("membership_plan"), QStringLiteral("Monthly"), QString());
        const qint64 art = f.item(QStringLiteral("offline_course"), QStringLiteral("Art"), QStringLiteral("Art"), 1);
        qint64 s1 = 0;
        const qint64 pianoClass = f.classOf(piano, QDate(2026, 1, 10), 10, &s1);
        const qint64 s2 = f.session(pianoClass, QDate(2026, 1, 17));
        const qint64 artClass = f.classOf(art, QDate(2026, 1, 12));
        const qint64 ann = f.student(QStringLiteral("S000001"));
        f.enroll(ann, pianoClass, QStringLiteral("completed"));
        f.attend(ann, s1);
        f.attend(ann, s2, QStringLiteral("absent"));
        f.sale(ann, piano, QDate(2026, 1, 5));
        f.online(ann, theory, QDate(2026, 1, 20));
        f.online(ann, theory, QDate(2026, 2, 1), QStringLiteral("progress"), 50);
        f.enroll(ann, artClass, QStringLiteral("dropped"));
        f.exec(
            QStringLiteral("INSERT INTO feedback (uuid, student_id, item_id, rating, created_at) VALUES (?, ?, ?, 5, "
                           "'2026-01-20T00:00:00.000Z')"),
            {sql::newUuid(), ann, piano});
        f.exec(QStringLiteral("INSERT INTO memberships (uuid, student_id, plan_id, starts_on, ends_on, created_at) "
                              "VALUES (?, ?, ?, '2026-02-15', '2026-03-16', '2026-02-15T00:00:00.000Z')"),
            {sql::newUuid(), ann, plan});
        const qint64 bob = f.student(QStringLiteral("S000002"));
        f.interest(bob, QStringLiteral("Piano"));

        auto data = CenterInteractions::load(center.db(), SignalWeights {}, QDate(2026, 3, 2));
        QVERIFY(data);
        const CenterInteractions& c = data.value();
        const StudentItems a = c.student(ann);
        // Enrollment 3 + one attended session 0.25 + pack 2 + feedback (5 − 3) × 0.5.
        QCOMPARE(weightOf(a, c.itemIndex(piano)), 6.25f);
        // Online purchase 3 + half the progress weight.
        QCOMPARE(weightOf(a, c.itemIndex(theory)), 4.0f);
        QCOMPARE(weightOf(a, c.itemIndex(plan)), 1.0f);
        QCOMPARE(weightOf(a, c.itemIndex(art)), 3.0f);
        QVERIFY(a.owned.contains(c.itemIndex(piano)));
        QVERIFY(a.owned.contains(c.itemIndex(theory)));
        QVERIFY(a.owned.contains(c.itemIndex(plan))); // the membership runs past today
        QVERIFY(!a.owned.contains(c.itemIndex(art))); // dropped
        QVERIFY(a.finished.contains(c.itemIndex(piano)));
        QVERIFY(!a.finished.contains(c.itemIndex(theory))); // 50 %

        // Bob has only a stated interest: no row in the matrix, but the rules still know it.
        QCOMPARE(c.student(bob).interests, QStringList {QStringLiteral("Piano")});
        const ml::InteractionMatrix m = c.matrix();
        QCOMPARE(m.userCount(), 1);
        QCOMPARE(m.itemCount(), 4);
        QCOMPARE(m.userIds(), QStringList {QString::number(ann)});

        // One student's load gives the same history as everyone's.
        auto one = CenterInteractions::load(center.db(), SignalWeights {}, QDate(2026, 3, 2), ann);
        QVERIFY(one);
        QVERIFY(one.value().student(ann).history == a.history);
        QVERIFY(one.value().student(bob).interests.isEmpty());
    }

    void itemTermsSplitChineseTitles()
    {
        test::TestCenter center;
        test::InsightsFixture f(center);
        const qint64 starter = f.item(QStringLiteral("offline_course"), QStringLiteral("钢琴启蒙 Piano Starter"),
            QStringLiteral("钢琴 Piano"), 1, 0, {QStringLiteral("kids")});
        f.item(QStringLiteral("offline_course"), QStringLiteral("钢琴考级 Piano Grade"), QStringLiteral("钢琴 Piano"),
            2, starter);
        auto data = CenterInteractions::load(center.db(), SignalWeights {}, QDate(2026, 3, 2));
        QVERIFY(data);
        const std::vector<QStringList> terms = data.value().itemTokens();
        QVERIFY2(terms[0].contains(QStringLiteral("w:钢琴")), qPrintable(terms[0].join(u' ')));
        QVERIFY(terms[0].contains(QStringLiteral("w:启蒙")));
        QVERIFY(terms[0].contains(QStringLiteral("tag:kids")));
        QVERIFY(terms[0].contains(QStringLiteral("level:1")));
        QVERIFY(terms[1].contains(QStringLiteral("w:考级")));
        // A course and its next level share a family term.
        const QString family = QStringLiteral("family:%1").arg(starter);
        QVERIFY(terms[0].contains(family));
        QVERIFY(terms[1].contains(family));
    }
};

QTEST_GUILESS_MAIN(TestCenterInteractions)
#include "tst_centerinteractions.moc"
