#pragma once

#include "auth/Context.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace td {
class Database;
}

namespace td::ui {

// Asks a staff member for username and password. Also the lock screen: the same staff member's password
// unlocks it, or another staff member signs in.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Unlock };

    LoginDialog(Database& db, const QString& centerName, Mode mode, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    // The staff member who signed in; valid after accept().
    Actor actor() const { return m_actor; }

    void accept() override;
    void reject() override;

private:
    Database& m_db;
    Mode m_mode;
    Actor m_actor;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace td::ui
