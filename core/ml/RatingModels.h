#pragma once

#include "Recommender.h"

#include <QtGlobal>

#include <vector>

namespace td::ml {

// One explicit rating by index.
struct Rating
{
    int user = 0;
    int item = 0;
    float value = 0;
};

// A model of explicit ratings: fitted on some ratings, predicts any (user, item) of the index space.
class RatingModel
{
public:
    virtual ~RatingModel() = default;
    virtual void fit(const std::vector<Rating>& ratings, int users, int items) = 0;
    virtual float predict(int user, int item) const = 0;
};

// Global mean plus user and item biases (Koren 2010), regularised and fitted by a few alternating passes.
class BaselineRatings : public RatingModel
{
public:
    struct Parameters
    {
        float userRegularization = 15.0f;
        float itemRegularization = 10.0f;
        int passes = 10;
    };

    BaselineRatings() = default;
    explicit BaselineRatings(Parameters parameters)
        : m_parameters(parameters)
    {
    }

    void fit(const std::vector<Rating>& ratings, int users, int items) override;
    float predict(int user, int item) const override;

private:
    Parameters m_parameters;
    float m_mean = 0;
    Eigen::VectorXf m_userBias;
    Eigen::VectorXf m_itemBias;
};

// Biased matrix factorisation r ≈ μ + b_u + b_i + p_u·q_i by stochastic gradient descent (Funk; Koren,
// Bell and Volinsky 2009), with the defaults of the Surprise library's SVD.
class BiasedMf : public RatingModel
{
public:
    struct Parameters
    {
        int factors = 100;
        int epochs = 20;
        float learningRate = 0.005f;
        float regularization = 0.02f;
        float initialDeviation = 0.1f;
        quint64 seed = 42;
    };

    BiasedMf() = default;
    explicit BiasedMf(Parameters parameters)
        : m_parameters(parameters)
    {
    }

    void fit(const std::vector<Rating>& ratings, int users, int items) override;
    float predict(int user, int item) const override;

private:
    Parameters m_parameters;
    float m_mean = 0;
    float m_low = 0;
    float m_high = 0;
    Eigen::VectorXf m_userBias;
    Eigen::VectorXf m_itemBias;
    RowMatrixF m_userFactors;
    RowMatrixF m_itemFactors;
};

struct RatingReport
{
    int folds = 0;
    double rmse = 0; // mean over folds
    double mae = 0;
    double fitSeconds = 0; // total over folds
};

// k-fold cross-validation over the ratings shuffled with seed; `make` builds a fresh model per fold.
RatingReport crossValidateRatings(const std::vector<Rating>& ratings, int users, int items,
    const std::function<std::unique_ptr<RatingModel>()>& make, int folds, quint64 seed);

} // namespace td::ml
