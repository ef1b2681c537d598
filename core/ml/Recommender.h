#pragma once

#include "InteractionMatrix.h"

#include <Eigen/Core>
#include <vector>

namespace td::ml {

using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// A model that, once fitted on a users × items matrix, scores every item for a user of that matrix
// (higher is better; only the order matters).
class Recommender
{
public:
    virtual ~Recommender() = default;

    virtual void fit(const InteractionMatrix& train) = 0;
    // scores has itemCount() entries.
    virtual void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const = 0;
    // Scores for users first..first+count-1, one row each; models with factors override this with a
    // matrix product.
    virtual void scoreUsers(int first, int count, Eigen::Ref<RowMatrixF> scores) const;
};

// The k best items per user, flattened (user u's items at [u*k, u*k+k), -1 where fewer exist), items
// the user has in `exclude` left out. Runs users in parallel.
std::vector<int> topKForAllUsers(const Recommender& model, const InteractionMatrix& exclude, int k);

// The k best item indices of one score vector, skipping the items of `excluded` (sorted ascending).
std::vector<int> topK(const Eigen::Ref<const Eigen::VectorXf>& scores, int k, const std::vector<int>& excluded = {});

} // namespace td::ml
