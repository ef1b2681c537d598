#pragma once

#include "billing/Sale.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace td::ui {

// An amount as the desk shows it: the center's currency code and the amount in the locale's format.
QString formatMoney(Money amount, const QString& currencyCode);

// One business day's sales and refunds, in receipt order, narrowed by a search text (part of a receipt
// number, a student's name or code).
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReceiptNo, Time, Student, Items, Method, Total, Staff, ColumnCount };
    enum DataRole { SaleIdRole = Qt::UserRole + 1, IsRefundRole };

    explicit PaymentsModel(QObject* parent = nullptr);

    void setSales(const QList<Sale>& sales, const QTimeZone& zone, const QString& currencyCode);
    void setSearch(const QString& text);
    QString search() const { return m_search; }

    qint64 saleId(int row) const;
    const Sale* sale(int row) const;
    // The row showing the sale, or -1.
    int rowOf(qint64 saleId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool matches(const Sale& sale) const;
    void applySearch();

    QList<Sale> m_all;
    QList<Sale> m_shown;
    QString m_search;
    QTimeZone m_zone;
    QString m_currency;
};

} // namespace td::ui
