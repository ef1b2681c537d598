#include "Hybrid.h"

#include "Parallel.h"
#include "RankingMetrics.h"

#include <QRandomGenerator>

#include <algorithm>

namespace td::ml {

namespace {

void rescale(Eigen::Ref<Eigen::VectorXf> scores)
{
    const float low = scores.minCoeff();
    const float span = scores.maxCoeff() - low;
    if (span > 0)
        scores = (scores.array() - low) / span;
    else
        scores.setZero();
}

// Every way of splitting `steps` units among `parts` components.
void gridPoints(int parts, int steps, std::vector<int>& current, std::vector<std::vector<int>>& out)
{
    if (static_cast<int>(current.size()) == parts - 1) {
        int used = 0;
        for (int v : current)
            used += v;
        current.push_back(steps - used);
        out.push_back(current);
        current.pop_back();
        return;
    }
    int used = 0;
    for (int v : current)
        used += v;
    for (int v = 0; v <= steps - used; ++v) {
        current.push_back(v);
        gridPoints(parts, steps, current, out);
        current.pop_back();
    }
}

std::vector<int> seenItems(const InteractionMatrix& m, int user)
{
    std::vector<int> items;
    for (SparseByUser::InnerIterator it(m.byUser(), user); it; ++it)
        items.push_back(static_cast<int>(it.col()));
    return items;
}

} // namespace

Hybrid::Hybrid(std::vector<Component> components)
    : Hybrid(std::move(components), Parameters())
{
}

Hybrid::Hybrid(std::vector<Component> components, Parameters parameters)
    : m_components(std::move(components))
    , m_parameters(parameters)
{
}

QStringList Hybrid::componentNames() const
{
    QStringList names;
    for (const Component& c : m_components)
        names.append(c.name);
    return names;
}

void Hybrid::fit(const InteractionMatrix& train)
{
    const int parts = static_cast<int>(m_components.size());
    const TrainTestSplit split = splitPerUser(train, m_parameters.validationFraction, m_parameters.seed);
    std::vector<int> users;
    for (int u = 0; u < split.test.userCount(); ++u) {
        if (split.test.byUser().outerIndexPtr()[u + 1] > split.test.byUser().outerIndexPtr()[u])
            users.push_back(u);
    }
    QRandomGenerator random(static_cast<quint32>(m_parameters.seed));
    if (static_cast<int>(users.size()) > m_parameters.validationUsers) {
        std::shuffle(users.begin(), users.end(), random);
        users.resize(static_cast<size_t>(m_parameters.validationUsers));
        std::sort(users.begin(), users.end());
    }

    // Scores of each component for the sampled validation users, rescaled once.
    const int items = train.itemCount();
    std::vector<RowMatrixF> scores;
    for (const Component& c : m_components) {
        auto model = c.make();
        model->fit(split.train);
        RowMatrixF s(static_cast<Eigen::Index>(users.size()), items);
        parallelFor(
            static_cast<int>(users.size()),
            [&](int begin, int end) {
                Eigen::VectorXf row(items);
                for (int r = begin; r < end; ++r) {
                    model->scoreUser(users[static_cast<size_t>(r)], row);
                    rescale(row);
                    s.row(r) = row.transpose();
                }
            },
            16);
        scores.push_back(std::move(s));
    }

    std::vector<std::vector<int>> grid;
    std::vector<int> current;
    gridPoints(parts, m_parameters.gridSteps, current, grid);
    std::vector<double> quality(grid.size(), 0.0);
    parallelFor(
        static_cast<int>(grid.size()),
        [&](int begin, int end) {
            Eigen::VectorXf blended(items);
            for (int g = begin; g < end; ++g) {
                double sum = 0;
                for (size_t r = 0; r < users.size(); ++r) {
                    blended.setZero();
                    for (int c = 0; c < parts; ++c) {
                        const int w = grid[static_cast<size_t>(g)][static_cast<size_t>(c)];
                        if (w > 0)
                            blended += static_cast<float>(w)
                                * scores[static_cast<size_t>(c)].row(static_cast<Eigen::Index>(r)).transpose();
                    }
                    const auto ranked = topK(blended, m_parameters.k, seenItems(split.train, users[r]));
                    sum += ndcgAtK(ranked, seenItems(split.test, users[r]), m_parameters.k);
                }
                quality[static_cast<size_t>(g)] = users.empty() ? 0.0 : sum / static_cast<double>(users.size());
            }
        },
        1);
    // Ties go to the earliest grid point, which keeps the choice reproducible.
    const size_t best = static_cast<size_t>(std::max_element(quality.begin(), quality.end()) - quality.begin());
    m_validationNdcg = quality.empty() ? 0.0 : quality[best];
    m_weights.assign(static_cast<size_t>(parts), parts > 0 ? 1.0 / parts : 0.0);
    if (!grid.empty()) {
        for (int c = 0; c < parts; ++c)
            m_weights[static_cast<size_t>(c)]
                = static_cast<double>(grid[best][static_cast<size_t>(c)]) / m_parameters.gridSteps;
    }

    m_models.clear();
    for (int c = 0; c < parts; ++c) {
        auto model = m_components[static_cast<size_t>(c)].make();
        if (m_weights[static_cast<size_t>(c)] > 0)
            model->fit(train);
        m_models.push_back(std::move(model));
    }
}

void Hybrid::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.setZero();
    Eigen::VectorXf part(scores.size());
    for (size_t c = 0; c < m_models.size(); ++c) {
        if (m_weights[c] <= 0)
            continue;
        m_models[c]->scoreUser(user, part);
        rescale(part);
        scores += static_cast<float>(m_weights[c]) * part;
    }
}

} // namespace td::ml
