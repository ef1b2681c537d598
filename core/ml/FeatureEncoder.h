#pragma once

#include "CsvTable.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <Eigen/Core>
#include <vector>

namespace td::ml {

// Turns table columns into model inputs, learned from training rows only (so cross-validation does
// not leak): a numeric column stays one number, its missing cells get the training mean plus a
// "column (missing)" indicator; any other column becomes one 0/1 column per value seen in training,
// missing being a value of its own.
class FeatureEncoder
{
public:
    void fit(const CsvTable& table, const std::vector<int>& rows, const std::vector<int>& columns);
    Eigen::MatrixXd transform(const CsvTable& table, const std::vector<int>& rows) const;
    const QStringList& featureNames() const { return m_names; }

    // Empty, "NA", "N/A", "NaN", "null" and "?" count as missing.
    static bool isMissing(const QString& cell);

private:
    struct Column
    {
        int source = 0;
        bool numeric = true;
        double mean = 0;
        bool missingIndicator = false;
        QStringList categories;
        QHash<QString, int> categoryIndex;
    };
    std::vector<Column> m_columns;
    QStringList m_names;
};

// A two-valued label column as 0/1. "1", "true", "yes" (any case) is the positive class when present;
// otherwise the value that sorts last.
class BinaryLabel
{
    Q_DECLARE_TR_FUNCTIONS(td::ml::BinaryLabel)

public:
    static Result<BinaryLabel> fromColumn(const CsvTable& table, const QString& name);

    Eigen::VectorXd values;
    QString positive;
    int column = -1;
};

} // namespace td::ml
