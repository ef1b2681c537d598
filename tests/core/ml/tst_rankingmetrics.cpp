#include "ml/InteractionMatrix.h"
#include "ml/RankingMetrics.h"
#include "ml/Recommender.h"

#include <QTest>

#include <cmath>

using namespace td::ml;

class TestRankingMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedList()
    {
        // Ranked [7, 3, 9, 1, 5], relevant {1, 3, 8}: hits at ranks 2 and 4.
        const std::vector<int> ranked = {7, 3, 9, 1, 5};
        const std::vector<int> relevant = {1, 3, 8};
        QCOMPARE(precisionAtK(ranked, relevant, 5), 0.4);
        QCOMPARE(recallAtK(ranked, relevant, 5), 2.0 / 3.0);
        const double dcg = 1 / std::log2(3.0) + 1 / std::log2(5.0);
        const double ideal = 1 + 1 / std::log2(3.0) + 1 / std::log2(4.0);
        QCOMPARE(ndcgAtK(ranked, relevant, 5), dcg / ideal);
        // AP@5 = (1/2 + 2/4) / min(5, 3)
        QCOMPARE(averagePrecisionAtK(ranked, relevant, 5), (0.5 + 0.5) / 3.0);
        // Cut at 2: one hit at rank 2.
        QCOMPARE(precisionAtK(ranked, relevant, 2), 0.5);
        QCOMPARE(ndcgAtK(ranked, relevant, 2), (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0)));
        QCOMPARE(averagePrecisionAtK(ranked, relevant, 2), 0.5 / 2.0);
    }

    void perfectAndEmptyLists()
    {
        QCOMPARE(ndcgAtK({4, 2}, {2, 4}, 2), 1.0);
        QCOMPARE(averagePrecisionAtK({4, 2}, {2, 4}, 2), 1.0);
        QCOMPARE(ndcgAtK({}, {2}, 10), 0.0);
        QCOMPARE(recallAtK({1}, {}, 10), 0.0);
        // -1 marks a missing slot and never counts as a hit.
        QCOMPARE(precisionAtK({-1, -1}, {0}, 2), 0.0);
    }

    void evaluateAveragesOverUsersWithHeldOutItems()
    {
        // 3 users, 4 items; user 2 has nothing held out and is not averaged in, but counts for coverage.
        const auto test = InteractionMatrix::fromTriplets(3, 4, {{0, 1, 1.f}, {1, 2, 1.f}, {1, 3, 1.f}});
        const std::vector<int> recs = {1, 0, /*user 1*/ 0, 2, /*user 2*/ 0, 3};
        const RankingReport r = evaluateRanking(recs, 2, test);
        QCOMPARE(r.usersEvaluated, 2);
        QCOMPARE(r.precision, (0.5 + 0.5) / 2);
        QCOMPARE(r.recall, (1.0 + 0.5) / 2);
        const double user1Ndcg = (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0));
        QCOMPARE(r.ndcg, (1.0 + user1Ndcg) / 2);
        QCOMPARE(r.map, (1.0 + 0.25) / 2);
        QCOMPARE(r.coverage, 1.0); // items 0..3 all appear
    }

    void topKSkipsExcludedAndBreaksTiesByIndex()
    {
        Eigen::VectorXf scores(6);
        scores << 0.5f, 0.9f, 0.9f, 0.1f, 0.7f, 0.95f;
        QCOMPARE(topK(scores, 3), (std::vector<int> {5, 1, 2}));
        QCOMPARE(topK(scores, 3, {1, 5}), (std::vector<int> {2, 4, 0}));
        QCOMPARE(topK(scores, 10, {0, 1, 2, 3, 4}), (std::vector<int> {5}));
        QCOMPARE(topK(scores, 0), (std::vector<int> {}));
    }

    void splitHoldsOutAShareOfEachUserAndNeverAll()
    {
        std::vector<Eigen::Triplet<float>> triplets;
        for (int u = 0; u < 50; ++u) {
            for (int i = 0; i <= u % 9; ++i)
                triplets.emplace_back(u, (u + i * 7) % 40, 1.0f);
        }
        const auto all = InteractionMatrix::fromTriplets(50, 40, triplets);
        const TrainTestSplit split = splitPerUser(all, 0.25, 7);
        QCOMPARE(split.train.nonZeros() + split.test.nonZeros(), all.nonZeros());
        for (int u = 0; u < 50; ++u) {
            const int n = u % 9 + 1;
            const int held = static_cast<int>(split.test.userRow(u).size());
            QCOMPARE(held, n == 1 ? 0 : std::clamp(static_cast<int>(std::lround(n * 0.25)), 1, n - 1));
            for (const auto& [item, w] : split.test.userRow(u))
                QCOMPARE(split.train.byUser().coeff(u, item), 0.0f); // no pair in both
        }
        // Same seed, same split; another seed, another split.
        const TrainTestSplit again = splitPerUser(all, 0.25, 7);
        QVERIFY(Eigen::MatrixXf(again.test.byUser()).isApprox(Eigen::MatrixXf(split.test.byUser())));
        const TrainTestSplit other = splitPerUser(all, 0.25, 8);
        QVERIFY(!Eigen::MatrixXf(other.test.byUser()).isApprox(Eigen::MatrixXf(split.test.byUser())));
    }

    void idsMapToIndicesAndDuplicatesAdd()
    {
        const auto m = InteractionMatrix::fromInteractions({{QStringLiteral("ann"), QStringLiteral("piano"), 1.f},
            {QStringLiteral("bo"), QStringLiteral("art"), 2.f}, {QStringLiteral("ann"), QStringLiteral("piano"), 3.f}});
        QCOMPARE(m.userCount(), 2);
        QCOMPARE(m.itemCount(), 2);
        QCOMPARE(m.userIndex(QStringLiteral("bo")), 1);
        QCOMPARE(m.itemIndex(QStringLiteral("nope")), -1);
        QCOMPARE(m.byUser().coeff(0, 0), 4.0f);
        QCOMPARE(m.byItem().coeff(1, 1), 2.0f);
    }
};

QTEST_GUILESS_MAIN(TestRankingMetrics)
#include "tst_rankingmetrics.moc"
