#include "SaleLinesModel.h"

#include <QLocale>

namespace td::ui {

namespace {

// What the desk types for an expiry: ISO or the locale's short date.
QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format :
        {QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"), QLocale().dateFormat(QLocale::ShortFormat)}) {
        const QDate date = QDate::fromString(t, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

SaleLineInput SaleLineDraft::toInput() const
{
    SaleLineInput in;
    in.kind = kind;
    in.itemId = itemId;
    in.description = description;
    in.quantity = quantity;
    in.unitPrice = unitPrice;
    in.discount = discount;
    if (hasHours())
        in.classHours = classHours;
    if (hasHours() || kind == SaleLineKind::DropIn)
        in.expiresOn = expiresOn;
    return in;
}

SaleLinesModel::SaleLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SaleLinesModel::append(const SaleLineDraft& line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    Q_EMIT totalChanged();
}

void SaleLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT totalChanged();
}

void SaleLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
    Q_EMIT totalChanged();
}

QList<SaleLineInput> SaleLinesModel::inputs() const
{
    QList<SaleLineInput> inputs;
    for (const SaleLineDraft& l : m_lines)
        inputs.append(l.toInput());
    return inputs;
}

Money SaleLinesModel::total() const
{
    Money total;
    for (const SaleLineDraft& l : m_lines)
        total += l.amount();
    return total;
}

int SaleLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SaleLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SaleLinesModel::editable(const SaleLineDraft& line, int column) const
{
    switch (column) {
    case Description:
        return line.kind == SaleLineKind::Material;
    case Quantity:
        return line.kind != SaleLineKind::Membership;
    case UnitPrice:
    case Discount:
        return true;
    case Hours:
        return line.hasHours();
    case Expires: // a drop-in ticket's day is its session's
        return line.kind == SaleLineKind::Pack;
    default:
        return false;
    }
}

QVariant SaleLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SaleLineDraft& l = m_lines[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Quantity && index.column() != Expires ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Description:
        return l.description;
    case Kind:
        return BillingNames::lineKindDisplayName(l.kind);
    case Quantity:
        return role == Qt::EditRole ? QVariant(l.quantity) : QVariant(locale.toString(l.quantity));
    case UnitPrice:
        return l.unitPrice.toString(locale);
    case Discount:
        return l.discount.isZero() && role == Qt::DisplayRole ? QString() : l.discount.toString(locale);
    case Hours:
        return l.hasHours() && l.classHours ? l.classHours->toString() : QString();
    case Expires:
        if (!l.hasHours() && l.kind != SaleLineKind::DropIn)
            return {};
        if (!l.expiresOn.isValid())
            return role == Qt::EditRole ? QString() : tr("never");
        return role == Qt::EditRole ? l.expiresOn.toString(Qt::ISODate)
                                    : locale.toString(l.expiresOn, QLocale::ShortFormat);
    case Amount:
        return l.amount().toString(locale);
    default:
        return {};
    }
}

bool SaleLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SaleLineDraft& l = m_lines[index.row()];
    if (!editable(l, index.column()))
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Description:
        if (text.isEmpty())
            return false;
        l.description = text;
        break;
    case Quantity: {
        bool ok = false;
        const qint64 quantity = QLocale().toLongLong(text, &ok);
        if (!ok || quantity <= 0)
            return false;
        l.quantity = quantity;
        break;
    }
    case UnitPrice:
    case Discount: {
        const auto amount = text.isEmpty() && index.column() == Discount ? std::optional<Money>(Money())
                                                                         : Money::parse(text, QLocale());
        if (!amount || amount->isNegative())
            return false;
        (index.column() == UnitPrice ? l.unitPrice : l.discount) = *amount;
        break;
    }
    case Hours: {
        const auto hours = ClassHours::parse(text);
        if (!hours || hours->isNegative() || hours->isZero())
            return false;
        l.classHours = *hours;
        break;
    }
    case Expires: {
        const QDate date = parseDate(text);
        if (!text.isEmpty() && !date.isValid())
            return false;
        l.expiresOn = date;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT totalChanged();
    return true;
}

Qt::ItemFlags SaleLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable(m_lines[index.row()], index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SaleLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Item");
    case Kind:
        return tr("Kind");
    case Quantity:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case Hours:
        return tr("Class hours");
    case Expires:
        return tr("Expires");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace td::ui
