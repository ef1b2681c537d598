#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <Eigen/SparseCore>
#include <vector>

namespace td::ml {

// One observed (user, item) signal; its weight is a count, a rating or a sum of signal weights.
struct Interaction
{
    QString user;
    QString item;
    float weight = 1.0f;
};

using SparseByUser = Eigen::SparseMatrix<float, Eigen::RowMajor, int>;
using SparseByItem = Eigen::SparseMatrix<float, Eigen::ColMajor, int>;

// Users × items, kept both row-major (a user's items) and column-major (an item's users), with the
// maps between external ids and row/column indices.
class InteractionMatrix
{
public:
    InteractionMatrix() = default;
    // Repeated (user, item) pairs are summed.
    static InteractionMatrix fromInteractions(const std::vector<Interaction>& interactions);
    // Index triplets with fixed sizes; the ids default to the indices as text.
    static InteractionMatrix fromTriplets(int users, int items, const std::vector<Eigen::Triplet<float>>& triplets,
        QStringList userIds = {}, QStringList itemIds = {});

    int userCount() const { return static_cast<int>(m_byUser.rows()); }
    int itemCount() const { return static_cast<int>(m_byUser.cols()); }
    qint64 nonZeros() const { return m_byUser.nonZeros(); }

    const SparseByUser& byUser() const { return m_byUser; }
    const SparseByItem& byItem() const { return m_byItem; }

    const QStringList& userIds() const { return m_userIds; }
    const QStringList& itemIds() const { return m_itemIds; }
    // -1 when unknown.
    int userIndex(const QString& id) const { return m_userIndex.value(id, -1); }
    int itemIndex(const QString& id) const { return m_itemIndex.value(id, -1); }

    // Interactions of a user as (item index, weight) pairs.
    std::vector<std::pair<int, float>> userRow(int user) const;

private:
    SparseByUser m_byUser;
    SparseByItem m_byItem;
    QStringList m_userIds;
    QStringList m_itemIds;
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_itemIndex;
};

// The same users and items split in two: per user, a random share of the interactions is held out.
struct TrainTestSplit
{
    InteractionMatrix train;
    InteractionMatrix test;
};

// Each user with at least two interactions gives round(n × testFraction) of them (at least one, never
// all) to the test part; users with a single interaction keep it for training.
TrainTestSplit splitPerUser(const InteractionMatrix& all, double testFraction, quint64 seed);

} // namespace td::ml
