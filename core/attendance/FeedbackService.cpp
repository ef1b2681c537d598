#include "FeedbackService.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonObject>

namespace td {

Result<qint64> FeedbackService::record(
    const Context& ctx, qint64 studentId, qint64 sessionId, qint64 itemId, int rating, const QString& comment)
{
    if (auto allowed = ctx.require(Permission::RecordFeedback); !allowed)
        return allowed.error();
    auto student = ctx.db.exec(QStringLiteral("SELECT uuid, code, name FROM students WHERE id = ?"), {studentId});
    if (!student)
        return student.error();
    if (!student.value().next())
        return Error::invalid(tr("Choose the student giving the feedback."), QStringLiteral("studentId"));
    const QString studentUuid = student.value().value(0).toString();
    const QString studentCode = student.value().value(1).toString();
    const QString studentName = student.value().value(2).toString();
    if (sessionId == 0 && itemId == 0)
        return Error::invalid(
            tr("Choose the session or the course the feedback is about."), QStringLiteral("sessionId"));

    QString sessionUuid;
    if (sessionId != 0) {
        auto session = ctx.db.exec(QStringLiteral("SELECT s.uuid, c.course_id FROM sessions s JOIN classes c ON "
                                                  "c.id = s.class_id WHERE s.id = ?"),
            {sessionId});
        if (!session)
            return session.error();
        if (!session.value().next())
            return Error::invalid(tr("The session does not exist."), QStringLiteral("sessionId"));
        sessionUuid = session.value().value(0).toString();
        const qint64 courseId = session.value().value(1).toLongLong();
        if (itemId != 0 && itemId != courseId)
            return Error::invalid(tr("The session belongs to another course."), QStringLiteral("itemId"));
        itemId = courseId;
    }
    auto item = ctx.db.exec(QStringLiteral("SELECT uuid, title FROM catalog_items WHERE id = ?"), {itemId});
    if (!item)
        return item.error();
    if (!item.value().next())
        return Error::invalid(tr("The course does not exist."), QStringLiteral("itemId"));
    const QString itemUuid = item.value().value(0).toString();
    const QString itemTitle = item.value().value(1).toString();
    if (rating < 1 || rating > 5)
        return Error::invalid(tr("A rating is from 1 to 5."), QStringLiteral("rating"));
    const QString text = comment.trimmed();
    if (text.size() > kMaxCommentLength)
        return Error::invalid(
            tr("The comment is longer than %1 characters.").arg(kMaxCommentLength), QStringLiteral("comment"));
    if (sessionId != 0) {
        auto attended = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE session_id = ? AND "
                                                     "student_id = ? AND status IN ('present', 'late', 'makeup')"),
            {sessionId, studentId});
        if (!attended)
            return attended.error();
        if (attended.value().toInt() == 0)
            return Error::conflict(
                tr("%1 (%2) did not attend this session; only attendees rate a session.").arg(studentName, studentCode),
                QStringLiteral("sessionId"));
        auto given
            = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM feedback WHERE session_id = ? AND student_id = ?"),
                {sessionId, studentId});
        if (!given)
            return given.error();
        if (given.value().toInt() > 0)
            return Error::conflict(tr("%1 (%2) has already rated this session.").arg(studentName, studentCode),
                QStringLiteral("sessionId"));
    }

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    const QString uuid = sql::newUuid();
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    auto inserted = ctx.db.exec(QStringLiteral("INSERT INTO feedback (uuid, student_id, session_id, item_id, rating, "
                                               "comment, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, studentId, sessionId != 0 ? QVariant(sessionId) : QVariant(), itemId, rating,
            text.isNull() ? QStringLiteral("") : text, ctx.staffRef(), now});
    if (!inserted)
        return inserted.error();
    const QJsonObject payload {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("student_uuid"), studentUuid},
        {QStringLiteral("session_uuid"), sessionUuid.isEmpty() ? QJsonValue() : QJsonValue(sessionUuid)},
        {QStringLiteral("item_uuid"), itemUuid},
        {QStringLiteral("rating"), rating},
        {QStringLiteral("comment"), text},
        {QStringLiteral("created_at"), now},
    };
    if (auto o = Outbox::append(ctx, QStringLiteral("feedback"), uuid, QStringLiteral("add"), payload); !o)
        return o.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("feedback"), uuid, QStringLiteral("create"),
            QStringLiteral("%1: %2 rated %3/5").arg(studentCode, itemTitle).arg(rating));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return inserted.value().lastInsertId().toLongLong();
}

Result<QList<Feedback>> FeedbackService::ofItem(const Database& db, qint64 itemId)
{
    auto q
        = db.exec(QStringLiteral("SELECT f.id, f.uuid, f.student_id, st.code, st.name, f.session_id, s.local_date, "
                                 "f.item_id, i.title, f.rating, f.comment, coalesce(r.display_name, ''), f.created_at "
                                 "FROM feedback f JOIN students st ON st.id = f.student_id "
                                 "JOIN catalog_items i ON i.id = f.item_id LEFT JOIN sessions s ON s.id = f.session_id "
                                 "LEFT JOIN staff r ON r.id = f.recorded_by WHERE f.item_id = ? "
                                 "ORDER BY f.created_at DESC, f.id DESC"),
            {itemId});
    if (!q)
        return q.error();
    QList<Feedback> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        list.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toLongLong(), sql::toDate(r.value(6)), r.value(7).toLongLong(),
            r.value(8).toString(), r.value(9).toInt(), r.value(10).toString(), r.value(11).toString(),
            sql::toDateTime(r.value(12))});
    }
    return list;
}

Result<ItemRating> FeedbackService::averageForItem(const Database& db, qint64 itemId)
{
    auto q = db.exec(
        QStringLiteral("SELECT count(*), coalesce(avg(rating), 0) FROM feedback WHERE item_id = ?"), {itemId});
    if (!q)
        return q.error();
    q.value().next();
    return ItemRating {q.value().value(0).toInt(), q.value().value(1).toDouble()};
}

} // namespace td
