#pragma once

#include "billing/DailyClose.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace td::ui {

class Desk;

// The end-of-day report: per payment method the sales, the refunds and the net, with the counts; printed
// or saved as PDF, and the day closed (a closed day's totals never change).
class DailyCloseDialog : public QDialog
{
    Q_OBJECT

public:
    DailyCloseDialog(Desk& desk, const QDate& businessDate, QWidget* parent = nullptr);

    void setDate(const QDate& businessDate);
    const DailyCloseReport& report() const { return m_report; }
    // The report as a printable page.
    QString toHtml() const;

public Q_SLOTS:
    void load();
    void print();
    bool saveAsPdf();
    void closeDay();

private:
    Desk& m_desk;
    QString m_currency;
    QString m_centerName;
    DailyCloseReport m_report;
    QDateEdit* m_date = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace td::ui
