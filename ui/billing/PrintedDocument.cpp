#include "PrintedDocument.h"

#include "ReceiptPdf.h"
#include "common/Dialogs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>
#include <QTextDocument>

namespace td::ui {

namespace {

void layOut(QTextDocument& document, const QString& html)
{
    document.setDefaultFont(ReceiptPdf::receiptFont());
    document.setHtml(html);
}

} // namespace

Status PrintedDocument::savePdf(const QString& html, const QString& title, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::invalid(tr("Cannot write the PDF %1: %2").arg(path, file.errorString()), QStringLiteral("path"));
    QPdfWriter writer(&file);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("TrainingDesk"));
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);

    QTextDocument document;
    layOut(document, html);
    document.print(&writer);

    file.close();
    if (file.error() != QFileDevice::NoError || QFileInfo(path).size() == 0)
        return Error::storage(tr("Cannot write the PDF %1: %2").arg(path, file.errorString()));
    return {};
}

void PrintedDocument::print(QWidget* parent, const QString& html, const QString& title)
{
    if (QPrinterInfo::availablePrinterNames().isEmpty()) {
        MessageBox::information(parent, tr("Print"), tr("No printer is set up on this computer. Save as PDF instead."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    layOut(document, html);
    document.print(&printer);
}

bool PrintedDocument::askAndSavePdf(
    QWidget* parent, const QString& fileName, const std::function<Status(const QString& path)>& write)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        parent, tr("Save as PDF"), QDir(folder).filePath(fileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (auto saved = write(path); !saved) {
        MessageBox::warning(parent, tr("Save as PDF"), saved.error().message);
        return false;
    }
    return true;
}

} // namespace td::ui
