#include "ImplicitAls.h"

#include "Parallel.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace td::ml {

namespace {

// One half-step: solve every row of X against the fixed factors Y, for the rows of `ratings`
// (X's rows are the outer dimension of `ratings`, Y's rows its inner indices). Rows go through
// conjugate gradient in blocks, in lockstep, so that the dense part of every step, YᵀY·p, is one
// matrix product per block instead of a matrix-vector product per row.
template <typename Sparse>
void solveRows(RowMatrixF& x, const RowMatrixF& y, const Sparse& ratings, float regularization, float alpha, int steps)
{
    constexpr int kBlock = 128;
    constexpr float kConverged = 1e-20f;
    const int f = static_cast<int>(y.cols());
    const int rows = static_cast<int>(x.rows());
    Eigen::MatrixXf yty = y.transpose() * y;
    yty.diagonal().array() += regularization;
    parallelFor((rows + kBlock - 1) / kBlock,
        [&](int firstBlock, int lastBlock) {
            Eigen::MatrixXf xs(f, kBlock), r(f, kBlock), p(f, kBlock), ap(f, kBlock);
            Eigen::VectorXf rsOld(kBlock);
            std::vector<char> active(kBlock);
            for (int b = firstBlock; b < lastBlock; ++b) {
                const int first = b * kBlock;
                const int n = std::min(kBlock, rows - first);
                xs.leftCols(n) = x.middleRows(first, n).transpose();
                r.leftCols(n).noalias() = -yty * xs.leftCols(n);
                for (int c = 0; c < n; ++c) {
                    for (typename Sparse::InnerIterator it(ratings, first + c); it; ++it) {
                        const float confidence = 1.0f + alpha * it.value();
                        const auto yi = y.row(it.index());
                        r.col(c) += (confidence - (confidence - 1.0f) * yi.dot(xs.col(c).transpose())) * yi.transpose();
                    }
                    rsOld[c] = r.col(c).squaredNorm();
                    active[static_cast<size_t>(c)] = rsOld[c] >= kConverged;
                }
                p.leftCols(n) = r.leftCols(n);
                for (int step = 0; step < steps; ++step) {
                    ap.leftCols(n).noalias() = yty * p.leftCols(n);
                    for (int c = 0; c < n; ++c) {
                        if (!active[static_cast<size_t>(c)])
                            continue;
                        for (typename Sparse::InnerIterator it(ratings, first + c); it; ++it) {
                            const auto yi = y.row(it.index());
                            ap.col(c) += (alpha * it.value() * yi.dot(p.col(c).transpose())) * yi.transpose();
                        }
                        const float a = rsOld[c] / p.col(c).dot(ap.col(c));
                        xs.col(c) += a * p.col(c);
                        r.col(c) -= a * ap.col(c);
                        const float rsNew = r.col(c).squaredNorm();
                        if (rsNew < kConverged) {
                            active[static_cast<size_t>(c)] = 0;
                            p.col(c).setZero();
                            continue;
                        }
                        p.col(c) = r.col(c) + (rsNew / rsOld[c]) * p.col(c);
                        rsOld[c] = rsNew;
                    }
                }
                x.middleRows(first, n) = xs.leftCols(n).transpose();
            }
        },
        1);
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
