#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace td::ui {

// An HTML page the desk hands to the customer or keeps: a receipt, a credit note, a day's close. Saved
// as PDF or sent to a printer with the same layout.
class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::PrintedDocument)

public:
    static Status savePdf(const QString& html, const QString& title, const QString& path);
    // Asks which printer (QPrintDialog) and prints. Without any printer installed it says so and offers
    // nothing, so a desk without a receipt printer (and the tests) never waits on a dialog.
    static void print(QWidget* parent, const QString& html, const QString& title);
    // Asks where to save (the desk's file dialog seam, suggesting fileName) and lets write save there;
    // false when cancelled or when writing failed (said in a message box).
    static bool askAndSavePdf(
        QWidget* parent, const QString& fileName, const std::function<Status(const QString& path)>& write);
};

} // namespace td::ui
