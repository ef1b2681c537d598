#pragma once

#include "billing/Sale.h"
#include "common/FormErrors.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace td::ui {

class Desk;

// A partial or full refund of one sale: per line the amount to give back (never more than what is still
// refundable, shown beside it) and, for class-hour packs, the hours to take back; the reason; the method.
// A clerk who may not approve refunds has an administrator type their username and password here; the
// core checks the approver again and records them.
class RefundDialog : public QDialog
{
    Q_OBJECT

public:
    RefundDialog(Desk& desk, const Sale& sale, QWidget* parent = nullptr);

    bool needsApproval() const { return m_approval != nullptr; }
    // The refund recorded; valid after accept().
    const Sale& refund() const { return m_refund; }

    void accept() override;

private:
    struct LineRow
    {
        SaleLine line;
        QLineEdit* amount = nullptr;
        QLineEdit* hours = nullptr;
    };

    void updateTotal();
    // The refund as typed, or an error naming the field.
    Result<RefundInput> input(QList<int>* rowsOfLines) const;
    void showError(Error error, const QList<int>& rowsOfLines);

    Desk& m_desk;
    Sale m_sale;
    Sale m_refund;
    QString m_currency;
    QList<LineRow> m_rows;
    QLabel* m_total = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_method = nullptr;
    QGroupBox* m_approval = nullptr;
    QLineEdit* m_approverName = nullptr;
    QLineEdit* m_approverPassword = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_generalError = nullptr;
    FormErrors m_errors; // after m_generalError, which it uses
};

} // namespace td::ui
