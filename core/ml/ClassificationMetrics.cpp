#include "ClassificationMetrics.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace td::ml {

namespace {

std::vector<Eigen::Index> byScoreDescending(const Eigen::VectorXd& scores)
{
    std::vector<Eigen::Index> order(static_cast<size_t>(scores.size()));
    std::iota(order.begin(), order.end(), Eigen::Index {0});
    std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return scores[a] > scores[b]; });
    return order;
}

} // namespace

double rocAuc(const Eigen::VectorXd& labels, const Eigen::VectorXd& scores)
{
    const Eigen::Index n = labels.size();
    std::vector<Eigen::Index> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index {0});
    std::sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return scores[a] < scores[b]; });
    // Sum of the positives' ranks, with tied scores sharing their average rank.
    double rankSum = 0;
    double positives = 0;
    for (Eigen::Index start = 0; start < n;) {
        Eigen::Index end = start;
        while (end < n && scores[order[static_cast<size_t>(end)]] == scores[order[static_cast<size_t>(start)]])
            ++end;
        const double averageRank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
        for (Eigen::Index k = start; k < end; ++k) {
            if (labels[order[static_cast<size_t>(k)]] > 0.5) {
                rankSum += averageRank;
                positives += 1;
            }
        }
        start = end;
    }
    const double negatives = static_cast<double>(n) - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
}

double averagePrecision(const Eigen::VectorXd& labels, const Eigen::VectorXd& scores)
{
    const double positives = (labels.array() > 0.5).count();
    if (positives == 0)
        return 0.0;
    const auto order = byScoreDescending(scores);
    double truePositives = 0;
    double flagged = 0;
    double previousRecall = 0;
    double sum = 0;
    for (size_t k = 0; k < order.size();) {
        size_t end = k;
        while (end < order.size() && scores[order[end]] == scores[order[k]]) {
            truePositives += labels[order[end]] > 0.5 ? 1 : 0;
            flagged += 1;
            ++end;
        }
        const double recall = truePositives / positives;
        sum += (recall - previousRecall) * (truePositives / flagged);
        previousRecall = recall;
        k = end;
    }
    return sum;
}

double brierScore(const Eigen::VectorXd& labels, const Eigen::VectorXd& probabilities)
{
    return labels.size() == 0 ? 0.0 : (probabilities - labels).squaredNorm() / static_cast<double>(labels.size());
}

ThresholdMetrics metricsAtThreshold(const Eigen::VectorXd& labels, const Eigen::VectorXd& scores, double threshold)
{
    double truePositives = 0;
    double flagged = 0;
    double positives = 0;
    for (Eigen::Index k = 0; k < labels.size(); ++k) {
        const bool positive = labels[k] > 0.5;
        const bool predicted = scores[k] >= threshold;
        positives += positive ? 1 : 0;
        flagged += predicted ? 1 : 0;
        truePositives += positive && predicted ? 1 : 0;
    }
    ThresholdMetrics m;
    m.threshold = threshold;
    m.precision = flagged > 0 ? truePositives / flagged : 0.0;
    m.recall = positives > 0 ? truePositives / positives : 0.0;
    m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0.0;
    return m;
}

std::vector<CalibrationBin> calibrationTable(
    const Eigen::VectorXd& labels, const Eigen::VectorXd& probabilities, int bins)
{
    std::vector<CalibrationBin> table(static_cast<size_t>(bins));
    for (int b = 0; b < bins; ++b) {
        table[static_cast<size_t>(b)].low = static_cast<double>(b) / bins;
        table[static_cast<size_t>(b)].high = static_cast<double>(b + 1) / bins;
    }
    for (Eigen::Index k = 0; k < labels.size(); ++k) {
        const int b = std::clamp(static_cast<int>(probabilities[k] * bins), 0, bins - 1);
        CalibrationBin& bin = table[static_cast<size_t>(b)];
        ++bin.count;
        bin.meanPredicted += probabilities[k];
        bin.observedRate += labels[k] > 0.5 ? 1.0 : 0.0;
    }
    for (CalibrationBin& bin : table) {
        if (bin.count > 0) {
            bin.meanPredicted /= bin.count;
            bin.observedRate /= bin.count;
        }
    }
    return table;
}

namespace {

std::vector<int> groupedStratifiedFolds(
    const Eigen::VectorXd& labels, int folds, std::mt19937_64& random, const std::vector<qint64>& groups)
{
    struct Group
    {
        std::vector<Eigen::Index> rows;
        int positives = 0;
    };
    std::map<qint64, Group> byKey;
    for (Eigen::Index k = 0; k < labels.size(); ++k) {
        Group& g = byKey[groups[static_cast<size_t>(k)]];
        g.rows.push_back(k);
        g.positives += labels[k] > 0.5 ? 1 : 0;
    }
    std::vector<Group> order;
    order.reserve(byKey.size());
    for (auto& [key, group] : byKey)
        order.push_back(std::move(group));
    std::shuffle(order.begin(), order.end(), random);
    // Groups with positives first, most first; then the rest, largest first.
    std::stable_sort(order.begin(), order.end(), [](const Group& a, const Group& b) {
        if ((a.positives > 0) != (b.positives > 0))
            return a.positives > 0;
        return a.positives > 0 ? a.positives > b.positives : a.rows.size() > b.rows.size();
    });
    std::vector<int> positives(static_cast<size_t>(folds), 0);
    std::vector<int> negatives(static_cast<size_t>(folds), 0);
    std::vector<int> fold(static_cast<size_t>(labels.size()), 0);
    for (const Group& g : order) {
        const std::vector<int>& count = g.positives > 0 ? positives : negatives;
        const auto chosen = static_cast<size_t>(std::min_element(count.begin(), count.end()) - count.begin());
        positives[chosen] += g.positives;
        negatives[chosen] += static_cast<int>(g.rows.size()) - g.positives;
        for (const Eigen::Index k : g.rows)
            fold[static_cast<size_t>(k)] = static_cast<int>(chosen);
    }
    return fold;
}

} // namespace

std::vector<int> stratifiedFolds(
    const Eigen::VectorXd& labels, int folds, quint64 seed, const std::vector<qint64>& groups)
{
    std::mt19937_64 random(seed);
    if (!groups.empty())
        return groupedStratifiedFolds(labels, folds, random, groups);
    std::vector<int> fold(static_cast<size_t>(labels.size()), 0);
    for (const bool positive : {false, true}) {
        std::vector<Eigen::Index> members;
        for (Eigen::Index k = 0; k < labels.size(); ++k) {
            if ((labels[k] > 0.5) == positive)
                members.push_back(k);
        }
        std::shuffle(members.begin(), members.end(), random);
        for (size_t k = 0; k < members.size(); ++k)
            fold[static_cast<size_t>(members[k])] = static_cast<int>(k % static_cast<size_t>(folds));
    }
    return fold;
}

} // namespace td::ml
