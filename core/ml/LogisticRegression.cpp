#include "LogisticRegression.h"

#include <Eigen/Cholesky>
#include <algorithm>
#include <cmath>

namespace td::ml {

namespace {

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

} // namespace

void LogisticRegression::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    // Population standard deviation, as StandardScaler; a constant column is left unscaled.
    m_mean = x.colwise().mean().transpose();
    m_deviation = ((x.rowwise() - m_mean.transpose()).array().square().colwise().sum() / std::max<double>(1.0, n))
                      .sqrt()
                      .transpose();
    for (Eigen::Index j = 0; j < d; ++j) {
        if (m_deviation[j] <= 1e-12)
            m_deviation[j] = 1.0;
    }
    // Design matrix with the intercept as the last column.
    Eigen::MatrixXd z(n, d + 1);
    z.leftCols(d) = (x.rowwise() - m_mean.transpose()).array().rowwise() / m_deviation.transpose().array();
    z.col(d).setOnes();

    Eigen::VectorXd beta = Eigen::VectorXd::Zero(d + 1);
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(d + 1, m_parameters.l2);
    penalty[d] = 0;
    m_converged = false;
    Eigen::MatrixXd weighted(n, d + 1);
    for (m_iterations = 1; m_iterations <= m_parameters.maxIterations; ++m_iterations) {
        const Eigen::VectorXd p = (z * beta).unaryExpr(&sigmoid);
        const Eigen::VectorXd w = (p.array() * (1.0 - p.array())).max(1e-12).matrix();
        const Eigen::VectorXd gradient = z.transpose() * (p - y) + penalty.cwiseProduct(beta);
        weighted = z.array().colwise() * w.array().sqrt();
        Eigen::MatrixXd hessian = Eigen::MatrixXd::Zero(d + 1, d + 1);
        hessian.selfadjointView<Eigen::Lower>().rankUpdate(weighted.transpose());
        hessian.diagonal() += penalty;
        const Eigen::VectorXd step = hessian.selfadjointView<Eigen::Lower>().llt().solve(gradient);
        beta -= step;
        if (step.cwiseAbs().maxCoeff() < m_parameters.tolerance) {
            m_converged = true;
            break;
        }
    }
    m_iterations = std::min(m_iterations, m_parameters.maxIterations);
    m_weights = beta.head(d);
    m_intercept = beta[d];
}

double LogisticRegression::probability(const Eigen::Ref<const Eigen::RowVectorXd>& row) const
{
    return sigmoid(contributions(row).sum() + m_intercept);
}

Eigen::VectorXd LogisticRegression::predictProbability(const Eigen::MatrixXd& x) const
{
    const Eigen::VectorXd scaled = m_weights.cwiseQuotient(m_deviation);
    const double offset = m_intercept - scaled.dot(m_mean);
    return ((x * scaled).array() + offset).matrix().unaryExpr(&sigmoid);
}

Eigen::VectorXd LogisticRegression::contributions(const Eigen::Ref<const Eigen::RowVectorXd>& row) const
{
    return m_weights.cwiseProduct((row.transpose() - m_mean).cwiseQuotient(m_deviation));
}

std::vector<double> LogisticRegression::toVector() const
{
    std::vector<double> values;
    const Eigen::Index d = m_weights.size();
    values.reserve(static_cast<size_t>(3 * d + 2));
    values.push_back(static_cast<double>(d));
    values.push_back(m_intercept);
    for (Eigen::Index j = 0; j < d; ++j) {
        values.push_back(m_weights[j]);
        values.push_back(m_mean[j]);
        values.push_back(m_deviation[j]);
    }
    return values;
}

LogisticRegression LogisticRegression::fromVector(const std::vector<double>& values)
{
    LogisticRegression model;
    if (values.size() < 2)
        return model;
    const auto d = static_cast<Eigen::Index>(values[0]);
    if (values.size() != static_cast<size_t>(3 * d + 2))
        return model;
    model.m_intercept = values[1];
    model.m_weights.resize(d);
    model.m_mean.resize(d);
    model.m_deviation.resize(d);
    for (Eigen::Index j = 0; j < d; ++j) {
        model.m_weights[j] = values[static_cast<size_t>(2 + 3 * j)];
        model.m_mean[j] = values[static_cast<size_t>(3 + 3 * j)];
        model.m_deviation[j] = values[static_cast<size_t>(4 + 3 * j)];
    }
    model.m_converged = true;
    return model;
}

std::vector<Factor> topFactors(const LogisticRegression& model, const QStringList& featureNames,
    const Eigen::Ref<const Eigen::RowVectorXd>& row, int n)
{
    const Eigen::VectorXd c = model.contributions(row);
    std::vector<Factor> factors;
    for (Eigen::Index j = 0; j < c.size(); ++j)
        factors.push_back({j < featureNames.size() ? featureNames.at(j) : QString::number(j), c[j]});
    std::stable_sort(factors.begin(), factors.end(),
        [](const Factor& a, const Factor& b) { return std::abs(a.contribution) > std::abs(b.contribution); });
    if (static_cast<int>(factors.size()) > n)
        factors.resize(static_cast<size_t>(n));
    return factors;
}

} // namespace td::ml
