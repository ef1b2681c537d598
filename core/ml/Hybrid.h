#pragma once

#include "Recommender.h"

#include <QString>

#include <functional>
#include <memory>

namespace td::ml {

// A weighted blend of other recommenders' scores, each rescaled to [0, 1] per user. The weights are the
// point of a grid on the simplex that gives the best NDCG@k on a validation split of the training data
// (fitted on the rest); the components are then refitted on all of it.
class Hybrid : public Recommender
{
public:
    struct Component
    {
        QString name;
        std::function<std::unique_ptr<Recommender>()> make;
    };
    struct Parameters
    {
        int k = 10;
        double validationFraction = 0.25;
        int gridSteps = 4; // weights are multiples of 1/gridSteps
        int validationUsers = 2000; // a sample keeps the search cheap on large data
        quint64 seed = 42;
    };

    explicit Hybrid(std::vector<Component> components);
    Hybrid(std::vector<Component> components, Parameters parameters);

    void fit(const InteractionMatrix& train) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;

    // One weight per component, in the order given; they sum to 1.
    const std::vector<double>& weights() const { return m_weights; }
    QStringList componentNames() const;
    // The fitted model of component `index` (for storing it and explaining a score).
    const Recommender& component(int index) const { return *m_models[static_cast<size_t>(index)]; }
    // The best validation NDCG@k found by the search.
    double validationNdcg() const { return m_validationNdcg; }

private:
    std::vector<Component> m_components;
    Parameters m_parameters;
    std::vector<std::unique_ptr<Recommender>> m_models;
    std::vector<double> m_weights;
    double m_validationNdcg = 0;
};

} // namespace td::ml
