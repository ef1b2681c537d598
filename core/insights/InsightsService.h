#pragma once

#include "DeskRecommendations.h"
#include "auth/Context.h"

#include <QCoreApplication>

namespace td::insights {

// A prediction for one student with its strongest reasons, in words.
struct Outlook
{
    double probability = 0;
    QStringList factors;
};

struct StudentOutlook
{
    qint64 studentId = 0;
    QString code;
    QString name;
    bool active = false; // a visit, purchase or online activity in the last 90 days
    Outlook churn;
    Outlook purchase;
};

// What the stored models say about the center's students today.
class InsightsService
{
    Q_DECLARE_TR_FUNCTIONS(td::insights::InsightsService)

public:
    // The best `count` items to offer a student now, by the newest recommender and the desk's rules.
    static Result<std::vector<Recommendation>> recommend(const Context& ctx, qint64 studentId, int count = 5);
    // Churn and purchase scores of one student today, with `factors` reasons each.
    static Result<StudentOutlook> predict(const Context& ctx, qint64 studentId, int factors = 3);
    // Every active student that is not archived, scored today.
    static Result<std::vector<StudentOutlook>> predictAll(const Context& ctx, int factors = 3);
};

} // namespace td::insights
