#pragma once

#include "common/Result.h"
#include "ml/InteractionMatrix.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace td {
class Database;
}

namespace td::insights {

// How much each kind of signal says about interest in an item; read from the center's settings.
struct SignalWeights
{
    double enrollment = 3;
    double attendance = 0.25;
    double purchase = 2;
    double membership = 1;
    double onlinePurchase = 3;
    double onlineProgress = 2; // at 100 %
    double feedback = 0.5; // per rating point above 3

    static SignalWeights fromSettings(const Database& db);
};

// One catalog item as the recommenders and the desk's rules see it.
struct CatalogEntry
{
    qint64 id = 0;
    QString kind;
    QString title;
    QString category;
    int level = 0;
    qint64 prerequisiteId = 0;
    QStringList tags;
    bool active = true;

    bool isOffline() const;
};

// What the desk knows of one student and the catalog: the weighted history (item index, weight), the
// items they own or are taking (never offered again), those they finished, and stated interests.
struct StudentItems
{
    std::vector<std::pair<int, float>> history;
    QSet<int> owned;
    QSet<int> finished;
    QStringList interests;
};

// The interaction matrix of a center, from everything the desk records: enrollments, attended sessions,
// pack/course/drop-in purchases, memberships, online purchases and progress, and feedback ratings.
class CenterInteractions
{
public:
    // Every student with a signal or a stated interest, or only `onlyStudent` when non-zero. Memberships
    // ending before `today` are history, not owned.
    static Result<CenterInteractions> load(
        const Database& db, const SignalWeights& weights, const QDate& today, qint64 onlyStudent = 0);

    const std::vector<CatalogEntry>& catalog() const { return m_catalog; }
    // -1 when unknown.
    int itemIndex(qint64 itemId) const { return m_itemIndex.value(itemId, -1); }
    // Item terms for content-based scoring (kind, category, level, tags, prerequisite, title words).
    std::vector<QStringList> itemTokens() const;

    // Students (by id) with at least one positive signal, in id order: the rows of matrix().
    QList<qint64> studentsWithHistory() const;
    // Students × every catalog item; ids are the student and item ids as text.
    ml::InteractionMatrix matrix() const;
    // Empty for a student without signals.
    StudentItems student(qint64 studentId) const { return m_students.value(studentId); }

private:
    void add(qint64 student, qint64 item, double weight);

    std::vector<CatalogEntry> m_catalog;
    QHash<qint64, int> m_itemIndex;
    QHash<qint64, StudentItems> m_students;
    QHash<qint64, QHash<int, double>> m_weights;
};

} // namespace td::insights
