#pragma once

#include "CsvTable.h"
#include "InteractionMatrix.h"
#include "RatingModels.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace td::ml {

// Explicit ratings read from a table, with the id maps of its users and items.
struct RatingsData
{
    std::vector<Rating> ratings;
    QStringList userIds;
    QStringList itemIds;
};

// Reads the public-data tables the evaluation commands take: columns named in a header, any order.
class DatasetTables
{
    Q_DECLARE_TR_FUNCTIONS(td::ml::DatasetTables)

public:
    // Columns user and item; the weight is the rating column when present (else 1). A timestamp column
    // may be present and is not used: the split is random per user.
    static Result<InteractionMatrix> interactions(const CsvTable& table);
    // Columns user, item, rating.
    static Result<RatingsData> ratings(const CsvTable& table);
    // Item content per item index of `matrix`: columns item and any of kind, category, level, title and
    // tags (separated by ';' or '|'). Items missing from the table get no terms.
    static Result<std::vector<QStringList>> itemTokens(const CsvTable& table, const InteractionMatrix& matrix);
};

} // namespace td::ml
