#include "RecommenderEvaluation.h"

#include "ContentBased.h"
#include "Ease.h"
#include "ImplicitAls.h"
#include "ItemKnn.h"
#include "Popularity.h"

#include <QElapsedTimer>

namespace td::ml {

QStringList RecommenderEvaluation::algorithms()
{
    return {QStringLiteral("pop"), QStringLiteral("itemknn"), QStringLiteral("als"), QStringLiteral("ease"),
        QStringLiteral("content"), QStringLiteral("hybrid")};
}

Result<std::unique_ptr<Recommender>> RecommenderEvaluation::make(
    const QString& algorithm, const std::vector<QStringList>& itemTokens, quint64 seed, int k)
{
    if (algorithm == QLatin1String("pop"))
        return std::unique_ptr<Recommender>(std::make_unique<Popularity>());
    if (algorithm == QLatin1String("itemknn"))
        return std::unique_ptr<Recommender>(std::make_unique<ItemKnn>());
    if (algorithm == QLatin1String("als")) {
        ImplicitAls::Parameters p;
        p.seed = seed;
        return std::unique_ptr<Recommender>(std::make_unique<ImplicitAls>(p));
    }
    if (algorithm == QLatin1String("ease"))
        return std::unique_ptr<Recommender>(std::make_unique<Ease>());
    if (algorithm == QLatin1String("content")) {
        if (itemTokens.empty())
            return Error::invalid(
                tr("The content-based recommender needs item descriptions (--items FILE)."), QStringLiteral("items"));
        return std::unique_ptr<Recommender>(std::make_unique<ContentBased>(itemTokens));
    }
    if (algorithm == QLatin1String("hybrid")) {
        std::vector<Hybrid::Component> components;
        QStringList parts
            = {QStringLiteral("pop"), QStringLiteral("itemknn"), QStringLiteral("als"), QStringLiteral("ease")};
        if (!itemTokens.empty())
            parts.append(QStringLiteral("content"));
        for (const QString& part : std::as_const(parts)) {
            components.push_back(
                {part, [part, itemTokens, seed, k] { return std::move(make(part, itemTokens, seed, k).value()); }});
        }
        Hybrid::Parameters p;
        p.k = k;
        p.seed = seed;
        return std::unique_ptr<Recommender>(std::make_unique<Hybrid>(std::move(components), p));
    }
    return Error::invalid(
        tr("Unknown algorithm %1; use one of %2.").arg(algorithm, algorithms().join(QStringLiteral(", "))),
        QStringLiteral("algo"));
}

Result<RecommenderRun> RecommenderEvaluation::run(
    const InteractionMatrix& all, const std::vector<QStringList>& itemTokens, const Options& options)
{
    if (options.k < 1)
        return Error::invalid(tr("k must be at least 1."), QStringLiteral("k"));
    if (options.testFraction <= 0 || options.testFraction >= 1)
        return Error::invalid(tr("The test fraction must be between 0 and 1."), QStringLiteral("test-fraction"));
    auto model = make(options.algorithm, itemTokens, options.seed, options.k);
    if (!model)
        return model.error();
    const TrainTestSplit split = splitPerUser(all, options.testFraction, options.seed);
    RecommenderRun run;
    run.trainInteractions = static_cast<int>(split.train.nonZeros());
    run.testInteractions = static_cast<int>(split.test.nonZeros());
    QElapsedTimer timer;
    timer.start();
    model.value()->fit(split.train);
    run.trainSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.ranking = evaluateRanking(topKForAllUsers(*model.value(), split.train, options.k), options.k, split.test);
    if (const auto* hybrid = dynamic_cast<const Hybrid*>(model.value().get())) {
        run.hybridWeights = hybrid->weights();
        run.hybridComponents = hybrid->componentNames();
    }
    return run;
}

} // namespace td::ml
