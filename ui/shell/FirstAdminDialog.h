#pragma once

#include "auth/StaffService.h"
#include "common/FormErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace td {
class Clock;
class Database;
} // namespace td

namespace td::ui {

// First run on an empty center database: creates the first administrator account.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    FirstAdminDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    // The account created; valid after accept().
    StaffMember admin() const { return m_admin; }

    void accept() override;

private:
    Database& m_db;
    const Clock& m_clock;
    StaffMember m_admin;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_generalError = nullptr;
    FormErrors m_errors; // after m_generalError, which it uses
};

} // namespace td::ui
