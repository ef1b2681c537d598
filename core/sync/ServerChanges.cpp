#include "ServerChanges.h"

#include "audit/AuditLog.h"
#include "auth/Context.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "students/StudentService.h"
#include "sync/Outbox.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace td {

namespace {

struct Column
{
    bool notNull = false;
    bool hasDefault = false;
};
using Columns = QHash<QString, Column>;

Result<Columns> columnsOf(const Database& db, const QString& table)
{
    // Per thread: each sync thread has its own connection, and the schema does not change while it runs.
    thread_local QHash<QString, Columns> cache;
    if (auto it = cache.constFind(table); it != cache.constEnd())
        return it.value();
    auto q = db.exec(QStringLiteral("SELECT name, \"notnull\", dflt_value FROM pragma_table_info(?)"), {table});
    if (!q)
        return q.error();
    Columns columns;
    while (q.value().next())
        columns.insert(
            q.value().value(0).toString(), Column {q.value().value(1).toInt() != 0, !q.value().value(2).isNull()});
    cache.insert(table, columns);
    return columns;
}

// Shared records: entity, table, and the rows of the table that are shared.
struct SharedTable
{
    QString entity;
    QString table;
    QString where;
    QString naturalKey; // a column that names the same thing on every desk, or empty
};

const QList<SharedTable>& sharedTables()
{
    // In the order a desk needs them: what a row refers to comes first.
    static const QList<SharedTable> tables = {
        {QStringLiteral("staff"), QStringLiteral("staff"), QStringLiteral("1"), QStringLiteral("username")},
        {QStringLiteral("room"), QStringLiteral("rooms"), QStringLiteral("1"), QStringLiteral("name")},
        {QStringLiteral("local_item"), QStringLiteral("catalog_items"), QStringLiteral("source = 'local'"), {}},
        {QStringLiteral("class"), QStringLiteral("classes"), QStringLiteral("1"), {}},
        {QStringLiteral("session"), QStringLiteral("sessions"), QStringLiteral("1"), {}},
    };
    return tables;
}

const SharedTable* sharedTable(const QString& table)
{
    for (const SharedTable& shared : sharedTables())
        if (shared.table == table)
            return &shared;
    return nullptr;
}

// Which table a "<x>_id" column refers to.
QString referencedTable(const QString& column)
{
    static const QHash<QString, QString> tables = {
        {QStringLiteral("student_id"), QStringLiteral("students")},
        {QStringLiteral("session_id"), QStringLiteral("sessions")},
        {QStringLiteral("class_id"), QStringLiteral("classes")},
        {QStringLiteral("pack_id"), QStringLiteral("class_hour_packs")},
        {QStringLiteral("attendance_id"), QStringLiteral("attendance")},
        {QStringLiteral("item_id"), QStringLiteral("catalog_items")},
        {QStringLiteral("plan_id"), QStringLiteral("catalog_items")},
        {QStringLiteral("course_id"), QStringLiteral("catalog_items")},
        {QStringLiteral("prerequisite_id"), QStringLiteral("catalog_items")},
        {QStringLiteral("refund_of_id"), QStringLiteral("sales")},
        {QStringLiteral("sale_id"), QStringLiteral("sales")},
        {QStringLiteral("renewed_from_id"), QStringLiteral("memberships")},
        {QStringLiteral("makeup_of_id"), QStringLiteral("sessions")},
        {QStringLiteral("room_id"), QStringLiteral("rooms")},
        {QStringLiteral("recorded_by"), QStringLiteral("staff")},
        {QStringLiteral("staff_id"), QStringLiteral("staff")},
        {QStringLiteral("approved_by"), QStringLiteral("staff")},
        {QStringLiteral("instructor_id"), QStringLiteral("staff")},
    };
    return tables.value(column);
}

bool isAppendOnly(const QString& table)
{
    return table == QLatin1String("sales") || table == QLatin1String("sale_lines")
        || table == QLatin1String("class_hour_entries");
}

QVariant toSql(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(value.toInteger()))
            return value.toInteger();
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    default:
        return QVariant(QMetaType(QMetaType::QString));
    }
}

// The local uuid a server uuid stands for, when this desk merged them.
Result<QString> localUuid(const Database& db, const QString& entity, const QString& uuid)
{
    auto r = db.scalar(
        QStringLiteral("SELECT local_uuid FROM sync_aliases WHERE entity = ? AND remote_uuid = ?"), {entity, uuid});
    if (!r)
        return r.error();
    return r.value().isValid() ? r.value().toString() : uuid;
}

struct Row
{
    QStringList columns;
    QVariantList values;

    void set(const QString& column, const QVariant& value)
    {
        const qsizetype at = columns.indexOf(column);
        if (at >= 0) {
            values[at] = value;
        } else {
            columns.append(column);
            values.append(value);
        }
    }
    bool has(const QString& column) const { return columns.contains(column); }
    QVariant get(const QString& column) const { return has(column) ? values.at(columns.indexOf(column)) : QVariant(); }
};

// Two desks registering students offline hand out the same next code. Every desk settles it the same
// way, whatever order the changes arrive in: the student with the smaller uuid keeps the code. When
// that is the incoming student, the one here moves to the next free code and that change goes out to
// the other desks; otherwise the incoming one waits (kept aside) until its own desk, settling the same
// clash, sends its new code.
Status settleStudentCode(const Context& ctx, const QString& uuid, const Row& row)
{
    const QString code = row.get(QStringLiteral("code")).toString();
    auto holder
        = ctx.db.exec(QStringLiteral("SELECT id, uuid FROM students WHERE code = ? AND uuid <> ?"), {code, uuid});
    if (!holder)
        return holder.error();
    if (!holder.value().next())
        return {};
    const qint64 holderId = holder.value().value(0).toLongLong();
    const QString holderUuid = holder.value().value(1).toString();
    if (holderUuid < uuid)
        return Error::conflict(ServerChanges::tr("Student code %1 is used here by another student, who keeps it; this "
                                                 "student waits for its own desk to give it a new code.")
                                   .arg(code),
            QStringLiteral("code"));
    QString winner = row.get(QStringLiteral("name")).toString();
    if (winner.isEmpty())
        winner = ServerChanges::tr("a student from another desk");
    return StudentService::giveUpCode(ctx, holderId, winner);
}

// A record's changes apply in the server's order. Earlier changes of it kept aside in sync_deferred come
// first: upserts ride along with a later upsert (their fields, overridden by its own), so a student kept
// aside for its code applies once its desk sends the new one; behind a fact or a tombstone the change
// waits, or a tombstone would be undone when the record it removes applies later. The rows carried
// along leave sync_deferred in the caller's savepoint, so they come back if the change fails.
Result<sync::Change> withEarlierWaiting(const Database& db, const sync::Change& change)
{
    auto earlier = db.exec(QStringLiteral("SELECT server_seq, operation, payload FROM sync_deferred WHERE entity = ? "
                                          "AND entity_uuid = ? AND server_seq < ? ORDER BY server_seq"),
        {change.entity, change.uuid, change.seq});
    if (!earlier)
        return earlier.error();
    sync::Change merged = change;
    QJsonObject fields;
    QVariantList carried;
    while (earlier.value().next()) {
        if (change.operation != QLatin1String("upsert")
            || earlier.value().value(1).toString() != QLatin1String("upsert"))
            return Error::notFound(ServerChanges::tr(
                "It waits for an earlier change to the same record that this desk could not apply yet."));
        const QJsonObject before = QJsonDocument::fromJson(earlier.value().value(2).toString().toUtf8()).object();
        for (auto it = before.begin(); it != before.end(); ++it)
            fields.insert(it.key(), it.value());
        carried.append(earlier.value().value(0));
    }
    if (carried.isEmpty())
        return merged;
    for (auto it = change.payload.begin(); it != change.payload.end(); ++it)
        fields.insert(it.key(), it.value());
    merged.payload = fields;
    for (const QVariant& seq : std::as_const(carried))
        if (auto removed = db.exec(QStringLiteral("DELETE FROM sync_deferred WHERE server_seq = ?"), {seq}); !removed)
            return removed.error();
    return merged;
}

// Payload fields to columns of table; "<x>_uuid" become ids of the rows they name.
Result<Row> toRow(const Database& db, const QString& table, const QJsonObject& payload)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    Row row;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("uuid") || key == QLatin1String("id"))
            continue;
        const bool plainReference = !key.endsWith(QLatin1String("_uuid")) && it.value().isString()
            && !referencedTable(key).isEmpty() && columns->contains(key);
        if (key.endsWith(QLatin1String("_uuid")) || plainReference) {
            const QString base = plainReference ? key : key.chopped(5);
            const QString column
                = columns->contains(base + QStringLiteral("_id")) ? base + QStringLiteral("_id") : base;
            const QString target = referencedTable(column);
            if (!columns->contains(column) || target.isEmpty())
                continue;
            const QString uuid = it.value().toString();
            if (uuid.isEmpty()) {
                row.set(column, QVariant(QMetaType(QMetaType::LongLong)));
                continue;
            }
            // Another desk's uuid for a row this desk has under its own (a merged staff member or room).
            auto id = db.scalar(QStringLiteral("SELECT id FROM ") + target
                    + QStringLiteral(" WHERE uuid = coalesce((SELECT local_uuid FROM sync_aliases WHERE remote_uuid = "
                                     "?), ?)"),
                {uuid, uuid});
            if (!id)
                return id.error();
            if (!id.value().isValid()) {
                // Staff are not synced: a record made by another desk's staff keeps no local staff reference.
                if (target == QLatin1String("staff")) {
                    row.set(column, QVariant(QMetaType(QMetaType::LongLong)));
                    continue;
                }
                return Error::notFound(
                    ServerChanges::tr("It refers to %1 %2, which this desk does not have yet.").arg(target, uuid));
            }
            row.set(column, id.value());
            continue;
        }
        if (!columns->contains(key))
            continue;
        QVariant value = toSql(it.value());
        // Optional text left empty on the other desk is NULL here too (CHECK and UNIQUE constraints).
        if (!columns->value(key).notNull && value.typeId() == QMetaType::QString && value.toString().isEmpty())
            value = QVariant(QMetaType(QMetaType::QString));
        row.set(key, value);
    }
    return row;
}

Status fillRequired(const Database& db, const Context& ctx, const QString& table, Row& row)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    for (auto it = columns->constBegin(); it != columns->constEnd(); ++it) {
        if (!it.value().notNull || it.value().hasDefault || row.has(it.key()) || it.key() == QLatin1String("id")
            || it.key() == QLatin1String("uuid"))
            continue;
        if (it.key().endsWith(QLatin1String("_at")))
            row.set(it.key(), now);
    }
    return {};
}

Result<qint64> insert(const Database& db, const QString& table, const QString& uuid, const Row& row)
{
    QStringList columns = row.columns;
    QVariantList values = row.values;
    if (!uuid.isEmpty()) {
        columns.prepend(QStringLiteral("uuid"));
        values.prepend(uuid);
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    auto q = db.exec(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
            + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QStringLiteral(")"),
        values);
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status update(const Database& db, const QString& table, qint64 id, const Row& row)
{
    if (row.columns.isEmpty())
        return {};
    QStringList sets;
    for (const QString& column : row.columns)
        sets.append(column + QStringLiteral(" = ?"));
    QVariantList values = row.values;
    values.append(id);
    auto q = db.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + sets.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE id = ?"),
        values);
    if (!q)
        return q.error();
    return {};
}

// A shared row as it travels: its columns by name, "<x>_id" references as "<x>_uuid", never a password.
Result<QJsonObject> sharedPayload(const Database& db, const QSqlRecord& record)
{
    QJsonObject payload;
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        const QVariant value = record.value(i);
        if (column == QLatin1String("id") || column == QLatin1String("password_hash"))
            continue;
        const QString target = referencedTable(column);
        if (target.isEmpty() || !column.endsWith(QLatin1String("_id"))) {
            payload.insert(column, QJsonValue::fromVariant(value));
            continue;
        }
        QJsonValue uuid;
        if (!value.isNull()) {
            auto found
                = db.scalar(QStringLiteral("SELECT uuid FROM ") + target + QStringLiteral(" WHERE id = ?"), {value});
            if (!found)
                return found.error();
            uuid = found.value().toString();
        }
        payload.insert(column.chopped(3) + QStringLiteral("_uuid"), uuid);
    }
    return payload;
}

// What this desk last told or heard from the server about a shared row: an outbox entry marked sent, so
// the row is queued again only when a local edit changes it, and a pulled row never echoes back.
Status recordBaseline(const Context& ctx, const QString& entity, const QString& table, const QString& uuid)
{
    auto q = ctx.db.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE uuid = ?"), {uuid});
    if (!q)
        return q.error();
    if (!q.value().next())
        return {};
    auto payload = sharedPayload(ctx.db, q.value().record());
    if (!payload)
        return payload.error();
    auto id = Outbox::append(ctx, entity, uuid, QStringLiteral("upsert"), payload.value());
    if (!id)
        return id.error();
    return Outbox::markSent(ctx.db, id.value());
}

// A student's fields from the server, keeping local edits not yet pushed and logging what was replaced.
Status mergeStudent(const Context& ctx, qint64 id, const QString& uuid, const QJsonObject& payload, Row& row)
{
    Row kept;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        const QString column = row.columns.at(i);
        const QString field = payload.contains(column) ? column : column.chopped(3) + QStringLiteral("_uuid");
        auto pending = Outbox::hasPendingField(ctx.db, QStringLiteral("student"), uuid, field);
        if (!pending)
            return pending.error();
        if (pending.value())
            continue;
        auto current
            = ctx.db.scalar(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM students WHERE id = ?"), {id});
        if (!current)
            return current.error();
        if (current.value().toString() != row.values.at(i).toString()) {
            auto logged = AuditLog::record(ctx, QStringLiteral("student"), uuid, QStringLiteral("sync_merge"),
                ServerChanges::tr("%1: \"%2\" replaced by \"%3\" from the sync server")
                    .arg(column, current.value().toString(), row.values.at(i).toString()));
            if (!logged)
                return logged;
        }
        kept.set(column, row.values.at(i));
    }
    row = kept;
    return {};
}

} // namespace

QString ServerChanges::tableFor(const QString& entity)
{
    static const QHash<QString, QString> tables = {
        {QStringLiteral("student"), QStringLiteral("students")},
        {QStringLiteral("guardian"), QStringLiteral("guardians")},
        {QStringLiteral("consent"), QStringLiteral("consents")},
        {QStringLiteral("enrollment"), QStringLiteral("enrollments")},
        {QStringLiteral("attendance"), QStringLiteral("attendance")},
        {QStringLiteral("class_hour_entry"), QStringLiteral("class_hour_entries")},
        {QStringLiteral("class_hour_pack"), QStringLiteral("class_hour_packs")},
        {QStringLiteral("membership"), QStringLiteral("memberships")},
        {QStringLiteral("sale"), QStringLiteral("sales")},
        {QStringLiteral("feedback"), QStringLiteral("feedback")},
        {QStringLiteral("catalog_item"), QStringLiteral("catalog_items")},
        {QStringLiteral("online_activity"), QStringLiteral("online_activity")},
        {QStringLiteral("staff"), QStringLiteral("staff")},
        {QStringLiteral("room"), QStringLiteral("rooms")},
        {QStringLiteral("local_item"), QStringLiteral("catalog_items")},
        {QStringLiteral("class"), QStringLiteral("classes")},
        {QStringLiteral("session"), QStringLiteral("sessions")},
    };
    return tables.value(entity);
}

Status ServerChanges::apply(const Context& ctx, const sync::Change& incoming)
{
    const Database& db = ctx.db;
    const QString table = tableFor(incoming.entity);
    if (table.isEmpty())
        return Error::notFound(
            tr("This desk does not know the entity \"%1\"; update TrainingDesk.").arg(incoming.entity));
    auto waiting = withEarlierWaiting(db, incoming);
    if (!waiting)
        return waiting.error();
    const sync::Change& change = waiting.value();
    auto uuid = localUuid(db, change.entity, change.uuid);
    if (!uuid)
        return uuid.error();
    auto existing
        = db.scalar(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE uuid = ?"), {uuid.value()});
    if (!existing)
        return existing.error();
    if (!existing.value().isValid() && table == QLatin1String("catalog_items")
        && !change.payload.value(QLatin1String("online_id")).toString().isEmpty()) {
        // An online item this desk had before it first synced (e.g. the demo's): it takes the server's uuid.
        auto same = db.scalar(QStringLiteral("SELECT id FROM catalog_items WHERE online_id = ?"),
            {change.payload.value(QLatin1String("online_id")).toString()});
        if (!same)
            return same.error();
        if (same.value().isValid()) {
            auto adopted = db.exec(
                QStringLiteral("UPDATE catalog_items SET uuid = ? WHERE id = ?"), {change.uuid, same.value()});
            if (!adopted)
                return adopted.error();
            existing = same;
        }
    }

    if (change.operation == QLatin1String("delete")) {
        if (isAppendOnly(table) || !existing.value().isValid())
            return {};
        auto r = db.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {existing.value()});
        if (!r)
            return r.error();
        return {};
    }

    auto row = toRow(db, table, change.payload);
    if (!row)
        return row.error();
    if (table == QLatin1String("students")) {
        if (row.value().has(QStringLiteral("name")))
            row.value().set(QStringLiteral("search_name"),
                StudentService::searchName(row.value().get(QStringLiteral("name")).toString()));
        if (row.value().has(QStringLiteral("phone")))
            row.value().set(QStringLiteral("phone_digits"),
                sql::nullIfEmpty(StudentService::phoneDigits(row.value().get(QStringLiteral("phone")).toString())));
        if (row.value().has(QStringLiteral("code")))
            if (auto settled = settleStudentCode(ctx, uuid.value(), row.value()); !settled)
                return settled;
    }

    const SharedTable* shared = sharedTable(table);
    if (!existing.value().isValid() && shared && !shared->naturalKey.isEmpty() && row.value().has(shared->naturalKey)) {
        // The same staff member or room made on two desks: this desk keeps its own and notes the other uuid.
        auto same = db.scalar(QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE ")
                + shared->naturalKey + QStringLiteral(" = ?"),
            {row.value().get(shared->naturalKey)});
        if (!same)
            return same.error();
        if (same.value().isValid()) {
            auto alias = db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_aliases (entity, remote_uuid, local_uuid) "
                                                "VALUES (?, ?, ?)"),
                {change.entity, change.uuid, same.value()});
            if (!alias)
                return alias.error();
            return {};
        }
    }
    if (table == QLatin1String("staff")) {
        // Profiles travel without passwords: a staff member from another desk is known here (for the
        // names on classes and check-ins) but cannot sign in until an administrator sets a password here;
        // whether someone may sign in at this desk stays this desk's decision.
        Row profile;
        for (const QString& column : {QStringLiteral("display_name"), QStringLiteral("role"), QStringLiteral("phone")})
            if (row.value().has(column))
                profile.set(column, row.value().get(column));
        if (!existing.value().isValid()) {
            profile.set(QStringLiteral("username"), row.value().get(QStringLiteral("username")));
            profile.set(QStringLiteral("password_hash"), QStringLiteral("!"));
            profile.set(QStringLiteral("active"), 0);
            if (row.value().has(QStringLiteral("created_at")))
                profile.set(QStringLiteral("created_at"), row.value().get(QStringLiteral("created_at")));
        }
        row.value() = profile;
    }

    if (existing.value().isValid()) {
        if (isAppendOnly(table))
            return {};
        if (table == QLatin1String("students")) {
            if (auto merged
                = mergeStudent(ctx, existing.value().toLongLong(), uuid.value(), change.payload, row.value());
                !merged)
                return merged;
        }
        if (auto updated = update(db, table, existing.value().toLongLong(), row.value()); !updated || !shared)
            return updated;
        return recordBaseline(ctx, change.entity, table, uuid.value());
    }

    // The same student checked in to the same session on two desks: the server's record is the one.
    if (table == QLatin1String("attendance") && row.value().has(QStringLiteral("session_id"))
        && row.value().has(QStringLiteral("student_id"))) {
        auto twin = db.scalar(QStringLiteral("SELECT id FROM attendance WHERE session_id = ? AND student_id = ?"),
            {row.value().get(QStringLiteral("session_id")), row.value().get(QStringLiteral("student_id"))});
        if (!twin)
            return twin.error();
        if (twin.value().isValid()) {
            row.value().set(QStringLiteral("uuid"), change.uuid);
            return update(db, table, twin.value().toLongLong(), row.value());
        }
    }
    // ...and its deduction: this desk already took the hours for that check-in.
    if (table == QLatin1String("class_hour_entries") && row.value().has(QStringLiteral("attendance_id"))
        && !row.value().get(QStringLiteral("attendance_id")).isNull()) {
        auto twin
            = db.scalar(QStringLiteral("SELECT uuid FROM class_hour_entries WHERE attendance_id = ? AND reason = ? "
                                       "AND uuid NOT IN (SELECT local_uuid FROM sync_aliases WHERE entity = "
                                       "'class_hour_entry')"),
                {row.value().get(QStringLiteral("attendance_id")), row.value().get(QStringLiteral("reason"))});
        if (!twin)
            return twin.error();
        if (twin.value().isValid()) {
            auto alias = db.exec(QStringLiteral("INSERT OR IGNORE INTO sync_aliases (entity, remote_uuid, local_uuid) "
                                                "VALUES ('class_hour_entry', ?, ?)"),
                {change.uuid, twin.value()});
            if (!alias)
                return alias.error();
            return {};
        }
    }
    if (table == QLatin1String("sales")) {
        // Each desk numbers its receipts in its own series (its desk code); another desk's sale keeps its
        // series and number, so every series stays gapless on every desk. Two desks sharing a code clash here.
        auto clash = db.scalar(
            QStringLiteral(
                "SELECT count(*) FROM sales WHERE receipt_no = ? OR (receipt_series = ? AND receipt_seq = ?)"),
            {row.value().get(QStringLiteral("receipt_no")), row.value().get(QStringLiteral("receipt_series")),
                row.value().get(QStringLiteral("receipt_seq"))});
        if (!clash)
            return clash.error();
        if (clash.value().toLongLong() > 0)
            return Error::conflict(tr("Receipt number %1 from another desk is already used here; give each desk of "
                                      "the center its own desk code in Settings.")
                                       .arg(row.value().get(QStringLiteral("receipt_no")).toString()));
        if (!row.value().has(QStringLiteral("receipt_seq"))
            || row.value().get(QStringLiteral("receipt_seq")).isNull()) {
            // A sale from a desk that did not send its series: a series of its own, so it cannot clash.
            row.value().set(QStringLiteral("receipt_series"), row.value().get(QStringLiteral("receipt_no")));
            row.value().set(QStringLiteral("receipt_seq"), 1);
        }
        if (row.value().get(QStringLiteral("receipt_series")).isNull())
            row.value().set(QStringLiteral("receipt_series"), QString());
    }
    if (auto filled = fillRequired(db, ctx, table, row.value()); !filled)
        return filled;
    auto id = insert(db, table, change.uuid, row.value());
    if (!id)
        return id.error();
    if (shared) {
        if (auto baseline = recordBaseline(ctx, change.entity, table, change.uuid); !baseline)
            return baseline;
    }
    if (table == QLatin1String("sales")) {
        const QJsonArray lines = change.payload.value(QLatin1String("lines")).toArray();
        int lineNo = 0;
        for (const QJsonValue& value : lines) {
            ++lineNo;
            auto line = toRow(db, QStringLiteral("sale_lines"), value.toObject());
            if (!line)
                return line.error();
            line.value().set(QStringLiteral("sale_id"), id.value());
            if (!line.value().has(QStringLiteral("line_no")))
                line.value().set(QStringLiteral("line_no"), lineNo);
            auto inserted = insert(db, QStringLiteral("sale_lines"), {}, line.value());
            if (!inserted)
                return inserted.error();
        }
    }
    return {};
}

Result<int> ServerChanges::queueSharedRecords(const Context& ctx)
{
    const Database& db = ctx.db;
    int queued = 0;
    for (const SharedTable& shared : sharedTables()) {
        // The last payload this desk sent or received for each row (its newest outbox entry).
        auto last = db.exec(QStringLiteral("SELECT entity_uuid, payload FROM outbox WHERE seq IN (SELECT max(seq) FROM "
                                           "outbox WHERE entity = ? GROUP BY entity_uuid)"),
            {shared.entity});
        if (!last)
            return last.error();
        // Compared as compact JSON read back, so number and null forms match whatever path they took.
        const auto canonical
            = [](const QByteArray& json) { return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact); };
        QHash<QString, QByteArray> known;
        while (last.value().next())
            known.insert(last.value().value(0).toString(), canonical(last.value().value(1).toString().toUtf8()));
        auto q = db.exec(QStringLiteral("SELECT * FROM ") + shared.table + QStringLiteral(" WHERE ") + shared.where
            + QStringLiteral(" ORDER BY id"));
        if (!q)
            return q.error();
        QList<std::pair<QString, QJsonObject>> rows;
        while (q.value().next()) {
            const QSqlRecord record = q.value().record();
            auto payload = sharedPayload(db, record);
            if (!payload)
                return payload.error();
            const QString uuid = record.value(QStringLiteral("uuid")).toString();
            // New here, or edited here since it last travelled (a cancelled session, a renamed room).
            if (auto it = known.constFind(uuid);
                it == known.constEnd() || it.value() != canonical(QJsonDocument(payload.value()).toJson()))
                rows.append({uuid, payload.value()});
        }
        for (const auto& [uuid, payload] : rows) {
            if (auto o = Outbox::append(ctx, shared.entity, uuid, QStringLiteral("upsert"), payload); !o)
                return o.error();
            ++queued;
        }
    }
    return queued;
}

} // namespace td
