#include "EnrollmentService.h"

#include "audit/AuditLog.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonObject>

namespace td {

namespace {

// The waitlist order: first requested first, the lower id on a tie.
const QString kWaitlistPosition = QStringLiteral(
    "CASE WHEN e.status = 'waitlisted' THEN (SELECT count(*) FROM enrollments w WHERE w.class_id = e.class_id AND "
    "w.status = 'waitlisted' AND (w.requested_at < e.requested_at OR (w.requested_at = e.requested_at AND w.id <= "
    "e.id))) ELSE 0 END");

const QString kSelect = QStringLiteral("SELECT e.id, e.uuid, e.class_id, c.name, ci.title, e.student_id, s.name, "
                                       "s.code, e.status, e.requested_at, e.updated_at, ")
    + kWaitlistPosition
    + QStringLiteral(" FROM enrollments e JOIN classes c ON c.id = e.class_id JOIN catalog_items ci ON ci.id = "
                     "c.course_id JOIN students s ON s.id = e.student_id");

Enrollment fromRow(const QSqlQuery& q)
{
    Enrollment e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.classId = q.value(2).toLongLong();
    e.className = q.value(3).toString();
    e.courseTitle = q.value(4).toString();
    e.studentId = q.value(5).toLongLong();
    e.studentName = q.value(6).toString();
    e.studentCode = q.value(7).toString();
    e.status = enrollmentStatusFromKey(q.value(8).toString()).value_or(EnrollmentStatus::Enrolled);
    e.requestedAt = sql::toDateTime(q.value(9));
    e.updatedAt = sql::toDateTime(q.value(10));
    e.waitlistPosition = q.value(11).toInt();
    return e;
}

Result<QList<Enrollment>> query(
    const Database& db, const QString& where, const QVariantList& bindings, const QString& order)
{
    auto q = db.exec(kSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ") + order, bindings);
    if (!q)
        return q.error();
    QList<Enrollment> result;
    while (q.value().next())
        result.append(fromRow(q.value()));
    return result;
}

// Records the enrollment's new state: audit entry and the mutation the platform receives.
Status recordChange(const Context& ctx, const Enrollment& e, const QString& action)
{
    auto uuids
        = ctx.db.exec(QStringLiteral("SELECT c.uuid, s.uuid FROM classes c, students s WHERE c.id = ? AND s.id = ?"),
            {e.classId, e.studentId});
    if (!uuids)
        return uuids.error();
    if (!uuids.value().next())
        return Error::notFound(EnrollmentService::tr("The class or the student no longer exists."));
    const QJsonObject payload {{QStringLiteral("uuid"), e.uuid},
        {QStringLiteral("class_uuid"), uuids.value().value(0).toString()},
        {QStringLiteral("student_uuid"), uuids.value().value(1).toString()},
        {QStringLiteral("status"), enrollmentStatusKey(e.status)},
        {QStringLiteral("requested_at"), sql::fromDateTime(e.requestedAt)},
        {QStringLiteral("updated_at"), sql::fromDateTime(e.updatedAt)}};
    if (auto o = Outbox::append(ctx, QStringLiteral("enrollment"), e.uuid, QStringLiteral("upsert"), payload); !o)
        return o.error();
    return AuditLog::record(ctx, QStringLiteral("enrollment"), e.uuid, action,
        QStringLiteral("%1 (%2) %3: %4").arg(e.studentName, e.studentCode, e.className, enrollmentStatusKey(e.status)));
}

Result<int> enrolledCount(const Database& db, qint64 classId)
{
    auto n = db.scalar(
        QStringLiteral("SELECT count(*) FROM enrollments WHERE class_id = ? AND status = 'enrolled'"), {classId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace

QString enrollmentStatusKey(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Enrolled:
        return QStringLiteral("enrolled");
    case EnrollmentStatus::Waitlisted:
        return QStringLiteral("waitlisted");
    case EnrollmentStatus::Dropped:
        return QStringLiteral("dropped");
    case EnrollmentStatus::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

std::optional<EnrollmentStatus> enrollmentStatusFromKey(const QString& key)
{
    for (EnrollmentStatus status : {EnrollmentStatus::Enrolled, EnrollmentStatus::Waitlisted, EnrollmentStatus::Dropped,
             EnrollmentStatus::Completed})
        if (enrollmentStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString enrollmentStatusDisplayName(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Enrolled:
        return QCoreApplication::translate("td::EnrollmentStatus", "Enrolled");
    case EnrollmentStatus::Waitlisted:
        return QCoreApplication::translate("td::EnrollmentStatus", "Waitlisted");
    case EnrollmentStatus::Dropped:
        return QCoreApplication::translate("td::EnrollmentStatus", "Dropped");
    case EnrollmentStatus::Completed:
        return QCoreApplication::translate("td::EnrollmentStatus", "Completed");
    }
    return {};
}

Result<Enrollment> EnrollmentService::enroll(const Context& ctx, qint64 classId, qint64 studentId)
{
    if (auto allowed = ctx.require(Permission::Enroll); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto cls = ScheduleService::classById(ctx.db, classId);
    if (!cls) {
        if (cls.error().kind == Error::Kind::NotFound)
            return Error::invalid(tr("Choose a class."), QStringLiteral("classId"));
        return cls.error();
    }
    if (cls->status != ClassStatus::Active)
        return Error::conflict(
            tr("The class %1 is %2.").arg(cls->name, classStatusDisplayName(cls->status)), QStringLiteral("classId"));
    auto student = ctx.db.exec(QStringLiteral("SELECT name, status FROM students WHERE id = ?"), {studentId});
    if (!student)
        return student.error();
    if (!student.value().next())
        return Error::invalid(tr("Choose a student."), QStringLiteral("studentId"));
    if (student.value().value(1).toString() == QLatin1String("archived"))
        return Error::conflict(
            tr("%1 is archived; reactivate the student first.").arg(student.value().value(0).toString()),
            QStringLiteral("studentId"));

    auto existing
        = ctx.db.exec(QStringLiteral("SELECT id, status FROM enrollments WHERE class_id = ? AND student_id = ?"),
            {classId, studentId});
    if (!existing)
        return existing.error();
    qint64 existingId = 0;
    if (existing.value().next()) {
        existingId = existing.value().value(0).toLongLong();
        const QString status = existing.value().value(1).toString();
        const QString name = student.value().value(0).toString();
        if (status == QLatin1String("enrolled"))
            return Error::conflict(
                tr("%1 is already enrolled in %2.").arg(name, cls->name), QStringLiteral("studentId"));
        if (status == QLatin1String("waitlisted"))
            return Error::conflict(
                tr("%1 is already on the waitlist of %2.").arg(name, cls->name), QStringLiteral("studentId"));
        if (status == QLatin1String("completed"))
            return Error::conflict(
                tr("%1 has already completed %2.").arg(name, cls->name), QStringLiteral("studentId"));
    }

    auto seated = enrolledCount(ctx.db, classId);
    if (!seated)
        return seated.error();
    const EnrollmentStatus status
        = seated.value() < cls->capacity ? EnrollmentStatus::Enrolled : EnrollmentStatus::Waitlisted;
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    qint64 id = existingId;
    if (existingId != 0) {
        // Coming back after dropping out: a new request, at the end of any waitlist.
        auto r = ctx.db.exec(
            QStringLiteral("UPDATE enrollments SET status = ?, requested_at = ?, updated_at = ? WHERE id = ?"),
            {enrollmentStatusKey(status), now, now, existingId});
        if (!r)
            return r.error();
    } else {
        auto r
            = ctx.db.exec(QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {sql::newUuid(), classId, studentId, enrollmentStatusKey(status), now, now});
        if (!r)
            return r.error();
        id = r.value().lastInsertId().toLongLong();
    }
    auto enrollment = byId(ctx.db, id);
    if (!enrollment)
        return enrollment;
    if (auto rec = recordChange(ctx, enrollment.value(),
            status == EnrollmentStatus::Enrolled ? QStringLiteral("enroll") : QStringLiteral("waitlist"));
        !rec)
        return rec.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return enrollment;
}

Result<DropResult> EnrollmentService::drop(const Context& ctx, qint64 enrollmentId)
{
    if (auto allowed = ctx.require(Permission::Enroll); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto before = byId(ctx.db, enrollmentId);
    if (!before)
        return before.error();
    if (before->status != EnrollmentStatus::Enrolled && before->status != EnrollmentStatus::Waitlisted)
        return Error::conflict(
            tr("%1 is not in %2 any more (%3).")
                .arg(before->studentName, before->className, enrollmentStatusDisplayName(before->status)));
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    auto r = ctx.db.exec(
        QStringLiteral("UPDATE enrollments SET status = 'dropped', updated_at = ? WHERE id = ?"), {now, enrollmentId});
    if (!r)
        return r.error();
    auto dropped = byId(ctx.db, enrollmentId);
    if (!dropped)
        return dropped.error();
    if (auto rec = recordChange(ctx, dropped.value(), QStringLiteral("drop")); !rec)
        return rec.error();
    DropResult result {dropped.value(), std::nullopt};

    if (before->status == EnrollmentStatus::Enrolled) {
        auto promoted = fillFreeSeats(ctx, before->classId);
        if (!promoted)
            return promoted.error();
        if (!promoted->isEmpty())
            result.promoted = promoted->first();
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return result;
}

Result<QList<Enrollment>> EnrollmentService::fillFreeSeats(const Context& ctx, qint64 classId)
{
    if (auto allowed = ctx.require(Permission::Enroll); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto cls = ScheduleService::classById(ctx.db, classId);
    if (!cls)
        return cls.error();
    const int free = cls->capacity - cls->enrolledCount;
    QList<Enrollment> promoted;
    if (free > 0 && cls->status == ClassStatus::Active) {
        auto next
            = ctx.db.exec(QStringLiteral("SELECT id FROM enrollments WHERE class_id = ? AND status = 'waitlisted' "
                                         "ORDER BY requested_at, id LIMIT ?"),
                {classId, free});
        if (!next)
            return next.error();
        QList<qint64> ids;
        while (next.value().next())
            ids << next.value().value(0).toLongLong();
        const QString now = sql::fromDateTime(ctx.clock.nowUtc());
        for (qint64 id : ids) {
            auto r = ctx.db.exec(
                QStringLiteral("UPDATE enrollments SET status = 'enrolled', updated_at = ? WHERE id = ?"), {now, id});
            if (!r)
                return r.error();
            auto e = byId(ctx.db, id);
            if (!e)
                return e.error();
            if (auto rec = recordChange(ctx, e.value(), QStringLiteral("promote")); !rec)
                return rec.error();
            promoted << e.value();
        }
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return promoted;
}

Result<Enrollment> EnrollmentService::byId(const Database& db, qint64 enrollmentId)
{
    auto found = query(db, QStringLiteral("e.id = ?"), {enrollmentId}, QStringLiteral("e.id"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no enrollment with id %1.").arg(enrollmentId));
    return found->first();
}

Result<QList<Enrollment>> EnrollmentService::enrollmentsOfClass(const Database& db, qint64 classId, bool includeDropped)
{
    return query(db,
        includeDropped ? QStringLiteral("e.class_id = ?")
                       : QStringLiteral("e.class_id = ? AND e.status IN ('enrolled', 'waitlisted', 'completed')"),
        {classId},
        QStringLiteral("CASE e.status WHEN 'enrolled' THEN 0 WHEN 'completed' THEN 1 WHEN 'waitlisted' THEN 2 "
                       "ELSE 3 END, CASE WHEN e.status = 'waitlisted' THEN e.requested_at END, "
                       "CASE WHEN e.status = 'waitlisted' THEN e.id END, s.search_name, s.name, e.id"));
}

Result<QList<Enrollment>> EnrollmentService::enrollmentsOfStudent(const Database& db, qint64 studentId)
{
    return query(db, QStringLiteral("e.student_id = ?"), {studentId}, QStringLiteral("e.requested_at DESC, e.id DESC"));
}

Result<std::optional<Enrollment>> EnrollmentService::find(const Database& db, qint64 classId, qint64 studentId)
{
    auto found = query(
        db, QStringLiteral("e.class_id = ? AND e.student_id = ?"), {classId, studentId}, QStringLiteral("e.id"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(found->first());
}

Result<int> EnrollmentService::waitlistPosition(const Database& db, qint64 enrollmentId)
{
    auto enrollment = byId(db, enrollmentId);
    if (!enrollment)
        return enrollment.error();
    return enrollment->waitlistPosition;
}

} // namespace td
