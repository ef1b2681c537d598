#include "InsightsService.h"

#include "InsightsTrainer.h"
#include "ModelStore.h"
#include "StoredRecommender.h"
#include "StudentSnapshots.h"
#include "ml/ContentBased.h"
#include "ml/LogisticRegression.h"

#include <QDataStream>
#include <QIODevice>

#include <limits>

namespace td::insights {

namespace {

struct Predictor
{
    QStringList keys;
    ml::LogisticRegression model;
};

Error notTrained()
{
    return Error::notFound(InsightsService::tr(
        "The models have not been trained yet: train them on the Insights page or with trainingdesk-cli train."));
}

Result<Predictor> loadPredictor(const Database& db, const QString& kind)
{
    auto stored = ModelStore::latest(db, kind);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return notTrained();
    QDataStream in(stored.value()->parameters);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 format = 0;
    Predictor p;
    QList<double> values;
    in >> format >> p.keys >> values;
    // A model trained on other features than this version computes cannot be used.
    if (in.status() != QDataStream::Ok || format != 1 || p.keys != StudentSnapshots::featureKeys())
        return notTrained();
    p.model = ml::LogisticRegression::fromVector(std::vector<double>(values.begin(), values.end()));
    return p;
}

Outlook outlook(const Predictor& p, const Eigen::RowVectorXd& row, int factors)
{
    Outlook o;
    o.probability = p.model.probability(row);
    for (const ml::Factor& f : ml::topFactors(p.model, p.keys, row, factors))
        o.factors.append(StudentSnapshots::describe(f.feature, row[p.keys.indexOf(f.feature)], f.contribution));
    return o;
}

Result<std::vector<StudentOutlook>> predictStudents(const Context& ctx, qint64 onlyStudent, int factors)
{
    if (auto allowed = ctx.require(Permission::ViewStudents); !allowed)
        return allowed.error();
    auto churn = loadPredictor(ctx.db, QStringLiteral("churn"));
    if (!churn)
        return churn.error();
    auto purchase = loadPredictor(ctx.db, QStringLiteral("purchase"));
    if (!purchase)
        return purchase.error();
    auto timelines = StudentSnapshots::load(ctx.db, onlyStudent);
    if (!timelines)
        return timelines.error();
    const qint64 today = InsightsTrainer::today(ctx).toJulianDay();
    std::vector<StudentOutlook> result;
    for (const StudentTimeline& s : timelines.value()) {
        StudentOutlook o;
        o.studentId = s.studentId;
        o.code = s.code;
        o.name = s.name;
        o.active = !s.archived && StudentSnapshots::activeOn(s, today);
        if (onlyStudent == 0 && !o.active)
            continue;
        const Eigen::RowVectorXd row = StudentSnapshots::features(s, today);
        o.churn = outlook(churn.value(), row, factors);
        o.purchase = outlook(purchase.value(), row, factors);
        result.push_back(std::move(o));
    }
    return result;
}

} // namespace

Result<std::vector<Recommendation>> InsightsService::recommend(const Context& ctx, qint64 studentId, int count)
{
    if (auto allowed = ctx.require(Permission::ViewStudents); !allowed)
        return allowed.error();
    auto stored = ModelStore::latest(ctx.db, QStringLiteral("recommender"));
    if (!stored)
        return stored.error();
    if (!stored.value())
        return notTrained();
    const std::optional<StoredRecommender> model = StoredRecommender::fromBytes(stored.value()->parameters);
    if (!model)
        return notTrained();
    const QDate today = InsightsTrainer::today(ctx);
    auto center = CenterInteractions::load(ctx.db, SignalWeights::fromSettings(ctx.db), today, studentId);
    if (!center)
        return center.error();
    auto bookable = DeskRecommendations::bookableItems(ctx.db, ctx.clock.nowUtc());
    if (!bookable)
        return bookable.error();
    // The model knows the catalog as it was when trained: map its items to today's catalog indices.
    const CenterInteractions& data = center.value();
    const StudentItems student = data.student(studentId);
    const auto items = static_cast<int>(data.catalog().size());
    std::vector<int> modelIndex(static_cast<size_t>(items));
    for (int i = 0; i < items; ++i)
        modelIndex[static_cast<size_t>(i)]
            = static_cast<int>(model->itemIds().indexOf(QString::number(data.catalog()[static_cast<size_t>(i)].id)));
    std::vector<std::pair<int, float>> history;
    for (const auto& [item, weight] : student.history)
        if (const int m = modelIndex[static_cast<size_t>(item)]; m >= 0)
            history.emplace_back(m, weight);
    QStringList interestTerms;
    for (const QString& interest : student.interests)
        interestTerms.append(ml::interestTokens(interest));
    const Eigen::VectorXf modelScores = model->score(history, interestTerms);
    Eigen::VectorXf scores = Eigen::VectorXf::Constant(items, std::numeric_limits<float>::quiet_NaN());
    for (int i = 0; i < items; ++i)
        if (const int m = modelIndex[static_cast<size_t>(i)]; m >= 0)
            scores[i] = modelScores[m];
    const auto similarity = [&](int a, int b) {
        const int ma = modelIndex[static_cast<size_t>(a)];
        const int mb = modelIndex[static_cast<size_t>(b)];
        return ma >= 0 && mb >= 0 ? model->similarity(ma, mb) : 0.0f;
    };
    DeskRecommendations::Options options;
    options.count = count;
    return DeskRecommendations::choose(data, student, scores, similarity, bookable.value(), options);
}

Result<StudentOutlook> InsightsService::predict(const Context& ctx, qint64 studentId, int factors)
{
    auto all = predictStudents(ctx, studentId, factors);
    if (!all)
        return all.error();
    if (all.value().empty())
        return Error::notFound(tr("There is no student with id %1.").arg(studentId));
    return all.value().front();
}

Result<std::vector<StudentOutlook>> InsightsService::predictAll(const Context& ctx, int factors)
{
    return predictStudents(ctx, 0, factors);
}

} // namespace td::insights
