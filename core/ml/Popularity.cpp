#include "Popularity.h"

namespace td::ml {

void Popularity::fit(const InteractionMatrix& train)
{
    m_counts = Eigen::VectorXf::Zero(train.itemCount());
    const SparseByItem& byItem = train.byItem();
    for (int i = 0; i < train.itemCount(); ++i)
        m_counts[i] = static_cast<float>(byItem.outerIndexPtr()[i + 1] - byItem.outerIndexPtr()[i]);
}

void Popularity::scoreUser(int, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores = m_counts;
}

} // namespace td::ml
