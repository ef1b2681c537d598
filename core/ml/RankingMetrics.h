#pragma once

#include "InteractionMatrix.h"

#include <vector>

namespace td::ml {

// Top-k quality averaged over the users who have at least one relevant (held-out) item.
struct RankingReport
{
    int k = 0;
    int usersEvaluated = 0;
    double precision = 0; // hits / k
    double recall = 0; // hits / relevant
    double ndcg = 0; // binary gains, log2 discount, ideal = min(k, relevant) hits on top
    double map = 0; // average precision at k, normalised by min(k, relevant)
    double coverage = 0; // distinct items recommended to anyone / all items
};

// Per-user metrics of one ranked list against the set of relevant items (sorted ascending).
double precisionAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k);
double recallAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k);
double ndcgAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k);
double averagePrecisionAtK(const std::vector<int>& ranked, const std::vector<int>& relevant, int k);

// recommendations as returned by topKForAllUsers (k per user, -1 for none).
RankingReport evaluateRanking(const std::vector<int>& recommendations, int k, const InteractionMatrix& test);

} // namespace td::ml
