#pragma once

#include "storage/SqlValues.h"
#include "support/TestCenter.h"

#include <QTest>
#include <QTimeZone>

namespace td::test {

// Writes a small center straight into a TestCenter's tables (catalog, classes, students and their
// history), for the insights tests. Dates are the center's calendar days.
class InsightsFixture
{
public:
    explicit InsightsFixture(TestCenter& center)
        : m_center(center)
    {
        m_instructor = center.actor(Role::Instructor).staffId;
        m_room = insert(
            QStringLiteral("INSERT INTO rooms (uuid, name, capacity) VALUES (?, 'Room 1', 30)"), {sql::newUuid()});
    }

    qint64 item(const QString& kind, const QString& title, const QString& category, int level = 0,
        qint64 prerequisite = 0, const QStringList& tags = {})
    {
        const qint64 id = insert(QStringLiteral("INSERT INTO catalog_items (uuid, kind, title, category, level, "
                                                "prerequisite_id, price_minor, created_at, updated_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, 100000, ?, ?)"),
            // A null QString binds as NULL; the column is NOT NULL with '' for "no category".
            {sql::newUuid(), kind, title, category.isNull() ? QString::fromLatin1("") : category, level,
                prerequisite > 0 ? QVariant(prerequisite) : QVariant(), kStamp, kStamp});
        for (const QString& tag : tags)
            exec(QStringLiteral("INSERT INTO catalog_item_tags (item_id, tag) VALUES (?, ?)"), {id, tag});
        return id;
    }

    // A class of the course with one session on `sessionDay` (before or after the test clock's today).
    qint64 classOf(qint64 course, const QDate& sessionDay, int capacity = 10, qint64* session = nullptr)
    {
        const qint64 id = insert(QStringLiteral("INSERT INTO classes (uuid, course_id, name, instructor_id, room_id, "
                                                "capacity, start_date, end_date, class_hours_per_session, created_at) "
                                                "VALUES (?, ?, 'Class', ?, ?, ?, ?, ?, 200, ?)"),
            {sql::newUuid(), course, m_instructor, m_room, capacity, sql::fromDate(sessionDay),
                sql::fromDate(sessionDay), kStamp});
        const QDateTime starts(sessionDay, QTime(10, 0), QTimeZone::utc());
        const qint64 s = insert(QStringLiteral("INSERT INTO sessions (uuid, class_id, starts_at, ends_at, local_date, "
                                               "room_id, instructor_id, status, class_hours) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 200)"),
            {sql::newUuid(), id, sql::fromDateTime(starts), sql::fromDateTime(starts.addSecs(5400)),
                sql::fromDate(sessionDay), m_room, m_instructor,
                sessionDay < QDate(2026, 3, 2) ? QStringLiteral("done") : QStringLiteral("scheduled")});
        if (session)
            *session = s;
        return id;
    }

    // Another session of a class.
    qint64 session(qint64 classId, const QDate& day)
    {
        const QDateTime starts(day, QTime(10, 0), QTimeZone::utc());
        return insert(QStringLiteral("INSERT INTO sessions (uuid, class_id, starts_at, ends_at, local_date, room_id, "
                                     "instructor_id, status, class_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 200)"),
            {sql::newUuid(), classId, sql::fromDateTime(starts), sql::fromDateTime(starts.addSecs(5400)),
                sql::fromDate(day), m_room, m_instructor,
                day < QDate(2026, 3, 2) ? QStringLiteral("done") : QStringLiteral("scheduled")});
    }

    qint64 student(const QString& code, const QDate& joined = QDate(2025, 1, 1), const QDate& born = {})
    {
        const QString stamp = sql::fromDateTime(QDateTime(joined, QTime(2, 0), QTimeZone::utc()));
        return insert(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, birth_date, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), code, code, code.toLower(), born.isValid() ? QVariant(sql::fromDate(born)) : QVariant(),
                stamp, stamp});
    }

    void enroll(qint64 student, qint64 classId, const QString& status = QStringLiteral("enrolled"))
    {
        insert(QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), classId, student, status, kStamp, kStamp});
    }

    void attend(qint64 student, qint64 session, const QString& status = QStringLiteral("present"))
    {
        insert(QStringLiteral("INSERT INTO attendance (uuid, session_id, student_id, status, recorded_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
            {sql::newUuid(), session, student, status, kStamp});
    }

    void online(qint64 student, qint64 item, const QDate& day, const QString& kind = QStringLiteral("purchase"),
        int percent = 0)
    {
        insert(QStringLiteral("INSERT INTO online_activity (uuid, student_id, item_id, kind, progress_percent, "
                              "amount_minor, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), student, item, kind, kind == QLatin1String("progress") ? QVariant(percent) : QVariant(),
                kind == QLatin1String("purchase") ? QVariant(9900) : QVariant(),
                sql::fromDateTime(QDateTime(day, QTime(4, 0), QTimeZone::utc()))});
    }

    // A desk sale of one line for the item on `day`.
    void sale(qint64 student, qint64 item, const QDate& day, const QString& kind = QStringLiteral("pack"))
    {
        ++m_receipt;
        const qint64 sale
            = insert(QStringLiteral("INSERT INTO sales (uuid, receipt_seq, receipt_no, kind, student_id, method, "
                                    "subtotal_minor, total_minor, created_at, business_date) "
                                    "VALUES (?, ?, ?, 'sale', ?, 'cash', 100000, 100000, ?, ?)"),
                {sql::newUuid(), m_receipt, QStringLiteral("T%1").arg(m_receipt), student,
                    sql::fromDateTime(QDateTime(day, QTime(4, 0), QTimeZone::utc())), sql::fromDate(day)});
        insert(QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, kind, item_id, description, quantity, "
                              "unit_price_minor, total_minor) VALUES (?, 1, ?, ?, 'line', 1, 100000, 100000)"),
            {sale, kind, item});
    }

    void interest(qint64 student, const QString& tag)
    {
        exec(QStringLiteral("INSERT INTO student_tags (student_id, tag) VALUES (?, ?)"), {student, tag});
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        auto r = m_center.db().exec(sql, values);
        if (!r)
            qFatal("fixture: %s", qPrintable(r.error().message));
    }

    qint64 insert(const QString& sql, const QVariantList& values)
    {
        auto r = m_center.db().exec(sql, values);
        if (!r)
            qFatal("fixture: %s", qPrintable(r.error().message));
        return r.value().lastInsertId().toLongLong();
    }

private:
    inline static const QString kStamp = QStringLiteral("2025-12-01T02:00:00.000Z");
    TestCenter& m_center;
    qint64 m_instructor = 0;
    qint64 m_room = 0;
    int m_receipt = 0;
};

} // namespace td::test
