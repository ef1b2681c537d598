#include "FeatureEncoder.h"

#include <algorithm>

namespace td::ml {

bool FeatureEncoder::isMissing(const QString& cell)
{
    const QString v = cell.trimmed();
    return v.isEmpty() || v.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0
        || v.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0
        || v.compare(QLatin1String("NaN"), Qt::CaseInsensitive) == 0
        || v.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0 || v == QLatin1String("?");
}

void FeatureEncoder::fit(const CsvTable& table, const std::vector<int>& rows, const std::vector<int>& columns)
{
    m_columns.clear();
    m_names.clear();
    for (const int source : columns) {
        Column column;
        column.source = source;
        double sum = 0;
        int present = 0;
        bool anyMissing = false;
        for (const int r : rows) {
            const QString& cell = table.rows[r][source];
            if (isMissing(cell)) {
                anyMissing = true;
                continue;
            }
            bool ok = false;
            const double v = cell.trimmed().toDouble(&ok);
            if (!ok)
                column.numeric = false;
            sum += v;
            ++present;
        }
        const QString& name = table.header[source];
        if (column.numeric) {
            column.mean = present > 0 ? sum / present : 0.0;
            column.missingIndicator = anyMissing;
            m_names.append(name);
            if (anyMissing)
                m_names.append(name + QStringLiteral(" (missing)"));
        } else {
            for (const int r : rows) {
                const QString& cell = table.rows[r][source];
                const QString value = isMissing(cell) ? QStringLiteral("(missing)") : cell.trimmed();
                if (!column.categoryIndex.contains(value)) {
                    column.categoryIndex.insert(value, static_cast<int>(column.categories.size()));
                    column.categories.append(value);
                }
            }
            for (const QString& value : std::as_const(column.categories))
                m_names.append(name + QLatin1Char('=') + value);
        }
        m_columns.push_back(std::move(column));
    }
}

Eigen::MatrixXd FeatureEncoder::transform(const CsvTable& table, const std::vector<int>& rows) const
{
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(rows.size()), m_names.size());
    for (size_t k = 0; k < rows.size(); ++k) {
        const QStringList& row = table.rows[rows[k]];
        Eigen::Index out = 0;
        for (const Column& column : m_columns) {
            const QString& cell = row[column.source];
            const bool missing = isMissing(cell);
            if (column.numeric) {
                bool ok = false;
                const double v = missing ? 0.0 : cell.trimmed().toDouble(&ok);
                x(static_cast<Eigen::Index>(k), out++) = ok ? v : column.mean;
                if (column.missingIndicator)
                    x(static_cast<Eigen::Index>(k), out++) = ok ? 0.0 : 1.0;
            } else {
                const int index
                    = column.categoryIndex.value(missing ? QStringLiteral("(missing)") : cell.trimmed(), -1);
                if (index >= 0)
                    x(static_cast<Eigen::Index>(k), out + index) = 1.0;
                out += column.categories.size();
            }
        }
    }
    return x;
}

Result<BinaryLabel> BinaryLabel::fromColumn(const CsvTable& table, const QString& name)
{
    BinaryLabel label;
    label.column = table.column(name);
    if (label.column < 0)
        return Error::invalid(tr("There is no column named %1.").arg(name), QStringLiteral("label"));
    QStringList values;
    for (const QStringList& row : table.rows) {
        const QString v = row[label.column].trimmed();
        if (FeatureEncoder::isMissing(v))
            return Error::invalid(tr("The label column %1 has an empty cell.").arg(name), QStringLiteral("label"));
        if (!values.contains(v))
            values.append(v);
    }
    if (values.size() != 2) {
        return Error::invalid(
            tr("The label column %1 must hold exactly two values; it holds %2.").arg(name).arg(values.size()),
            QStringLiteral("label"));
    }
    std::sort(values.begin(), values.end());
    label.positive = values.last();
    for (const QString& v : std::as_const(values)) {
        for (const char* yes : {"1", "true", "yes"}) {
            if (v.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
                label.positive = v;
        }
    }
    label.values.resize(table.rows.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        label.values[r] = table.rows[r][label.column].trimmed() == label.positive ? 1.0 : 0.0;
    return label;
}

} // namespace td::ml
