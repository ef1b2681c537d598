#pragma once

#include "billing/Sale.h"
#include "shell/DeskPage.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace td::ui {

class Desk;
class PaymentsModel;
struct SaleLineDraft;

// Payments: the sales and refunds of a business day (today by default), searchable by receipt number or
// student; a new sale (F3), a refund of the chosen sale, its receipt, and the daily close.
class PaymentsPage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    explicit PaymentsPage(Desk& desk, QWidget* parent = nullptr);

    void pageShown() override { load(); }
    void primaryAction() override { newSale(); }

    PaymentsModel* model() const { return m_model; }
    QDate date() const;
    void setDate(const QDate& date);

    // Opens the point of sale, prefilled with the student and lines when given, and the receipt after the
    // sale. Returns the sale made, or nullopt when the clerk cancelled.
    std::optional<Sale> sell(qint64 studentId = 0, const QList<SaleLineDraft>& lines = {});
    // The point of sale with a drop-in ticket for the session (its class's drop-in price, and the session's
    // class hours so the check-in draws them from the ticket). True when the ticket was sold.
    bool sellDropIn(qint64 studentId, qint64 sessionId);

public Q_SLOTS:
    void load();
    void newSale();
    void refundSelected();
    void showSelectedReceipt();
    void showDailyClose();

private:
    qint64 selectedSaleId() const;
    void updateButtons();
    void search(const QString& text);
    void select(qint64 saleId);

    Desk& m_desk;
    PaymentsModel* m_model = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_refund = nullptr;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace td::ui
