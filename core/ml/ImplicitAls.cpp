#include "ImplicitAls.h"

#include "Parallel.h"

#include <QRandomGenerator>

#include <cmath>

namespace td::ml {

namespace {

// One half-step: solve every row of X against the fixed factors Y, for the rows of `ratings`
// (X's rows are the outer dimension of `ratings`, Y's rows its inner indices).
template <typename Sparse>
void solveRows(RowMatrixF& x, const RowMatrixF& y, const Sparse& ratings, float regularization, float alpha, int steps)
{
    const int f = static_cast<int>(y.cols());
    Eigen::MatrixXf yty = y.transpose() * y;
    yty.diagonal().array() += regularization;
    parallelFor(
        static_cast<int>(x.rows()),
        [&](int begin, int end) {
            Eigen::VectorXf r(f), p(f), ap(f), xu(f);
            for (int u = begin; u < end; ++u) {
                xu = x.row(u).transpose();
                r.noalias() = -yty * xu;
                for (typename Sparse::InnerIterator it(ratings, u); it; ++it) {
                    const float confidence = 1.0f + alpha * it.value();
                    const auto yi = y.row(it.index());
                    r += (confidence - (confidence - 1.0f) * yi.dot(xu.transpose())) * yi.transpose();
                }
                p = r;
                float rsOld = r.squaredNorm();
                if (rsOld < 1e-20f)
                    continue;
                for (int step = 0; step < steps; ++step) {
                    ap.noalias() = yty * p;
                    for (typename Sparse::InnerIterator it(ratings, u); it; ++it) {
                        const auto yi = y.row(it.index());
                        ap += (alpha * it.value() * yi.dot(p.transpose())) * yi.transpose();
                    }
                    const float a = rsOld / p.dot(ap);
                    xu += a * p;
                    r -= a * ap;
                    const float rsNew = r.squaredNorm();
                    if (rsNew < 1e-20f)
                        break;
                    p = r + (rsNew / rsOld) * p;
                    rsOld = rsNew;
                }
                x.row(u) = xu.transpose();
            }
        },
        32);
}

RowMatrixF randomFactors(int rows, int factors, QRandomGenerator& random)
{
    RowMatrixF m(rows, factors);
    const float scale = 0.01f;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < factors; ++c)
            m(r, c) = scale * static_cast<float>(random.generateDouble() * 2.0 - 1.0);
    }
    return m;
}

} // namespace

void ImplicitAls::fit(const InteractionMatrix& train)
{
    QRandomGenerator random(static_cast<quint32>(m_parameters.seed));
    m_users = randomFactors(train.userCount(), m_parameters.factors, random);
    m_items = randomFactors(train.itemCount(), m_parameters.factors, random);
    for (int iteration = 0; iteration < m_parameters.iterations; ++iteration) {
        solveRows(m_users, m_items, train.byUser(), m_parameters.regularization, m_parameters.alpha,
            m_parameters.conjugateGradientSteps);
        solveRows(m_items, m_users, train.byItem(), m_parameters.regularization, m_parameters.alpha,
            m_parameters.conjugateGradientSteps);
    }
}

void ImplicitAls::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.noalias() = m_items * m_users.row(user).transpose();
}

void ImplicitAls::scoreUsers(int first, int count, Eigen::Ref<RowMatrixF> scores) const
{
    scores.noalias() = m_users.middleRows(first, count) * m_items.transpose();
}

double ImplicitAls::loss(const InteractionMatrix& train) const
{
    const Eigen::MatrixXf predicted = m_users * m_items.transpose();
    Eigen::MatrixXf dense = Eigen::MatrixXf(train.byUser());
    double total = 0;
    for (int u = 0; u < dense.rows(); ++u) {
        for (int i = 0; i < dense.cols(); ++i) {
            const double w = dense(u, i);
            const double preference = w > 0 ? 1.0 : 0.0;
            const double confidence = 1.0 + m_parameters.alpha * w;
            total += confidence * std::pow(preference - predicted(u, i), 2);
        }
    }
    return total + m_parameters.regularization * (m_users.squaredNorm() + m_items.squaredNorm());
}

} // namespace td::ml
