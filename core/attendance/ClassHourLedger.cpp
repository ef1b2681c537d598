#include "ClassHourLedger.h"

#include "audit/AuditLog.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonObject>

namespace td {

namespace {

const QString kPackColumns = QStringLiteral(
    "p.id, p.uuid, p.student_id, p.course_id, coalesce(c.title, ''), coalesce(p.category, ''), p.hours_purchased, "
    "(SELECT coalesce(sum(e.delta), 0) FROM class_hour_entries e WHERE e.pack_id = p.id), p.expires_on, "
    "p.sale_line_id, p.created_at "
    "FROM class_hour_packs p LEFT JOIN catalog_items c ON c.id = p.course_id");

ClassHourPack packFromRow(const QSqlQuery& q)
{
    ClassHourPack p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.studentId = q.value(2).toLongLong();
    p.courseId = q.value(3).toLongLong();
    p.courseTitle = q.value(4).toString();
    p.category = q.value(5).toString();
    p.purchased = ClassHours::fromHundredths(q.value(6).toLongLong());
    p.balance = ClassHours::fromHundredths(q.value(7).toLongLong());
    p.expiresOn = sql::toDate(q.value(8));
    p.saleLineId = q.value(9).toLongLong();
    p.createdAt = sql::toDateTime(q.value(10));
    return p;
}

QDate today(const Context& ctx)
{
    return ctx.clock.nowUtc().toTimeZone(CenterSettings(ctx.db).timeZone()).date();
}

Error packNotFound(qint64 packId)
{
    return Error::notFound(ClassHourLedger::tr("There is no class-hour pack %1.").arg(packId));
}

} // namespace

QString ClassHourEntry::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Purchase:
        return QStringLiteral("purchase");
    case Reason::Attendance:
        return QStringLiteral("attendance");
    case Reason::AttendanceUndo:
        return QStringLiteral("attendance_undo");
    case Reason::Refund:
        return QStringLiteral("refund");
    case Reason::Adjustment:
        return QStringLiteral("adjustment");
    case Reason::Expiry:
        return QStringLiteral("expiry");
    }
    return {};
}

ClassHourEntry::Reason ClassHourEntry::reasonFromKey(const QString& key)
{
    for (Reason r : {Reason::Purchase, Reason::Attendance, Reason::AttendanceUndo, Reason::Refund, Reason::Adjustment,
             Reason::Expiry})
        if (reasonKey(r) == key)
            return r;
    return Reason::Adjustment;
}

QString ClassHourEntry::reasonDisplayName(Reason reason)
{
    switch (reason) {
    case Reason::Purchase:
        return ClassHourLedger::tr("Purchase");
    case Reason::Attendance:
        return ClassHourLedger::tr("Attended session");
    case Reason::AttendanceUndo:
        return ClassHourLedger::tr("Check-in undone");
    case Reason::Refund:
        return ClassHourLedger::tr("Refund");
    case Reason::Adjustment:
        return ClassHourLedger::tr("Adjustment");
    case Reason::Expiry:
        return ClassHourLedger::tr("Expired");
    }
    return {};
}

Result<qint64> ClassHourLedger::addPack(const Context& ctx, const PackSpec& spec)
{
    if (auto allowed = ctx.require(Permission::Sell); !allowed)
        return allowed.error();
    auto student = ctx.db.exec(QStringLiteral("SELECT uuid, code FROM students WHERE id = ?"), {spec.studentId});
    if (!student)
        return student.error();
    if (!student.value().next())
        return Error::invalid(tr("Choose the student the pack is for."), QStringLiteral("studentId"));
    const QString studentUuid = student.value().value(0).toString();
    const QString studentCode = student.value().value(1).toString();

    QString courseUuid;
    QString courseTitle;
    const QString category = spec.category.trimmed();
    if (spec.courseId != 0) {
        auto course
            = ctx.db.exec(QStringLiteral("SELECT uuid, title, kind FROM catalog_items WHERE id = ?"), {spec.courseId});
        if (!course)
            return course.error();
        if (!course.value().next())
            return Error::invalid(tr("The course of the pack does not exist."), QStringLiteral("courseId"));
        const QString kind = course.value().value(2).toString();
        if (kind != QLatin1String("offline_course") && kind != QLatin1String("workshop"))
            return Error::invalid(
                tr("Class hours are for offline courses and workshops only."), QStringLiteral("courseId"));
        courseUuid = course.value().value(0).toString();
        courseTitle = course.value().value(1).toString();
    } else if (category.isEmpty()) {
        return Error::invalid(
            tr("Choose the course or the category the pack's hours are for."), QStringLiteral("category"));
    }
    if (spec.hours <= ClassHours())
        return Error::invalid(tr("A pack needs more than zero class hours."), QStringLiteral("hours"));
    if (spec.expiresOn.isValid() && spec.expiresOn < today(ctx))
        return Error::invalid(tr("The expiry date %1 is already past.").arg(spec.expiresOn.toString(Qt::ISODate)),
            QStringLiteral("expiresOn"));
    if (spec.saleLineId != 0) {
        auto line = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM sale_lines WHERE id = ?"), {spec.saleLineId});
        if (!line)
            return line.error();
        if (line.value().toInt() == 0)
            return Error::invalid(tr("The sale line of the pack does not exist."), QStringLiteral("saleLineId"));
    }

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    const QString uuid = sql::newUuid();
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    const QVariant courseRef = spec.courseId != 0 ? QVariant(spec.courseId) : QVariant();
    const QVariant categoryValue = spec.courseId != 0 ? QVariant() : QVariant(category);
    const QVariant expires = spec.expiresOn.isValid() ? QVariant(sql::fromDate(spec.expiresOn)) : QVariant();
    auto inserted = ctx.db.exec(QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, category, "
                                               "hours_purchased, expires_on, sale_line_id, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, spec.studentId, courseRef, categoryValue, spec.hours.hundredths(), expires,
            spec.saleLineId != 0 ? QVariant(spec.saleLineId) : QVariant(), now});
    if (!inserted)
        return inserted.error();
    const qint64 packId = inserted.value().lastInsertId().toLongLong();

    QJsonObject payload {{QStringLiteral("uuid"), uuid}, {QStringLiteral("student_uuid"), studentUuid},
        {QStringLiteral("course_uuid"), courseUuid.isEmpty() ? QJsonValue() : QJsonValue(courseUuid)},
        {QStringLiteral("category"), spec.courseId != 0 ? QJsonValue() : QJsonValue(category)},
        {QStringLiteral("hours_purchased"), spec.hours.hundredths()},
        {QStringLiteral("expires_on"),
            spec.expiresOn.isValid() ? QJsonValue(sql::fromDate(spec.expiresOn)) : QJsonValue()},
        {QStringLiteral("created_at"), now}};
    if (auto o = Outbox::append(ctx, QStringLiteral("class_hour_pack"), uuid, QStringLiteral("upsert"), payload); !o)
        return o.error();
    if (auto e = append(ctx, packId, spec.hours, ClassHourEntry::Reason::Purchase, 0, {}, {}); !e)
        return e.error();
    const QString what = spec.courseId != 0 ? courseTitle : category;
    if (auto a = AuditLog::record(ctx, QStringLiteral("class_hour_pack"), uuid, QStringLiteral("create"),
            QStringLiteral("%1: %2 h of %3").arg(studentCode, spec.hours.toString(), what));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return packId;
}

Result<ClassHours> ClassHourLedger::balance(const Database& db, qint64 packId)
{
    auto q
        = db.exec(QStringLiteral("SELECT (SELECT coalesce(sum(delta), 0) FROM class_hour_entries WHERE pack_id = p.id) "
                                 "FROM class_hour_packs p WHERE p.id = ?"),
            {packId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return packNotFound(packId);
    return ClassHours::fromHundredths(q.value().value(0).toLongLong());
}

Status ClassHourLedger::refundHours(const Context& ctx, qint64 packId, ClassHours hours, const QString& note)
{
    if (auto allowed = ctx.require(Permission::RequestRefund); !allowed)
        return allowed;
    auto current = balance(ctx.db, packId);
    if (!current)
        return current.error();
    if (hours <= ClassHours())
        return Error::invalid(tr("Refund more than zero class hours."), QStringLiteral("hours"));
    if (hours > current.value())
        return Error::invalid(tr("Only %1 class hours remain on the pack; %2 cannot be refunded.")
                                  .arg(current.value().toString(), hours.toString()),
            QStringLiteral("hours"));
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto entry = append(ctx, packId, -hours, ClassHourEntry::Reason::Refund, 0, {}, note.trimmed());
    if (!entry)
        return entry.error();
    return tx.value().commit();
}

Status ClassHourLedger::adjust(const Context& ctx, qint64 packId, ClassHours delta, const QString& note)
{
    if (ctx.actor.role != Role::Admin)
        return Error::forbidden(tr("Only an administrator may correct a class-hour balance."));
    auto current = balance(ctx.db, packId);
    if (!current)
        return current.error();
    if (delta.isZero())
        return Error::invalid(
            tr("A correction changes the balance by more or less than zero hours."), QStringLiteral("delta"));
    if (note.trimmed().isEmpty())
        return Error::invalid(tr("Say why the balance is corrected."), QStringLiteral("note"));
    if ((current.value() + delta).isNegative())
        return Error::invalid(
            tr("The pack has %1 class hours; the correction would take it below zero.").arg(current.value().toString()),
            QStringLiteral("delta"));
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto entry = append(ctx, packId, delta, ClassHourEntry::Reason::Adjustment, 0, {}, note.trimmed());
    if (!entry)
        return entry.error();
    return tx.value().commit();
}

Result<QList<ClassHourPack>> ClassHourLedger::packsOfStudent(const Database& db, qint64 studentId)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kPackColumns
            + QStringLiteral(" WHERE p.student_id = ? ORDER BY p.expires_on IS NULL, p.expires_on, p.id"),
        {studentId});
    if (!q)
        return q.error();
    QList<ClassHourPack> packs;
    while (q.value().next())
        packs.append(packFromRow(q.value()));
    return packs;
}

Result<ClassHourPack> ClassHourLedger::pack(const Database& db, qint64 packId)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kPackColumns + QStringLiteral(" WHERE p.id = ?"), {packId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return packNotFound(packId);
    return packFromRow(q.value());
}

Result<QList<ClassHourEntry>> ClassHourLedger::entries(const Database& db, qint64 packId)
{
    auto q
        = db.exec(QStringLiteral("SELECT id, uuid, pack_id, delta, reason, attendance_id, staff_id, note, created_at "
                                 "FROM class_hour_entries WHERE pack_id = ? ORDER BY id"),
            {packId});
    if (!q)
        return q.error();
    QList<ClassHourEntry> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        list.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
            ClassHours::fromHundredths(r.value(3).toLongLong()), ClassHourEntry::reasonFromKey(r.value(4).toString()),
            r.value(5).toLongLong(), r.value(6).toLongLong(), r.value(7).toString(), sql::toDateTime(r.value(8))});
    }
    return list;
}

Result<qint64> ClassHourLedger::append(const Context& ctx, qint64 packId, ClassHours delta,
    ClassHourEntry::Reason reason, qint64 attendanceId, const QString& attendanceUuid, const QString& note)
{
    auto pack = ctx.db.scalar(QStringLiteral("SELECT uuid FROM class_hour_packs WHERE id = ?"), {packId});
    if (!pack)
        return pack.error();
    if (pack.value().isNull())
        return packNotFound(packId);
    const QString packUuid = pack.value().toString();
    const QString uuid = sql::newUuid();
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    const QString reasonKey = ClassHourEntry::reasonKey(reason);
    auto inserted = ctx.db.exec(QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, "
                                               "attendance_id, staff_id, note, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, packId, delta.hundredths(), reasonKey, attendanceId != 0 ? QVariant(attendanceId) : QVariant(),
            ctx.staffRef(), note.isNull() ? QStringLiteral("") : note, now});
    if (!inserted)
        return inserted.error();
    const QJsonObject payload {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("pack_uuid"), packUuid},
        {QStringLiteral("delta"), delta.hundredths()},
        {QStringLiteral("reason"), reasonKey},
        {QStringLiteral("attendance_uuid"), attendanceUuid.isEmpty() ? QJsonValue() : QJsonValue(attendanceUuid)},
        {QStringLiteral("note"), note},
        {QStringLiteral("created_at"), now},
    };
    if (auto o = Outbox::append(ctx, QStringLiteral("class_hour_entry"), uuid, QStringLiteral("add"), payload); !o)
        return o.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("class_hour_entry"), uuid, reasonKey,
            QStringLiteral("pack %1: %2%3 h%4")
                .arg(packUuid, delta.isNegative() ? QString() : QStringLiteral("+"), delta.toString(),
                    note.isEmpty() ? QString() : QStringLiteral(" (") + note + QStringLiteral(")")));
        !a)
        return a.error();
    return inserted.value().lastInsertId().toLongLong();
}

} // namespace td
