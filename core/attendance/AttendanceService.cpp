#include "AttendanceService.h"

#include "attendance/ClassHourLedger.h"
#include "attendance/MembershipService.h"
#include "audit/AuditLog.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace td {

// The attendance side's access to the ledger's unchecked append (see ClassHourLedger).
struct AttendanceDebits
{
    static Result<qint64> append(const Context& ctx, qint64 packId, ClassHours delta, ClassHourEntry::Reason reason,
        qint64 attendanceId, const QString& attendanceUuid, const QString& note)
    {
        return ClassHourLedger::append(ctx, packId, delta, reason, attendanceId, attendanceUuid, note);
    }
};

namespace {

constexpr int kExpiryWarningDays = 14;

struct SessionInfo
{
    qint64 id = 0;
    QString uuid;
    qint64 classId = 0;
    qint64 makeupOfClassId = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    QDate date;
    QString status;
    ClassHours hours;
    QString className;
    qint64 courseId = 0;
    QString courseTitle;
    QString category;
    qint64 instructorId = 0;
};

struct StudentInfo
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
};

struct AttendanceRow
{
    qint64 id = 0;
    QString uuid;
    qint64 sessionId = 0;
    qint64 studentId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    QDateTime recordedAt;
    QString recordedBy;
};

struct Deduction
{
    qint64 packId = 0;
    ClassHours hours;
    ClassHours remaining;
    QDate expiresOn;
};

Result<std::optional<SessionInfo>> loadSession(const Database& db, qint64 sessionId)
{
    auto q = db.exec(QStringLiteral("SELECT s.id, s.uuid, s.class_id, coalesce(m.class_id, 0), s.starts_at, s.ends_at, "
                                    "s.local_date, s.status, s.class_hours, c.name, c.course_id, i.title, i.category, "
                                    "s.instructor_id "
                                    "FROM sessions s JOIN classes c ON c.id = s.class_id "
                                    "JOIN catalog_items i ON i.id = c.course_id "
                                    "LEFT JOIN sessions m ON m.id = s.makeup_of_id WHERE s.id = ?"),
        {sessionId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SessionInfo>();
    const QSqlQuery& r = q.value();
    return std::optional<SessionInfo>(
        SessionInfo {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toLongLong(),
            sql::toDateTime(r.value(4)), sql::toDateTime(r.value(5)), sql::toDate(r.value(6)), r.value(7).toString(),
            ClassHours::fromHundredths(r.value(8).toLongLong()), r.value(9).toString(), r.value(10).toLongLong(),
            r.value(11).toString(), r.value(12).toString(), r.value(13).toLongLong()});
}

Result<std::optional<StudentInfo>> loadStudent(const Database& db, const QString& where, const QVariantList& bindings)
{
    auto q = db.exec(QStringLiteral("SELECT id, uuid, code, name FROM students WHERE ") + where, bindings);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StudentInfo>();
    const QSqlQuery& r = q.value();
    return std::optional<StudentInfo>(
        StudentInfo {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString()});
}

Result<std::optional<AttendanceRow>> loadAttendance(
    const Database& db, const QString& where, const QVariantList& bindings)
{
    auto q = db.exec(QStringLiteral("SELECT a.id, a.uuid, a.session_id, a.student_id, a.status, a.recorded_at, "
                                    "coalesce(st.display_name, '') FROM attendance a "
                                    "LEFT JOIN staff st ON st.id = a.recorded_by WHERE ")
            + where,
        bindings);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AttendanceRow>();
    const QSqlQuery& r = q.value();
    return std::optional<AttendanceRow>(
        AttendanceRow {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toLongLong(),
            AttendanceService::statusFromKey(r.value(4).toString()).value_or(AttendanceStatus::Present),
            sql::toDateTime(r.value(5)), r.value(6).toString()});
}

QTimeZone zone(const Database& db)
{
    return CenterSettings(db).timeZone();
}

QString localTime(const Database& db, const QDateTime& utc)
{
    return utc.toTimeZone(zone(db)).toString(QStringLiteral("HH:mm"));
}

QString sessionLabel(const Database& db, const SessionInfo& s)
{
    return AttendanceService::tr("%1 on %2 at %3")
        .arg(s.courseTitle, s.date.toString(Qt::ISODate), localTime(db, s.startsAt));
}

// The hours an attendance row has taken from each pack and not yet given back.
Result<QList<std::pair<qint64, ClassHours>>> outstanding(const Database& db, qint64 attendanceId)
{
    auto q = db.exec(QStringLiteral("SELECT pack_id, sum(delta) FROM class_hour_entries WHERE attendance_id = ? "
                                    "GROUP BY pack_id HAVING sum(delta) <> 0 ORDER BY pack_id"),
        {attendanceId});
    if (!q)
        return q.error();
    QList<std::pair<qint64, ClassHours>> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), -ClassHours::fromHundredths(q.value().value(1).toLongLong())});
    return list;
}

// Instructors take the roll of their own sessions; the desk and administrators of any.
Status mayRecordFor(const Context& ctx, const SessionInfo& session)
{
    if (ctx.actor.role == Role::Instructor && session.instructorId != ctx.actor.staffId)
        return Error::forbidden(AttendanceService::tr("Instructors record attendance of their own sessions only; %1 "
                                                      "is taught by someone else.")
                                    .arg(sessionLabel(ctx.db, session)));
    return {};
}

Status validateTiming(const Context& ctx, const SessionInfo& session, AttendanceStatus status, int opensMinutesBefore)
{
    if (session.status == QLatin1String("cancelled"))
        return Error::conflict(
            AttendanceService::tr("%1 was cancelled.").arg(sessionLabel(ctx.db, session)), QStringLiteral("session"));
    if (status == AttendanceStatus::Excused)
        return {};
    const QDateTime opens = session.startsAt.addSecs(-qint64(opensMinutesBefore) * 60);
    if (ctx.clock.nowUtc() < opens)
        return Error::conflict(AttendanceService::tr("%1 has not started yet; check-in opens at %2.")
                                   .arg(sessionLabel(ctx.db, session), localTime(ctx.db, opens)),
            QStringLiteral("session"));
    return {};
}

Status validateEnrollment(
    const Context& ctx, const SessionInfo& session, const StudentInfo& student, AttendanceStatus status)
{
    // A makeup may be taken in any class of the course; otherwise the student belongs to the session's
    // class (or to the class of the session this one makes up for).
    const QString sqlText = status == AttendanceStatus::Makeup
        ? QStringLiteral("SELECT count(*) FROM enrollments e JOIN classes c ON c.id = e.class_id "
                         "WHERE e.student_id = ? AND e.status = 'enrolled' AND c.course_id = ?")
        : QStringLiteral("SELECT count(*) FROM enrollments WHERE student_id = ? AND status = 'enrolled' "
                         "AND class_id IN (?, ?)");
    const QVariantList bindings = status == AttendanceStatus::Makeup
        ? QVariantList {student.id, session.courseId}
        : QVariantList {student.id, session.classId, session.makeupOfClassId};
    auto enrolled = ctx.db.scalar(sqlText, bindings);
    if (!enrolled)
        return enrolled.error();
    if (enrolled.value().toInt() > 0)
        return {};
    // A drop-in ticket for the session's course, for the session's day (bought that day or ahead for it)
    // and not refunded, admits a student who is not enrolled.
    if (status != AttendanceStatus::Makeup) {
        auto ticket = ctx.db.scalar(
            QStringLiteral(
                "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                "WHERE s.student_id = ? AND s.kind = 'sale' AND coalesce(l.valid_on, s.business_date) = ? AND "
                "l.kind = 'drop_in' AND l.item_id = ? AND "
                "NOT EXISTS (SELECT 1 FROM sale_lines r WHERE r.refund_of_line_id = l.id)"),
            {student.id, sql::fromDate(session.date), session.courseId});
        if (!ticket)
            return ticket.error();
        if (ticket.value().toInt() > 0)
            return {};
    }
    return Error::conflict(
        AttendanceService::tr("%1 (%2) is not enrolled in %3. Offer a drop-in sale or enroll them first.")
            .arg(student.name, student.code, sessionLabel(ctx.db, session)),
        QStringLiteral("enrollment"));
}

// Picks the pack for the session and appends the debit; refuses when no pack can take it.
Result<Deduction> deduct(const Context& ctx, const SessionInfo& session, const StudentInfo& student,
    qint64 attendanceId, const QString& attendanceUuid)
{
    const ClassHours hours = session.hours;
    if (hours.isZero())
        return Deduction {};
    auto q = ctx.db.exec(
        QStringLiteral("SELECT p.id, p.expires_on, CASE WHEN p.course_id = ? THEN 0 ELSE 1 END AS tier, "
                       "(SELECT coalesce(sum(e.delta), 0) FROM class_hour_entries e WHERE e.pack_id = p.id) "
                       "FROM class_hour_packs p WHERE p.student_id = ? AND (p.course_id = ? OR "
                       "(p.course_id IS NULL AND p.category = ? AND p.category <> '')) "
                       "AND (p.expires_on IS NULL OR p.expires_on >= ?) "
                       "ORDER BY tier, p.expires_on IS NULL, p.expires_on, p.id"),
        {session.courseId, student.id, session.courseId, session.category, sql::fromDate(session.date)});
    if (!q)
        return q.error();
    struct Candidate
    {
        qint64 id;
        QDate expiresOn;
        int tier;
        ClassHours balance;
    };
    QList<Candidate> candidates;
    while (q.value().next())
        candidates.append({q.value().value(0).toLongLong(), sql::toDate(q.value().value(1)), q.value().value(2).toInt(),
            ClassHours::fromHundredths(q.value().value(3).toLongLong())});

    const Candidate* chosen = nullptr;
    for (const Candidate& c : candidates) {
        if (c.balance >= hours) {
            chosen = &c;
            break;
        }
    }
    if (!chosen && !candidates.isEmpty()) {
        if (!CenterSettings(ctx.db).flag(CenterSettings::Key::AllowNegativeClassHours)) {
            ClassHours total;
            for (const Candidate& c : candidates)
                total = total + (c.balance.isNegative() ? ClassHours() : c.balance);
            return Error::conflict(
                AttendanceService::tr("%1 (%2) has %3 class hours left for %4, and the session "
                                      "takes %5 in one pack. Sell a pack first.")
                    .arg(student.name, student.code, total.toString(), session.courseTitle, hours.toString()),
                QStringLiteral("classHours"));
        }
        // The matching pack that runs longest owes the hours (never-expiring sorts last).
        for (const Candidate& c : candidates)
            if (c.tier == candidates.first().tier)
                chosen = &c;
    }
    if (!chosen) {
        auto expired = ctx.db.scalar(QStringLiteral("SELECT max(expires_on) FROM class_hour_packs WHERE student_id = ? "
                                                    "AND (course_id = ? OR (course_id IS NULL AND category = ? AND "
                                                    "category <> ''))"),
            {student.id, session.courseId, session.category});
        if (!expired)
            return expired.error();
        if (!expired.value().isNull())
            return Error::conflict(
                AttendanceService::tr("The class-hour packs of %1 (%2) for %3 expired on %4. Sell a "
                                      "new pack or a drop-in first.")
                    .arg(student.name, student.code, session.courseTitle, expired.value().toString()),
                QStringLiteral("classHours"));
        return Error::conflict(AttendanceService::tr("%1 (%2) has no class-hour pack for %3. Sell a pack or a drop-in "
                                                     "first.")
                                   .arg(student.name, student.code, session.courseTitle),
            QStringLiteral("classHours"));
    }
    auto entry = AttendanceDebits::append(ctx, chosen->id, -hours, ClassHourEntry::Reason::Attendance, attendanceId,
        attendanceUuid, session.courseTitle + QLatin1Char(' ') + session.date.toString(Qt::ISODate));
    if (!entry)
        return entry.error();
    return Deduction {chosen->id, hours, chosen->balance - hours, chosen->expiresOn};
}

Status giveBack(const Context& ctx, qint64 attendanceId, const QString& attendanceUuid)
{
    auto owed = outstanding(ctx.db, attendanceId);
    if (!owed)
        return owed.error();
    for (const auto& [packId, hours] : owed.value()) {
        auto entry = AttendanceDebits::append(
            ctx, packId, hours, ClassHourEntry::Reason::AttendanceUndo, attendanceId, attendanceUuid, {});
        if (!entry)
            return entry.error();
    }
    return {};
}

// operation: "add" for a new check-in (docs/sync-api.md), "upsert" for a changed status.
Status publish(const Context& ctx, const QString& operation, const QString& attendanceUuid, const SessionInfo& session,
    const StudentInfo& student, AttendanceStatus status, const QString& recordedAt)
{
    auto staff = ctx.db.scalar(QStringLiteral("SELECT uuid FROM staff WHERE id = ?"), {ctx.staffRef()});
    if (!staff)
        return staff.error();
    const QJsonObject payload {
        {QStringLiteral("uuid"), attendanceUuid},
        {QStringLiteral("session_uuid"), session.uuid},
        {QStringLiteral("student_uuid"), student.uuid},
        {QStringLiteral("status"), AttendanceService::statusKey(status)},
        {QStringLiteral("recorded_at"), recordedAt},
        {QStringLiteral("recorded_by"), staff.value().isNull() ? QJsonValue() : QJsonValue(staff.value().toString())},
    };
    auto o = Outbox::append(ctx, QStringLiteral("attendance"), attendanceUuid, operation, payload);
    if (!o)
        return o.error();
    return {};
}

Status audit(const Context& ctx, const QString& attendanceUuid, const QString& action, const SessionInfo& session,
    const StudentInfo& student, AttendanceStatus status, const Deduction& deduction)
{
    QString summary = QStringLiteral("%1 %2, %3 %4: %5")
                          .arg(student.code, student.name, session.courseTitle, session.startsAt.toString(Qt::ISODate),
                              AttendanceService::statusKey(status));
    if (deduction.packId != 0)
        summary += QStringLiteral(", -%1 h from pack %2").arg(deduction.hours.toString()).arg(deduction.packId);
    return AuditLog::record(ctx, QStringLiteral("attendance"), attendanceUuid, action, summary);
}

QList<CheckInWarning> warningsFor(
    const Context& ctx, const SessionInfo& session, const StudentInfo& student, const Deduction& deduction)
{
    QList<CheckInWarning> warnings;
    if (deduction.packId != 0) {
        const ClassHours low
            = ClassHours::fromHours(CenterSettings(ctx.db).number(CenterSettings::Key::LowBalanceHours));
        if (deduction.remaining.isNegative())
            warnings.append({CheckInWarning::Kind::NegativeBalance,
                AttendanceService::tr("The pack is now %1 class hours below zero; sell a pack to cover them.")
                    .arg((-deduction.remaining).toString())});
        else if (deduction.remaining <= low)
            warnings.append({CheckInWarning::Kind::LowBalance,
                AttendanceService::tr("Only %1 class hours left on the pack.").arg(deduction.remaining.toString())});
        if (deduction.expiresOn.isValid() && session.date.daysTo(deduction.expiresOn) <= kExpiryWarningDays)
            warnings.append({CheckInWarning::Kind::PackExpiring,
                AttendanceService::tr("The pack expires on %1.").arg(deduction.expiresOn.toString(Qt::ISODate))});
    }
    auto memberships = MembershipService::ofStudent(ctx.db, student.id);
    if (memberships && !memberships.value().isEmpty()) {
        bool active = false;
        QDate lastEnd;
        for (const Membership& m : memberships.value()) {
            active = active || m.isActiveOn(session.date);
            if (!lastEnd.isValid() || m.endsOn > lastEnd)
                lastEnd = m.endsOn;
        }
        if (!active && lastEnd < session.date)
            warnings.append({CheckInWarning::Kind::MembershipExpired,
                AttendanceService::tr("The membership ended on %1; offer a renewal.")
                    .arg(lastEnd.toString(Qt::ISODate))});
    }
    return warnings;
}

CheckInResult resultFor(const AttendanceRow& row, const SessionInfo& session, const StudentInfo& student)
{
    CheckInResult r;
    r.attendanceId = row.id;
    r.attendanceUuid = row.uuid;
    r.studentId = student.id;
    r.studentCode = student.code;
    r.studentName = student.name;
    r.sessionId = session.id;
    r.courseTitle = session.courseTitle;
    r.className = session.className;
    r.startsAt = session.startsAt;
    r.endsAt = session.endsAt;
    r.status = row.status;
    return r;
}

Result<QList<AttendanceRecord>> records(
    const Database& db, const QString& where, const QString& order, const QVariantList& bindings)
{
    auto q = db.exec(
        QStringLiteral("SELECT a.id, a.uuid, a.session_id, a.student_id, st.code, st.name, i.title, c.name, "
                       "s.local_date, s.starts_at, a.status, a.recorded_at, coalesce(f.display_name, ''), "
                       "(SELECT e.pack_id FROM class_hour_entries e WHERE e.attendance_id = a.id AND "
                       "e.reason = 'attendance' ORDER BY e.id DESC LIMIT 1), "
                       "(SELECT coalesce(-sum(e.delta), 0) FROM class_hour_entries e WHERE e.attendance_id = a.id) "
                       "FROM attendance a JOIN students st ON st.id = a.student_id "
                       "JOIN sessions s ON s.id = a.session_id JOIN classes c ON c.id = s.class_id "
                       "JOIN catalog_items i ON i.id = c.course_id LEFT JOIN staff f ON f.id = a.recorded_by WHERE ")
            + where + QStringLiteral(" ORDER BY ") + order,
        bindings);
    if (!q)
        return q.error();
    QList<AttendanceRecord> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        AttendanceRecord rec;
        rec.id = r.value(0).toLongLong();
        rec.uuid = r.value(1).toString();
        rec.sessionId = r.value(2).toLongLong();
        rec.studentId = r.value(3).toLongLong();
        rec.studentCode = r.value(4).toString();
        rec.studentName = r.value(5).toString();
        rec.courseTitle = r.value(6).toString();
        rec.className = r.value(7).toString();
        rec.sessionDate = sql::toDate(r.value(8));
        rec.startsAt = sql::toDateTime(r.value(9));
        rec.status = AttendanceService::statusFromKey(r.value(10).toString()).value_or(AttendanceStatus::Present);
        rec.recordedAt = sql::toDateTime(r.value(11));
        rec.recordedBy = r.value(12).toString();
        rec.hoursDeducted = ClassHours::fromHundredths(r.value(14).toLongLong());
        rec.packId = rec.hoursDeducted.isZero() ? 0 : r.value(13).toLongLong();
        list.append(rec);
    }
    return list;
}

} // namespace

QString AttendanceService::statusKey(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QStringLiteral("present");
    case AttendanceStatus::Late:
        return QStringLiteral("late");
    case AttendanceStatus::Absent:
        return QStringLiteral("absent");
    case AttendanceStatus::Excused:
        return QStringLiteral("excused");
    case AttendanceStatus::Makeup:
        return QStringLiteral("makeup");
    }
    return {};
}

std::optional<AttendanceStatus> AttendanceService::statusFromKey(const QString& key)
{
    for (AttendanceStatus s : {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Absent,
             AttendanceStatus::Excused, AttendanceStatus::Makeup})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString AttendanceService::statusDisplayName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Late:
        return tr("Late");
    case AttendanceStatus::Absent:
        return tr("Absent");
    case AttendanceStatus::Excused:
        return tr("Excused");
    case AttendanceStatus::Makeup:
        return tr("Makeup");
    }
    return {};
}

bool AttendanceService::isAttended(AttendanceStatus status)
{
    return status == AttendanceStatus::Present || status == AttendanceStatus::Late
        || status == AttendanceStatus::Makeup;
}

Result<CheckInResult> AttendanceService::checkIn(
    const Context& ctx, qint64 sessionId, qint64 studentId, AttendanceStatus status)
{
    if (auto allowed = ctx.require(Permission::RecordAttendance); !allowed)
        return allowed.error();
    auto session = loadSession(ctx.db, sessionId);
    if (!session)
        return session.error();
    if (!session.value())
        return Error::invalid(tr("Choose the session."), QStringLiteral("sessionId"));
    auto student = loadStudent(ctx.db, QStringLiteral("id = ?"), {studentId});
    if (!student)
        return student.error();
    if (!student.value())
        return Error::invalid(tr("Choose the student."), QStringLiteral("studentId"));
    const SessionInfo& s = *session.value();
    const StudentInfo& st = *student.value();
    if (auto may = mayRecordFor(ctx, s); !may)
        return may.error();

    auto existing
        = loadAttendance(ctx.db, QStringLiteral("a.session_id = ? AND a.student_id = ?"), {sessionId, studentId});
    if (!existing)
        return existing.error();
    if (existing.value()) {
        const AttendanceRow& row = *existing.value();
        return Error::conflict(tr("%1 (%2) is already checked in to %3: %4 at %5. Change or undo that record instead.")
                                   .arg(st.name, st.code, sessionLabel(ctx.db, s), statusDisplayName(row.status),
                                       localTime(ctx.db, row.recordedAt)),
            QStringLiteral("attendance"));
    }
    if (auto t = validateTiming(ctx, s, status, CheckInWindow {}.opensMinutesBefore); !t)
        return t.error();
    if (auto e = validateEnrollment(ctx, s, st, status); !e)
        return e.error();

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    AttendanceRow row {0, sql::newUuid(), s.id, st.id, status, ctx.clock.nowUtc(), ctx.actor.displayName};
    const QString recordedAt = sql::fromDateTime(row.recordedAt);
    auto inserted = ctx.db.exec(QStringLiteral("INSERT INTO attendance (uuid, session_id, student_id, status, "
                                               "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {row.uuid, s.id, st.id, statusKey(status), ctx.staffRef(), recordedAt});
    if (!inserted)
        return inserted.error();
    row.id = inserted.value().lastInsertId().toLongLong();
    Deduction deduction;
    if (isAttended(status)) {
        auto d = deduct(ctx, s, st, row.id, row.uuid);
        if (!d)
            return d.error();
        deduction = d.value();
    }
    if (auto p = publish(ctx, QStringLiteral("add"), row.uuid, s, st, status, recordedAt); !p)
        return p.error();
    if (auto a = audit(ctx, row.uuid, QStringLiteral("check_in"), s, st, status, deduction); !a)
        return a.error();
    CheckInResult result = resultFor(row, s, st);
    result.packId = deduction.packId;
    result.hoursDeducted = deduction.hours;
    result.hoursRemaining = deduction.remaining;
    if (isAttended(status))
        result.warnings = warningsFor(ctx, s, st, deduction);
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return result;
}

Result<CheckInResult> AttendanceService::checkInByCode(
    const Context& ctx, const QString& studentCode, const CheckInWindow& window)
{
    if (auto allowed = ctx.require(Permission::RecordAttendance); !allowed)
        return allowed.error();
    const QString code = studentCode.trimmed();
    if (code.isEmpty())
        return Error::invalid(tr("Scan or type a student code."), QStringLiteral("code"));
    auto student = loadStudent(ctx.db, QStringLiteral("code IN (?, ?)"), {code, code.toUpper()});
    if (!student)
        return student.error();
    if (!student.value())
        return Error::notFound(tr("No student has the code %1.").arg(code));
    const StudentInfo& st = *student.value();

    const QDateTime now = ctx.clock.nowUtc();
    const QString nowText = sql::fromDateTime(now);
    const QString opensBy = sql::fromDateTime(now.addSecs(qint64(window.opensMinutesBefore) * 60));
    const QString today = sql::fromDate(now.toTimeZone(zone(ctx.db)).date());
    // Sessions of the student's classes that are running now or open for check-in, current ones first.
    auto q = ctx.db.exec(QStringLiteral("SELECT s.id, s.starts_at, EXISTS (SELECT 1 FROM attendance a WHERE "
                                        "a.session_id = s.id AND a.student_id = e.student_id) FROM sessions s "
                                        "JOIN enrollments e ON e.class_id = s.class_id AND e.student_id = ? AND "
                                        "e.status = 'enrolled' WHERE s.local_date = ? AND s.status <> 'cancelled' AND "
                                        "s.starts_at <= ? AND s.ends_at > ? "
                                        "ORDER BY s.starts_at > ?, s.starts_at, s.id"),
        {st.id, today, opensBy, nowText, nowText});
    if (!q)
        return q.error();
    qint64 chosen = 0;
    qint64 alreadyCheckedIn = 0;
    QDateTime chosenStart;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        if (q.value().value(2).toBool()) {
            if (alreadyCheckedIn == 0)
                alreadyCheckedIn = id;
            continue;
        }
        chosen = id;
        chosenStart = sql::toDateTime(q.value().value(1));
        break;
    }
    if (chosen != 0) {
        const bool late = now > chosenStart.addSecs(qint64(window.lateAfterMinutes) * 60);
        return checkIn(ctx, chosen, st.id, late ? AttendanceStatus::Late : AttendanceStatus::Present);
    }
    if (alreadyCheckedIn != 0) // refused with the record it would double
        return checkIn(ctx, alreadyCheckedIn, st.id, AttendanceStatus::Present);

    auto later = ctx.db.exec(QStringLiteral("SELECT s.id FROM sessions s JOIN enrollments e ON e.class_id = s.class_id "
                                            "AND e.student_id = ? AND e.status = 'enrolled' WHERE s.local_date = ? AND "
                                            "s.status <> 'cancelled' AND s.starts_at > ? ORDER BY s.starts_at LIMIT 1"),
        {st.id, today, opensBy});
    if (!later)
        return later.error();
    if (later.value().next()) {
        auto next = loadSession(ctx.db, later.value().value(0).toLongLong());
        if (!next)
            return next.error();
        const SessionInfo& n = *next.value();
        return Error::conflict(tr("%1 (%2) has no session now. Their next one is %3; check-in opens at %4.")
                                   .arg(st.name, st.code, sessionLabel(ctx.db, n),
                                       localTime(ctx.db, n.startsAt.addSecs(-qint64(window.opensMinutesBefore) * 60))),
            QStringLiteral("session"));
    }
    auto running = ctx.db.exec(QStringLiteral("SELECT s.id FROM sessions s WHERE s.local_date = ? AND s.status <> "
                                              "'cancelled' AND s.starts_at <= ? AND s.ends_at > ? "
                                              "ORDER BY s.starts_at > ?, s.starts_at LIMIT 1"),
        {today, opensBy, nowText, nowText});
    if (!running)
        return running.error();
    if (running.value().next()) {
        auto other = loadSession(ctx.db, running.value().value(0).toLongLong());
        if (!other)
            return other.error();
        return Error::conflict(tr("%1 (%2) is not enrolled in any session now (such as %3). Offer a drop-in sale.")
                                   .arg(st.name, st.code, sessionLabel(ctx.db, *other.value())),
            QStringLiteral("enrollment"));
    }
    return Error::conflict(
        tr("%1 (%2) has no session to check in to now.").arg(st.name, st.code), QStringLiteral("session"));
}

Result<CheckInResult> AttendanceService::setStatus(const Context& ctx, qint64 attendanceId, AttendanceStatus status)
{
    if (auto allowed = ctx.require(Permission::RecordAttendance); !allowed)
        return allowed.error();
    auto existing = loadAttendance(ctx.db, QStringLiteral("a.id = ?"), {attendanceId});
    if (!existing)
        return existing.error();
    if (!existing.value())
        return Error::notFound(tr("That attendance record no longer exists."));
    AttendanceRow row = *existing.value();
    auto session = loadSession(ctx.db, row.sessionId);
    if (!session)
        return session.error();
    auto student = loadStudent(ctx.db, QStringLiteral("id = ?"), {row.studentId});
    if (!student)
        return student.error();
    const SessionInfo& s = *session.value();
    const StudentInfo& st = *student.value();
    if (auto may = mayRecordFor(ctx, s); !may)
        return may.error();
    if (row.status != status) {
        if (auto t = validateTiming(ctx, s, status, CheckInWindow {}.opensMinutesBefore); !t)
            return t.error();
    }

    auto owed = outstanding(ctx.db, row.id);
    if (!owed)
        return owed.error();
    const bool deducted = !owed.value().isEmpty();

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    Deduction deduction;
    if (isAttended(status) && !deducted) {
        auto d = deduct(ctx, s, st, row.id, row.uuid);
        if (!d)
            return d.error();
        deduction = d.value();
    } else if (!isAttended(status) && deducted) {
        if (auto g = giveBack(ctx, row.id, row.uuid); !g)
            return g.error();
    }
    if (row.status != status) {
        row.status = status;
        row.recordedAt = ctx.clock.nowUtc();
        const QString recordedAt = sql::fromDateTime(row.recordedAt);
        auto updated = ctx.db.exec(QStringLiteral("UPDATE attendance SET status = ?, recorded_by = ?, recorded_at = ? "
                                                  "WHERE id = ?"),
            {statusKey(status), ctx.staffRef(), recordedAt, row.id});
        if (!updated)
            return updated.error();
        if (auto p = publish(ctx, QStringLiteral("upsert"), row.uuid, s, st, status, recordedAt); !p)
            return p.error();
        if (auto a = audit(ctx, row.uuid, QStringLiteral("status"), s, st, status, deduction); !a)
            return a.error();
    }
    CheckInResult result = resultFor(row, s, st);
    if (isAttended(status)) {
        if (deduction.packId == 0 && deducted) {
            // Already paid for: report the pack it came from.
            const auto& [packId, hours] = owed.value().first();
            auto pack = ClassHourLedger::pack(ctx.db, packId);
            if (!pack)
                return pack.error();
            deduction = Deduction {packId, hours, pack->balance, pack->expiresOn};
        }
        result.warnings = warningsFor(ctx, s, st, deduction);
    }
    result.packId = deduction.packId;
    result.hoursDeducted = deduction.hours;
    result.hoursRemaining = deduction.remaining;
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return result;
}

Status AttendanceService::undo(const Context& ctx, qint64 attendanceId)
{
    if (auto allowed = ctx.require(Permission::RecordAttendance); !allowed)
        return allowed;
    auto existing = loadAttendance(ctx.db, QStringLiteral("a.id = ?"), {attendanceId});
    if (!existing)
        return existing.error();
    if (!existing.value())
        return Error::notFound(tr("That attendance record no longer exists."));
    const AttendanceRow& row = *existing.value();
    auto session = loadSession(ctx.db, row.sessionId);
    if (!session)
        return session.error();
    auto student = loadStudent(ctx.db, QStringLiteral("id = ?"), {row.studentId});
    if (!student)
        return student.error();
    if (auto may = mayRecordFor(ctx, *session.value()); !may)
        return may;

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    if (auto g = giveBack(ctx, row.id, row.uuid); !g)
        return g;
    auto deleted = ctx.db.exec(QStringLiteral("DELETE FROM attendance WHERE id = ?"), {row.id});
    if (!deleted)
        return deleted.error();
    auto o = Outbox::append(ctx, QStringLiteral("attendance"), row.uuid, QStringLiteral("delete"),
        QJsonObject {{QStringLiteral("uuid"), row.uuid}});
    if (!o)
        return o.error();
    if (auto a = audit(ctx, row.uuid, QStringLiteral("undo"), *session.value(), *student.value(), row.status, {}); !a)
        return a;
    return tx.value().commit();
}

Result<QList<CheckInResult>> AttendanceService::markRoster(
    const Context& ctx, qint64 sessionId, const QList<RosterMark>& marks)
{
    if (auto allowed = ctx.require(Permission::RecordAttendance); !allowed)
        return allowed.error();
    auto session = loadSession(ctx.db, sessionId);
    if (!session)
        return session.error();
    if (!session.value())
        return Error::invalid(tr("Choose the session."), QStringLiteral("sessionId"));
    if (auto may = mayRecordFor(ctx, *session.value()); !may)
        return may.error();
    if (marks.isEmpty())
        return Error::invalid(tr("Mark at least one student."), QStringLiteral("roster"));
    QSet<qint64> seen;
    for (const RosterMark& m : marks) {
        if (seen.contains(m.studentId))
            return Error::invalid(tr("A student appears twice in the roster."), QStringLiteral("roster"));
        seen.insert(m.studentId);
    }

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    QList<CheckInResult> results;
    for (const RosterMark& m : marks) {
        auto existing
            = loadAttendance(ctx.db, QStringLiteral("a.session_id = ? AND a.student_id = ?"), {sessionId, m.studentId});
        if (!existing)
            return existing.error();
        auto r = existing.value() ? setStatus(ctx, existing.value()->id, m.status)
                                  : checkIn(ctx, sessionId, m.studentId, m.status);
        if (!r) {
            auto student = loadStudent(ctx.db, QStringLiteral("id = ?"), {m.studentId});
            Error e = r.error();
            if (student && student.value())
                e.message = tr("%1 (%2): %3").arg(student.value()->name, student.value()->code, e.message);
            return e;
        }
        results.append(r.value());
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return results;
}

Result<QList<AttendanceRecord>> AttendanceService::attendanceOfSession(const Database& db, qint64 sessionId)
{
    return records(db, QStringLiteral("a.session_id = ?"), QStringLiteral("st.name, a.id"), {sessionId});
}

Result<QList<AttendanceRecord>> AttendanceService::attendanceOfStudent(const Database& db, qint64 studentId)
{
    return records(db, QStringLiteral("a.student_id = ?"), QStringLiteral("s.starts_at DESC, a.id DESC"), {studentId});
}

} // namespace td
