#pragma once

#include "common/FormErrors.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace td::ui {

class Desk;
class SyncController;

// Settings for this desk's sync: the server's address, the center's token (kept in the system keychain),
// how often to sync and the desk code that gives this desk's receipts their own series.
class SyncSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    SyncSettingsBox(Desk& desk, SyncController& sync, QWidget* parent = nullptr);

public Q_SLOTS:
    void load();
    bool save();

private:
    void applyRole();
    void updateTokenNote();

    Desk& m_desk;
    SyncController& m_sync;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_deskCode = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_tokenNote = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_generalError = nullptr;
    FormErrors m_errors; // after m_generalError, which it uses
};

} // namespace td::ui
