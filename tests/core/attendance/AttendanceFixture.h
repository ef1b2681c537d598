#pragma once

#include "common/ClassHours.h"
#include "settings/CenterSettings.h"
#include "storage/SqlValues.h"
#include "support/TestCenter.h"

#include <QTest>
#include <QTimeZone>

namespace td::test {

// Students, catalog items, rooms, classes, sessions and enrollments written with plain SQL, so the
// attendance tests do not depend on the services that own those tables.
class AttendanceFixture
{
public:
    explicit AttendanceFixture(TestCenter& center)
        : m_center(center)
    {
    }

    qint64 student(const QString& code, const QString& name = {}, const QString& status = QStringLiteral("active"))
    {
        const QString now = sql::fromDateTime(m_center.clock().nowUtc());
        const QString n = name.isEmpty() ? QStringLiteral("Student ") + code : name;
        return insert(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, status, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), code, n, n.toLower(), status, now, now});
    }

    qint64 item(const QString& title, const QString& kind = QStringLiteral("offline_course"),
        const QString& category = QStringLiteral("math"), int durationDays = 0)
    {
        const QString now = sql::fromDateTime(m_center.clock().nowUtc());
        return insert(QStringLiteral("INSERT INTO catalog_items (uuid, kind, title, category, price_minor, "
                                     "duration_days, created_at, updated_at) VALUES (?, ?, ?, ?, 10000, ?, ?, ?)"),
            {sql::newUuid(), kind, title, category, durationDays, now, now});
    }

    qint64 course(const QString& title, const QString& category = QStringLiteral("math"))
    {
        return item(title, QStringLiteral("offline_course"), category);
    }

    qint64 plan(const QString& title, int days)
    {
        return item(title, QStringLiteral("membership_plan"), QStringLiteral(""), days);
    }

    qint64 room()
    {
        if (m_room == 0)
            m_room = insert(
                QStringLiteral("INSERT INTO rooms (uuid, name, capacity) VALUES (?, 'Room A', 20)"), {sql::newUuid()});
        return m_room;
    }

    qint64 instructorId() { return m_center.actor(Role::Instructor).staffId; }

    qint64 klass(qint64 courseId, ClassHours perSession = ClassHours::fromHours(2))
    {
        const QString now = sql::fromDateTime(m_center.clock().nowUtc());
        return insert(QStringLiteral("INSERT INTO classes (uuid, course_id, name, instructor_id, room_id, capacity, "
                                     "start_date, end_date, class_hours_per_session, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, 20, '2026-01-01', '2026-12-31', ?, ?)"),
            {sql::newUuid(), courseId, QStringLiteral("Class %1").arg(courseId), instructorId(), room(),
                perSession.hundredths(), now});
    }

    // A session starting at a local time of the center (Asia/Shanghai).
    qint64 session(qint64 classId, const QDate& date, const QTime& start, int minutes = 120,
        ClassHours hours = ClassHours::fromHours(2), const QString& status = QStringLiteral("scheduled"))
    {
        const QDateTime startsAt(date, start, QTimeZone("Asia/Shanghai"));
        return insert(QStringLiteral("INSERT INTO sessions (uuid, class_id, starts_at, ends_at, local_date, room_id, "
                                     "instructor_id, status, class_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), classId, sql::fromDateTime(startsAt), sql::fromDateTime(startsAt.addSecs(minutes * 60)),
                sql::fromDate(date), room(), instructorId(), status, hours.hundredths()});
    }

    qint64 enroll(qint64 classId, qint64 studentId, const QString& status = QStringLiteral("enrolled"))
    {
        const QString then = QStringLiteral("2026-01-01T00:00:00.000Z");
        return insert(QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), classId, studentId, status, then, then});
    }

    void setting(CenterSettings::Key key, const QString& value)
    {
        QVERIFY(CenterSettings(m_center.db()).set(m_center.system(), key, value).ok());
    }

    qint64 insert(const QString& statement, const QVariantList& bindings)
    {
        auto r = m_center.db().exec(statement, bindings);
        if (!r)
            qFatal("fixture insert failed: %s", qPrintable(r.error().message));
        return r.value().lastInsertId().toLongLong();
    }

private:
    TestCenter& m_center;
    qint64 m_room = 0;
};

} // namespace td::test
