#include "DeskRecommendations.h"

#include "ml/ContentBased.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace td::insights {

Result<QSet<qint64>> DeskRecommendations::bookableItems(const Database& db, const QDateTime& now)
{
    auto q = db.exec(QStringLiteral("SELECT DISTINCT c.course_id FROM classes c WHERE c.status = 'active' "
                                    "AND EXISTS (SELECT 1 FROM sessions s WHERE s.class_id = c.id "
                                    "AND s.status = 'scheduled' AND s.starts_at > ?) "
                                    "AND (SELECT count(*) FROM enrollments e WHERE e.class_id = c.id "
                                    "AND e.status = 'enrolled') < c.capacity"),
        {sql::fromDateTime(now)});
    if (!q)
        return q.error();
    QSet<qint64> items;
    while (q.value().next())
        items.insert(q.value().value(0).toLongLong());
    return items;
}

std::vector<Recommendation> DeskRecommendations::choose(const CenterInteractions& center, const StudentItems& student,
    const Eigen::VectorXf& scores, const Similarity& similarity, const QSet<qint64>& bookable, const Options& options)
{
    const std::vector<CatalogEntry>& catalog = center.catalog();
    const std::vector<QStringList> itemTerms = center.itemTokens();
    std::vector<QStringList> termsPerInterest;
    for (const QString& interest : student.interests)
        termsPerInterest.push_back(ml::interestTokens(interest));
    const auto matches = [&](int item, const QStringList& terms) {
        return std::any_of(terms.begin(), terms.end(),
            [&](const QString& t) { return itemTerms[static_cast<size_t>(item)].contains(t); });
    };

    // Highest level finished per category, for progression.
    QHash<QString, int> levelDone;
    for (int i : student.finished) {
        const CatalogEntry& e = catalog[static_cast<size_t>(i)];
        levelDone[e.category] = std::max(levelDone.value(e.category), e.level);
    }

    std::vector<int> order;
    for (int i = 0; i < static_cast<int>(catalog.size()) && i < scores.size(); ++i)
        if (!std::isnan(scores[i]))
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] > scores[b]; });

    std::vector<Recommendation> chosen;
    QHash<QString, int> perFamily;
    for (int i : order) {
        if (static_cast<int>(chosen.size()) >= options.count)
            break;
        const CatalogEntry& e = catalog[static_cast<size_t>(i)];
        if (!e.active || student.owned.contains(i) || student.finished.contains(i))
            continue;
        if (e.isOffline() && !bookable.contains(e.id))
            continue;
        const int prerequisite = e.prerequisiteId != 0 ? center.itemIndex(e.prerequisiteId) : -1;
        if (prerequisite >= 0 && !student.finished.contains(prerequisite))
            continue;
        if (e.level > 1 && prerequisite < 0 && levelDone.value(e.category) < e.level - 1)
            continue;
        if (e.level > 0 && levelDone.value(e.category) > e.level)
            continue;
        const QString family = e.category + QLatin1Char('/') + QString::number(e.level);
        if (perFamily.value(family) >= options.maxPerFamily)
            continue;
        ++perFamily[family];

        Recommendation r;
        r.itemId = e.id;
        r.title = e.title;
        r.kind = e.kind;
        r.score = scores[i];
        if (prerequisite >= 0) {
            r.reason = tr("Next level after %1").arg(catalog[static_cast<size_t>(prerequisite)].title);
            chosen.push_back(r);
            continue;
        }
        // The history item most often taken together with this one.
        int partner = -1;
        float best = options.similarStudentsThreshold;
        for (const auto& [item, weight] : student.history) {
            const float s = similarity ? similarity(item, i) : 0.0f;
            if (s >= best) {
                best = s;
                partner = item;
            }
        }
        int interest = -1;
        for (int k = 0; k < static_cast<int>(termsPerInterest.size()) && interest < 0; ++k)
            if (matches(i, termsPerInterest[static_cast<size_t>(k)]))
                interest = k;
        if (partner >= 0)
            r.reason = tr("Students who took %1 also took this").arg(catalog[static_cast<size_t>(partner)].title);
        else if (interest >= 0)
            r.reason = tr("Matches interest %1").arg(student.interests.at(interest));
        else
            r.reason = tr("Popular with students at the center");
        chosen.push_back(r);
    }
    return chosen;
}

} // namespace td::insights
