#pragma once

#include "Recommender.h"

namespace td::ml {

// Item-based nearest neighbours: sim(i, j) = x_i·x_j / (|x_i| |x_j| + shrinkage) over the users'
// (binarised) interactions, keeping each item's `neighbours` most similar items; a user's score for j
// sums the similarities of j to the items the user has.
class ItemKnn : public Recommender
{
public:
    struct Parameters
    {
        float shrinkage = 10.0f;
        int neighbours = 100;
    };

    ItemKnn() = default;
    explicit ItemKnn(Parameters parameters)
        : m_parameters(parameters)
    {
    }

    void fit(const InteractionMatrix& train) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;

    // Item × item similarities after pruning (row i: the neighbours of i).
    const SparseByUser& similarities() const { return m_similarity; }

private:
    Parameters m_parameters;
    SparseByUser m_similarity;
    SparseByUser m_train;
};

} // namespace td::ml
