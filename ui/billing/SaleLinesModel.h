#pragma once

#include "billing/Sale.h"

#include <QAbstractTableModel>

namespace td::ui {

// A line of the sale being put together at the desk, before the core turns it into a SaleLine.
struct SaleLineDraft
{
    SaleLineKind kind = SaleLineKind::Material;
    qint64 itemId = 0;
    QString description;
    qint64 quantity = 1;
    Money unitPrice;
    Money discount;
    // Pack lines: hours of one unit and the expiry. Drop-in tickets: the session's hours (none when it
    // takes none) and its day, the one day the ticket admits on.
    std::optional<ClassHours> classHours;
    QDate expiresOn;

    Money amount() const { return unitPrice * quantity - discount; }
    bool hasHours() const { return kind == SaleLineKind::Pack || classHours.has_value(); }
    SaleLineInput toInput() const;
};

// The lines of the point-of-sale dialog. Quantity, unit price, discount, and a pack's hours and expiry are
// edited in place; what is typed is parsed in the desk's locale and a cell that does not parse keeps its
// value. The core checks everything again when the sale is made.
class SaleLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Kind, Quantity, UnitPrice, Discount, Hours, Expires, Amount, ColumnCount };

    explicit SaleLinesModel(QObject* parent = nullptr);

    void append(const SaleLineDraft& line);
    void removeLine(int row);
    void clear();
    const QList<SaleLineDraft>& lines() const { return m_lines; }
    QList<SaleLineInput> inputs() const;
    // The lines' amounts after their own discounts.
    Money total() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalChanged();

private:
    bool editable(const SaleLineDraft& line, int column) const;

    QList<SaleLineDraft> m_lines;
};

} // namespace td::ui
