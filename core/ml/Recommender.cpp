#include "Recommender.h"

#include "Parallel.h"

#include <algorithm>
#include <limits>

namespace td::ml {

void Recommender::scoreUsers(int first, int count, Eigen::Ref<RowMatrixF> scores) const
{
    Eigen::VectorXf row(scores.cols());
    for (int r = 0; r < count; ++r) {
        scoreUser(first + r, row);
        scores.row(r) = row.transpose();
    }
}

std::vector<int> topK(const Eigen::Ref<const Eigen::VectorXf>& scores, int k, const std::vector<int>& excluded)
{
    // A bounded min-heap of (score, item): O(n log k), ties broken towards the lower index.
    std::vector<std::pair<float, int>> heap;
    heap.reserve(static_cast<size_t>(k) + 1);
    const auto worse = [](const std::pair<float, int>& a, const std::pair<float, int>& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    auto skip = excluded.begin();
    for (int i = 0; i < scores.size(); ++i) {
        while (skip != excluded.end() && *skip < i)
            ++skip;
        if (skip != excluded.end() && *skip == i)
            continue;
        const float s = scores[i];
        if (static_cast<int>(heap.size()) < k) {
            heap.emplace_back(s, i);
            std::push_heap(heap.begin(), heap.end(), worse);
        } else if (k > 0 && s > heap.front().first) {
            std::pop_heap(heap.begin(), heap.end(), worse);
            heap.back() = {s, i};
            std::push_heap(heap.begin(), heap.end(), worse);
        }
    }
    std::sort_heap(heap.begin(), heap.end(), worse);
    std::vector<int> items;
    items.reserve(heap.size());
    for (const auto& [score, item] : heap)
        items.push_back(item);
    return items;
}

std::vector<int> topKForAllUsers(const Recommender& model, const InteractionMatrix& exclude, int k)
{
    const int users = exclude.userCount();
    const int items = exclude.itemCount();
    std::vector<int> result(static_cast<size_t>(users) * k, -1);
    constexpr int kBlock = 256;
    const int blocks = (users + kBlock - 1) / kBlock;
    parallelFor(
        blocks,
        [&](int firstBlock, int lastBlock) {
            RowMatrixF scores(kBlock, items);
            std::vector<int> seen;
            for (int b = firstBlock; b < lastBlock; ++b) {
                const int first = b * kBlock;
                const int count = std::min(kBlock, users - first);
                model.scoreUsers(first, count, scores.topRows(count));
                for (int r = 0; r < count; ++r) {
                    const int u = first + r;
                    seen.clear();
                    for (SparseByUser::InnerIterator it(exclude.byUser(), u); it; ++it)
                        seen.push_back(static_cast<int>(it.col()));
                    const auto best = topK(scores.row(r).transpose(), k, seen);
                    std::copy(best.begin(), best.end(), result.begin() + static_cast<ptrdiff_t>(u) * k);
                }
            }
        },
        1);
    return result;
}

} // namespace td::ml
