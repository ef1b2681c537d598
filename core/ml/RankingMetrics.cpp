#include "RankingMetrics.h"

#include <algorithm>
#include <cmath>

namespace td::ml {

namespace {

bool isRelevant(const std::vector<int>& relevant, int item)
{
    return item >= 0 && std::binary_search(relevant.begin(), relevant.end(), item);
}

int hitsAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k)
{
    int hits = 0;
    const int n = std::min<int>(k, static_cast<int>(ranked.size()));
    for (int r = 0; r < n; ++r)
        hits += isRelevant(relevant, ranked[r]) ? 1 : 0;
    return hits;
}

} // namespace

double precisionAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k)
{
    return k > 0 ? static_cast<double>(hitsAtK(ranked, relevant, k)) / k : 0.0;
}

double recallAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k)
{
    return relevant.empty() ? 0.0 : static_cast<double>(hitsAtK(ranked, relevant, k)) / relevant.size();
}

double ndcgAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k)
{
    if (relevant.empty() || k <= 0)
        return 0.0;
    double dcg = 0;
    const int n = std::min<int>(k, static_cast<int>(ranked.size()));
    for (int r = 0; r < n; ++r) {
        if (isRelevant(relevant, ranked[r]))
            dcg += 1.0 / std::log2(r + 2.0);
    }
    double ideal = 0;
    const int best = std::min<int>(k, static_cast<int>(relevant.size()));
    for (int r = 0; r < best; ++r)
        ideal += 1.0 / std::log2(r + 2.0);
    return dcg / ideal;
}

double averagePrecisionAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k)
{
    if (relevant.empty() || k <= 0)
        return 0.0;
    double sum = 0;
    int hits = 0;
    const int n = std::min<int>(k, static_cast<int>(ranked.size()));
    for (int r = 0; r < n; ++r) {
        if (isRelevant(relevant, ranked[r])) {
            ++hits;
            sum += static_cast<double>(hits) / (r + 1);
        }
    }
    return sum / std::min<int>(k, static_cast<int>(relevant.size()));
}

RankingReport evaluateRanking(const std::vector<int>& recommendations, int k, const InteractionMatrix& test)
{
    RankingReport report;
    report.k = k;
    std::vector<char> recommended(static_cast<size_t>(test.itemCount()), 0);
    std::vector<int> ranked(static_cast<size_t>(k));
    std::vector<int> relevant;
    for (int u = 0; u < test.userCount(); ++u) {
        std::copy_n(recommendations.begin() + static_cast<ptrdiff_t>(u) * k, k, ranked.begin());
        for (int item : ranked) {
            if (item >= 0)
                recommended[static_cast<size_t>(item)] = 1;
        }
        relevant.clear();
        for (SparseByUser::InnerIterator it(test.byUser(), u); it; ++it)
            relevant.push_back(static_cast<int>(it.col()));
        if (relevant.empty())
            continue;
        ++report.usersEvaluated;
        report.precision += precisionAtK(ranked, relevant, k);
        report.recall += recallAtK(ranked, relevant, k);
        report.ndcg += ndcgAtK(ranked, relevant, k);
        report.map += averagePrecisionAtK(ranked, relevant, k);
    }
    if (report.usersEvaluated > 0) {
        report.precision /= report.usersEvaluated;
        report.recall /= report.usersEvaluated;
        report.ndcg /= report.usersEvaluated;
        report.map /= report.usersEvaluated;
    }
    if (test.itemCount() > 0)
        report.coverage = static_cast<double>(std::count(recommended.begin(), recommended.end(), 1)) / test.itemCount();
    return report;
}

} // namespace td::ml
