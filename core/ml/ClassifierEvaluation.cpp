#include "ClassifierEvaluation.h"

#include "FeatureEncoder.h"

#include <QElapsedTimer>

#include <array>
#include <functional>

namespace td::ml {

namespace {

using FoldData = std::function<std::pair<Eigen::MatrixXd, Eigen::MatrixXd>(
    const std::vector<int>& train, const std::vector<int>& test)>;

Result<ClassifierReport> runFolds(
    const Eigen::VectorXd& y, const ClassifierEvaluation::Options& options, const FoldData& data)
{
    if (!options.groups.empty() && options.groups.size() != static_cast<size_t>(y.size()))
        return Error::invalid(ClassifierEvaluation::tr("Every row needs its group (%1 rows, %2 groups).")
                                  .arg(y.size())
                                  .arg(options.groups.size()),
            QStringLiteral("groups"));
    const std::vector<int> fold = stratifiedFolds(y, options.folds, options.seed, options.groups);
    std::vector<std::array<int, 2>> classes(static_cast<size_t>(options.folds), {0, 0});
    for (Eigen::Index k = 0; k < y.size(); ++k)
        ++classes[static_cast<size_t>(fold[static_cast<size_t>(k)])][y[k] > 0.5 ? 1 : 0];
    for (const auto& c : classes) {
        if (c[0] == 0 || c[1] == 0)
            return Error::invalid(ClassifierEvaluation::tr("Too few groups have each outcome to make %1 folds that "
                                                           "all hold both; use fewer folds.")
                                      .arg(options.folds),
                QStringLiteral("folds"));
    }
    ClassifierReport report;
    report.rows = static_cast<int>(y.size());
    report.positives = static_cast<int>((y.array() > 0.5).count());
    report.folds = options.folds;
    report.outOfFold = Eigen::VectorXd::Zero(y.size());
    report.atThreshold.threshold = options.threshold;
    for (int f = 0; f < options.folds; ++f) {
        std::vector<int> train;
        std::vector<int> test;
        for (int k = 0; k < y.size(); ++k)
            (fold[static_cast<size_t>(k)] == f ? test : train).push_back(k);
        const auto [xTrain, xTest] = data(train, test);
        report.features = static_cast<int>(xTrain.cols());
        Eigen::VectorXd yTrain(static_cast<Eigen::Index>(train.size()));
        for (size_t k = 0; k < train.size(); ++k)
            yTrain[static_cast<Eigen::Index>(k)] = y[train[k]];
        Eigen::VectorXd yTest(static_cast<Eigen::Index>(test.size()));
        for (size_t k = 0; k < test.size(); ++k)
            yTest[static_cast<Eigen::Index>(k)] = y[test[k]];

        LogisticRegression model({options.l2});
        QElapsedTimer timer;
        timer.start();
        model.fit(xTrain, yTrain);
        report.trainSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const Eigen::VectorXd p = model.predictProbability(xTest);
        for (size_t k = 0; k < test.size(); ++k)
            report.outOfFold[test[k]] = p[static_cast<Eigen::Index>(k)];
        report.auc += rocAuc(yTest, p) / options.folds;
        report.prAuc += averagePrecision(yTest, p) / options.folds;
        report.brier += brierScore(yTest, p) / options.folds;
        const ThresholdMetrics m = metricsAtThreshold(yTest, p, options.threshold);
        report.atThreshold.precision += m.precision / options.folds;
        report.atThreshold.recall += m.recall / options.folds;
        report.atThreshold.f1 += m.f1 / options.folds;
    }
    report.calibration = calibrationTable(y, report.outOfFold);
    return report;
}

Eigen::MatrixXd selectRows(const Eigen::MatrixXd& x, const std::vector<int>& rows)
{
    Eigen::MatrixXd out(static_cast<Eigen::Index>(rows.size()), x.cols());
    for (size_t k = 0; k < rows.size(); ++k)
        out.row(static_cast<Eigen::Index>(k)) = x.row(rows[k]);
    return out;
}

} // namespace

Result<ClassifierReport> ClassifierEvaluation::crossValidate(
    const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const Options& options)
{
    if (options.folds < 2)
        return Error::invalid(tr("Cross-validation needs at least 2 folds."), QStringLiteral("folds"));
    const auto positives = (y.array() > 0.5).count();
    if (positives < options.folds || y.size() - positives < options.folds) {
        return Error::invalid(tr("Each class needs at least as many rows as there are folds (%1 positive, %2 "
                                 "negative, %3 folds).")
                                  .arg(positives)
                                  .arg(y.size() - positives)
                                  .arg(options.folds),
            QStringLiteral("folds"));
    }
    return runFolds(y, options, [&x](const std::vector<int>& train, const std::vector<int>& test) {
        return std::make_pair(selectRows(x, train), selectRows(x, test));
    });
}

Result<ClassifierReport> ClassifierEvaluation::crossValidate(
    const CsvTable& table, const QString& labelColumn, const Options& options)
{
    auto label = BinaryLabel::fromColumn(table, labelColumn);
    if (!label)
        return label.error();
    std::vector<int> columns;
    for (int c = 0; c < table.header.size(); ++c) {
        if (c != label->column)
            columns.push_back(c);
    }
    if (columns.empty())
        return Error::invalid(tr("The table has no column besides the label."), QStringLiteral("csv"));
    if (options.folds < 2)
        return Error::invalid(tr("Cross-validation needs at least 2 folds."), QStringLiteral("folds"));
    const Eigen::VectorXd& y = label->values;
    const auto positives = (y.array() > 0.5).count();
    if (positives < options.folds || y.size() - positives < options.folds) {
        return Error::invalid(tr("Each class needs at least as many rows as there are folds (%1 positive, %2 "
                                 "negative, %3 folds).")
                                  .arg(positives)
                                  .arg(y.size() - positives)
                                  .arg(options.folds),
            QStringLiteral("folds"));
    }
    return runFolds(y, options, [&](const std::vector<int>& train, const std::vector<int>& test) {
        FeatureEncoder encoder;
        encoder.fit(table, train, columns);
        return std::make_pair(encoder.transform(table, train), encoder.transform(table, test));
    });
}

} // namespace td::ml
