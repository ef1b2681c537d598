#pragma once

#include <QStringList>

#include <Eigen/Core>
#include <vector>

namespace td::ml {

// Binary logistic regression with an L2 penalty on standardised features, fitted by Newton's method
// (iteratively reweighted least squares). It minimises Σ log-loss + λ/2·|w|² with the intercept left
// unpenalised, i.e. scikit-learn's LogisticRegression(C = 1/λ) after a StandardScaler.
class LogisticRegression
{
public:
    struct Parameters
    {
        double l2 = 1.0;
        int maxIterations = 100;
        double tolerance = 1e-10; // on the largest change of a coefficient
    };

    LogisticRegression() = default;
    explicit LogisticRegression(Parameters parameters)
        : m_parameters(parameters)
    {
    }

    // x: one row per example; y: 0 or 1.
    void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y);
    Eigen::VectorXd predictProbability(const Eigen::MatrixXd& x) const;
    double probability(const Eigen::Ref<const Eigen::RowVectorXd>& row) const;

    // Coefficients on the standardised scale, and the intercept.
    const Eigen::VectorXd& coefficients() const { return m_weights; }
    double intercept() const { return m_intercept; }
    const Eigen::VectorXd& means() const { return m_mean; }
    const Eigen::VectorXd& deviations() const { return m_deviation; }
    int iterations() const { return m_iterations; }
    bool converged() const { return m_converged; }

    // Each feature's pull on this row's log-odds: coefficient × standardised value.
    Eigen::VectorXd contributions(const Eigen::Ref<const Eigen::RowVectorXd>& row) const;

    // Everything predict needs, as plain numbers (for storing a trained model).
    std::vector<double> toVector() const;
    static LogisticRegression fromVector(const std::vector<double>& values);

private:
    Parameters m_parameters;
    Eigen::VectorXd m_mean;
    Eigen::VectorXd m_deviation;
    Eigen::VectorXd m_weights;
    double m_intercept = 0;
    int m_iterations = 0;
    bool m_converged = false;
};

// A feature's pull on one prediction, for "why this score".
struct Factor
{
    QString feature;
    double contribution = 0; // in log-odds; positive raises the probability
};

// The n factors of largest magnitude, strongest first.
std::vector<Factor> topFactors(const LogisticRegression& model, const QStringList& featureNames,
    const Eigen::Ref<const Eigen::RowVectorXd>& row, int n);

} // namespace td::ml
