#include "StudentPrivacy.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "students/StudentService.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QSqlRecord>

namespace td {

namespace {

// Every row of a query as a JSON object keyed by column name.
Result<QJsonArray> rowsAsJson(const Database& db, const QString& sql, const QVariantList& bindings)
{
    auto q = db.exec(sql, bindings);
    if (!q)
        return q.error();
    QJsonArray rows;
    while (q.value().next()) {
        const QSqlRecord record = q.value().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), QJsonValue::fromVariant(record.value(i)));
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<QJsonObject> StudentPrivacy::exportPersonalData(const Context& ctx, qint64 studentId)
{
    if (auto allowed = ctx.require(Permission::EraseStudentData); !allowed)
        return allowed.error();
    auto student = StudentService::byId(ctx.db, studentId);
    if (!student)
        return student.error();
    const Student& s = student.value();

    QJsonObject document;
    document.insert(QStringLiteral("exported_at"), sql::fromDateTime(ctx.clock.nowUtc()));
    document.insert(QStringLiteral("profile"),
        QJsonObject {{QStringLiteral("uuid"), s.uuid}, {QStringLiteral("code"), s.code},
            {QStringLiteral("name"), s.name}, {QStringLiteral("phone"), s.phone}, {QStringLiteral("email"), s.email},
            {QStringLiteral("birth_date"), s.birthDate.isValid() ? sql::fromDate(s.birthDate) : QString()},
            {QStringLiteral("gender"), s.gender}, {QStringLiteral("status"), studentStatusKey(s.status)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)}, {QStringLiteral("notes"), s.notes},
            {QStringLiteral("online_account_id"), s.onlineAccountId},
            {QStringLiteral("created_at"), sql::fromDateTime(s.createdAt)},
            {QStringLiteral("updated_at"), sql::fromDateTime(s.updatedAt)}});
    QJsonArray guardians;
    for (const Guardian& g : s.guardians)
        guardians.append(QJsonObject {{QStringLiteral("uuid"), g.uuid}, {QStringLiteral("name"), g.name},
            {QStringLiteral("relation"), g.relation}, {QStringLiteral("phone"), g.phone}});
    document.insert(QStringLiteral("guardians"), guardians);

    // The student's part of each ledger, with what a person needs to read it (class names, receipt numbers).
    const QList<std::pair<QString, QString>> sections = {
        {QStringLiteral("consents"),
            QStringLiteral("SELECT c.uuid, c.kind, c.granted, c.recorded_at, st.display_name AS recorded_by "
                           "FROM consents c LEFT JOIN staff st ON st.id = c.recorded_by "
                           "WHERE c.student_id = ? ORDER BY c.recorded_at, c.id")},
        {QStringLiteral("enrollments"),
            QStringLiteral("SELECT e.uuid, k.uuid AS class_uuid, k.name AS class_name, e.status, e.requested_at, "
                           "e.updated_at FROM enrollments e JOIN classes k ON k.id = e.class_id "
                           "WHERE e.student_id = ? ORDER BY e.requested_at, e.id")},
        {QStringLiteral("attendance"),
            QStringLiteral("SELECT a.uuid, se.uuid AS session_uuid, k.name AS class_name, se.starts_at, a.status, "
                           "a.recorded_at, a.note FROM attendance a JOIN sessions se ON se.id = a.session_id "
                           "JOIN classes k ON k.id = se.class_id WHERE a.student_id = ? ORDER BY se.starts_at, a.id")},
        {QStringLiteral("payments"),
            QStringLiteral(
                "SELECT uuid, receipt_no, kind, method, subtotal_minor, discount_minor, total_minor, reason, "
                "created_at, business_date FROM sales WHERE student_id = ? ORDER BY created_at, id")},
        {QStringLiteral("packs"),
            QStringLiteral("SELECT p.uuid, ci.title AS course, p.category, p.hours_purchased, p.expires_on, "
                           "p.created_at, (SELECT coalesce(sum(delta), 0) FROM class_hour_entries "
                           "WHERE pack_id = p.id) AS ledger_total FROM class_hour_packs p "
                           "LEFT JOIN catalog_items ci ON ci.id = p.course_id WHERE p.student_id = ? "
                           "ORDER BY p.created_at, p.id")},
        {QStringLiteral("memberships"),
            QStringLiteral("SELECT m.uuid, ci.title AS plan, m.starts_on, m.ends_on, m.created_at FROM memberships m "
                           "JOIN catalog_items ci ON ci.id = m.plan_id WHERE m.student_id = ? "
                           "ORDER BY m.starts_on, m.id")},
    };
    for (const auto& [name, sql] : sections) {
        auto rows = rowsAsJson(ctx.db, sql, {studentId});
        if (!rows)
            return rows.error();
        document.insert(name, rows.value());
    }

    if (auto a
        = AuditLog::record(ctx, QStringLiteral("student"), s.uuid, QStringLiteral("export_personal_data"), s.code);
        !a)
        return a.error();
    return document;
}

Status StudentPrivacy::erasePersonalData(const Context& ctx, qint64 studentId)
{
    if (auto allowed = ctx.require(Permission::EraseStudentData); !allowed)
        return allowed;
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto student = StudentService::byId(ctx.db, studentId);
    if (!student)
        return student.error();
    const Student& s = student.value();

    const QString placeholder = tr("Erased student %1").arg(s.code);
    QStringList erased;
    if (s.name != placeholder)
        erased << QStringLiteral("name");
    if (!s.phone.isEmpty())
        erased << QStringLiteral("phone");
    if (!s.email.isEmpty())
        erased << QStringLiteral("email");
    if (s.birthDate.isValid())
        erased << QStringLiteral("birth date");
    if (!s.gender.isEmpty())
        erased << QStringLiteral("gender");
    if (!s.notes.isEmpty())
        erased << QStringLiteral("notes");
    if (!s.tags.isEmpty())
        erased << QStringLiteral("%1 tag(s)").arg(s.tags.size());
    if (!s.guardians.isEmpty())
        erased << QStringLiteral("%1 guardian(s)").arg(s.guardians.size());
    if (!s.onlineAccountId.isEmpty())
        erased << QStringLiteral("online account link");

    auto r = ctx.db.exec(
        QStringLiteral("UPDATE students SET name = ?, search_name = ?, phone = NULL, phone_digits = NULL, "
                       "email = NULL, birth_date = NULL, gender = NULL, notes = '', "
                       "online_account_id = NULL, status = 'archived', updated_at = ? WHERE id = ?"),
        {placeholder, StudentService::searchName(placeholder), sql::fromDateTime(ctx.clock.nowUtc()), studentId});
    if (!r)
        return r.error();
    for (const QString& table : {QStringLiteral("student_tags"), QStringLiteral("guardians")}) {
        auto d = ctx.db.exec(
            QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE student_id = ?"), {studentId});
        if (!d)
            return d.error();
    }
    for (const Guardian& g : s.guardians) {
        auto o = Outbox::append(ctx, QStringLiteral("guardian"), g.uuid, QStringLiteral("delete"),
            {{QStringLiteral("uuid"), g.uuid}, {QStringLiteral("student_uuid"), s.uuid}});
        if (!o)
            return o.error();
    }
    const QJsonObject payload {{QStringLiteral("uuid"), s.uuid}, {QStringLiteral("code"), s.code},
        {QStringLiteral("name"), placeholder}, {QStringLiteral("phone"), QString()},
        {QStringLiteral("email"), QString()}, {QStringLiteral("birth_date"), QString()},
        {QStringLiteral("gender"), QString()}, {QStringLiteral("status"), studentStatusKey(StudentStatus::Archived)},
        {QStringLiteral("tags"), QJsonArray()}, {QStringLiteral("online_account_id"), QString()},
        {QStringLiteral("erased"), true}};
    if (auto o = Outbox::append(ctx, QStringLiteral("student"), s.uuid, QStringLiteral("upsert"), payload); !o)
        return o.error();
    const QString summary = erased.isEmpty()
        ? QString(s.code + QStringLiteral(": nothing left to erase"))
        : QString(s.code + QStringLiteral(": erased ") + erased.join(QStringLiteral(", ")));
    if (auto a
        = AuditLog::record(ctx, QStringLiteral("student"), s.uuid, QStringLiteral("erase_personal_data"), summary);
        !a)
        return a;
    return tx.value().commit();
}

} // namespace td
