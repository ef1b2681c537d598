#include "ReceiptDialog.h"

#include "PrintedDocument.h"
#include "ReceiptPdf.h"
#include "common/Dialogs.h"
#include "shell/Desk.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td::ui {

ReceiptDialog::ReceiptDialog(const Receipt& receipt, QWidget* parent)
    : QDialog(parent)
    , m_receipt(receipt)
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(receipt.isRefund ? tr("Refund %1").arg(receipt.receiptNo) : tr("Receipt %1").arg(receipt.receiptNo));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("receiptView"));
    m_view->setAccessibleName(tr("Receipt"));
    m_view->setFont(ReceiptPdf::receiptFont());
    m_view->setHtml(receipt.toHtml());

    auto* buttons = new QDialogButtonBox(this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("receiptPrint"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::print);
    auto* save = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("receiptSavePdf"));
    save->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &ReceiptDialog::saveAsPdf);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("receiptClose"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 40);
    close->setFocus();
}

void ReceiptDialog::showSale(Desk& desk, qint64 saleId, QWidget* parent)
{
    auto receipt = Receipt::forSale(desk.db(), saleId);
    if (!receipt) {
        MessageBox::warning(parent, tr("Receipt"), receipt.error().message);
        return;
    }
    ReceiptDialog dialog(receipt.value(), parent);
    dialog.exec();
}

QString ReceiptDialog::text() const
{
    return m_view->toPlainText();
}

void ReceiptDialog::print()
{
    PrintedDocument::print(this, m_receipt.toHtml(), windowTitle());
}

bool ReceiptDialog::saveAsPdf()
{
    return PrintedDocument::askAndSavePdf(this, m_receipt.receiptNo + QStringLiteral(".pdf"),
        [this](const QString& path) { return ReceiptPdf::write(m_receipt, path); });
}

} // namespace td::ui
