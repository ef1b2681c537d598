#include "Dialogs.h"

#include <QFileDialog>

#include <optional>

namespace td::ui {

namespace {

std::optional<QMessageBox::StandardButton>& nextAnswer()
{
    static std::optional<QMessageBox::StandardButton> answer;
    return answer;
}

QString& answeredText()
{
    static QString text;
    return text;
}

std::optional<QString>& nextFileName()
{
    static std::optional<QString> path;
    return path;
}

QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (nextAnswer()) {
        const auto answer = *nextAnswer();
        nextAnswer().reset();
        answeredText() = text;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer() = answer;
}

QString MessageBox::lastText()
{
    return answeredText();
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (nextFileName()) {
        const QString path = *nextFileName();
        nextFileName().reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString FileDialog::getSaveFileName(
    QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)
{
    if (nextFileName()) {
        const QString path = *nextFileName();
        nextFileName().reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialog::setNextFileName(const QString& path)
{
    nextFileName() = path;
}

} // namespace td::ui
