#include "demo/DemoCenter.h"
#include "insights/InsightsService.h"
#include "insights/InsightsTrainer.h"
#include "insights/ModelStore.h"
#include "insights/StoredRecommender.h"
#include "support/TestCenter.h"

#include <QTest>
#include <QTimeZone>

using namespace td;
using namespace td::insights;

namespace {

const QDate kToday(2026, 12, 3);

} // namespace

class TestInsightsTrainer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCenter> m_center;
    TrainingReport m_report;

    qint64 studentWithHistory()
    {
        auto id = m_center->db().scalar(
            QStringLiteral("SELECT e.student_id FROM enrollments e JOIN students s ON s.id = e.student_id "
                           "WHERE e.status = 'completed' AND s.status = 'active' ORDER BY e.student_id LIMIT 1"));
        return id ? id.value().toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_center = std::make_unique<test::TestCenter>();
        m_center->clock().set(QDateTime(kToday, QTime(10, 0), QTimeZone("Asia/Shanghai")));
        DemoOptions demo;
        demo.students = 300;
        demo.today = kToday;
        QVERIFY(DemoCenter::build(m_center->db(), demo));
    }

    void cancellingStoresNothing()
    {
        int calls = 0;
        auto r = InsightsTrainer::train(m_center->system(), {}, [&calls](int, const QString&) { return ++calls < 3; });
        QVERIFY(!r);
        QCOMPARE(m_center->count(QStringLiteral("trained_models")), 0);
        QVERIFY(!InsightsService::predictAll(m_center->system()));
    }

    void trainsMeasuresAndStores()
    {
        std::vector<int> seen;
        auto r = InsightsTrainer::train(m_center->system(), {}, [&seen](int percent, const QString&) {
            seen.push_back(percent);
            return true;
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        m_report = r.value();
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 100);
        QCOMPARE(int(m_report.recommenders.size()), 6);
        double pop = 0;
        double hybrid = 0;
        for (const RecommenderQuality& q : m_report.recommenders) {
            if (q.algorithm == QLatin1String("pop"))
                pop = q.ranking.ndcg;
            if (q.algorithm == QLatin1String("hybrid"))
                hybrid = q.ranking.ndcg;
        }
        QVERIFY2(hybrid > pop, qPrintable(QStringLiteral("hybrid %1, popularity %2").arg(hybrid).arg(pop)));
        QVERIFY2(m_report.churn.auc > 0.65, qPrintable(QString::number(m_report.churn.auc)));
        QVERIFY2(m_report.purchase.auc > 0.6, qPrintable(QString::number(m_report.purchase.auc)));
        QCOMPARE(m_report.recommenderVersion, 1);
        QCOMPARE(m_report.churnVersion, 1);

        auto latest = ModelStore::latest(m_center->db(), QStringLiteral("churn"));
        QVERIFY(latest && latest.value());
        QCOMPARE(latest.value()->version, 1);
        QCOMPARE(latest.value()->examples, qint64(m_report.churn.rows));
        QCOMPARE(latest.value()->metrics.value(QStringLiteral("auc")).toDouble(), m_report.churn.auc);
        QCOMPARE(latest.value()->trainedAt, m_center->clock().nowUtc());
        auto recommender = ModelStore::latest(m_center->db(), QStringLiteral("recommender"));
        QVERIFY(recommender && recommender.value());
        const auto stored = StoredRecommender::fromBytes(recommender.value()->parameters);
        QVERIFY(stored);
        QCOMPARE(stored->components(), m_report.hybridComponents);
        QVERIFY(!StoredRecommender::fromBytes(recommender.value()->parameters.left(100)));
    }

    void recommendsWithReasons()
    {
        const qint64 student = studentWithHistory();
        QVERIFY(student > 0);
        auto r = InsightsService::recommend(m_center->frontDesk(), student, 5);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(!r.value().empty());
        QVERIFY(r.value().size() <= 5);
        auto owned = m_center->db().exec(QStringLiteral("SELECT c.course_id FROM enrollments e JOIN classes c "
                                                        "ON c.id = e.class_id WHERE e.student_id = ? "
                                                        "AND e.status <> 'dropped'"),
            {student});
        QVERIFY(owned);
        QSet<qint64> ownedItems;
        while (owned.value().next())
            ownedItems.insert(owned.value().value(0).toLongLong());
        for (const Recommendation& item : r.value()) {
            QVERIFY(!item.reason.isEmpty());
            QVERIFY(!ownedItems.contains(item.itemId));
        }
        // A student with nothing but a stated interest still gets offers.
        auto fresh
            = m_center->db().exec(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, "
                                                 "created_at, updated_at) VALUES ('u-new', 'S999999', 'New', "
                                                 "'new', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')"));
        QVERIFY(fresh);
        const qint64 newcomer = fresh.value().lastInsertId().toLongLong();
        QVERIFY(m_center->db().exec(
            QStringLiteral("INSERT INTO student_tags (student_id, tag) VALUES (?, '钢琴 Piano')"), {newcomer}));
        auto forNew = InsightsService::recommend(m_center->frontDesk(), newcomer, 5);
        QVERIFY(forNew && !forNew.value().empty());
    }

    void predictsWithFactors()
    {
        auto all = InsightsService::predictAll(m_center->frontDesk());
        QVERIFY(all);
        QVERIFY(all.value().size() > 50);
        for (const StudentOutlook& o : all.value()) {
            QVERIFY(o.active);
            QVERIFY(o.churn.probability > 0 && o.churn.probability < 1);
            QCOMPARE(o.churn.factors.size(), 3);
            QCOMPARE(o.purchase.factors.size(), 3);
        }
        auto one = InsightsService::predict(m_center->frontDesk(), all.value().front().studentId);
        QVERIFY(one);
        QCOMPARE(one.value().churn.probability, all.value().front().churn.probability);
        QVERIFY(!InsightsTrainer::train(m_center->frontDesk(), {})); // training needs ViewReports

        // Training again adds a version; the desk uses the newest.
        auto again = InsightsTrainer::train(m_center->system(), {});
        QVERIFY(again);
        QCOMPARE(again.value().churnVersion, 2);
        QCOMPARE(m_center->count(QStringLiteral("trained_models")), 6);
    }
};

QTEST_GUILESS_MAIN(TestInsightsTrainer)
#include "tst_insightstrainer.moc"
