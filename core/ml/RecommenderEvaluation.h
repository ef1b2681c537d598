#pragma once

#include "Hybrid.h"
#include "RankingMetrics.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace td::ml {

struct RecommenderRun
{
    RankingReport ranking;
    double trainSeconds = 0;
    int trainInteractions = 0;
    int testInteractions = 0;
    std::vector<double> hybridWeights; // when the algorithm is the hybrid
    QStringList hybridComponents;
};

// The offline protocol of `recs-eval`: per-user random split, fit on the training part, rank every
// item not seen in training, every held-out interaction relevant.
class RecommenderEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(td::ml::RecommenderEvaluation)

public:
    struct Options
    {
        QString algorithm = QStringLiteral("als");
        int k = 10;
        double testFraction = 0.25;
        quint64 seed = 42;
    };

    static QStringList algorithms(); // pop itemknn als ease content hybrid

    // A fresh recommender by name; content (and the hybrid's content part) needs item tokens per item
    // index. Unknown names and content without tokens are errors.
    static Result<std::unique_ptr<Recommender>> make(
        const QString& algorithm, const std::vector<QStringList>& itemTokens, quint64 seed, int k);

    static Result<RecommenderRun> run(
        const InteractionMatrix& all, const std::vector<QStringList>& itemTokens, const Options& options);
};

} // namespace td::ml
