#include "InteractionMatrix.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace td::ml {

InteractionMatrix InteractionMatrix::fromInteractions(const std::vector<Interaction>& interactions)
{
    QStringList users;
    QStringList items;
    QHash<QString, int> userIndex;
    QHash<QString, int> itemIndex;
    std::vector<Eigen::Triplet<float>> triplets;
    triplets.reserve(interactions.size());
    for (const Interaction& interaction : interactions) {
        auto u = userIndex.constFind(interaction.user);
        if (u == userIndex.constEnd()) {
            u = userIndex.insert(interaction.user, static_cast<int>(users.size()));
            users.append(interaction.user);
        }
        auto i = itemIndex.constFind(interaction.item);
        if (i == itemIndex.constEnd()) {
            i = itemIndex.insert(interaction.item, static_cast<int>(items.size()));
            items.append(interaction.item);
        }
        triplets.emplace_back(u.value(), i.value(), interaction.weight);
    }
    const int userTotal = static_cast<int>(users.size());
    const int itemTotal = static_cast<int>(items.size());
    return fromTriplets(userTotal, itemTotal, triplets, std::move(users), std::move(items));
}

InteractionMatrix InteractionMatrix::fromTriplets(
    int users, int items, const std::vector<Eigen::Triplet<float>>& triplets, QStringList userIds, QStringList itemIds)
{
    InteractionMatrix m;
    m.m_byUser.resize(users, items);
    m.m_byUser.setFromTriplets(triplets.begin(), triplets.end());
    m.m_byUser.makeCompressed();
    m.m_byItem = m.m_byUser;
    m.m_byItem.makeCompressed();
    if (userIds.isEmpty()) {
        userIds.reserve(users);
        for (int u = 0; u < users; ++u)
            userIds.append(QString::number(u));
    }
    if (itemIds.isEmpty()) {
        itemIds.reserve(items);
        for (int i = 0; i < items; ++i)
            itemIds.append(QString::number(i));
    }
    m.m_userIds = std::move(userIds);
    m.m_itemIds = std::move(itemIds);
    m.m_userIndex.reserve(users);
    for (int u = 0; u < users; ++u)
        m.m_userIndex.insert(m.m_userIds.at(u), u);
    m.m_itemIndex.reserve(items);
    for (int i = 0; i < items; ++i)
        m.m_itemIndex.insert(m.m_itemIds.at(i), i);
    return m;
}

std::vector<std::pair<int, float>> InteractionMatrix::userRow(int user) const
{
    std::vector<std::pair<int, float>> row;
    for (SparseByUser::InnerIterator it(m_byUser, user); it; ++it)
        row.emplace_back(static_cast<int>(it.col()), it.value());
    return row;
}

TrainTestSplit splitPerUser(const InteractionMatrix& all, double testFraction, quint64 seed)
{
    QRandomGenerator random(static_cast<quint32>(seed ^ (seed >> 32)));
    std::vector<Eigen::Triplet<float>> train;
    std::vector<Eigen::Triplet<float>> test;
    train.reserve(static_cast<size_t>(all.nonZeros()));
    for (int u = 0; u < all.userCount(); ++u) {
        auto row = all.userRow(u);
        const int n = static_cast<int>(row.size());
        int held = 0;
        if (n >= 2)
            held = std::clamp(static_cast<int>(std::lround(n * testFraction)), testFraction > 0 ? 1 : 0, n - 1);
        // Fisher-Yates on the first `held` positions is enough to draw them uniformly.
        for (int k = 0; k < held; ++k) {
            const int j = k + static_cast<int>(random.bounded(n - k));
            std::swap(row[k], row[j]);
        }
        for (int k = 0; k < n; ++k)
            (k < held ? test : train).emplace_back(u, row[k].first, row[k].second);
    }
    return {InteractionMatrix::fromTriplets(all.userCount(), all.itemCount(), train, all.userIds(), all.itemIds()),
        InteractionMatrix::fromTriplets(all.userCount(), all.itemCount(), test, all.userIds(), all.itemIds())};
}

} // namespace td::ml
