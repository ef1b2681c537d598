#include "RatingModels.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>
#include <random>

namespace td::ml {

void BaselineRatings::fit(const std::vector<Rating>& ratings, int users, int items)
{
    m_userBias = Eigen::VectorXf::Zero(users);
    m_itemBias = Eigen::VectorXf::Zero(items);
    double sum = 0;
    for (const Rating& r : ratings)
        sum += r.value;
    m_mean = ratings.empty() ? 0.0f : static_cast<float>(sum / static_cast<double>(ratings.size()));
    Eigen::VectorXf total(std::max(users, items));
    Eigen::VectorXi count(std::max(users, items));
    for (int pass = 0; pass < m_parameters.passes; ++pass) {
        total.setZero();
        count.setZero();
        for (const Rating& r : ratings) {
            total[r.item] += r.value - m_mean - m_userBias[r.user];
            ++count[r.item];
        }
        for (int i = 0; i < items; ++i)
            m_itemBias[i] = total[i] / (m_parameters.itemRegularization + static_cast<float>(count[i]));
        total.setZero();
        count.setZero();
        for (const Rating& r : ratings) {
            total[r.user] += r.value - m_mean - m_itemBias[r.item];
            ++count[r.user];
        }
        for (int u = 0; u < users; ++u)
            m_userBias[u] = total[u] / (m_parameters.userRegularization + static_cast<float>(count[u]));
    }
}

float BaselineRatings::predict(int user, int item) const
{
    return m_mean + m_userBias[user] + m_itemBias[item];
}

void BiasedMf::fit(const std::vector<Rating>& ratings, int users, int items)
{
    const int f = m_parameters.factors;
    std::mt19937_64 random(m_parameters.seed);
    std::normal_distribution<float> normal(0.0f, m_parameters.initialDeviation);
    m_userFactors = RowMatrixF::NullaryExpr(users, f, [&]() { return normal(random); });
    m_itemFactors = RowMatrixF::NullaryExpr(items, f, [&]() { return normal(random); });
    m_userBias = Eigen::VectorXf::Zero(users);
    m_itemBias = Eigen::VectorXf::Zero(items);
    double sum = 0;
    m_low = ratings.empty() ? 0.0f : ratings.front().value;
    m_high = m_low;
    for (const Rating& r : ratings) {
        sum += r.value;
        m_low = std::min(m_low, r.value);
        m_high = std::max(m_high, r.value);
    }
    m_mean = ratings.empty() ? 0.0f : static_cast<float>(sum / static_cast<double>(ratings.size()));

    // SGD is sequential by nature; one shuffled order per epoch.
    std::vector<size_t> order(ratings.size());
    std::iota(order.begin(), order.end(), size_t {0});
    const float lr = m_parameters.learningRate;
    const float reg = m_parameters.regularization;
    Eigen::VectorXf pu(f);
    for (int epoch = 0; epoch < m_parameters.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        for (const size_t k : order) {
            const Rating& r = ratings[k];
            auto p = m_userFactors.row(r.user);
            auto q = m_itemFactors.row(r.item);
            const float error = r.value - (m_mean + m_userBias[r.user] + m_itemBias[r.item] + p.dot(q));
            m_userBias[r.user] += lr * (error - reg * m_userBias[r.user]);
            m_itemBias[r.item] += lr * (error - reg * m_itemBias[r.item]);
            pu = p.transpose();
            p += lr * (error * q - reg * p);
            q += lr * (error * pu.transpose() - reg * q);
        }
    }
}

float BiasedMf::predict(int user, int item) const
{
    const float raw
        = m_mean + m_userBias[user] + m_itemBias[item] + m_userFactors.row(user).dot(m_itemFactors.row(item));
    return std::clamp(raw, m_low, m_high);
}

RatingReport crossValidateRatings(const std::vector<Rating>& ratings, int users, int items,
    const std::function<std::unique_ptr<RatingModel>()>& make, int folds, quint64 seed)
{
    RatingReport report;
    report.folds = folds;
    std::vector<size_t> order(ratings.size());
    std::iota(order.begin(), order.end(), size_t {0});
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<Rating> train;
    std::vector<Rating> test;
    for (int fold = 0; fold < folds; ++fold) {
        train.clear();
        test.clear();
        for (size_t k = 0; k < order.size(); ++k)
            (static_cast<int>(k % static_cast<size_t>(folds)) == fold ? test : train).push_back(ratings[order[k]]);
        auto model = make();
        QElapsedTimer timer;
        timer.start();
        model->fit(train, users, items);
        report.fitSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
        double squared = 0;
        double absolute = 0;
        for (const Rating& r : test) {
            const double error = r.value - model->predict(r.user, r.item);
            squared += error * error;
            absolute += std::abs(error);
        }
        const double n = std::max<double>(1.0, static_cast<double>(test.size()));
        report.rmse += std::sqrt(squared / n) / folds;
        report.mae += absolute / n / folds;
    }
    return report;
}

} // namespace td::ml
