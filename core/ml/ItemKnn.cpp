#include "ItemKnn.h"

#include "Parallel.h"

#include <algorithm>
#include <cmath>

namespace td::ml {

void ItemKnn::fit(const InteractionMatrix& train)
{
    SparseByItem binary = train.byItem();
    for (int k = 0; k < binary.nonZeros(); ++k)
        binary.valuePtr()[k] = 1.0f;
    m_train = train.byUser();
    for (int k = 0; k < m_train.nonZeros(); ++k)
        m_train.valuePtr()[k] = 1.0f;

    const int items = train.itemCount();
    const SparseByItem cooccurrence = (SparseByItem(binary.transpose()) * binary).pruned();
    Eigen::VectorXf norms(items);
    for (int i = 0; i < items; ++i)
        norms[i] = std::sqrt(cooccurrence.coeff(i, i));

    std::vector<std::vector<Eigen::Triplet<float>>> perItem(items);
    parallelFor(
        items,
        [&](int begin, int end) {
            std::vector<std::pair<float, int>> candidates;
            for (int i = begin; i < end; ++i) {
                candidates.clear();
                for (SparseByItem::InnerIterator it(cooccurrence, i); it; ++it) {
                    const int j = static_cast<int>(it.row());
                    if (j == i)
                        continue;
                    const float sim = it.value() / (norms[i] * norms[j] + m_parameters.shrinkage);
                    candidates.emplace_back(sim, j);
                }
                const size_t keep = std::min<size_t>(candidates.size(), static_cast<size_t>(m_parameters.neighbours));
                std::partial_sort(candidates.begin(), candidates.begin() + static_cast<ptrdiff_t>(keep),
                    candidates.end(), [](const auto& a, const auto& b) {
                        return a.first > b.first || (a.first == b.first && a.second < b.second);
                    });
                for (size_t n = 0; n < keep; ++n)
                    perItem[static_cast<size_t>(i)].emplace_back(i, candidates[n].second, candidates[n].first);
            }
        },
        16);
    std::vector<Eigen::Triplet<float>> triplets;
    for (const auto& list : perItem)
        triplets.insert(triplets.end(), list.begin(), list.end());
    m_similarity.resize(items, items);
    m_similarity.setFromTriplets(triplets.begin(), triplets.end());
    m_similarity.makeCompressed();
}

void ItemKnn::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.setZero();
    for (SparseByUser::InnerIterator it(m_train, user); it; ++it) {
        for (SparseByUser::InnerIterator n(m_similarity, it.col()); n; ++n)
            scores[n.col()] += n.value();
    }
}

} // namespace td::ml
