#pragma once

#include "billing/Receipt.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QFont;

namespace td::ui {

// Saves a receipt as a PDF the customer can keep or the desk can print later.
class ReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::ReceiptPdf)

public:
    static Status write(const Receipt& receipt, const QString& path, const QLocale& locale = QLocale());

    // A font whose fallbacks cover Chinese, so names and titles in 汉字 never print as boxes.
    static QFont receiptFont();
};

} // namespace td::ui
