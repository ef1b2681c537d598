#include "ml/ContentBased.h"
#include "ml/Ease.h"
#include "ml/Hybrid.h"
#include "ml/ImplicitAls.h"
#include "ml/ItemKnn.h"
#include "ml/Popularity.h"
#include "ml/RankingMetrics.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace td::ml;

namespace {

constexpr int kGroups = 4;
constexpr int kUsers = 240;
constexpr int kItems = 48;

int groupOf(int index, int count)
{
    return index * kGroups / count;
}

// Rank-4 structure: users of group g use about half of group g's items and almost nothing else. A few
// items of group 0 are used by everybody so that popularity alone is a poor guide.
InteractionMatrix plantedMatrix(quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Eigen::Triplet<float>> triplets;
    for (int u = 0; u < kUsers; ++u) {
        for (int i = 0; i < kItems; ++i) {
            const bool sameGroup = groupOf(u, kUsers) == groupOf(i, kItems);
            const double chance = sameGroup ? 0.5 : 0.01;
            if (random.generateDouble() < chance)
                triplets.emplace_back(u, i, 1.0f);
        }
    }
    return InteractionMatrix::fromTriplets(kUsers, kItems, triplets);
}

// Share of the top-5 recommendations (seen items excluded) that fall in the user's own group.
double inGroupShare(const Recommender& model, const InteractionMatrix& train)
{
    const auto recs = topKForAllUsers(model, train, 5);
    int inGroup = 0;
    int total = 0;
    for (int u = 0; u < kUsers; ++u) {
        for (int r = 0; r < 5; ++r) {
            const int item = recs[static_cast<size_t>(u * 5 + r)];
            if (item < 0)
                continue;
            ++total;
            inGroup += groupOf(item, kItems) == groupOf(u, kUsers) ? 1 : 0;
        }
    }
    return static_cast<double>(inGroup) / total;
}

double ndcgOf(Recommender& model, const TrainTestSplit& split)
{
    model.fit(split.train);
    return evaluateRanking(topKForAllUsers(model, split.train, 10), 10, split.test).ndcg;
}

} // namespace

class TestRecommenders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemKnnSimilaritiesOnATinyMatrix()
    {
        // u0: i0 i1; u1: i0 i1; u2: i1 i2; u3: i0. |i0|² = 3, |i1|² = 3, |i2|² = 1, i0·i1 = 2, i1·i2 = 1.
        const auto m = InteractionMatrix::fromTriplets(
            4, 3, {{0, 0, 1.f}, {0, 1, 1.f}, {1, 0, 1.f}, {1, 1, 1.f}, {2, 1, 1.f}, {2, 2, 1.f}, {3, 0, 1.f}});
        ItemKnn knn({1.0f, 10});
        knn.fit(m);
        const auto& s = knn.similarities();
        QCOMPARE(s.coeff(0, 1), 2.0f / (3.0f + 1.0f));
        QCOMPARE(s.coeff(1, 0), 2.0f / (3.0f + 1.0f));
        QCOMPARE(s.coeff(1, 2), 1.0f / (std::sqrt(3.0f) + 1.0f));
        QCOMPARE(s.coeff(0, 2), 0.0f);
        QCOMPARE(s.coeff(0, 0), 0.0f); // an item is not its own neighbour
        Eigen::VectorXf scores(3);
        knn.scoreUser(3, scores);
        QCOMPARE(scores[1], 0.5f);
        QCOMPARE(scores[2], 0.0f);
        // One neighbour kept: item 1's best is item 0.
        ItemKnn pruned({1.0f, 1});
        pruned.fit(m);
        QCOMPARE(pruned.similarities().coeff(1, 0), 0.5f);
        QCOMPARE(pruned.similarities().coeff(1, 2), 0.0f);
    }

    void alsRecoversPlantedGroups()
    {
        const auto all = plantedMatrix(1);
        const TrainTestSplit split = splitPerUser(all, 0.25, 3);
        ImplicitAls::Parameters p;
        p.factors = 8;
        p.iterations = 10;
        ImplicitAls als(p);
        als.fit(split.train);
        QVERIFY2(inGroupShare(als, split.train) > 0.9, "ALS recommends outside the planted groups");
        Popularity pop;
        QVERIFY(ndcgOf(als, split) > ndcgOf(pop, split) + 0.2);
    }

    void alsIterationsLowerTheLoss()
    {
        const auto all = plantedMatrix(2);
        ImplicitAls::Parameters p;
        p.factors = 4;
        p.iterations = 1;
        ImplicitAls one(p);
        one.fit(all);
        p.iterations = 8;
        ImplicitAls eight(p);
        eight.fit(all);
        QVERIFY(eight.loss(all) < one.loss(all));
        // Fixed seed: the same fit twice gives the same factors.
        ImplicitAls again(p);
        again.fit(all);
        QCOMPARE(again.userFactors(), eight.userFactors());
    }

    void easeRecoversPlantedGroups()
    {
        const auto all = plantedMatrix(4);
        const TrainTestSplit split = splitPerUser(all, 0.25, 5);
        Ease ease({20.0f});
        ease.fit(split.train);
        QVERIFY(inGroupShare(ease, split.train) > 0.9);
        QCOMPARE(ease.weights().diagonal().cwiseAbs().maxCoeff(), 0.0f);
        // Weights between items of one group dominate those across groups.
        const Eigen::MatrixXf& b = ease.weights();
        QVERIFY(b.block(0, 0, 12, 12).mean() > 5 * std::abs(b.block(0, 12, 12, 36).mean()));
        Popularity pop;
        QVERIFY(ndcgOf(ease, split) > ndcgOf(pop, split) + 0.2);
    }

    void popularityCountsUsers()
    {
        const auto m = InteractionMatrix::fromTriplets(3, 3, {{0, 2, 5.f}, {1, 2, 1.f}, {2, 0, 1.f}});
        Popularity pop;
        pop.fit(m);
        QCOMPARE(pop.itemScores(), Eigen::Vector3f(1, 0, 2));
        QCOMPARE(topKForAllUsers(pop, m, 2), (std::vector<int> {0, 1, 0, 1, 2, 1}));
    }

    void chineseTitlesBecomeBigrams()
    {
        QCOMPARE(textTokens(QStringLiteral("少儿编程 Python入门")),
            (QStringList {QStringLiteral("少儿"), QStringLiteral("儿编"), QStringLiteral("编程"),
                QStringLiteral("python"), QStringLiteral("入门")}));
        QCOMPARE(textTokens(QStringLiteral("A 画")), QStringList {QStringLiteral("画")});
        const ItemContent piano {QStringLiteral("offline_class"), QStringLiteral("Music"), QStringLiteral("2"),
            QStringLiteral("钢琴进阶"), {QStringLiteral("Piano")}};
        QCOMPARE(contentTokens(piano),
            (QStringList {QStringLiteral("kind:offline_class"), QStringLiteral("cat:music"), QStringLiteral("level:2"),
                QStringLiteral("tag:piano"), QStringLiteral("w:钢琴"), QStringLiteral("w:琴进"),
                QStringLiteral("w:进阶")}));
    }

    void newStudentGetsSuggestionsFromInterests()
    {
        const std::vector<QStringList> items = {
            contentTokens({QStringLiteral("course"), QStringLiteral("music"), {}, QStringLiteral("钢琴入门"),
                {QStringLiteral("piano")}}),
            contentTokens({QStringLiteral("course"), QStringLiteral("art"), {}, QStringLiteral("素描基础"),
                {QStringLiteral("drawing")}}),
            contentTokens({QStringLiteral("course"), QStringLiteral("music"), {}, QStringLiteral("钢琴进阶"),
                {QStringLiteral("piano")}}),
        };
        // User 1 has nothing yet but said "piano".
        const auto m = InteractionMatrix::fromTriplets(2, 3, {{0, 1, 1.f}});
        ContentBased content(items, {{}, interestTokens(QStringLiteral("Piano"))});
        content.fit(m);
        Eigen::VectorXf scores(3);
        content.scoreUser(1, scores);
        QVERIFY(scores[0] > 0 && scores[2] > 0);
        QCOMPARE(scores[1], 0.0f);
        // The drawing student is steered to art-like items first; their history explains it.
        content.scoreUser(0, scores);
        QVERIFY(scores[1] > scores[0]);
        QCOMPARE(content.strongestTerm({}, interestTokens(QStringLiteral("piano")), 0), QStringLiteral("tag:piano"));
        // A title word typed as an interest also matches.
        const Eigen::VectorXf byWord = content.scoreProfile({}, interestTokens(QStringLiteral("钢琴")));
        QVERIFY(byWord[0] > 0 && byWord[2] > 0 && byWord[1] == 0);
    }

    void hybridChoosesWeightsAndBeatsPopularity()
    {
        const auto all = plantedMatrix(6);
        const TrainTestSplit split = splitPerUser(all, 0.25, 7);
        Hybrid hybrid({{QStringLiteral("pop"), [] { return std::make_unique<Popularity>(); }},
            {QStringLiteral("ease"), [] { return std::make_unique<Ease>(Ease::Parameters {20.0f}); }}});
        Popularity pop;
        const double hybridNdcg = ndcgOf(hybrid, split);
        QVERIFY(hybridNdcg > ndcgOf(pop, split) + 0.2);
        QCOMPARE(hybrid.weights().size(), size_t {2});
        QCOMPARE(hybrid.weights()[0] + hybrid.weights()[1], 1.0);
        QVERIFY(hybrid.weights()[1] > hybrid.weights()[0]);
        QVERIFY(hybrid.validationNdcg() > 0);
        QCOMPARE(hybrid.componentNames(), (QStringList {QStringLiteral("pop"), QStringLiteral("ease")}));
    }
};

QTEST_GUILESS_MAIN(TestRecommenders)
#include "tst_recommenders.moc"
