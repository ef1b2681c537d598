#include "PaymentsModel.h"

#include <QLocale>

namespace td::ui {

QString formatMoney(Money amount, const QString& currencyCode)
{
    return QStringLiteral("%1 %2").arg(currencyCode, amount.toString(QLocale()));
}

PaymentsModel::PaymentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PaymentsModel::setSales(const QList<Sale>& sales, const QTimeZone& zone, const QString& currencyCode)
{
    m_all = sales;
    m_zone = zone;
    m_currency = currencyCode;
    applySearch();
}

void PaymentsModel::setSearch(const QString& text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    applySearch();
}

void PaymentsModel::applySearch()
{
    beginResetModel();
    m_shown.clear();
    for (const Sale& s : std::as_const(m_all))
        if (matches(s))
            m_shown.append(s);
    endResetModel();
}

bool PaymentsModel::matches(const Sale& sale) const
{
    if (m_search.isEmpty())
        return true;
    return sale.receiptNo.contains(m_search, Qt::CaseInsensitive)
        || sale.refundOfReceiptNo.contains(m_search, Qt::CaseInsensitive)
        || sale.studentName.contains(m_search, Qt::CaseInsensitive)
        || sale.studentCode.contains(m_search, Qt::CaseInsensitive);
}

qint64 PaymentsModel::saleId(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown[row].id : 0;
}

const Sale* PaymentsModel::sale(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

int PaymentsModel::rowOf(qint64 saleId) const
{
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_shown[i].id == saleId)
            return i;
    return -1;
}

int PaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sale& s = m_shown[index.row()];
    switch (role) {
    case SaleIdRole:
        return s.id;
    case IsRefundRole:
        return s.isRefund();
    case Qt::TextAlignmentRole:
        return index.column() == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (s.isRefund())
            return tr("Refund of %1: %2").arg(s.refundOfReceiptNo, s.reason);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ReceiptNo:
        return s.isRefund() ? tr("%1 (refund of %2)").arg(s.receiptNo, s.refundOfReceiptNo) : s.receiptNo;
    case Time:
        return QLocale().toString(s.createdAt.toTimeZone(m_zone).time(), QLocale::ShortFormat);
    case Student:
        return s.studentName.isEmpty() ? tr("Walk-in customer") : tr("%1 (%2)").arg(s.studentName, s.studentCode);
    case Items: {
        QStringList items;
        for (const SaleLine& l : s.lines)
            items.append(l.quantity > 1 ? tr("%1 × %2").arg(l.description).arg(l.quantity) : l.description);
        return items.join(QStringLiteral("; "));
    }
    case Method:
        return BillingNames::methodDisplayName(s.method);
    case Total:
        return formatMoney(s.total, m_currency);
    case Staff:
        return s.approvedByName.isEmpty() || !s.isRefund()
            ? s.staffName
            : tr("%1 (approved by %2)").arg(s.staffName, s.approvedByName);
    default:
        return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceiptNo:
        return tr("Receipt No.");
    case Time:
        return tr("Time");
    case Student:
        return tr("Student");
    case Items:
        return tr("Items");
    case Method:
        return tr("Method");
    case Total:
        return tr("Total");
    case Staff:
        return tr("Staff");
    default:
        return {};
    }
}

} // namespace td::ui
