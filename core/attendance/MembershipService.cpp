#include "MembershipService.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonObject>

namespace td {

namespace {

const QString kColumns = QStringLiteral(
    "m.id, m.uuid, m.student_id, s.code, s.name, m.plan_id, p.title, m.starts_on, m.ends_on, m.sale_line_id, "
    "m.renewed_from_id FROM memberships m JOIN students s ON s.id = m.student_id "
    "JOIN catalog_items p ON p.id = m.plan_id");

Result<QList<Membership>> select(const Database& db, const QString& where, const QVariantList& bindings)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns + QLatin1Char(' ') + where, bindings);
    if (!q)
        return q.error();
    QList<Membership> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        list.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toLongLong(), r.value(6).toString(), sql::toDate(r.value(7)),
            sql::toDate(r.value(8)), r.value(9).toLongLong(), r.value(10).toLongLong()});
    }
    return list;
}

} // namespace

Result<qint64> MembershipService::start(
    const Context& ctx, qint64 studentId, qint64 planId, QDate startsOn, qint64 saleLineId)
{
    if (auto allowed = ctx.require(Permission::Sell); !allowed)
        return allowed.error();
    auto student = ctx.db.exec(QStringLiteral("SELECT uuid, code FROM students WHERE id = ?"), {studentId});
    if (!student)
        return student.error();
    if (!student.value().next())
        return Error::invalid(tr("Choose the student the membership is for."), QStringLiteral("studentId"));
    const QString studentUuid = student.value().value(0).toString();
    const QString studentCode = student.value().value(1).toString();
    auto plan = ctx.db.exec(
        QStringLiteral("SELECT uuid, title, kind, duration_days FROM catalog_items WHERE id = ?"), {planId});
    if (!plan)
        return plan.error();
    if (!plan.value().next() || plan.value().value(2).toString() != QLatin1String("membership_plan"))
        return Error::invalid(tr("Choose a membership plan."), QStringLiteral("planId"));
    const QString planUuid = plan.value().value(0).toString();
    const QString planTitle = plan.value().value(1).toString();
    const int days = plan.value().value(3).toInt();
    if (days <= 0)
        return Error::invalid(
            tr("The membership plan %1 has no duration; set its number of days first.").arg(planTitle),
            QStringLiteral("planId"));
    if (!startsOn.isValid())
        return Error::invalid(tr("Choose the day the membership starts."), QStringLiteral("startsOn"));
    if (saleLineId != 0) {
        auto line = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM sale_lines WHERE id = ?"), {saleLineId});
        if (!line)
            return line.error();
        if (line.value().toInt() == 0)
            return Error::invalid(tr("The sale line of the membership does not exist."), QStringLiteral("saleLineId"));
    }

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    // A renewal continues the latest membership of the same plan that is still running on the start day.
    auto previous = ctx.db.exec(QStringLiteral("SELECT id, uuid, ends_on FROM memberships WHERE student_id = ? AND "
                                               "plan_id = ? AND ends_on >= ? ORDER BY ends_on DESC, id DESC LIMIT 1"),
        {studentId, planId, sql::fromDate(startsOn)});
    if (!previous)
        return previous.error();
    QVariant renewedFrom;
    QString renewedFromUuid;
    if (previous.value().next()) {
        renewedFrom = previous.value().value(0);
        renewedFromUuid = previous.value().value(1).toString();
        startsOn = sql::toDate(previous.value().value(2)).addDays(1);
    }
    const QDate endsOn = startsOn.addDays(days - 1);
    const QString uuid = sql::newUuid();
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    auto inserted
        = ctx.db.exec(QStringLiteral("INSERT INTO memberships (uuid, student_id, plan_id, starts_on, ends_on, "
                                     "sale_line_id, renewed_from_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {uuid, studentId, planId, sql::fromDate(startsOn), sql::fromDate(endsOn),
                saleLineId != 0 ? QVariant(saleLineId) : QVariant(), renewedFrom, now});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    const QJsonObject payload {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("student_uuid"), studentUuid},
        {QStringLiteral("plan_uuid"), planUuid},
        {QStringLiteral("starts_on"), sql::fromDate(startsOn)},
        {QStringLiteral("ends_on"), sql::fromDate(endsOn)},
        {QStringLiteral("renewed_from_uuid"), renewedFromUuid.isEmpty() ? QJsonValue() : QJsonValue(renewedFromUuid)},
        {QStringLiteral("created_at"), now},
    };
    if (auto o = Outbox::append(ctx, QStringLiteral("membership"), uuid, QStringLiteral("upsert"), payload); !o)
        return o.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("membership"), uuid,
            renewedFrom.isNull() ? QStringLiteral("create") : QStringLiteral("renew"),
            QStringLiteral("%1: %2 %3..%4")
                .arg(studentCode, planTitle, sql::fromDate(startsOn), sql::fromDate(endsOn)));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return id;
}

Result<QList<Membership>> MembershipService::activeOn(const Database& db, qint64 studentId, const QDate& date)
{
    const QString d = sql::fromDate(date);
    return select(db,
        QStringLiteral("WHERE m.student_id = ? AND m.starts_on <= ? AND m.ends_on >= ? ORDER BY m.ends_on"),
        {studentId, d, d});
}

Result<QList<Membership>> MembershipService::ofStudent(const Database& db, qint64 studentId)
{
    return select(db, QStringLiteral("WHERE m.student_id = ? ORDER BY m.starts_on DESC, m.id DESC"), {studentId});
}

Result<QList<Membership>> MembershipService::endingBetween(const Database& db, const QDate& from, const QDate& to)
{
    return select(db,
        QStringLiteral("WHERE m.ends_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM memberships n WHERE "
                       "n.student_id = m.student_id AND n.plan_id = m.plan_id AND n.ends_on > m.ends_on AND "
                       "n.starts_on <= date(m.ends_on, '+1 day')) ORDER BY m.ends_on, s.name"),
        {sql::fromDate(from), sql::fromDate(to)});
}

} // namespace td
