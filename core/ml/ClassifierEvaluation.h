#pragma once

#include "ClassificationMetrics.h"
#include "CsvTable.h"
#include "LogisticRegression.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace td::ml {

// Cross-validated quality of logistic regression: AUC, PR-AUC, Brier and the threshold metrics are
// means over the folds; the calibration table pools every out-of-fold prediction.
struct ClassifierReport
{
    int rows = 0;
    int features = 0;
    int positives = 0;
    int folds = 0;
    double auc = 0;
    double prAuc = 0;
    double brier = 0;
    ThresholdMetrics atThreshold;
    std::vector<CalibrationBin> calibration;
    double trainSeconds = 0; // total fitting time over the folds
    Eigen::VectorXd outOfFold; // each row's probability from the model that did not see it
};

class ClassifierEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(td::ml::ClassifierEvaluation)

public:
    struct Options
    {
        int folds = 5;
        quint64 seed = 42;
        double threshold = 0.5;
        double l2 = 1.0;
        // One key per row (the student of each snapshot): a group's rows share a fold. Empty: rows are
        // independent.
        std::vector<qint64> groups;
    };

    // Stratified k-fold on a numeric matrix (features already encoded).
    static Result<ClassifierReport> crossValidate(
        const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const Options& options);
    // Every column except the label encoded per fold by FeatureEncoder.
    static Result<ClassifierReport> crossValidate(
        const CsvTable& table, const QString& labelColumn, const Options& options);
};

} // namespace td::ml
