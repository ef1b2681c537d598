// recs-eval, ratings-eval and model-eval: the model engine on any public CSV, so anyone can check it.
#include "Cli.h"
#include "ml/ClassifierEvaluation.h"
#include "ml/CsvTable.h"
#include "ml/DatasetTables.h"
#include "ml/RatingModels.h"
#include "ml/RecommenderEvaluation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {

void addSeedOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate("td::cli", "Random seed for splits and initialisation (default 42)."),
        QStringLiteral("N"), QStringLiteral("42")});
}

// Reads an integer or number option; on a bad value prints the error and returns false.
bool intOption(const QCommandLineParser& parser, const QString& name, int minimum, int& value)
{
    bool ok = false;
    value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        fail(parser,
            Error::invalid(QCoreApplication::translate("td::cli", "--%1 must be a whole number of at least %2.")
                               .arg(name)
                               .arg(minimum),
                name));
        return false;
    }
    return true;
}

bool numberOption(const QCommandLineParser& parser, const QString& name, double& value)
{
    bool ok = false;
    value = parser.value(name).toDouble(&ok);
    if (!ok) {
        fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "--%1 must be a number.").arg(name), name));
        return false;
    }
    return true;
}

Result<ml::CsvTable> readRequiredCsv(const QCommandLineParser& parser, const QString& option)
{
    const QString path = parser.value(option);
    if (path.isEmpty())
        return Error::invalid(QCoreApplication::translate("td::cli", "--%1 FILE is required.").arg(option), option);
    return ml::CsvTable::read(path);
}

void printRows(const QList<std::pair<QString, QString>>& rows)
{
    for (const auto& [label, value] : rows)
        out() << label.leftJustified(24) << value << '\n';
    out().flush();
}

QString fixed(double v, int decimals = 4)
{
    return QString::number(v, 'f', decimals);
}

int runRecsEval(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Evaluates a recommender on an interactions CSV (columns user, item, optional rating and timestamp): "
        "per-user random split, every held-out interaction relevant, items seen in training not ranked."));
    addCommonOptions(parser);
    addSeedOption(parser);
    parser.addOption({QStringLiteral("interactions"), QCoreApplication::translate("td::cli", "The interactions CSV."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("items"),
        QCoreApplication::translate(
            "td::cli", "Item descriptions for content and hybrid (columns item, kind, category, level, title, tags)."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("algo"),
        QCoreApplication::translate("td::cli", "pop, itemknn, als, ease, content or hybrid (default als)."),
        QStringLiteral("NAME"), QStringLiteral("als")});
    parser.addOption(
        {QStringLiteral("k"), QCoreApplication::translate("td::cli", "Length of each ranked list (default 10)."),
            QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("test-fraction"),
        QCoreApplication::translate("td::cli", "Share of each user's interactions held out (default 0.25)."),
        QStringLiteral("X"), QStringLiteral("0.25")});
    if (!parse(parser, arguments))
        return 2;
    ml::RecommenderEvaluation::Options options;
    options.algorithm = parser.value(QStringLiteral("algo"));
    int seed = 0;
    if (!intOption(parser, QStringLiteral("k"), 1, options.k) || !intOption(parser, QStringLiteral("seed"), 0, seed)
        || !numberOption(parser, QStringLiteral("test-fraction"), options.testFraction))
        return 1;
    options.seed = static_cast<quint64>(seed);

    auto table = readRequiredCsv(parser, QStringLiteral("interactions"));
    if (!table)
        return fail(parser, table.error());
    auto matrix = ml::DatasetTables::interactions(table.value());
    if (!matrix)
        return fail(parser, matrix.error());
    std::vector<QStringList> itemTokens;
    if (parser.isSet(QStringLiteral("items"))) {
        auto items = ml::CsvTable::read(parser.value(QStringLiteral("items")));
        if (!items)
            return fail(parser, items.error());
        auto tokens = ml::DatasetTables::itemTokens(items.value(), matrix.value());
        if (!tokens)
            return fail(parser, tokens.error());
        itemTokens = std::move(tokens.value());
    }
    auto run = ml::RecommenderEvaluation::run(matrix.value(), itemTokens, options);
    if (!run)
        return fail(parser, run.error());
    const ml::RankingReport& r = run->ranking;
    if (jsonOutput(parser)) {
        QJsonObject json {{QStringLiteral("algo"), options.algorithm}, {QStringLiteral("users"), matrix->userCount()},
            {QStringLiteral("items"), matrix->itemCount()},
            {QStringLiteral("interactions"), static_cast<double>(matrix->nonZeros())},
            {QStringLiteral("train_interactions"), run->trainInteractions},
            {QStringLiteral("test_interactions"), run->testInteractions},
            {QStringLiteral("users_evaluated"), r.usersEvaluated}, {QStringLiteral("k"), r.k},
            {QStringLiteral("seed"), seed}, {QStringLiteral("precision"), r.precision},
            {QStringLiteral("recall"), r.recall}, {QStringLiteral("ndcg"), r.ndcg}, {QStringLiteral("map"), r.map},
            {QStringLiteral("coverage"), r.coverage}, {QStringLiteral("train_seconds"), run->trainSeconds}};
        if (!run->hybridWeights.empty()) {
            QJsonObject weights;
            for (size_t c = 0; c < run->hybridWeights.size(); ++c)
                weights.insert(run->hybridComponents.at(static_cast<qsizetype>(c)), run->hybridWeights[c]);
            json.insert(QStringLiteral("weights"), weights);
        }
        printJson(json);
        return 0;
    }
    QList<std::pair<QString, QString>> rows = {
        {QCoreApplication::translate("td::cli", "Algorithm"), options.algorithm},
        {QCoreApplication::translate("td::cli", "Users / items"),
            QStringLiteral("%1 / %2").arg(matrix->userCount()).arg(matrix->itemCount())},
        {QCoreApplication::translate("td::cli", "Train / test pairs"),
            QStringLiteral("%1 / %2").arg(run->trainInteractions).arg(run->testInteractions)},
        {QCoreApplication::translate("td::cli", "Users evaluated"), QString::number(r.usersEvaluated)},
        {QCoreApplication::translate("td::cli", "Precision@%1").arg(r.k), fixed(r.precision)},
        {QCoreApplication::translate("td::cli", "Recall@%1").arg(r.k), fixed(r.recall)},
        {QCoreApplication::translate("td::cli", "NDCG@%1").arg(r.k), fixed(r.ndcg)},
        {QCoreApplication::translate("td::cli", "MAP@%1").arg(r.k), fixed(r.map)},
        {QCoreApplication::translate("td::cli", "Item coverage"), fixed(r.coverage)},
        {QCoreApplication::translate("td::cli", "Training seconds"), fixed(run->trainSeconds, 3)},
    };
    for (size_t c = 0; c < run->hybridWeights.size(); ++c)
        rows.append({QCoreApplication::translate("td::cli", "Weight %1")
                         .arg(run->hybridComponents.at(static_cast<qsizetype>(c))),
            fixed(run->hybridWeights[c], 2)});
    printRows(rows);
    return 0;
}

int runRatingsEval(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Cross-validates a rating predictor on a CSV with columns user, item, rating: RMSE, MAE, fit seconds."));
    addCommonOptions(parser);
    addSeedOption(parser);
    parser.addOption({QStringLiteral("ratings"), QCoreApplication::translate("td::cli", "The ratings CSV."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("algo"), QCoreApplication::translate("td::cli", "baseline or mf (default mf)."),
        QStringLiteral("NAME"), QStringLiteral("mf")});
    parser.addOption({QStringLiteral("folds"), QCoreApplication::translate("td::cli", "Number of folds (default 5)."),
        QStringLiteral("N"), QStringLiteral("5")});
    if (!parse(parser, arguments))
        return 2;
    int folds = 0;
    int seed = 0;
    if (!intOption(parser, QStringLiteral("folds"), 2, folds) || !intOption(parser, QStringLiteral("seed"), 0, seed))
        return 1;
    const QString algo = parser.value(QStringLiteral("algo"));
    std::function<std::unique_ptr<ml::RatingModel>()> make;
    if (algo == QLatin1String("baseline")) {
        make = [] { return std::make_unique<ml::BaselineRatings>(); };
    } else if (algo == QLatin1String("mf")) {
        ml::BiasedMf::Parameters p;
        p.seed = static_cast<quint64>(seed);
        make = [p] { return std::make_unique<ml::BiasedMf>(p); };
    } else {
        return fail(parser,
            Error::invalid(
                QCoreApplication::translate("td::cli", "Unknown algorithm %1; use baseline or mf.").arg(algo),
                QStringLiteral("algo")));
    }
    auto table = readRequiredCsv(parser, QStringLiteral("ratings"));
    if (!table)
        return fail(parser, table.error());
    auto data = ml::DatasetTables::ratings(table.value());
    if (!data)
        return fail(parser, data.error());
    const auto report = ml::crossValidateRatings(data->ratings, static_cast<int>(data->userIds.size()),
        static_cast<int>(data->itemIds.size()), make, folds, static_cast<quint64>(seed));
    if (jsonOutput(parser)) {
        printJson(QJsonObject {{QStringLiteral("algo"), algo},
            {QStringLiteral("ratings"), static_cast<double>(data->ratings.size())},
            {QStringLiteral("users"), static_cast<double>(data->userIds.size())},
            {QStringLiteral("items"), static_cast<double>(data->itemIds.size())}, {QStringLiteral("folds"), folds},
            {QStringLiteral("seed"), seed}, {QStringLiteral("rmse"), report.rmse}, {QStringLiteral("mae"), report.mae},
            {QStringLiteral("fit_seconds"), report.fitSeconds}});
        return 0;
    }
    printRows({{QCoreApplication::translate("td::cli", "Algorithm"), algo},
        {QCoreApplication::translate("td::cli", "Ratings"), QString::number(data->ratings.size())},
        {QCoreApplication::translate("td::cli", "Folds"), QString::number(folds)},
        {QCoreApplication::translate("td::cli", "RMSE"), fixed(report.rmse)},
        {QCoreApplication::translate("td::cli", "MAE"), fixed(report.mae)},
        {QCoreApplication::translate("td::cli", "Fit seconds"), fixed(report.fitSeconds, 3)}});
    return 0;
}

int runModelEval(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Cross-validates L2 logistic regression on any CSV: numeric columns standardised, text columns one-hot, "
        "missing values imputed with an indicator."));
    addCommonOptions(parser);
    addSeedOption(parser);
    parser.addOption(
        {QStringLiteral("csv"), QCoreApplication::translate("td::cli", "The table."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("label"),
        QCoreApplication::translate("td::cli", "The two-valued column to predict."), QStringLiteral("COLUMN")});
    parser.addOption(
        {QStringLiteral("folds"), QCoreApplication::translate("td::cli", "Number of stratified folds (default 5)."),
            QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("threshold"),
        QCoreApplication::translate(
            "td::cli", "Probability from which a row counts as predicted positive (default 0.5)."),
        QStringLiteral("P"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("c"),
        QCoreApplication::translate("td::cli", "Inverse regularisation strength, as scikit-learn's C (default 1)."),
        QStringLiteral("C"), QStringLiteral("1")});
    if (!parse(parser, arguments))
        return 2;
    ml::ClassifierEvaluation::Options options;
    int seed = 0;
    double c = 1;
    if (!intOption(parser, QStringLiteral("folds"), 2, options.folds)
        || !intOption(parser, QStringLiteral("seed"), 0, seed)
        || !numberOption(parser, QStringLiteral("threshold"), options.threshold)
        || !numberOption(parser, QStringLiteral("c"), c))
        return 1;
    if (c <= 0)
        return fail(parser,
            Error::invalid(QCoreApplication::translate("td::cli", "--c must be greater than 0."), QStringLiteral("c")));
    options.seed = static_cast<quint64>(seed);
    options.l2 = 1.0 / c;
    const QString label = parser.value(QStringLiteral("label"));
    if (label.isEmpty())
        return fail(parser,
            Error::invalid(
                QCoreApplication::translate("td::cli", "--label COLUMN is required."), QStringLiteral("label")));
    auto table = readRequiredCsv(parser, QStringLiteral("csv"));
    if (!table)
        return fail(parser, table.error());
    auto report = ml::ClassifierEvaluation::crossValidate(table.value(), label, options);
    if (!report)
        return fail(parser, report.error());
    const ml::ClassifierReport& r = report.value();
    if (jsonOutput(parser)) {
        QJsonArray calibration;
        for (const ml::CalibrationBin& bin : r.calibration) {
            calibration.append(QJsonObject {{QStringLiteral("low"), bin.low}, {QStringLiteral("high"), bin.high},
                {QStringLiteral("count"), bin.count}, {QStringLiteral("mean_predicted"), bin.meanPredicted},
                {QStringLiteral("observed_rate"), bin.observedRate}});
        }
        printJson(QJsonObject {{QStringLiteral("rows"), r.rows}, {QStringLiteral("features"), r.features},
            {QStringLiteral("positives"), r.positives}, {QStringLiteral("folds"), r.folds},
            {QStringLiteral("seed"), seed}, {QStringLiteral("auc"), r.auc}, {QStringLiteral("pr_auc"), r.prAuc},
            {QStringLiteral("threshold"), r.atThreshold.threshold},
            {QStringLiteral("precision"), r.atThreshold.precision}, {QStringLiteral("recall"), r.atThreshold.recall},
            {QStringLiteral("f1"), r.atThreshold.f1}, {QStringLiteral("brier"), r.brier},
            {QStringLiteral("train_seconds"), r.trainSeconds}, {QStringLiteral("calibration"), calibration}});
        return 0;
    }
    printRows({{QCoreApplication::translate("td::cli", "Rows / positives"),
                   QStringLiteral("%1 / %2").arg(r.rows).arg(r.positives)},
        {QCoreApplication::translate("td::cli", "Features"), QString::number(r.features)},
        {QCoreApplication::translate("td::cli", "Folds"), QString::number(r.folds)},
        {QCoreApplication::translate("td::cli", "AUC"), fixed(r.auc)},
        {QCoreApplication::translate("td::cli", "PR-AUC"), fixed(r.prAuc)},
        {QCoreApplication::translate("td::cli", "Precision @ %1").arg(r.atThreshold.threshold),
            fixed(r.atThreshold.precision)},
        {QCoreApplication::translate("td::cli", "Recall @ %1").arg(r.atThreshold.threshold),
            fixed(r.atThreshold.recall)},
        {QCoreApplication::translate("td::cli", "F1 @ %1").arg(r.atThreshold.threshold), fixed(r.atThreshold.f1)},
        {QCoreApplication::translate("td::cli", "Brier score"), fixed(r.brier)},
        {QCoreApplication::translate("td::cli", "Training seconds"), fixed(r.trainSeconds, 3)}});
    out() << '\n' << QCoreApplication::translate("td::cli", "Calibration (predicted → observed):") << '\n';
    for (const ml::CalibrationBin& bin : r.calibration) {
        if (bin.count == 0)
            continue;
        out() << QStringLiteral("  [%1, %2)  n=%3  %4 → %5\n")
                     .arg(fixed(bin.low, 1), fixed(bin.high, 1))
                     .arg(bin.count, 6)
                     .arg(fixed(bin.meanPredicted, 3), fixed(bin.observedRate, 3));
    }
    out().flush();
    return 0;
}

const Registration recsEval {{QStringLiteral("recs-eval"),
    QT_TRANSLATE_NOOP("td::cli", "Evaluate a recommender on an interactions CSV"), runRecsEval}};
const Registration ratingsEval {{QStringLiteral("ratings-eval"),
    QT_TRANSLATE_NOOP("td::cli", "Cross-validate a rating predictor on a ratings CSV"), runRatingsEval}};
const Registration modelEval {{QStringLiteral("model-eval"),
    QT_TRANSLATE_NOOP("td::cli", "Cross-validate logistic regression on any CSV"), runModelEval}};

} // namespace

} // namespace td::cli
