// The model engine at the sizes of issue 5. Run one case per process to read its peak memory:
// scripts/ml/bench_ml.sh (see docs/PERFORMANCE.md, "Models").
#include "ml/Ease.h"
#include "ml/ImplicitAls.h"
#include "ml/LogisticRegression.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <random>
#include <sys/resource.h>

using namespace td::ml;

namespace {

constexpr int kUsers = 100000;
constexpr int kItems = 2000;
constexpr int kPerUser = 20; // 2 000 000 interactions

// Distinct items per user drawn with a long-tailed popularity, as in real catalogs.
const InteractionMatrix& interactions()
{
    static const InteractionMatrix matrix = [] {
        std::mt19937_64 random(7);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        std::vector<Eigen::Triplet<float>> triplets;
        triplets.reserve(static_cast<size_t>(kUsers) * kPerUser);
        std::vector<int> chosen;
        for (int u = 0; u < kUsers; ++u) {
            chosen.clear();
            while (static_cast<int>(chosen.size()) < kPerUser) {
                const int item = std::min(kItems - 1, static_cast<int>(kItems * std::pow(uniform(random), 2.0)));
                if (std::find(chosen.begin(), chosen.end(), item) == chosen.end())
                    chosen.push_back(item);
            }
            for (int item : chosen)
                triplets.emplace_back(u, item, 1.0f + static_cast<float>(uniform(random) < 0.2));
        }
        return InteractionMatrix::fromTriplets(kUsers, kItems, triplets);
    }();
    return matrix;
}

void reportPeakMemory(benchmark::State& state)
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

void alsFit(benchmark::State& state)
{
    const auto& m = interactions();
    ImplicitAls::Parameters p;
    p.factors = 64;
    p.iterations = 15;
    for (auto _ : state) {
        ImplicitAls als(p);
        als.fit(m);
        benchmark::DoNotOptimize(als.userFactors().data());
    }
    state.counters["interactions"] = static_cast<double>(m.nonZeros());
    reportPeakMemory(state);
}
BENCHMARK(alsFit)
    ->Name("ALS/100k_users_2k_items_2M/64f_15it")
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void easeFit(benchmark::State& state)
{
    const auto& m = interactions();
    for (auto _ : state) {
        Ease ease;
        ease.fit(m);
        benchmark::DoNotOptimize(ease.weights().data());
    }
    reportPeakMemory(state);
}
BENCHMARK(easeFit)
    ->Name("EASE/2k_items")
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void topTenForAllUsers(benchmark::State& state)
{
    const auto& m = interactions();
    ImplicitAls::Parameters p;
    p.factors = 64;
    p.iterations = 1; // the factors' values do not change the cost of ranking
    ImplicitAls als(p);
    als.fit(m);
    for (auto _ : state) {
        const auto top = topKForAllUsers(als, m, 10);
        benchmark::DoNotOptimize(top.data());
    }
    reportPeakMemory(state);
}
BENCHMARK(topTenForAllUsers)
    ->Name("Top10/100k_users_2k_items/64f")
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void logisticRegressionFit(benchmark::State& state)
{
    const int n = 100000;
    const int d = 20;
    std::mt19937_64 random(3);
    std::normal_distribution<double> normal;
    Eigen::MatrixXd x(n, d);
    Eigen::VectorXd y(n);
    Eigen::VectorXd w(d);
    for (int j = 0; j < d; ++j)
        w[j] = normal(random) * 0.5;
    for (int r = 0; r < n; ++r) {
        for (int j = 0; j < d; ++j)
            x(r, j) = normal(random) * (1 + j) + j;
        const double logit = ((x.row(r).array() - Eigen::RowVectorXd::LinSpaced(d, 0, d - 1).array())
            / Eigen::RowVectorXd::LinSpaced(d, 1, d).array())
                                 .matrix()
                                 .dot(w);
        y[r] = std::uniform_real_distribution<double>()(random) < 1 / (1 + std::exp(-logit)) ? 1 : 0;
    }
    for (auto _ : state) {
        LogisticRegression model;
        model.fit(x, y);
        benchmark::DoNotOptimize(model.coefficients().data());
        state.counters["newton_iterations"] = model.iterations();
    }
    reportPeakMemory(state);
}
BENCHMARK(logisticRegressionFit)
    ->Name("LogisticRegression/100k_x_20")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
