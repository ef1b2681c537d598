#include "ScheduleService.h"

#include "audit/AuditLog.h"
#include "catalog/CatalogService.h"
#include "schedule/EnrollmentService.h"
#include "schedule/RoomService.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QTimeZone>

namespace td {

namespace {

const QString kSessionSelect = QStringLiteral(
    "SELECT s.id, s.uuid, s.class_id, c.uuid, c.name, c.course_id, ci.title, ci.category, s.starts_at, s.ends_at, "
    "s.local_date, s.room_id, r.name, s.instructor_id, st.display_name, s.status, s.makeup_of_id, s.class_hours, "
    "s.cancel_reason, c.capacity, c.drop_in_price_minor, "
    "(SELECT count(*) FROM enrollments e WHERE e.class_id = s.class_id AND e.status = 'enrolled'), "
    "(SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present', 'late', 'makeup')) "
    "FROM sessions s JOIN classes c ON c.id = s.class_id JOIN catalog_items ci ON ci.id = c.course_id "
    "JOIN rooms r ON r.id = s.room_id JOIN staff st ON st.id = s.instructor_id");

const QString kClassSelect = QStringLiteral(
    "SELECT c.id, c.uuid, c.course_id, ci.title, ci.kind, ci.category, c.name, c.instructor_id, st.display_name, "
    "c.room_id, r.name, c.capacity, c.start_date, c.end_date, c.class_hours_per_session, c.drop_in_price_minor, "
    "c.status, c.weekdays, c.start_time, c.end_time, c.created_at, "
    "(SELECT count(*) FROM sessions x WHERE x.class_id = c.id AND x.status <> 'cancelled'), "
    "(SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND e.status = 'enrolled'), "
    "(SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND e.status = 'waitlisted') "
    "FROM classes c JOIN catalog_items ci ON ci.id = c.course_id JOIN staff st ON st.id = c.instructor_id "
    "JOIN rooms r ON r.id = c.room_id");

const QString kTimeFormat = QStringLiteral("HH:mm");

QTimeZone centerZone(const Database& db)
{
    return CenterSettings(db).timeZone();
}

QString localDay(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).date().toString(Qt::ISODate);
}

QString localTime(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).time().toString(kTimeFormat);
}

Session sessionFromRow(const QSqlQuery& q, const QTimeZone& zone)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.classId = q.value(2).toLongLong();
    s.classUuid = q.value(3).toString();
    s.className = q.value(4).toString();
    s.courseId = q.value(5).toLongLong();
    s.courseTitle = q.value(6).toString();
    s.courseCategory = q.value(7).toString();
    s.startsAt = sql::toDateTime(q.value(8));
    s.endsAt = sql::toDateTime(q.value(9));
    s.localDate = sql::toDate(q.value(10));
    s.localStart = s.startsAt.toTimeZone(zone).time();
    s.localEnd = s.endsAt.toTimeZone(zone).time();
    s.roomId = q.value(11).toLongLong();
    s.roomName = q.value(12).toString();
    s.instructorId = q.value(13).toLongLong();
    s.instructorName = q.value(14).toString();
    s.status = sessionStatusFromKey(q.value(15).toString()).value_or(SessionStatus::Scheduled);
    s.makeupOfId = q.value(16).toLongLong();
    s.classHours = ClassHours::fromHundredths(q.value(17).toLongLong());
    s.cancelReason = q.value(18).toString();
    s.capacity = q.value(19).toInt();
    if (!q.value(20).isNull())
        s.dropInPrice = Money::fromMinor(q.value(20).toLongLong());
    s.enrolledCount = q.value(21).toInt();
    s.checkedInCount = q.value(22).toInt();
    return s;
}

CourseClass classFromRow(const QSqlQuery& q)
{
    CourseClass c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.courseId = q.value(2).toLongLong();
    c.courseTitle = q.value(3).toString();
    c.courseKind = CatalogItem::kindFromKey(q.value(4).toString()).value_or(CatalogItem::Kind::OfflineCourse);
    c.courseCategory = q.value(5).toString();
    c.name = q.value(6).toString();
    c.instructorId = q.value(7).toLongLong();
    c.instructorName = q.value(8).toString();
    c.roomId = q.value(9).toLongLong();
    c.roomName = q.value(10).toString();
    c.capacity = q.value(11).toInt();
    c.startDate = sql::toDate(q.value(12));
    c.endDate = sql::toDate(q.value(13));
    c.classHoursPerSession = ClassHours::fromHundredths(q.value(14).toLongLong());
    if (!q.value(15).isNull())
        c.dropInPrice = Money::fromMinor(q.value(15).toLongLong());
    c.status = classStatusFromKey(q.value(16).toString()).value_or(ClassStatus::Active);
    c.weekdays = Recurrence::weekdaysFromMask(q.value(17).toInt());
    c.startTime = QTime::fromString(q.value(18).toString(), kTimeFormat);
    c.endTime = QTime::fromString(q.value(19).toString(), kTimeFormat);
    c.createdAt = sql::toDateTime(q.value(20));
    c.sessionCount = q.value(21).toInt();
    c.enrolledCount = q.value(22).toInt();
    c.waitlistCount = q.value(23).toInt();
    return c;
}

Result<QList<Session>> querySessions(const Database& db, const QString& where, const QVariantList& bindings)
{
    auto q = db.exec(
        kSessionSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY s.starts_at, r.name"), bindings);
    if (!q)
        return q.error();
    const QTimeZone zone = centerZone(db);
    QList<Session> sessions;
    while (q.value().next())
        sessions.append(sessionFromRow(q.value(), zone));
    return sessions;
}

Status checkInstructor(const Database& db, qint64 instructorId)
{
    auto q = db.exec(QStringLiteral("SELECT display_name, role, active FROM staff WHERE id = ?"), {instructorId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::invalid(ScheduleService::tr("Choose an instructor."), QStringLiteral("instructorId"));
    const QString name = q.value().value(0).toString();
    const QString role = q.value().value(1).toString();
    if (role != roleKey(Role::Instructor) && role != roleKey(Role::Admin))
        return Error::invalid(
            ScheduleService::tr("%1 is not an instructor.").arg(name), QStringLiteral("instructorId"));
    if (!q.value().value(2).toBool())
        return Error::invalid(
            ScheduleService::tr("%1's account is disabled.").arg(name), QStringLiteral("instructorId"));
    return {};
}

Result<Room> checkRoom(const Database& db, qint64 roomId)
{
    auto room = RoomService::byId(db, roomId);
    if (!room) {
        if (room.error().kind == Error::Kind::NotFound)
            return Error::invalid(ScheduleService::tr("Choose a room."), QStringLiteral("roomId"));
        return room.error();
    }
    if (!room->active)
        return Error::invalid(
            ScheduleService::tr("The room %1 is no longer in use.").arg(room->name), QStringLiteral("roomId"));
    return room;
}

Status checkTimes(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid())
        return Error::invalid(ScheduleService::tr("Choose a start time."), QStringLiteral("start"));
    if (!end.isValid() || end <= start)
        return Error::invalid(ScheduleService::tr("A session ends after it starts."), QStringLiteral("end"));
    if (start.secsTo(end) > ScheduleService::kMaxSessionSeconds)
        return Error::invalid(ScheduleService::tr("A session lasts at most 24 hours."), QStringLiteral("end"));
    return {};
}

Error clashError(const QList<Clash>& clashes)
{
    QString message = clashes.first().message;
    if (clashes.size() > 1)
        message += QLatin1Char(' ') + ScheduleService::tr("(%n more clash(es).)", nullptr, int(clashes.size() - 1));
    return Error::conflict(message, QStringLiteral("sessions"));
}

// Session dates stay within the class's start and end dates.
Status widenClassDates(const Context& ctx, qint64 classId, const QDate& localDate)
{
    const QString day = sql::fromDate(localDate);
    auto r = ctx.db.exec(
        QStringLiteral("UPDATE classes SET start_date = min(start_date, ?), end_date = max(end_date, ?) WHERE id = ?"),
        {day, day, classId});
    if (!r)
        return r.error();
    return {};
}

Result<int> attendanceCount(const Database& db, qint64 sessionId)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE session_id = ?"), {sessionId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

// Validates a single session's times, room and instructor (capacity against the class's enrolled
// students) and that it does not clash.
Status checkSingleSession(const Database& db, const CourseClass& cls, const QDateTime& start, const QDateTime& end,
    qint64 roomId, qint64 instructorId, qint64 excludeSessionId)
{
    if (auto t = checkTimes(start, end); !t)
        return t;
    auto room = checkRoom(db, roomId);
    if (!room)
        return room.error();
    if (room->capacity < cls.enrolledCount)
        return Error::invalid(ScheduleService::tr("%1 holds %2, but %3 students are enrolled.")
                                  .arg(room->name)
                                  .arg(room->capacity)
                                  .arg(cls.enrolledCount),
            QStringLiteral("roomId"));
    if (auto i = checkInstructor(db, instructorId); !i)
        return i;
    auto clashes = ScheduleService::clashesFor(db, start, end, roomId, instructorId, excludeSessionId);
    if (!clashes)
        return clashes.error();
    if (!clashes->isEmpty())
        return clashError(clashes.value());
    return {};
}

Result<Session> insertSession(const Context& ctx, const CourseClass& cls, const QDateTime& start, const QDateTime& end,
    qint64 roomId, qint64 instructorId, ClassHours hours, qint64 makeupOf)
{
    const QDate localDate = start.toTimeZone(centerZone(ctx.db)).date();
    const QString uuid = sql::newUuid();
    auto r
        = ctx.db.exec(QStringLiteral("INSERT INTO sessions (uuid, class_id, starts_at, ends_at, local_date, room_id, "
                                     "instructor_id, makeup_of_id, class_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {uuid, cls.id, sql::fromDateTime(start), sql::fromDateTime(end), sql::fromDate(localDate), roomId,
                instructorId, makeupOf == 0 ? QVariant() : QVariant(makeupOf), hours.hundredths()});
    if (!r)
        return r.error();
    const qint64 id = r.value().lastInsertId().toLongLong();
    if (auto w = widenClassDates(ctx, cls.id, localDate); !w)
        return w.error();
    return ScheduleService::sessionById(ctx.db, id);
}

QString sessionSummary(const Session& s)
{
    return QStringLiteral("%1 %2 %3-%4")
        .arg(s.className, sql::fromDate(s.localDate), s.localStart.toString(kTimeFormat),
            s.localEnd.toString(kTimeFormat));
}

// The sessions a recurrence gives, in the center's zone.
Result<QList<ProposedSession>> generate(const ClassSpec& spec, const QTimeZone& zone)
{
    const Recurrence& rec = spec.recurrence;
    const int mask = rec.weekdayMask();
    if (mask == 0)
        return Error::invalid(ScheduleService::tr("Choose at least one weekday."), QStringLiteral("weekdays"));
    if (!rec.startTime.isValid())
        return Error::invalid(ScheduleService::tr("Choose a start time."), QStringLiteral("startTime"));
    if (!rec.endTime.isValid() || rec.endTime <= rec.startTime)
        return Error::invalid(
            ScheduleService::tr("A session ends after it starts, on the same day."), QStringLiteral("endTime"));
    const bool byCount = rec.sessionCount != 0;
    if (byCount == rec.endDate.isValid())
        return Error::invalid(
            ScheduleService::tr("Give either a number of sessions or an end date."), QStringLiteral("sessionCount"));
    if (byCount && (rec.sessionCount < 0 || rec.sessionCount > ScheduleService::kMaxSessionsPerClass))
        return Error::invalid(
            ScheduleService::tr("A class has 1 to %1 sessions.").arg(ScheduleService::kMaxSessionsPerClass),
            QStringLiteral("sessionCount"));
    if (!byCount && rec.endDate < spec.startDate)
        return Error::invalid(ScheduleService::tr("The end date is before the start date."), QStringLiteral("endDate"));

    QList<ProposedSession> sessions;
    for (QDate day = spec.startDate;; day = day.addDays(1)) {
        if (byCount ? sessions.size() == rec.sessionCount : day > rec.endDate)
            break;
        if (!(mask & (1 << (day.dayOfWeek() - 1))))
            continue;
        if (sessions.size() == ScheduleService::kMaxSessionsPerClass)
            return Error::invalid(
                ScheduleService::tr("A class has 1 to %1 sessions.").arg(ScheduleService::kMaxSessionsPerClass),
                QStringLiteral("endDate"));
        const QDateTime start(day, rec.startTime, zone);
        const QDateTime end(day, rec.endTime, zone);
        // Clocks jumping forward skip some local times; a session cannot start or end in the gap.
        if (!start.isValid() || !end.isValid() || start.time() != rec.startTime || end.time() != rec.endTime)
            return Error::invalid(
                ScheduleService::tr("%1 does not have the time %2–%3 (the clocks change that day).")
                    .arg(sql::fromDate(day), rec.startTime.toString(kTimeFormat), rec.endTime.toString(kTimeFormat)),
                QStringLiteral("startTime"));
        sessions.append({day, start.toUTC(), end.toUTC(), spec.roomId, spec.instructorId});
    }
    if (sessions.isEmpty())
        return Error::invalid(
            ScheduleService::tr("No chosen weekday falls between the start and end dates."), QStringLiteral("endDate"));
    return sessions;
}

} // namespace

Result<QList<Clash>> ScheduleService::clashesFor(const Database& db, const QDateTime& start, const QDateTime& end,
    qint64 roomId, qint64 instructorId, qint64 excludeSessionId)
{
    // Overlap is start < other end and other start < end; the lower bound on starts_at lets the room
    // and instructor indexes do the work.
    auto q = db.exec(
        QStringLiteral("SELECT s.id, s.class_id, c.name, s.starts_at, s.ends_at, s.room_id, r.name, s.instructor_id, "
                       "st.display_name FROM sessions s JOIN classes c ON c.id = s.class_id "
                       "JOIN rooms r ON r.id = s.room_id JOIN staff st ON st.id = s.instructor_id "
                       "WHERE (s.room_id = ? OR s.instructor_id = ?) AND s.status <> 'cancelled' AND s.id <> ? "
                       "AND s.starts_at < ? AND s.starts_at > ? AND s.ends_at > ? ORDER BY s.starts_at"),
        {roomId, instructorId, excludeSessionId, sql::fromDateTime(end),
            sql::fromDateTime(start.addSecs(-kMaxSessionSeconds)), sql::fromDateTime(start)});
    if (!q)
        return q.error();
    const QTimeZone zone = centerZone(db);
    QList<Clash> clashes;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        Clash clash;
        clash.localDate = start.toTimeZone(zone).date();
        clash.startsAt = start.toUTC();
        clash.endsAt = end.toUTC();
        clash.otherSessionId = row.value(0).toLongLong();
        clash.otherClassId = row.value(1).toLongLong();
        clash.otherClassName = row.value(2).toString();
        clash.otherStartsAt = sql::toDateTime(row.value(3));
        clash.otherEndsAt = sql::toDateTime(row.value(4));
        clash.roomName = row.value(6).toString();
        clash.instructorName = row.value(8).toString();
        const QString when
            = QStringLiteral("%1 %2–%3").arg(localDay(start, zone), localTime(start, zone), localTime(end, zone));
        const QString other
            = QStringLiteral("%1–%2").arg(localTime(clash.otherStartsAt, zone), localTime(clash.otherEndsAt, zone));
        if (row.value(5).toLongLong() == roomId) {
            clash.kind = Clash::Kind::Room;
            clash.message = tr("%1: %2 is already used by the class “%3” (%4).")
                                .arg(when, clash.roomName, clash.otherClassName, other);
            clashes.append(clash);
        }
        if (row.value(7).toLongLong() == instructorId) {
            clash.kind = Clash::Kind::Instructor;
            clash.message = tr("%1: %2 is already teaching the class “%3” (%4).")
                                .arg(when, clash.instructorName, clash.otherClassName, other);
            clashes.append(clash);
        }
    }
    return clashes;
}

Result<SessionProposal> ScheduleService::proposeSessions(const Database& db, const ClassSpec& spec)
{
    auto course = CatalogService::get(db, spec.courseId);
    if (!course) {
        if (course.error().kind == Error::Kind::NotFound)
            return Error::invalid(tr("Choose a course."), QStringLiteral("courseId"));
        return course.error();
    }
    if (!course->isSchedulable())
        return Error::invalid(
            tr("Classes are scheduled for offline courses and workshops, not for “%1”.").arg(course->title),
            QStringLiteral("courseId"));
    if (!course->active)
        return Error::invalid(tr("“%1” is no longer offered.").arg(course->title), QStringLiteral("courseId"));
    if (spec.name.simplified().isEmpty())
        return Error::invalid(tr("The class name is empty."), QStringLiteral("name"));
    if (auto i = checkInstructor(db, spec.instructorId); !i)
        return i.error();
    auto room = checkRoom(db, spec.roomId);
    if (!room)
        return room.error();
    if (spec.capacity <= 0)
        return Error::invalid(tr("A class has at least one seat."), QStringLiteral("capacity"));
    if (spec.capacity > room->capacity)
        return Error::invalid(tr("%1 holds only %2; the class cannot have %3 seats.")
                                  .arg(room->name)
                                  .arg(room->capacity)
                                  .arg(spec.capacity),
            QStringLiteral("capacity"));
    if (!spec.startDate.isValid())
        return Error::invalid(tr("Choose a start date."), QStringLiteral("startDate"));
    if (spec.classHoursPerSession && spec.classHoursPerSession->isNegative())
        return Error::invalid(tr("The class hours cannot be negative."), QStringLiteral("classHours"));
    if (spec.dropInPrice && spec.dropInPrice->isNegative())
        return Error::invalid(tr("The drop-in price cannot be negative."), QStringLiteral("dropInPrice"));

    auto sessions = generate(spec, centerZone(db));
    if (!sessions)
        return sessions.error();
    SessionProposal proposal;
    proposal.sessions = sessions.value();
    for (int i = 0; i < proposal.sessions.size(); ++i) {
        const ProposedSession& s = proposal.sessions[i];
        auto clashes = clashesFor(db, s.startsAt, s.endsAt, s.roomId, s.instructorId);
        if (!clashes)
            return clashes.error();
        for (Clash clash : clashes.value()) {
            clash.proposedIndex = i;
            proposal.clashes.append(clash);
        }
    }
    return proposal;
}

Result<CourseClass> ScheduleService::createClass(const Context& ctx, const ClassSpec& spec)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed.error();
    // The write lock first, so no other desk books the room between the clash check and the insert.
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto proposal = proposeSessions(ctx.db, spec);
    if (!proposal)
        return proposal.error();
    if (proposal->hasClashes())
        return clashError(proposal->clashes);
    auto course = CatalogService::get(ctx.db, spec.courseId);
    if (!course)
        return course.error();
    const ClassHours hours = spec.classHoursPerSession.value_or(course->classHours);
    const QList<ProposedSession>& sessions = proposal->sessions;
    const QString uuid = sql::newUuid();
    const QString name = spec.name.simplified();
    auto r = ctx.db.exec(
        QStringLiteral("INSERT INTO classes (uuid, course_id, name, instructor_id, room_id, capacity, start_date, "
                       "end_date, class_hours_per_session, drop_in_price_minor, weekdays, start_time, end_time, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, spec.courseId, name, spec.instructorId, spec.roomId, spec.capacity,
            sql::fromDate(sessions.first().localDate), sql::fromDate(sessions.last().localDate), hours.hundredths(),
            spec.dropInPrice ? QVariant(spec.dropInPrice->minor()) : QVariant(), spec.recurrence.weekdayMask(),
            spec.recurrence.startTime.toString(kTimeFormat), spec.recurrence.endTime.toString(kTimeFormat),
            sql::fromDateTime(ctx.clock.nowUtc())});
    if (!r)
        return r.error();
    const qint64 classId = r.value().lastInsertId().toLongLong();
    for (const ProposedSession& s : sessions) {
        auto inserted = ctx.db.exec(
            QStringLiteral("INSERT INTO sessions (uuid, class_id, starts_at, ends_at, local_date, room_id, "
                           "instructor_id, class_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), classId, sql::fromDateTime(s.startsAt), sql::fromDateTime(s.endsAt),
                sql::fromDate(s.localDate), s.roomId, s.instructorId, hours.hundredths()});
        if (!inserted)
            return inserted.error();
    }
    if (auto a = AuditLog::record(ctx, QStringLiteral("class"), uuid, QStringLiteral("create"),
            QStringLiteral("%1: %2 session(s) %3..%4, %5")
                .arg(name)
                .arg(sessions.size())
                .arg(sql::fromDate(sessions.first().localDate), sql::fromDate(sessions.last().localDate),
                    spec.recurrence.describe()));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return classById(ctx.db, classId);
}

Result<CourseClass> ScheduleService::updateClass(
    const Context& ctx, qint64 classId, const QString& name, int capacity, const std::optional<Money>& dropInPrice)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto before = classById(ctx.db, classId);
    if (!before)
        return before.error();
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return Error::invalid(tr("The class name is empty."), QStringLiteral("name"));
    if (capacity <= 0)
        return Error::invalid(tr("A class has at least one seat."), QStringLiteral("capacity"));
    auto room = RoomService::byId(ctx.db, before->roomId);
    if (!room)
        return room.error();
    if (capacity > room->capacity)
        return Error::invalid(
            tr("%1 holds only %2; the class cannot have %3 seats.").arg(room->name).arg(room->capacity).arg(capacity),
            QStringLiteral("capacity"));
    if (capacity < before->enrolledCount)
        return Error::invalid(
            tr("%n student(s) are enrolled; drop some before lowering the seats.", nullptr, before->enrolledCount),
            QStringLiteral("capacity"));
    if (dropInPrice && dropInPrice->isNegative())
        return Error::invalid(tr("The drop-in price cannot be negative."), QStringLiteral("dropInPrice"));
    auto r
        = ctx.db.exec(QStringLiteral("UPDATE classes SET name = ?, capacity = ?, drop_in_price_minor = ? WHERE id = ?"),
            {cleanName, capacity, dropInPrice ? QVariant(dropInPrice->minor()) : QVariant(), classId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("class"), before->uuid, QStringLiteral("update"),
            QStringLiteral("%1, %2 seats").arg(cleanName).arg(capacity));
        !a)
        return a.error();
    if (capacity > before->capacity) {
        auto promoted = EnrollmentService::fillFreeSeats(ctx, classId);
        if (!promoted)
            return promoted.error();
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return classById(ctx.db, classId);
}

Status ScheduleService::cancelClass(const Context& ctx, qint64 classId, const QString& reason)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed;
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::invalid(tr("Say why the class is cancelled; students will ask."), QStringLiteral("reason"));
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto cls = classById(ctx.db, classId);
    if (!cls)
        return cls.error();
    if (cls->status != ClassStatus::Active)
        return Error::conflict(tr("The class %1 is %2.").arg(cls->name, classStatusDisplayName(cls->status)));
    auto sessions = ctx.db.exec(
        QStringLiteral("UPDATE sessions SET status = 'cancelled', cancel_reason = ? WHERE class_id = ? AND status = "
                       "'scheduled' AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = sessions.id)"),
        {why, classId});
    if (!sessions)
        return sessions.error();
    const int cancelled = sessions.value().numRowsAffected();
    auto r = ctx.db.exec(QStringLiteral("UPDATE classes SET status = 'cancelled' WHERE id = ?"), {classId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("class"), cls->uuid, QStringLiteral("cancel"),
            QStringLiteral("%1: %2 session(s) cancelled: %3").arg(cls->name).arg(cancelled).arg(why));
        !a)
        return a;
    return tx.value().commit();
}

Status ScheduleService::cancelSession(const Context& ctx, qint64 sessionId, const QString& reason)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed;
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::invalid(tr("Say why the session is cancelled; students will ask."), QStringLiteral("reason"));
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto session = sessionById(ctx.db, sessionId);
    if (!session)
        return session.error();
    if (session->status != SessionStatus::Scheduled)
        return Error::conflict(tr("Only a scheduled session can be cancelled; this one is %1.")
                                   .arg(sessionStatusDisplayName(session->status)));
    auto attended = attendanceCount(ctx.db, sessionId);
    if (!attended)
        return attended.error();
    if (attended.value() > 0)
        return Error::conflict(
            tr("%n student(s) already have attendance for this session; undo it first.", nullptr, attended.value()));
    auto r = ctx.db.exec(
        QStringLiteral("UPDATE sessions SET status = 'cancelled', cancel_reason = ? WHERE id = ?"), {why, sessionId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("session"), session->uuid, QStringLiteral("cancel"),
            sessionSummary(session.value()) + QStringLiteral(": ") + why);
        !a)
        return a;
    return tx.value().commit();
}

Result<Session> ScheduleService::scheduleMakeup(const Context& ctx, qint64 cancelledSessionId, const QDateTime& start,
    const QDateTime& end, qint64 roomId, qint64 instructorId)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto original = sessionById(ctx.db, cancelledSessionId);
    if (!original)
        return original.error();
    if (original->status != SessionStatus::Cancelled)
        return Error::conflict(tr("Only a cancelled session gets a makeup session."));
    auto existing = ctx.db.scalar(
        QStringLiteral("SELECT count(*) FROM sessions WHERE makeup_of_id = ? AND status <> 'cancelled'"),
        {cancelledSessionId});
    if (!existing)
        return existing.error();
    if (existing.value().toInt() > 0)
        return Error::conflict(tr("This session already has a makeup session."));
    auto cls = classById(ctx.db, original->classId);
    if (!cls)
        return cls.error();
    const qint64 room = roomId != 0 ? roomId : original->roomId;
    const qint64 instructor = instructorId != 0 ? instructorId : original->instructorId;
    if (auto ok = checkSingleSession(ctx.db, cls.value(), start, end, room, instructor, 0); !ok)
        return ok.error();
    auto session = insertSession(
        ctx, cls.value(), start.toUTC(), end.toUTC(), room, instructor, original->classHours, cancelledSessionId);
    if (!session)
        return session;
    if (auto a = AuditLog::record(ctx, QStringLiteral("session"), session->uuid, QStringLiteral("makeup"),
            sessionSummary(session.value()) + QStringLiteral(" for ") + sql::fromDate(original->localDate));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return session;
}

Result<Session> ScheduleService::addSession(const Context& ctx, qint64 classId, const QDateTime& start,
    const QDateTime& end, qint64 roomId, qint64 instructorId)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto cls = classById(ctx.db, classId);
    if (!cls)
        return cls.error();
    if (cls->status != ClassStatus::Active)
        return Error::conflict(tr("The class %1 is %2.").arg(cls->name, classStatusDisplayName(cls->status)));
    const qint64 room = roomId != 0 ? roomId : cls->roomId;
    const qint64 instructor = instructorId != 0 ? instructorId : cls->instructorId;
    if (auto ok = checkSingleSession(ctx.db, cls.value(), start, end, room, instructor, 0); !ok)
        return ok.error();
    auto session
        = insertSession(ctx, cls.value(), start.toUTC(), end.toUTC(), room, instructor, cls->classHoursPerSession, 0);
    if (!session)
        return session;
    if (auto a = AuditLog::record(
            ctx, QStringLiteral("session"), session->uuid, QStringLiteral("create"), sessionSummary(session.value()));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return session;
}

Result<Session> ScheduleService::moveSession(const Context& ctx, qint64 sessionId, const QDateTime& start,
    const QDateTime& end, qint64 roomId, qint64 instructorId)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto before = sessionById(ctx.db, sessionId);
    if (!before)
        return before.error();
    if (before->status != SessionStatus::Scheduled)
        return Error::conflict(
            tr("Only a scheduled session can be moved; this one is %1.").arg(sessionStatusDisplayName(before->status)));
    auto attended = attendanceCount(ctx.db, sessionId);
    if (!attended)
        return attended.error();
    if (attended.value() > 0)
        return Error::conflict(
            tr("%n student(s) already have attendance for this session; undo it first.", nullptr, attended.value()));
    auto cls = classById(ctx.db, before->classId);
    if (!cls)
        return cls.error();
    const qint64 room = roomId != 0 ? roomId : before->roomId;
    const qint64 instructor = instructorId != 0 ? instructorId : before->instructorId;
    if (auto ok = checkSingleSession(ctx.db, cls.value(), start, end, room, instructor, sessionId); !ok)
        return ok.error();
    const QDate localDate = start.toTimeZone(centerZone(ctx.db)).date();
    auto r = ctx.db.exec(QStringLiteral("UPDATE sessions SET starts_at = ?, ends_at = ?, local_date = ?, room_id = ?, "
                                        "instructor_id = ? WHERE id = ?"),
        {sql::fromDateTime(start), sql::fromDateTime(end), sql::fromDate(localDate), room, instructor, sessionId});
    if (!r)
        return r.error();
    if (auto w = widenClassDates(ctx, cls->id, localDate); !w)
        return w.error();
    auto after = sessionById(ctx.db, sessionId);
    if (!after)
        return after;
    if (auto a = AuditLog::record(ctx, QStringLiteral("session"), after->uuid, QStringLiteral("move"),
            sessionSummary(before.value()) + QStringLiteral(" -> ")
                + QStringLiteral("%1 %2-%3 %4 %5")
                      .arg(sql::fromDate(after->localDate), after->localStart.toString(kTimeFormat),
                          after->localEnd.toString(kTimeFormat), after->roomName, after->instructorName));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return after;
}

Status ScheduleService::markDone(const Context& ctx, qint64 sessionId)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed;
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto session = sessionById(ctx.db, sessionId);
    if (!session)
        return session.error();
    if (session->status != SessionStatus::Scheduled)
        return Error::conflict(tr("Only a scheduled session can be marked as held; this one is %1.")
                                   .arg(sessionStatusDisplayName(session->status)));
    if (session->startsAt > ctx.clock.nowUtc())
        return Error::conflict(tr("The session has not started yet."));
    auto r = ctx.db.exec(QStringLiteral("UPDATE sessions SET status = 'done' WHERE id = ?"), {sessionId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(
            ctx, QStringLiteral("session"), session->uuid, QStringLiteral("done"), sessionSummary(session.value()));
        !a)
        return a;
    return tx.value().commit();
}

Result<QList<Session>> ScheduleService::sessionsOn(const Database& db, const QDate& localDate)
{
    return querySessions(db, QStringLiteral("s.local_date = ?"), {sql::fromDate(localDate)});
}

Result<QList<Session>> ScheduleService::sessionsBetween(
    const Database& db, const QDate& from, const QDate& to, qint64 roomId, qint64 instructorId)
{
    QString where = QStringLiteral("s.local_date BETWEEN ? AND ?");
    QVariantList bindings {sql::fromDate(from), sql::fromDate(to)};
    if (roomId != 0) {
        where += QStringLiteral(" AND s.room_id = ?");
        bindings << roomId;
    }
    if (instructorId != 0) {
        where += QStringLiteral(" AND s.instructor_id = ?");
        bindings << instructorId;
    }
    return querySessions(db, where, bindings);
}

Result<QList<Session>> ScheduleService::sessionsOfClass(const Database& db, qint64 classId)
{
    return querySessions(db, QStringLiteral("s.class_id = ?"), {classId});
}

Result<Session> ScheduleService::sessionById(const Database& db, qint64 sessionId)
{
    auto sessions = querySessions(db, QStringLiteral("s.id = ?"), {sessionId});
    if (!sessions)
        return sessions.error();
    if (sessions->isEmpty())
        return Error::notFound(tr("There is no session with id %1.").arg(sessionId));
    return sessions->first();
}

Result<Session> ScheduleService::sessionByUuid(const Database& db, const QString& uuid)
{
    auto sessions = querySessions(db, QStringLiteral("s.uuid = ?"), {uuid});
    if (!sessions)
        return sessions.error();
    if (sessions->isEmpty())
        return Error::notFound(tr("There is no session %1.").arg(uuid));
    return sessions->first();
}

Result<CourseClass> ScheduleService::classById(const Database& db, qint64 classId)
{
    auto q = db.exec(kClassSelect + QStringLiteral(" WHERE c.id = ?"), {classId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no class with id %1.").arg(classId));
    return classFromRow(q.value());
}

Result<QList<CourseClass>> ScheduleService::classes(const Database& db, const ClassFilter& filter)
{
    QStringList where;
    QVariantList bindings;
    if (filter.courseId != 0) {
        where << QStringLiteral("c.course_id = ?");
        bindings << filter.courseId;
    }
    if (filter.instructorId != 0) {
        where << QStringLiteral("c.instructor_id = ?");
        bindings << filter.instructorId;
    }
    if (filter.roomId != 0) {
        where << QStringLiteral("c.room_id = ?");
        bindings << filter.roomId;
    }
    if (filter.status) {
        where << QStringLiteral("c.status = ?");
        bindings << classStatusKey(*filter.status);
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        where << QStringLiteral("(instr(lower(c.name), lower(?)) > 0 OR instr(lower(ci.title), lower(?)) > 0)");
        bindings << text << text;
    }
    QString sqlText = kClassSelect;
    if (!where.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sqlText += QStringLiteral(" ORDER BY c.start_date, c.name, c.id");
    auto q = db.exec(sqlText, bindings);
    if (!q)
        return q.error();
    QList<CourseClass> result;
    while (q.value().next())
        result.append(classFromRow(q.value()));
    return result;
}

Result<QList<StaffMember>> ScheduleService::instructors(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, uuid, username, display_name, role, phone FROM staff WHERE active = 1 "
                                    "AND role IN ('instructor', 'admin') "
                                    "ORDER BY role = 'admin', display_name, id"));
    if (!q)
        return q.error();
    QList<StaffMember> staff;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        StaffMember member;
        member.id = row.value(0).toLongLong();
        member.uuid = row.value(1).toString();
        member.username = row.value(2).toString();
        member.displayName = row.value(3).toString();
        member.role = roleFromKey(row.value(4).toString()).value_or(Role::Instructor);
        member.phone = row.value(5).toString();
        staff.append(member);
    }
    return staff;
}

} // namespace td
