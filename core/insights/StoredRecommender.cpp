#include "StoredRecommender.h"

#include "ml/Ease.h"
#include "ml/ImplicitAls.h"
#include "ml/ItemKnn.h"
#include "ml/Popularity.h"

#include <QDataStream>
#include <QIODevice>

#include <Eigen/Cholesky>

namespace td::insights {

namespace {

constexpr qint32 kFormat = 1;

void rescale(Eigen::Ref<Eigen::VectorXf> scores)
{
    if (scores.size() == 0)
        return;
    const float low = scores.minCoeff();
    const float span = scores.maxCoeff() - low;
    if (span > 0)
        scores = (scores.array() - low) / span;
    else
        scores.setZero();
}

template <typename M> void writeMatrix(QDataStream& out, const M& m)
{
    out << qint32(m.rows()) << qint32(m.cols());
    for (Eigen::Index r = 0; r < m.rows(); ++r)
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            out << m(r, c);
}

template <typename M> void readMatrix(QDataStream& in, M& m)
{
    qint32 rows = 0;
    qint32 cols = 0;
    in >> rows >> cols;
    if (rows < 0 || cols < 0 || qint64(rows) * cols > (qint64(1) << 31)) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    m.resize(rows, cols);
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c)
            in >> m(r, c);
}

} // namespace

StoredRecommender StoredRecommender::fromHybrid(
    const ml::Hybrid& hybrid, const QStringList& itemIds, const std::vector<QStringList>& itemTokens)
{
    StoredRecommender s;
    s.m_itemIds = itemIds;
    s.m_itemTokens = itemTokens;
    s.m_components = hybrid.componentNames();
    s.m_weights = hybrid.weights();
    const int items = static_cast<int>(itemIds.size());
    for (int c = 0; c < s.m_components.size(); ++c) {
        const ml::Recommender& model = hybrid.component(c);
        if (const auto* pop = dynamic_cast<const ml::Popularity*>(&model)) {
            s.m_popularity = pop->itemScores();
        } else if (const auto* knn = dynamic_cast<const ml::ItemKnn*>(&model)) {
            s.m_neighbours = knn->similarities().toDense();
        } else if (const auto* ease = dynamic_cast<const ml::Ease*>(&model)) {
            s.m_ease = ease->weights();
        } else if (const auto* als = dynamic_cast<const ml::ImplicitAls*>(&model)) {
            s.m_alsItems = als->itemFactors();
            s.m_alsRegularization = als->parameters().regularization;
            s.m_alsAlpha = als->parameters().alpha;
        }
    }
    if (s.m_popularity.size() != items)
        s.m_popularity = Eigen::VectorXf::Zero(items);
    s.prepare();
    return s;
}

void StoredRecommender::prepare()
{
    if (m_alsItems.rows() > 0)
        m_alsGram = m_alsItems.transpose() * m_alsItems;
    m_content = std::make_shared<ml::ContentBased>(m_itemTokens);
    m_content->fit(ml::InteractionMatrix::fromTriplets(0, static_cast<int>(m_itemIds.size()), {}));
}

QByteArray StoredRecommender::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << kFormat << m_itemIds << qint32(m_itemTokens.size());
    for (const QStringList& tokens : m_itemTokens)
        out << tokens;
    out << m_components << QList<double>(m_weights.begin(), m_weights.end());
    writeMatrix(out, Eigen::MatrixXf(m_popularity));
    writeMatrix(out, m_neighbours);
    writeMatrix(out, m_ease);
    writeMatrix(out, m_alsItems);
    out << m_alsRegularization << m_alsAlpha;
    return bytes;
}

std::optional<StoredRecommender> StoredRecommender::fromBytes(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    qint32 format = 0;
    in >> format;
    if (format != kFormat)
        return std::nullopt;
    StoredRecommender s;
    qint32 tokenLists = 0;
    in >> s.m_itemIds >> tokenLists;
    if (tokenLists != s.m_itemIds.size())
        return std::nullopt;
    s.m_itemTokens.resize(static_cast<size_t>(tokenLists));
    for (QStringList& tokens : s.m_itemTokens)
        in >> tokens;
    QList<double> weights;
    in >> s.m_components >> weights;
    s.m_weights.assign(weights.begin(), weights.end());
    Eigen::MatrixXf popularity;
    readMatrix(in, popularity);
    readMatrix(in, s.m_neighbours);
    readMatrix(in, s.m_ease);
    readMatrix(in, s.m_alsItems);
    in >> s.m_alsRegularization >> s.m_alsAlpha;
    const auto items = static_cast<Eigen::Index>(s.m_itemIds.size());
    if (in.status() != QDataStream::Ok || s.m_weights.size() != static_cast<size_t>(s.m_components.size())
        || popularity.size() != items)
        return std::nullopt;
    s.m_popularity = popularity.reshaped();
    s.prepare();
    return s;
}

Eigen::VectorXf StoredRecommender::componentScore(
    const QString& name, const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const
{
    const auto items = static_cast<Eigen::Index>(m_itemIds.size());
    Eigen::VectorXf scores = Eigen::VectorXf::Zero(items);
    if (name == QLatin1String("pop")) {
        scores = m_popularity;
    } else if (name == QLatin1String("itemknn") && m_neighbours.rows() == items) {
        for (const auto& [item, weight] : history)
            scores += m_neighbours.row(item).transpose();
    } else if (name == QLatin1String("ease") && m_ease.rows() == items) {
        for (const auto& [item, weight] : history)
            scores += m_ease.row(item).transpose();
    } else if (name == QLatin1String("als") && m_alsItems.rows() == items && !history.empty()) {
        // Fold-in: the user's factors that the ALS half-step would give with the item factors fixed.
        Eigen::MatrixXf a = m_alsGram;
        a.diagonal().array() += m_alsRegularization * static_cast<float>(history.size()); // per interaction
        Eigen::VectorXf b = Eigen::VectorXf::Zero(m_alsItems.cols());
        for (const auto& [item, weight] : history) {
            const Eigen::VectorXf y = m_alsItems.row(item).transpose();
            const float confidence = 1.0f + m_alsAlpha * weight;
            a.noalias() += (confidence - 1.0f) * y * y.transpose();
            b += confidence * y;
        }
        const Eigen::VectorXf user = a.ldlt().solve(b);
        scores = m_alsItems * user;
    } else if (name == QLatin1String("content")) {
        scores = m_content->scoreProfile(history, interestTerms);
    }
    return scores;
}

Eigen::VectorXf StoredRecommender::score(
    const std::vector<std::pair<int, float>>& history, const QStringList& interestTerms) const
{
    const auto items = static_cast<Eigen::Index>(m_itemIds.size());
    Eigen::VectorXf total = Eigen::VectorXf::Zero(items);
    if (history.empty()) {
        for (const QString& name : {QStringLiteral("pop"), QStringLiteral("content")}) {
            Eigen::VectorXf part = componentScore(name, history, interestTerms);
            rescale(part);
            total += 0.5f * part;
        }
        return total;
    }
    for (int c = 0; c < m_components.size(); ++c) {
        const double weight = m_weights[static_cast<size_t>(c)];
        if (weight <= 0)
            continue;
        Eigen::VectorXf part = componentScore(m_components[c], history, interestTerms);
        rescale(part);
        total += static_cast<float>(weight) * part;
    }
    return total;
}

float StoredRecommender::similarity(int a, int b) const
{
    if (m_neighbours.rows() != static_cast<Eigen::Index>(m_itemIds.size()))
        return 0;
    return std::max(m_neighbours(a, b), m_neighbours(b, a));
}

} // namespace td::insights
