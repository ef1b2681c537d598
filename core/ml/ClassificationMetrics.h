#pragma once

#include <QtGlobal>

#include <Eigen/Core>
#include <vector>

namespace td::ml {

// Area under the ROC curve (Mann-Whitney, tied scores counted half); 0.5 when a class is missing.
double rocAuc(const Eigen::VectorXd& labels, const Eigen::VectorXd& scores);
// Average precision: Σ (Rₙ − Rₙ₋₁)·Pₙ over the distinct score thresholds, highest first (as
// scikit-learn's average_precision_score).
double averagePrecision(const Eigen::VectorXd& labels, const Eigen::VectorXd& scores);
// Mean squared difference between probability and outcome.
double brierScore(const Eigen::VectorXd& labels, const Eigen::VectorXd& probabilities);

struct ThresholdMetrics
{
    double threshold = 0.5;
    double precision = 0; // of those flagged (score >= threshold), the share truly positive
    double recall = 0;
    double f1 = 0;
};
ThresholdMetrics metricsAtThreshold(const Eigen::VectorXd& labels, const Eigen::VectorXd& scores, double threshold);

// One bin of a reliability table: predictions in [low, high).
struct CalibrationBin
{
    double low = 0;
    double high = 0;
    int count = 0;
    double meanPredicted = 0;
    double observedRate = 0;
};
std::vector<CalibrationBin> calibrationTable(
    const Eigen::VectorXd& labels, const Eigen::VectorXd& probabilities, int bins = 10);

// Fold number per example: each class shuffled with seed and dealt round-robin, so every fold keeps
// the class balance. With `groups` (one key per example, e.g. the student of each snapshot), all
// examples of a group share a fold, so no fold is scored on a group it was trained on; groups are dealt
// to the folds with the fewest of their class, which keeps the balance close.
std::vector<int> stratifiedFolds(
    const Eigen::VectorXd& labels, int folds, quint64 seed, const std::vector<qint64>& groups = {});

} // namespace td::ml
