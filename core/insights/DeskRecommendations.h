#pragma once

#include "CenterInteractions.h"

#include <QCoreApplication>
#include <QDateTime>

#include <Eigen/Core>
#include <functional>

namespace td::insights {

// One thing worth offering a student, with the reason a clerk can say out loud.
struct Recommendation
{
    qint64 itemId = 0;
    QString title;
    QString kind;
    double score = 0;
    QString reason;
};

// The desk's rules on top of a recommender's scores: nothing the student owns or finished; an offline
// course or workshop only with a class that has free seats and sessions ahead; a prerequisite finished
// first and no level below one already done; at most `maxPerFamily` items of one category and level.
class DeskRecommendations
{
    Q_DECLARE_TR_FUNCTIONS(td::insights::DeskRecommendations)

public:
    struct Options
    {
        int count = 5;
        int maxPerFamily = 2;
        float similarStudentsThreshold = 0.1f; // item-kNN cosine for "students who took X also took this"
    };

    // Offline courses and workshops (item ids) with an active class that has a free seat and a scheduled
    // session after `now`.
    static Result<QSet<qint64>> bookableItems(const Database& db, const QDateTime& now);

    // How often two catalog items (by index) are taken by the same students, 0..1.
    using Similarity = std::function<float(int a, int b)>;

    // scores: a recommender's score per catalog index (higher is better; NaN: not scored).
    static std::vector<Recommendation> choose(const CenterInteractions& center, const StudentItems& student,
        const Eigen::VectorXf& scores, const Similarity& similarity, const QSet<qint64>& bookable,
        const Options& options);
};

} // namespace td::insights
