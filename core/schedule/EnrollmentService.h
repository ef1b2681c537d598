#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

enum class EnrollmentStatus { Enrolled, Waitlisted, Dropped, Completed };

// Stored and synced form: "enrolled", "waitlisted", "dropped", "completed".
QString enrollmentStatusKey(EnrollmentStatus status);
std::optional<EnrollmentStatus> enrollmentStatusFromKey(const QString& key);
QString enrollmentStatusDisplayName(EnrollmentStatus status);

struct Enrollment
{
    qint64 id = 0;
    QString uuid;
    qint64 classId = 0;
    QString className;
    QString courseTitle;
    qint64 studentId = 0;
    QString studentName;
    QString studentCode;
    EnrollmentStatus status = EnrollmentStatus::Enrolled;
    QDateTime requestedAt; // UTC; the waitlist is served in this order
    QDateTime updatedAt;
    int waitlistPosition = 0; // 1 for the next to get a seat; 0 when not waitlisted
};

struct DropResult
{
    Enrollment dropped;
    std::optional<Enrollment> promoted; // the waitlisted student who got the freed seat
};

// Students in classes: a seat while the class has room (only enrolled students count), the waitlist
// otherwise, served first come first served when a seat frees. Writes need Permission::Enroll and are
// synced as entity "enrollment".
class EnrollmentService
{
    Q_DECLARE_TR_FUNCTIONS(td::EnrollmentService)

public:
    // Enrolled, or waitlisted when the class is full. A student who dropped out may enroll again.
    static Result<Enrollment> enroll(const Context& ctx, qint64 classId, qint64 studentId);
    // Frees the seat (or the waitlist place) and gives a freed seat to the first waitlisted student,
    // all in one transaction.
    static Result<DropResult> drop(const Context& ctx, qint64 enrollmentId);

    // Gives free seats of the class to waitlisted students in order (after a drop or a capacity
    // increase); returns those promoted.
    static Result<QList<Enrollment>> fillFreeSeats(const Context& ctx, qint64 classId);

    static Result<Enrollment> byId(const Database& db, qint64 enrollmentId);
    // Enrolled first (by name), then the waitlist in order; dropped ones only when asked.
    static Result<QList<Enrollment>> enrollmentsOfClass(
        const Database& db, qint64 classId, bool includeDropped = false);
    // Newest first, every status.
    static Result<QList<Enrollment>> enrollmentsOfStudent(const Database& db, qint64 studentId);
    // The student's enrollment in the class (any status), or nullopt when they never enrolled; the
    // check-in desk uses it to offer a drop-in ticket to a student who is not enrolled.
    static Result<std::optional<Enrollment>> find(const Database& db, qint64 classId, qint64 studentId);
    // 1-based place on the waitlist; 0 when the enrollment is not waitlisted.
    static Result<int> waitlistPosition(const Database& db, qint64 enrollmentId);
};

} // namespace td
