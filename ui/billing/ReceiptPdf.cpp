#include "ReceiptPdf.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace td::ui {

QFont ReceiptPdf::receiptFont()
{
    QFont font;
    // A Latin family first (CJK fonts' digits lose their text mapping in Qt's PDF output, so a saved
    // receipt's number could not be searched), then the CJK families each platform ships.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica Neue"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
        QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSize(10);
    return font;
}

Status ReceiptPdf::write(const Receipt& receipt, const QString& path, const QLocale& locale)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::invalid(tr("Cannot write the PDF %1: %2").arg(path, file.errorString()), QStringLiteral("path"));
    QPdfWriter writer(&file);
    writer.setTitle(tr("Receipt %1").arg(receipt.receiptNo));
    writer.setCreator(QStringLiteral("TrainingDesk"));
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);

    QTextDocument document;
    document.setDefaultFont(receiptFont());
    document.setHtml(receipt.toHtml(locale));
    document.print(&writer);

    file.close();
    if (file.error() != QFileDevice::NoError || QFileInfo(path).size() == 0)
        return Error::storage(tr("Cannot write the PDF %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace td::ui
