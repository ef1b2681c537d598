#pragma once

#include "SaleLinesModel.h"
#include "billing/Sale.h"
#include "catalog/CatalogItem.h"
#include "common/FormErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace td::ui {

class Desk;

// The point of sale: the student, lines from the catalog (or a material typed in), a discount for the
// whole sale, the payment method and, for cash, what was handed over and the change. The total is worked
// out as the clerk types; the core's complaint appears next to the field it names. Enter in the cash (or
// method) field completes the sale.
class SaleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaleDialog(Desk& desk, QWidget* parent = nullptr);

    void setStudent(qint64 studentId);
    void addLine(const SaleLineDraft& line);
    // Adds the catalog item as a line of the kind it sells as, with its price, hours and expiry.
    void addCatalogItem(qint64 itemId);
    // Puts the cursor where the payment is taken (the cash field, or the method), so Enter completes a
    // sale that came prefilled.
    void focusPayment();

    qint64 studentId() const { return m_studentId; }
    SaleLinesModel* lines() const { return m_lines; }
    // The order discount as typed ("50", "10%").
    std::optional<OrderDiscount> discount() const;
    // What the total comes to with the discount (the core's rounding).
    Money total() const;

    // The sale made; valid after accept().
    const Sale& sale() const { return m_sale; }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchStudents(const QString& text);
    void pickStudent(int row);
    void loadCatalog();
    void addChosenItem();
    void updateTotals();
    QString fieldOf(const QString& coreField) const;
    PaymentMethod method() const;

    Desk& m_desk;
    QString m_currency;
    qint64 m_studentId = 0;
    Sale m_sale;
    SaleLinesModel* m_lines = nullptr;

    QLineEdit* m_studentSearch = nullptr;
    QListWidget* m_studentMatches = nullptr;
    QLabel* m_student = nullptr;
    QComboBox* m_item = nullptr;
    QPushButton* m_add = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_discount = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_tendered = nullptr;
    QLabel* m_tenderedLabel = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_subtotal = nullptr;
    QLabel* m_total = nullptr;
    QPushButton* m_complete = nullptr;
    QLabel* m_generalError = nullptr;
    FormErrors m_errors; // after m_generalError, which it uses
};

} // namespace td::ui
