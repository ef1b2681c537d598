#include "FormErrors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace td::ui {

FormErrors::FormErrors(QLabel* generalLine)
    : m_general(generalLine)
{
    if (m_general) {
        styleAsError(m_general);
        m_general->hide();
    }
}

QWidget* FormErrors::wrap(const QString& field, QWidget* input)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto* line = new QLabel(box);
    line->setObjectName(input->objectName() + QStringLiteral("Error"));
    line->setWordWrap(true);
    styleAsError(line);
    line->hide();
    layout->addWidget(line);
    m_fields.insert(field, {input, line});
    return box;
}

void FormErrors::show(const Error& error)
{
    clear();
    const auto it = m_fields.constFind(error.field);
    if (!error.field.isEmpty() && it != m_fields.constEnd() && it->line) {
        it->line->setText(error.message);
        it->line->show();
        if (it->input) {
            it->input->setAccessibleDescription(error.message);
            it->input->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (m_general) {
        m_general->setText(error.message);
        m_general->show();
    }
}

void FormErrors::clear()
{
    for (const Entry& entry : std::as_const(m_fields)) {
        if (entry.line) {
            entry.line->clear();
            entry.line->hide();
        }
        if (entry.input)
            entry.input->setAccessibleDescription({});
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QString FormErrors::message(const QString& field) const
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd() || !it->line || it->line->isHidden())
        return {};
    return it->line->text();
}

void FormErrors::styleAsError(QLabel* label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
}

} // namespace td::ui
