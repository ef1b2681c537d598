#pragma once

#include "Recommender.h"

#include <QHash>
#include <QStringList>

namespace td::ml {

// What the catalog says about an item, for content-based scoring.
struct ItemContent
{
    QString kind;
    QString category;
    QString level;
    QString title;
    QStringList tags;
};

// Words of a free text: lower-cased letter/digit runs of two or more characters; runs of Chinese
// characters become overlapping character bigrams (a lone character stays itself), since titles carry
// no spaces between words.
QStringList textTokens(const QString& text);
// Prefixed terms of an item: "kind:", "cat:", "level:", "tag:", and "w:" for title words.
QStringList contentTokens(const ItemContent& content);
// Terms a stated interest ("piano", "少儿编程") matches: the same text as a tag, a category and title words.
QStringList interestTokens(const QString& interest);

// TF-IDF item profiles (L2-normalised); a user's profile is the weighted sum of the profiles of the
// items they have plus their stated interests, and an item's score is its cosine with that profile.
// A user with no history but stated interests still gets a ranking, which the collaborative models
// cannot give.
class ContentBased : public Recommender
{
public:
    struct Parameters
    {
        float interestWeight = 1.0f; // one interest counts as much as one item of history
    };

    // tokens per item index of the matrix to be fitted; interest terms (interestTokens) per user index.
    explicit ContentBased(std::vector<QStringList> itemTokens, std::vector<QStringList> userInterests = {});
    ContentBased(std::vector<QStringList> itemTokens, std::vector<QStringList> userInterests, Parameters parameters);

    void fit(const InteractionMatrix& train) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;

    // Scores for someone described only by a history (item index, weight) and interest terms.
    Eigen::VectorXf scoreProfile(
        const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const;
    // The shared term that contributes most to item's score for that profile ("" when none).
    QString strongestTerm(
        const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms, int item) const;

private:
    Eigen::SparseVector<float> profile(
        const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const;

    Parameters m_parameters;
    std::vector<QStringList> m_itemTokens;
    std::vector<QStringList> m_userInterests;
    QHash<QString, int> m_vocabulary;
    QStringList m_terms;
    SparseByUser m_itemProfiles; // items × terms
    SparseByUser m_train;
};

} // namespace td::ml
