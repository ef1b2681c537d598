#pragma once

#include "billing/Receipt.h"

#include <QDialog>

class QTextBrowser;

namespace td::ui {

class Desk;

// A receipt or credit note as the customer gets it, to print or save as PDF.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(const Receipt& receipt, QWidget* parent = nullptr);
    // The receipt of a stored sale or refund; says so when it cannot be read.
    static void showSale(Desk& desk, qint64 saleId, QWidget* parent);

    const Receipt& receipt() const { return m_receipt; }
    QString text() const;

public Q_SLOTS:
    void print();
    bool saveAsPdf();

private:
    Receipt m_receipt;
    QTextBrowser* m_view = nullptr;
};

} // namespace td::ui
