#include "ml/RatingModels.h"

#include <QTest>

#include <random>

using namespace td::ml;

namespace {

// Ratings from a planted rank-2 taste model plus biases and a little noise, on a 1..5 scale.
std::vector<Rating> plantedRatings(int users, int items, double density, quint64 seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<Eigen::Vector2f> taste(static_cast<size_t>(users));
    std::vector<Eigen::Vector2f> profile(static_cast<size_t>(items));
    std::vector<float> userBias(static_cast<size_t>(users));
    std::vector<float> itemBias(static_cast<size_t>(items));
    for (int u = 0; u < users; ++u) {
        taste[static_cast<size_t>(u)] = {normal(random), normal(random)};
        userBias[static_cast<size_t>(u)] = 0.3f * normal(random);
    }
    for (int i = 0; i < items; ++i) {
        profile[static_cast<size_t>(i)] = {normal(random), normal(random)};
        itemBias[static_cast<size_t>(i)] = 0.5f * normal(random);
    }
    std::vector<Rating> ratings;
    for (int u = 0; u < users; ++u) {
        for (int i = 0; i < items; ++i) {
            if (uniform(random) >= density)
                continue;
            const float value = 3.0f + userBias[static_cast<size_t>(u)] + itemBias[static_cast<size_t>(i)]
                + 0.8f * taste[static_cast<size_t>(u)].dot(profile[static_cast<size_t>(i)]) + 0.2f * normal(random);
            ratings.push_back({u, i, std::clamp(value, 1.0f, 5.0f)});
        }
    }
    return ratings;
}

} // namespace

class TestRatingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineLearnsBiases()
    {
        // Item 1 is rated one point above item 0 by everyone; user 0 one point above user 1.
        std::vector<Rating> ratings;
        for (int repeat = 0; repeat < 50; ++repeat)
            ratings.insert(ratings.end(), {{0, 0, 4.f}, {0, 1, 5.f}, {1, 0, 3.f}, {1, 1, 4.f}});
        BaselineRatings baseline({0.0f, 0.0f, 20});
        baseline.fit(ratings, 2, 2);
        QVERIFY(std::abs(baseline.predict(0, 1) - 5.0f) < 1e-3f);
        QVERIFY(std::abs(baseline.predict(1, 0) - 3.0f) < 1e-3f);
    }

    void mfBeatsBaselineOnPlantedTastes()
    {
        const auto ratings = plantedRatings(200, 100, 0.3, 11);
        const auto baseline = crossValidateRatings(
            ratings, 200, 100, [] { return std::make_unique<BaselineRatings>(); }, 3, 1);
        BiasedMf::Parameters p;
        p.factors = 10;
        p.epochs = 40;
        p.learningRate = 0.01f;
        const auto mf = crossValidateRatings(
            ratings, 200, 100, [p] { return std::make_unique<BiasedMf>(p); }, 3, 1);
        QCOMPARE(baseline.folds, 3);
        QVERIFY2(mf.rmse < baseline.rmse - 0.1,
            qPrintable(QStringLiteral("mf %1 baseline %2").arg(mf.rmse).arg(baseline.rmse)));
        QVERIFY(mf.mae < baseline.mae);
        QVERIFY(mf.rmse >= mf.mae); // RMSE never falls below MAE
    }

    void mfPredictionsStayOnTheScale()
    {
        const auto ratings = plantedRatings(50, 30, 0.5, 3);
        BiasedMf mf;
        mf.fit(ratings, 50, 30);
        for (int u = 0; u < 50; ++u) {
            for (int i = 0; i < 30; ++i) {
                const float p = mf.predict(u, i);
                QVERIFY(p >= 1.0f && p <= 5.0f);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRatingModels)
#include "tst_ratingmodels.moc"
