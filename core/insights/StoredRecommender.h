#pragma once

#include "ml/ContentBased.h"
#include "ml/Hybrid.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace td::insights {

// A fitted hybrid recommender in a form that can be stored and that scores any student from their
// current history, including one who was not in the training data: popularity, item-kNN and EASE are
// item-level, ALS folds the student in from the item factors, content-based uses the stated interests.
class StoredRecommender
{
public:
    // hybrid's components must be named pop, itemknn, als, ease and optionally content (as
    // ml::RecommenderEvaluation builds them); tokens per item index, as given to the content part.
    static StoredRecommender fromHybrid(
        const ml::Hybrid& hybrid, const QStringList& itemIds, const std::vector<QStringList>& itemTokens);

    QByteArray toBytes() const;
    static std::optional<StoredRecommender> fromBytes(const QByteArray& bytes);

    const QStringList& itemIds() const { return m_itemIds; }
    const QStringList& components() const { return m_components; }
    const std::vector<double>& weights() const { return m_weights; }

    // Blended scores per item for a history (item index, weight) and interest terms
    // (ml::interestTokens); a student without history gets popularity and interests half and half.
    Eigen::VectorXf score(const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const;
    // How often `a` and `b` are taken by the same students (item-kNN cosine, 0 when not neighbours).
    float similarity(int a, int b) const;

private:
    Eigen::VectorXf componentScore(
        const QString& name, const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const;
    void prepare();

    QStringList m_itemIds;
    std::vector<QStringList> m_itemTokens;
    QStringList m_components;
    std::vector<double> m_weights;
    Eigen::VectorXf m_popularity;
    Eigen::MatrixXf m_neighbours; // item-kNN similarities, row i: the neighbours of i
    Eigen::MatrixXf m_ease;
    ml::RowMatrixF m_alsItems;
    float m_alsRegularization = 0.05f;
    float m_alsAlpha = 10.0f;
    // Derived on load.
    Eigen::MatrixXf m_alsGram;
    std::shared_ptr<ml::ContentBased> m_content;
};

} // namespace td::insights
