#include "StudentOutlookModel.h"

#include <QLocale>

#include <algorithm>

namespace td::ui {

StudentOutlookModel::StudentOutlookModel(Ranking ranking, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ranking(ranking)
{
}

const insights::Outlook& StudentOutlookModel::outlook(const insights::StudentOutlook& s) const
{
    return m_ranking == Ranking::Churn ? s.churn : s.purchase;
}

void StudentOutlookModel::setStudents(const QList<insights::StudentOutlook>& students, int limit)
{
    beginResetModel();
    m_rows = students;
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [this](const auto& a, const auto& b) { return outlook(a).probability > outlook(b).probability; });
    if (m_rows.size() > limit)
        m_rows.resize(limit);
    endResetModel();
}

int StudentOutlookModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudentOutlookModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentOutlookModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const insights::StudentOutlook& s = m_rows.at(index.row());
    if (role == kStudentIdRole)
        return s.studentId;
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Factors)
        return outlook(s).factors.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return s.code;
    case Name:
        return s.name;
    case Score:
        return QString(QLocale().toString(100.0 * outlook(s).probability, 'f', 0) + QLatin1Char('%'));
    case Factors:
        return outlook(s).factors.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant StudentOutlookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Score:
        return m_ranking == Ranking::Churn ? tr("Churn risk") : tr("Purchase chance");
    case Factors:
        return tr("Top factors");
    default:
        return {};
    }
}

} // namespace td::ui
