#pragma once

#include "Recommender.h"

#include <QtGlobal>

namespace td::ml {

// Implicit-feedback matrix factorisation (Hu, Koren and Volinsky 2008): preference 1 for every
// observed pair with confidence 1 + alpha·weight, 0 with confidence 1 elsewhere; each half-step solves
// the users' (or items') regularised least squares with a few conjugate-gradient steps warm-started
// from the previous factors (Takács, Pilászy and Tikk 2011), so a step costs O(nnz·f + n·f²). The
// penalty of each user and item grows with its number of interactions (see Parameters).
class ImplicitAls : public Recommender
{
public:
    struct Parameters
    {
        int factors = 64;
        int iterations = 15;
        // Per interaction: a row with n interactions is penalised regularization·max(1, n)·|factors|²
        // (weighted-λ, Zhou et al. 2008), so one value suits small and large centers (docs/MODELS.md).
        float regularization = 5.0f;
        float alpha = 10.0f;
        int conjugateGradientSteps = 3;
        quint64 seed = 42;
    };

    ImplicitAls() = default;
    explicit ImplicitAls(Parameters parameters)
        : m_parameters(parameters)
    {
    }

    void fit(const InteractionMatrix& train) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    void scoreUsers(int first, int count, Eigen::Ref<RowMatrixF> scores) const override;

    const Parameters& parameters() const { return m_parameters; }
    const RowMatrixF& userFactors() const { return m_users; }
    const RowMatrixF& itemFactors() const { return m_items; }
    // The weighted squared error plus penalty that each iteration lowers (for tests; O(users·items)).
    double loss(const InteractionMatrix& train) const;

private:
    Parameters m_parameters;
    RowMatrixF m_users;
    RowMatrixF m_items;
};

} // namespace td::ml
