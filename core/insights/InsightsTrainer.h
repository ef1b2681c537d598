#pragma once

#include "auth/Context.h"
#include "common/Result.h"
#include "ml/ClassifierEvaluation.h"
#include "ml/RankingMetrics.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace td::insights {

// Quality of one recommender on the center's interactions (ml::RecommenderEvaluation's protocol).
struct RecommenderQuality
{
    QString algorithm;
    ml::RankingReport ranking;
    double trainSeconds = 0;
};

struct TrainingReport
{
    int students = 0;
    int items = 0;
    qint64 interactions = 0;
    std::vector<RecommenderQuality> recommenders;
    QStringList hybridComponents;
    std::vector<double> hybridWeights;
    int snapshots = 0;
    ml::ClassifierReport churn;
    ml::ClassifierReport purchase;
    int recommenderVersion = 0;
    int churnVersion = 0;
    int purchaseVersion = 0;
    double seconds = 0;
};

// Trains the center's recommender (a hybrid of popularity, item-kNN, ALS, EASE and content-based) and the
// churn and purchase models on its database, measures each, and stores them with ModelStore.
class InsightsTrainer
{
    Q_DECLARE_TR_FUNCTIONS(td::insights::InsightsTrainer)

public:
    struct Options
    {
        int k = 10;
        double testFraction = 0.25;
        int folds = 5;
        int snapshots = 7; // monthly, going back from today − 60 days
        double l2 = 1.0;
        quint64 seed = 42;
        QDate today; // invalid: the clock's date in the center's time zone
    };

    // percent 0..100 and the stage; returning false cancels the training (nothing is stored then).
    using Progress = std::function<bool(int percent, const QString& stage)>;

    static Result<TrainingReport> train(const Context& ctx, const Options& options, const Progress& progress = {});

    // The center's "today": the clock's date in its time zone.
    static QDate today(const Context& ctx);
};

} // namespace td::insights
