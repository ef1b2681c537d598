#pragma once

#include "auth/Context.h"
#include "common/Result.h"
#include "students/Student.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

// Students, their guardians and consent records. Reads that take a Context need ViewStudents, writes
// need ManageStudents; every write is audited and queued for the online platform.
class StudentService
{
    Q_DECLARE_TR_FUNCTIONS(td::StudentService)

public:
    static constexpr int kAdultAge = 18;

    // Refused for a minor without a guardian (name, relation and phone).
    static Result<Student> create(
        const Context& ctx, const StudentProfile& profile, const QList<Guardian>& guardians = {});
    // Changes the profile (guardians are changed with the guardian calls below). An empty code keeps the
    // student's code.
    static Result<Student> update(const Context& ctx, qint64 studentId, const StudentProfile& profile);
    // The profile and the complete list of guardians in one step, as an edit dialog saves them: a guardian with
    // id 0 is added, a known id is changed, a guardian left out is removed. The under-18 rule is checked on the
    // result, so a student can become a minor and get a guardian in the same save.
    static Result<Student> update(
        const Context& ctx, qint64 studentId, const StudentProfile& profile, const QList<Guardian>& guardians);
    static Status setStatus(const Context& ctx, qint64 studentId, StudentStatus status);

    // Queues every student the outbox never carried (needs Sync): a center that worked before its first
    // sync introduces its students to the server. Returns how many were queued.
    static Result<int> queueUnsyncedForSync(const Context& ctx);
    // Sync: two desks registering students offline can hand out the same code; one student keeps it
    // (ServerChanges decides). This moves `studentId` to the next free code, notes why
    // in the audit log (`winner` is the other student's name) and queues the change for the other
    // desks. Call it inside the caller's transaction.
    static Status giveUpCode(const Context& ctx, qint64 studentId, const QString& winner);
    static Result<Student> byId(const Context& ctx, qint64 studentId);
    static Result<Student> byId(const Database& db, qint64 studentId);
    // Case-insensitive: "s000123" finds S000123.
    static Result<Student> byCode(const Context& ctx, const QString& code);
    static Result<Student> byCode(const Database& db, const QString& code);

    static Result<Guardian> addGuardian(const Context& ctx, qint64 studentId, const Guardian& guardian);
    static Result<Guardian> updateGuardian(const Context& ctx, qint64 guardianId, const Guardian& guardian);
    // Refused when it is the last guardian of a minor.
    static Status removeGuardian(const Context& ctx, qint64 guardianId);

    static Result<ConsentRecord> recordConsent(const Context& ctx, qint64 studentId, ConsentKind kind, bool granted);
    // Oldest first.
    static Result<QList<ConsentRecord>> consentHistory(const Database& db, qint64 studentId);
    // The newest record of that kind, or nothing when none was ever recorded.
    static Result<std::optional<ConsentRecord>> currentConsent(const Database& db, qint64 studentId, ConsentKind kind);

    // Normalization shared with search and bulk writers (the demo generator, sync).
    // Lower-cased NFKC with single spaces: what name prefixes are matched against.
    static QString searchName(const QString& name);
    // The digits of a phone number: what phone fragments are matched against.
    static QString phoneDigits(const QString& phone);
    // A phone as stored: trimmed, single spaces; empty when it is not a mainland mobile (11 digits starting
    // with 1) or an international number (+ and 7 to 15 digits), spaces and dashes allowed.
    static std::optional<QString> normalizedPhone(const QString& phone);
    // "S000123" for 123.
    static QString codeForNumber(int number);
    static bool isWellFormedCode(const QString& code);
    // The center's calendar date now (its time zone).
    static QDate today(const Context& ctx);
    static bool isMinor(const QDate& birthDate, const QDate& today);
};

} // namespace td
