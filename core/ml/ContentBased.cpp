#include "ContentBased.h"

#include <cmath>
#include <map>

namespace td::ml {

namespace {

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

void flushRun(const QString& run, bool han, QStringList& tokens)
{
    if (run.isEmpty())
        return;
    if (!han) {
        if (run.size() >= 2)
            tokens.append(run);
        return;
    }
    if (run.size() == 1) {
        tokens.append(run);
        return;
    }
    for (qsizetype k = 0; k + 1 < run.size(); ++k)
        tokens.append(run.mid(k, 2));
}

} // namespace

QStringList textTokens(const QString& text)
{
    QStringList tokens;
    QString run;
    bool runIsHan = false;
    for (const QChar c : text.toLower()) {
        const bool han = isHan(c);
        if (!c.isLetterOrNumber() || (!run.isEmpty() && han != runIsHan)) {
            flushRun(run, runIsHan, tokens);
            run.clear();
        }
        if (c.isLetterOrNumber()) {
            run.append(c);
            runIsHan = han;
        }
    }
    flushRun(run, runIsHan, tokens);
    return tokens;
}

QStringList contentTokens(const ItemContent& content)
{
    QStringList tokens;
    const auto add = [&tokens](const QString& prefix, const QString& value) {
        const QString v = value.trimmed().toLower();
        if (!v.isEmpty())
            tokens.append(prefix + v);
    };
    add(QStringLiteral("kind:"), content.kind);
    add(QStringLiteral("cat:"), content.category);
    add(QStringLiteral("level:"), content.level);
    for (const QString& tag : content.tags)
        add(QStringLiteral("tag:"), tag);
    for (const QString& word : textTokens(content.title))
        tokens.append(QStringLiteral("w:") + word);
    return tokens;
}

QStringList interestTokens(const QString& interest)
{
    const QString v = interest.trimmed().toLower();
    if (v.isEmpty())
        return {};
    QStringList tokens = {QStringLiteral("tag:") + v, QStringLiteral("cat:") + v};
    for (const QString& word : textTokens(v))
        tokens.append(QStringLiteral("w:") + word);
    return tokens;
}

ContentBased::ContentBased(std::vector<QStringList> itemTokens, std::vector<QStringList> userInterests)
    : ContentBased(std::move(itemTokens), std::move(userInterests), Parameters())
{
}

ContentBased::ContentBased(
    std::vector<QStringList> itemTokens, std::vector<QStringList> userInterests, Parameters parameters)
    : m_parameters(parameters)
    , m_itemTokens(std::move(itemTokens))
    , m_userInterests(std::move(userInterests))
{
}

void ContentBased::fit(const InteractionMatrix& train)
{
    m_train = train.byUser();
    const int items = train.itemCount();
    m_vocabulary.clear();
    m_terms.clear();
    std::vector<int> documentFrequency;
    // Ordered by term, so the sums below (and the ranking's ties) are the same in every run: QHash's
    // order changes from process to process.
    std::vector<std::map<int, int>> termCounts(static_cast<size_t>(items));
    for (int i = 0; i < items && i < static_cast<int>(m_itemTokens.size()); ++i) {
        for (const QString& token : m_itemTokens[static_cast<size_t>(i)]) {
            auto found = m_vocabulary.constFind(token);
            if (found == m_vocabulary.constEnd()) {
                found = m_vocabulary.insert(token, static_cast<int>(m_terms.size()));
                m_terms.append(token);
                documentFrequency.push_back(0);
            }
            int& count = termCounts[static_cast<size_t>(i)][found.value()];
            if (count++ == 0)
                ++documentFrequency[static_cast<size_t>(found.value())];
        }
    }
    std::vector<Eigen::Triplet<float>> triplets;
    for (int i = 0; i < items; ++i) {
        const auto& counts = termCounts[static_cast<size_t>(i)];
        std::vector<Eigen::Triplet<float>> row;
        float norm = 0;
        for (const auto& [term, count] : counts) {
            // Smoothed idf as in scikit-learn: a term in every item still counts a little.
            const float idf = std::log((1.0f + items) / (1.0f + documentFrequency[static_cast<size_t>(term)])) + 1.0f;
            const float w = static_cast<float>(count) * idf;
            row.emplace_back(i, term, w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (const auto& t : row)
            triplets.emplace_back(t.row(), t.col(), t.value() / norm);
    }
    m_itemProfiles.resize(items, static_cast<int>(m_terms.size()));
    m_itemProfiles.setFromTriplets(triplets.begin(), triplets.end());
    m_itemProfiles.makeCompressed();
}

Eigen::SparseVector<float> ContentBased::profile(
    const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const
{
    Eigen::VectorXf dense = Eigen::VectorXf::Zero(m_itemProfiles.cols());
    for (const auto& [item, weight] : history) {
        for (SparseByUser::InnerIterator it(m_itemProfiles, item); it; ++it)
            dense[it.col()] += weight * it.value();
    }
    for (const QString& term : interestTerms) {
        const int t = m_vocabulary.value(term, -1);
        if (t >= 0)
            dense[t] += m_parameters.interestWeight;
    }
    const float norm = dense.norm();
    if (norm > 0)
        dense /= norm;
    return dense.sparseView();
}

Eigen::VectorXf ContentBased::scoreProfile(
    const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const
{
    const Eigen::SparseVector<float> p = profile(history, interestTerms);
    return m_itemProfiles * Eigen::VectorXf(p);
}

QString ContentBased::strongestTerm(
    const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms, int item) const
{
    const Eigen::VectorXf p = profile(history, interestTerms);
    float best = 0;
    QString term;
    for (SparseByUser::InnerIterator it(m_itemProfiles, item); it; ++it) {
        const float contribution = it.value() * p[it.col()];
        if (contribution > best) {
            best = contribution;
            term = m_terms.at(it.col());
        }
    }
    return term;
}

void ContentBased::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    std::vector<std::pair<int, float>> history;
    for (SparseByUser::InnerIterator it(m_train, user); it; ++it)
        history.emplace_back(static_cast<int>(it.col()), 1.0f);
    const QStringList noInterests;
    const QStringList& interests
        = user < static_cast<int>(m_userInterests.size()) ? m_userInterests[static_cast<size_t>(user)] : noInterests;
    scores = scoreProfile(history, interests);
}

} // namespace td::ml
