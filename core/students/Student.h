#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

enum class StudentStatus { Active, Paused, Archived };

// Stored form: "active", "paused", "archived".
QString studentStatusKey(StudentStatus status);
std::optional<StudentStatus> studentStatusFromKey(const QString& key);
// Translated name for screens.
QString studentStatusDisplayName(StudentStatus status);

enum class ConsentKind { DataProcessing, Marketing };

// Stored form: "data_processing", "marketing".
QString consentKindKey(ConsentKind kind);
std::optional<ConsentKind> consentKindFromKey(const QString& key);
QString consentKindDisplayName(ConsentKind kind);

// A parent or other adult responsible for a minor; at least one is required while the student is under 18.
struct Guardian
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString relation; // free text as the desk types it: "mother", "父亲", "grandmother"
    QString phone;
};

// What the desk types for a student; the service validates and normalizes it.
struct StudentProfile
{
    QString code; // empty: the next free "S000123" is given
    QString name;
    QString phone;
    QString email;
    QDate birthDate; // invalid: unknown
    QString gender; // "", "female", "male", "other"
    StudentStatus status = StudentStatus::Active;
    QStringList tags; // interests
    QString notes;
};

// One consent decision; the history is kept and the newest of a kind is the current state.
struct ConsentRecord
{
    qint64 id = 0;
    QString uuid;
    ConsentKind kind = ConsentKind::DataProcessing;
    bool granted = false;
    qint64 recordedBy = 0; // staff id, 0 for the system
    QString recordedByName;
    QDateTime recordedAt;
};

struct Student
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString phone;
    QString phoneDigits;
    QString email;
    QDate birthDate;
    QString gender;
    StudentStatus status = StudentStatus::Active;
    QStringList tags;
    QString notes;
    QString onlineAccountId;
    QList<Guardian> guardians;
    QDateTime createdAt;
    QDateTime updatedAt;

    StudentProfile profile() const;
};

} // namespace td
