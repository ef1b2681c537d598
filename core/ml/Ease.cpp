#include "Ease.h"

#include "Parallel.h"

#include <Eigen/Cholesky>

namespace td::ml {

void Ease::fit(const InteractionMatrix& train)
{
    m_train = train.byUser();
    for (int k = 0; k < m_train.nonZeros(); ++k)
        m_train.valuePtr()[k] = 1.0f;
    const int items = train.itemCount();
    const SparseByItem binary = m_train;
    Eigen::MatrixXf gram = Eigen::MatrixXf(SparseByItem(binary.transpose()) * binary);
    gram.diagonal().array() += m_parameters.regularization;

    // The inverse through one Cholesky factorisation; its two triangular solves split by columns over
    // the threads, since Eigen's own products run on one thread without OpenMP.
    const Eigen::LLT<Eigen::MatrixXf> llt(gram);
    Eigen::MatrixXf inverse = Eigen::MatrixXf::Identity(items, items);
    parallelFor(
        items,
        [&](int begin, int end) {
            auto block = inverse.middleCols(begin, end - begin);
            llt.matrixL().solveInPlace(block);
            llt.matrixU().solveInPlace(block);
        },
        64);
    m_weights = -inverse * inverse.diagonal().cwiseInverse().asDiagonal();
    m_weights.diagonal().setZero();
}

void Ease::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.noalias() = (m_train.row(user) * m_weights).transpose();
}

void Ease::scoreUsers(int first, int count, Eigen::Ref<RowMatrixF> scores) const
{
    scores.noalias() = m_train.middleRows(first, count) * m_weights;
}

} // namespace td::ml
