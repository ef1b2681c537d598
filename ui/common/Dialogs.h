#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace td::ui {

// Message boxes of the desk. Tests queue the next answer so a modal flow runs without a person
// (the KeePassXC MessageBox::setNextAnswer seam); the text that would have been shown is kept.
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    // Yes/No (or the given buttons); the default button is the safe one.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Tests: the next box is not shown and returns this answer.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last box answered by setNextAnswer.
    static QString lastText();
};

// File dialogs of the desk, with the same test seam.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString getSaveFileName(
        QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter);

    // Tests: the next dialog is not shown and returns this path (empty = cancelled).
    static void setNextFileName(const QString& path);
};

} // namespace td::ui
