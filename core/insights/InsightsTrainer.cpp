#include "InsightsTrainer.h"

#include "CenterInteractions.h"
#include "ModelStore.h"
#include "StoredRecommender.h"
#include "StudentSnapshots.h"
#include "ml/Hybrid.h"
#include "ml/LogisticRegression.h"
#include "ml/RecommenderEvaluation.h"
#include "settings/CenterSettings.h"
#include "storage/Transaction.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>

#include <array>

namespace td::insights {

namespace {

QJsonObject rankingJson(const RecommenderQuality& q)
{
    return {{QStringLiteral("algorithm"), q.algorithm}, {QStringLiteral("k"), q.ranking.k},
        {QStringLiteral("ndcg"), q.ranking.ndcg}, {QStringLiteral("precision"), q.ranking.precision},
        {QStringLiteral("recall"), q.ranking.recall}, {QStringLiteral("map"), q.ranking.map},
        {QStringLiteral("coverage"), q.ranking.coverage}, {QStringLiteral("train_seconds"), q.trainSeconds}};
}

QJsonObject classifierJson(const ml::ClassifierReport& r)
{
    QJsonArray calibration;
    for (const ml::CalibrationBin& bin : r.calibration)
        calibration.append(QJsonObject {{QStringLiteral("low"), bin.low}, {QStringLiteral("high"), bin.high},
            {QStringLiteral("count"), bin.count}, {QStringLiteral("mean_predicted"), bin.meanPredicted},
            {QStringLiteral("observed_rate"), bin.observedRate}});
    return {{QStringLiteral("rows"), r.rows}, {QStringLiteral("positives"), r.positives},
        {QStringLiteral("folds"), r.folds}, {QStringLiteral("auc"), r.auc}, {QStringLiteral("pr_auc"), r.prAuc},
        {QStringLiteral("brier"), r.brier}, {QStringLiteral("threshold"), r.atThreshold.threshold},
        {QStringLiteral("precision"), r.atThreshold.precision}, {QStringLiteral("recall"), r.atThreshold.recall},
        {QStringLiteral("f1"), r.atThreshold.f1}, {QStringLiteral("calibration"), calibration}};
}

// A fitted prediction model as stored: the feature keys and LogisticRegression::toVector().
QByteArray predictionBytes(const ml::LogisticRegression& model)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const std::vector<double> values = model.toVector();
    out << qint32(1) << StudentSnapshots::featureKeys() << QList<double>(values.begin(), values.end());
    return bytes;
}

} // namespace

QDate InsightsTrainer::today(const Context& ctx)
{
    return ctx.clock.nowUtc().toTimeZone(CenterSettings(ctx.db).timeZone()).date();
}

Result<TrainingReport> InsightsTrainer::train(const Context& ctx, const Options& options, const Progress& progress)
{
    if (auto allowed = ctx.require(Permission::ViewReports); !allowed)
        return allowed.error();
    const auto cancelled = [] { return Error::conflict(tr("The training was cancelled.")); };
    const auto step = [&progress](int percent, const QString& stage) { return !progress || progress(percent, stage); };
    QElapsedTimer timer;
    timer.start();
    const QDate today = options.today.isValid() ? options.today : InsightsTrainer::today(ctx);
    TrainingReport report;

    if (!step(0, tr("Reading the center's history")))
        return cancelled();
    auto center = CenterInteractions::load(ctx.db, SignalWeights::fromSettings(ctx.db), today);
    if (!center)
        return center.error();
    const ml::InteractionMatrix all = center.value().matrix();
    const std::vector<QStringList> tokens = center.value().itemTokens();
    report.students = all.userCount();
    report.items = all.itemCount();
    report.interactions = all.nonZeros();
    if (all.userCount() < 10 || all.nonZeros() < 20)
        return Error::invalid(
            tr("There is too little history to train on: %1 students with activity.").arg(all.userCount()));

    // Each recommender measured on the same held-out interactions.
    const QStringList algorithms = ml::RecommenderEvaluation::algorithms();
    for (int a = 0; a < algorithms.size(); ++a) {
        if (!step(5 + 50 * a / int(algorithms.size()), tr("Measuring the %1 recommender").arg(algorithms[a])))
            return cancelled();
        ml::RecommenderEvaluation::Options o;
        o.algorithm = algorithms[a];
        o.k = options.k;
        o.testFraction = options.testFraction;
        o.seed = options.seed;
        auto run = ml::RecommenderEvaluation::run(all, tokens, o);
        if (!run)
            return run.error();
        report.recommenders.push_back({algorithms[a], run.value().ranking, run.value().trainSeconds});
    }

    if (!step(60, tr("Training the recommender")))
        return cancelled();
    auto made = ml::RecommenderEvaluation::make(QStringLiteral("hybrid"), tokens, options.seed, options.k);
    if (!made)
        return made.error();
    auto* hybrid = static_cast<ml::Hybrid*>(made.value().get());
    hybrid->fit(all);
    report.hybridComponents = hybrid->componentNames();
    report.hybridWeights = hybrid->weights();
    const StoredRecommender stored = StoredRecommender::fromHybrid(*hybrid, all.itemIds(), tokens);

    if (!step(70, tr("Building churn and purchase examples")))
        return cancelled();
    auto timelines = StudentSnapshots::load(ctx.db);
    if (!timelines)
        return timelines.error();
    const QList<QDate> dates = StudentSnapshots::snapshotDates(today, options.snapshots);
    report.snapshots = static_cast<int>(dates.size());
    const StudentSnapshots::Dataset data = StudentSnapshots::build(timelines.value(), dates);
    ml::ClassifierEvaluation::Options cv;
    cv.folds = options.folds;
    cv.seed = options.seed;
    cv.l2 = options.l2;
    // A student's snapshots are alike: folds keep each student whole, or the scores would flatter.
    cv.groups = data.students;
    ml::LogisticRegression::Parameters lr;
    lr.l2 = options.l2;
    std::array<ml::LogisticRegression, 2> models {ml::LogisticRegression(lr), ml::LogisticRegression(lr)};
    for (int m = 0; m < 2; ++m) {
        const Eigen::VectorXd& y = m == 0 ? data.churn : data.purchase;
        if (!step(75 + 10 * m, m == 0 ? tr("Training the churn model") : tr("Training the purchase model")))
            return cancelled();
        const double positives = y.sum();
        if (positives < options.folds || y.size() - positives < options.folds)
            return Error::invalid(
                tr("There are too few examples of both outcomes to train on (%1 examples).").arg(y.size()));
        auto r = ml::ClassifierEvaluation::crossValidate(data.x, y, cv);
        if (!r)
            return r.error();
        (m == 0 ? report.churn : report.purchase) = r.value();
        models[static_cast<size_t>(m)].fit(data.x, y);
    }

    if (!step(95, tr("Saving the models")))
        return cancelled();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    QJsonArray recommenders;
    for (const RecommenderQuality& q : report.recommenders)
        recommenders.append(rankingJson(q));
    QJsonObject weights;
    for (int c = 0; c < report.hybridComponents.size(); ++c)
        weights.insert(report.hybridComponents[c], report.hybridWeights[static_cast<size_t>(c)]);
    StoredModel recommender;
    recommender.kind = QStringLiteral("recommender");
    recommender.students = report.students;
    recommender.examples = report.interactions;
    recommender.metrics = {{QStringLiteral("recommenders"), recommenders}, {QStringLiteral("hybrid_weights"), weights},
        {QStringLiteral("items"), report.items}};
    recommender.parameters = stored.toBytes();
    auto v = ModelStore::save(ctx, recommender);
    if (!v)
        return v.error();
    report.recommenderVersion = v.value();
    for (int m = 0; m < 2; ++m) {
        StoredModel model;
        model.kind = m == 0 ? QStringLiteral("churn") : QStringLiteral("purchase");
        model.students = static_cast<qint64>(timelines.value().size());
        model.examples = data.x.rows();
        model.metrics = classifierJson(m == 0 ? report.churn : report.purchase);
        model.metrics.insert(QStringLiteral("snapshots"), report.snapshots);
        model.parameters = predictionBytes(models[static_cast<size_t>(m)]);
        auto saved = ModelStore::save(ctx, model);
        if (!saved)
            return saved.error();
        (m == 0 ? report.churnVersion : report.purchaseVersion) = saved.value();
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    step(100, tr("Done"));
    return report;
}

} // namespace td::insights
