#include "ImplicitAls.h"

#include "Parallel.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

#if !defined(__GNUC__) && (defined(_M_X64) || defined(_M_IX86))
#include <xmmintrin.h>
#endif

namespace td::ml {

namespace {

// The sparse terms touch one factor row per interaction, 2 M times per CG step on a large center: a
// dot product and an axpy over f floats. Eigen's dynamic-size reductions are out-of-line calls at that
// size, so these work in fixed chunks of 8 that stay in SIMD registers.
using Chunk = Eigen::Array<float, 8, 1>;

inline float dot(const float* a, const float* b, int n)
{
    Chunk sum = Chunk::Zero();
    int k = 0;
    for (; k + 8 <= n; k += 8)
        sum += Eigen::Map<const Chunk>(a + k) * Eigen::Map<const Chunk>(b + k);
    float total = sum.sum();
    for (; k < n; ++k)
        total += a[k] * b[k];
    return total;
}

inline void axpy(float scale, const float* x, float* y, int n)
{
    int k = 0;
    for (; k + 8 <= n; k += 8)
        Eigen::Map<Chunk>(y + k) += scale * Eigen::Map<const Chunk>(x + k);
    for (; k < n; ++k)
        y[k] += scale * x[k];
}

inline void prefetch(const float* address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#elif defined(_M_X64) || defined(_M_IX86)
    _mm_prefetch(reinterpret_cast<const char*>(address), _MM_HINT_T0);
#endif
}

// Calls visit(factor row of Y, weight) for the stored entries of one outer row of `ratings`. The factor
// rows of the next entries are fetched ahead: on the item half-step they are users' rows, 25 MB on a
// large center, and without it each one is a wait on memory. `ratings` is compressed (InteractionMatrix
// keeps both of its views so).
template <typename Sparse, typename Visit>
inline void forEachEntry(const Sparse& ratings, int outer, const RowMatrixF& y, Visit visit)
{
    constexpr int kAhead = 8;
    constexpr int kFloatsPerLine = 16;
    eigen_assert(ratings.isCompressed());
    const int* index = ratings.innerIndexPtr();
    const float* value = ratings.valuePtr();
    const int end = ratings.outerIndexPtr()[outer + 1];
    const int f = static_cast<int>(y.cols());
    for (int k = ratings.outerIndexPtr()[outer]; k < end; ++k) {
        if (k + kAhead < end) {
            const float* ahead = y.row(index[k + kAhead]).data();
            for (int offset = 0; offset < f; offset += kFloatsPerLine)
                prefetch(ahead + offset);
        }
        visit(y.row(index[k]).data(), value[k]);
    }
}

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
    const int blocks = (rows + kBlock - 1) / kBlock;
    const Eigen::MatrixXf yty = y.transpose() * y;
    parallelFor(
        blocks,
        [&](int firstBlock, int lastBlock) {
            Eigen::MatrixXf xs(f, kBlock), r(f, kBlock), p(f, kBlock), ap(f, kBlock);
            Eigen::VectorXf rsOld(kBlock), penalty(kBlock);
            std::vector<char> active(kBlock);
            for (int b = firstBlock; b < lastBlock; ++b) {
                const int first = b * kBlock;
                const int n = std::min(kBlock, rows - first);
                xs.leftCols(n) = x.middleRows(first, n).transpose();
                r.leftCols(n).noalias() = -yty * xs.leftCols(n);
                for (int c = 0; c < n; ++c) {
                    const int known
                        = static_cast<int>(ratings.outerIndexPtr()[first + c + 1] - ratings.outerIndexPtr()[first + c]);
                    penalty[c] = regularization * static_cast<float>(std::max(1, known));
                    r.col(c) -= penalty[c] * xs.col(c);
                    forEachEntry(ratings, first + c, y, [&](const float* yi, float weight) {
                        const float confidence = 1.0f + alpha * weight;
                        axpy(confidence - (confidence - 1.0f) * dot(yi, xs.col(c).data(), f), yi, r.col(c).data(), f);
                    });
                    rsOld[c] = r.col(c).squaredNorm();
                    active[static_cast<size_t>(c)] = rsOld[c] >= kConverged;
                }
                p.leftCols(n) = r.leftCols(n);
                for (int step = 0; step < steps; ++step) {
                    ap.leftCols(n).noalias() = yty * p.leftCols(n);
                    for (int c = 0; c < n; ++c) {
                        if (!active[static_cast<size_t>(c)])
                            continue;
                        ap.col(c) += penalty[c] * p.col(c);
                        forEachEntry(ratings, first + c, y, [&](const float* yi, float weight) {
                            axpy(alpha * weight * dot(yi, p.col(c).data(), f), yi, ap.col(c).data(), f);
                        });
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
    const auto penalty = [this](const RowMatrixF& factors, const auto& ratings) {
        double sum = 0;
        for (Eigen::Index row = 0; row < factors.rows(); ++row) {
            const auto known = ratings.outerIndexPtr()[row + 1] - ratings.outerIndexPtr()[row];
            sum += m_parameters.regularization * std::max<double>(1, known) * factors.row(row).squaredNorm();
        }
        return sum;
    };
    return total + penalty(m_users, train.byUser()) + penalty(m_items, train.byItem());
}

} // namespace td::ml
