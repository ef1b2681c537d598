#pragma once

#include "common/Error.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace td::ui {

// Inline validation for a form: each input named after the service's Error::field gets an error line
// under it; an error without a known field goes to the form's general line.
class FormErrors
{
public:
    // The general line (e.g. above the buttons); may be null.
    explicit FormErrors(QLabel* generalLine = nullptr);

    // Returns input wrapped with its (hidden) error line, for a layout row. The line's objectName is the
    // input's objectName + "Error".
    QWidget* wrap(const QString& field, QWidget* input);

    // Shows the error next to its field (focusing it) or on the general line.
    void show(const Error& error);
    void clear();
    // The message shown for field, or empty.
    QString message(const QString& field) const;

    // Red that stays readable on light and dark palettes.
    static void styleAsError(QLabel* label);

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<QLabel> line;
    };
    QPointer<QLabel> m_general;
    QHash<QString, Entry> m_fields;
};

} // namespace td::ui
