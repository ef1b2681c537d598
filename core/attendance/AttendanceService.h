#pragma once

#include "auth/Context.h"
#include "common/ClassHours.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

enum class AttendanceStatus { Present, Late, Absent, Excused, Makeup };

// Something the clerk should act on while the student is at the desk.
struct CheckInWarning
{
    enum class Kind {
        LowBalance, // the pack is at or under CenterSettings LowBalanceHours
        NegativeBalance, // the center allows it, and the pack went below zero
        PackExpiring, // the pack used expires within 14 days
        MembershipExpired, // the student's last membership has ended and none is active
    };
    Kind kind = Kind::LowBalance;
    QString message; // translated
};

// What a check-in (or a status change) did, for the desk to show.
struct CheckInResult
{
    qint64 attendanceId = 0;
    QString attendanceUuid;
    qint64 studentId = 0;
    QString studentCode;
    QString studentName;
    qint64 sessionId = 0;
    QString courseTitle;
    QString className;
    QDateTime startsAt;
    QDateTime endsAt;
    AttendanceStatus status = AttendanceStatus::Present;
    qint64 packId = 0; // the pack the session's hours came from; 0 = none (not attended, or a 0-hour session)
    ClassHours hoursDeducted;
    ClassHours hoursRemaining; // on that pack
    QList<CheckInWarning> warnings;
};

// One attendance row with what the screens show beside it.
struct AttendanceRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 sessionId = 0;
    qint64 studentId = 0;
    QString studentCode;
    QString studentName;
    QString courseTitle;
    QString className;
    QDate sessionDate;
    QDateTime startsAt;
    AttendanceStatus status = AttendanceStatus::Present;
    QDateTime recordedAt;
    QString recordedBy; // display name; empty for the system
    qint64 packId = 0;
    ClassHours hoursDeducted;
};

struct RosterMark
{
    qint64 studentId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
};

// When the scanner may check a student in to a session: from opensMinutesBefore its start to its end;
// after lateAfterMinutes past the start the student is marked late.
struct CheckInWindow
{
    int opensMinutesBefore = 60;
    int lateAfterMinutes = 10;
};

// Attendance per session and student. An attended status (present, late, makeup) deducts the session's
// class hours from the student's matching pack exactly once: a pack for the session's course first, then
// one for the course's category; among those the earliest-expiring pack still valid on the session's date
// that covers the hours. When none covers them the check-in is refused, unless the center allows negative
// balances: then the matching pack that expires last goes below zero. A student with no valid pack at all
// is always refused (there is no pack to owe the hours to): sell a pack or a drop-in first. Absent and
// excused deduct nothing; leaving an attended status or undoing gives the hours back with an
// 'attendance_undo' entry.
class AttendanceService
{
    Q_DECLARE_TR_FUNCTIONS(td::AttendanceService)

public:
    // Stored form: "present", "late", "absent", "excused", "makeup".
    static QString statusKey(AttendanceStatus status);
    static std::optional<AttendanceStatus> statusFromKey(const QString& key);
    static QString statusDisplayName(AttendanceStatus status);
    static bool isAttended(AttendanceStatus status);

    // One new attendance row; refused when the student already has one for the session. A makeup may be
    // taken in any class of the same course; every other status needs an enrollment in the session's
    // class, or a drop-in ticket for its course bought for its day (PaymentService, a drop_in line). Attended statuses
    // are refused before the session's check-in window opens; excused may be recorded ahead of time.
    // Permission::RecordAttendance.
    static Result<CheckInResult> checkIn(
        const Context& ctx, qint64 sessionId, qint64 studentId, AttendanceStatus status);
    // The scanner path: the student with this code is checked in to the session of a class they are
    // enrolled in that is happening now, or else the one that starts soonest within the window, today in
    // the center's time zone. Not enrolled in anything running now: Error::conflict on field
    // "enrollment" (offer a drop-in sale).
    static Result<CheckInResult> checkInByCode(
        const Context& ctx, const QString& studentCode, const CheckInWindow& window = {});
    // Changes the status of a recorded attendance; hours move only between attended and not attended.
    static Result<CheckInResult> setStatus(const Context& ctx, qint64 attendanceId, AttendanceStatus status);
    // Deletes the attendance row and gives its hours back.
    static Status undo(const Context& ctx, qint64 attendanceId);
    // The whole roster of a session in one transaction: new rows are checked in, existing ones get the new
    // status. All or nothing; the error names the student.
    static Result<QList<CheckInResult>> markRoster(
        const Context& ctx, qint64 sessionId, const QList<RosterMark>& marks);

    // By student name.
    static Result<QList<AttendanceRecord>> attendanceOfSession(const Database& db, qint64 sessionId);
    // Newest session first.
    static Result<QList<AttendanceRecord>> attendanceOfStudent(const Database& db, qint64 studentId);
};

} // namespace td
