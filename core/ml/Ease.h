#pragma once

#include "Recommender.h"

namespace td::ml {

// EASE (Steck 2019): an item × item weight matrix B with zero diagonal minimising
// |X − XB|² + λ|B|², in closed form B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹.
class Ease : public Recommender
{
public:
    struct Parameters
    {
        float regularization = 200.0f;
    };

    Ease() = default;
    explicit Ease(Parameters parameters)
        : m_parameters(parameters)
    {
    }

    void fit(const InteractionMatrix& train) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    void scoreUsers(int first, int count, Eigen::Ref<RowMatrixF> scores) const override;

    const Eigen::MatrixXf& weights() const { return m_weights; }

private:
    Parameters m_parameters;
    Eigen::MatrixXf m_weights;
    SparseByUser m_train;
};

} // namespace td::ml
