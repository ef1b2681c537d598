#pragma once

#include "insights/InsightsService.h"

#include <QAbstractTableModel>

namespace td::ui {

// The students most at risk of leaving, or most likely to buy: code, name, score and the top factors,
// highest score first.
class StudentOutlookModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Ranking { Churn, Purchase };
    enum Column { Code, Name, Score, Factors, ColumnCount };
    static constexpr int kStudentIdRole = Qt::UserRole + 1;

    explicit StudentOutlookModel(Ranking ranking, QObject* parent = nullptr);

    // Keeps the `limit` highest scores.
    void setStudents(const QList<insights::StudentOutlook>& students, int limit = 100);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const insights::Outlook& outlook(const insights::StudentOutlook& s) const;

    Ranking m_ranking;
    QList<insights::StudentOutlook> m_rows;
};

} // namespace td::ui
