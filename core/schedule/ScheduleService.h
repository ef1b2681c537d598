#pragma once

#include "auth/Context.h"
#include "auth/StaffService.h"
#include "common/Result.h"
#include "schedule/CourseClass.h"
#include "schedule/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

// A session that createClass would store.
struct ProposedSession
{
    QDate localDate;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    qint64 roomId = 0;
    qint64 instructorId = 0;
};

// A stored, not cancelled session that overlaps a new or moved one in the same room or with the same
// instructor. Sessions that only touch (one ends when the other starts) do not clash.
struct Clash
{
    enum class Kind { Room, Instructor };

    Kind kind = Kind::Room;
    int proposedIndex = 0; // which proposed session (0 for a single added or moved one)
    QDate localDate;
    QDateTime startsAt; // the proposed session, UTC
    QDateTime endsAt;
    qint64 otherSessionId = 0;
    qint64 otherClassId = 0;
    QString otherClassName;
    QDateTime otherStartsAt; // UTC
    QDateTime otherEndsAt;
    QString roomName;
    QString instructorName;
    QString message; // translated; names the date, the times and the other class
};

struct SessionProposal
{
    QList<ProposedSession> sessions;
    QList<Clash> clashes;

    bool hasClashes() const { return !clashes.isEmpty(); }
};

struct ClassFilter
{
    qint64 courseId = 0; // 0: any
    qint64 instructorId = 0;
    qint64 roomId = 0;
    std::optional<ClassStatus> status = ClassStatus::Active; // nullopt: any
    QString text; // part of the class or course name
};

// Classes and their sessions: generation from a recurrence in the center's time zone, clash detection,
// cancellations, makeups and moves (writes need ManageSchedule), and the desk's session queries.
class ScheduleService
{
    Q_DECLARE_TR_FUNCTIONS(td::ScheduleService)

public:
    // Sessions last at most this long, so clash checks look back a bounded time.
    static constexpr qint64 kMaxSessionSeconds = 24 * 3600;
    // A recurrence generates at most this many sessions.
    static constexpr int kMaxSessionsPerClass = 500;

    // Validates spec and returns the sessions createClass would store and every clash with stored
    // sessions, so a screen can show them before saving.
    static Result<SessionProposal> proposeSessions(const Database& db, const ClassSpec& spec);
    // Stores the class and its sessions; refused with Error::conflict (naming the first clash) when any
    // session clashes.
    static Result<CourseClass> createClass(const Context& ctx, const ClassSpec& spec);

    // Renames the class, changes its seats (not above the room's, not below the enrolled students; more
    // seats go to the waitlist in order) and its drop-in price (nullopt: none).
    static Result<CourseClass> updateClass(
        const Context& ctx, qint64 classId, const QString& name, int capacity, const std::optional<Money>& dropInPrice);
    // Cancels the class and all its scheduled sessions that have no attendance yet; held sessions stay.
    static Status cancelClass(const Context& ctx, qint64 classId, const QString& reason);

    // Refused once a student has attendance recorded for it.
    static Status cancelSession(const Context& ctx, qint64 sessionId, const QString& reason);
    // A new session of the same class making up for a cancelled one. roomId/instructorId 0: as the
    // cancelled session had.
    static Result<Session> scheduleMakeup(const Context& ctx, qint64 cancelledSessionId, const QDateTime& start,
        const QDateTime& end, qint64 roomId = 0, qint64 instructorId = 0);
    // One more session of a class. roomId/instructorId 0: the class's.
    static Result<Session> addSession(const Context& ctx, qint64 classId, const QDateTime& start, const QDateTime& end,
        qint64 roomId = 0, qint64 instructorId = 0);
    // Another time, room or instructor for a scheduled session. roomId/instructorId 0: unchanged.
    static Result<Session> moveSession(const Context& ctx, qint64 sessionId, const QDateTime& start,
        const QDateTime& end, qint64 roomId = 0, qint64 instructorId = 0);
    // A scheduled session that has started is marked as held.
    static Status markDone(const Context& ctx, qint64 sessionId);

    // The clashes a session from start to end would have; excludeSessionId is the session being moved.
    static Result<QList<Clash>> clashesFor(const Database& db, const QDateTime& start, const QDateTime& end,
        qint64 roomId, qint64 instructorId, qint64 excludeSessionId = 0);

    // Every session (cancelled ones too) on a day of the center's calendar, by start time.
    static Result<QList<Session>> sessionsOn(const Database& db, const QDate& localDate);
    // Sessions from one local date to another (inclusive), optionally of one room and/or instructor.
    static Result<QList<Session>> sessionsBetween(
        const Database& db, const QDate& from, const QDate& to, qint64 roomId = 0, qint64 instructorId = 0);
    static Result<QList<Session>> sessionsOfClass(const Database& db, qint64 classId);
    static Result<Session> sessionById(const Database& db, qint64 sessionId);
    static Result<Session> sessionByUuid(const Database& db, const QString& uuid);
    static Result<CourseClass> classById(const Database& db, qint64 classId);
    // Ordered by start date, then name.
    static Result<QList<CourseClass>> classes(const Database& db, const ClassFilter& filter = {});
    // The active staff a class may be given to (as createClass accepts them): instructors first, then admins,
    // each by name. Needs no permission: every desk shows who teaches.
    static Result<QList<StaffMember>> instructors(const Database& db);
};

} // namespace td
