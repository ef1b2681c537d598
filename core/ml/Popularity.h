#pragma once

#include "Recommender.h"

namespace td::ml {

// Items ranked by how many users have them: the baseline every other recommender must beat.
class Popularity : public Recommender
{
public:
    void fit(const InteractionMatrix& train) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    const Eigen::VectorXf& itemScores() const { return m_counts; }

private:
    Eigen::VectorXf m_counts;
};

} // namespace td::ml
