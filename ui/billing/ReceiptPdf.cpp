#include "ReceiptPdf.h"

#include "PrintedDocument.h"

#include <QFont>

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
    return PrintedDocument::savePdf(receipt.toHtml(locale), tr("Receipt %1").arg(receipt.receiptNo), path);
}

} // namespace td::ui
