#pragma once

#include "common/FormErrors.h"
#include "common/Result.h"
#include "students/Student.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace td::ui {

class Desk;

// Creates a student or edits one: profile, guardians and consent, saved all together or not at all; the
// service's complaint appears under the field it names.
class StudentDialog : public QDialog
{
    Q_OBJECT

public:
    // studentId 0 creates a new student.
    StudentDialog(Desk& desk, qint64 studentId, QWidget* parent = nullptr);

    // The student saved; valid after accept().
    qint64 studentId() const { return m_studentId; }

    void accept() override;

private:
    struct GuardianRow
    {
        qint64 id = 0;
        QLineEdit* name = nullptr;
        QLineEdit* relation = nullptr;
        QLineEdit* phone = nullptr;
        QPushButton* remove = nullptr;
    };

    void load(const Student& student);
    GuardianRow& addGuardianRow();
    void removeGuardianRow(int index);
    void relayGuardians();
    void birthDateEdited();
    StudentProfile profile(bool* dateOk) const;
    QList<Guardian> guardians() const;
    Status save();

    Desk& m_desk;
    qint64 m_studentId = 0;
    QList<Guardian> m_originalGuardians;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_gender = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QWidget* m_guardianBox = nullptr;
    QGridLayout* m_guardianGrid = nullptr;
    QLabel* m_noGuardians = nullptr;
    QPushButton* m_addGuardian = nullptr;
    QList<GuardianRow> m_guardianRows;
    QComboBox* m_dataConsent = nullptr;
    QComboBox* m_marketingConsent = nullptr;
    QLabel* m_generalError = nullptr;
    FormErrors m_errors; // after m_generalError, which it uses
};

} // namespace td::ui
