#pragma once

#include "common/FormErrors.h"
#include "settings/CenterSettings.h"
#include "shell/DeskPage.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace td::ui {

class Desk;

// Settings: the center's own (shared by its desks, stored in its database; administrators change them)
// and this desk's language and database location.
class SettingsPage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    explicit SettingsPage(Desk& desk, QWidget* parent = nullptr);

    void pageShown() override { load(); }
    // Another feature's settings (e.g. sync), shown below this desk's.
    void addSection(QWidget* section);

public Q_SLOTS:
    void load();
    // Saves every changed center setting in one transaction; the first problem is shown by its field.
    bool save();

private:
    void applyRole();
    QString valueOf(CenterSettings::Key key) const;

    Desk& m_desk;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_timeZone = nullptr;
    QPlainTextEdit* m_receiptHeader = nullptr;
    QPlainTextEdit* m_receiptFooter = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QSpinBox* m_lowBalance = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QLabel* m_generalError = nullptr;
    QVBoxLayout* m_sections = nullptr;
    FormErrors m_errors; // after m_generalError, which it uses
};

} // namespace td::ui
