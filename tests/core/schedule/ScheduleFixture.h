#pragma once

#include "auth/StaffService.h"
#include "catalog/CatalogService.h"
#include "schedule/RoomService.h"
#include "schedule/ScheduleService.h"
#include "settings/CenterSettings.h"
#include "storage/SqlValues.h"
#include "support/TestCenter.h"

#include <QTest>

namespace td::test {

// A center with an offline course, two rooms and two instructors; students are plain rows so these
// tests do not depend on the student service.
struct ScheduleFixture
{
    TestCenter center;
    CatalogItem course;
    Room roomA; // 20 seats
    Room roomB; // 8 seats
    qint64 teacher = 0;
    qint64 otherTeacher = 0;

    ScheduleFixture()
    {
        CatalogItem item;
        item.kind = CatalogItem::Kind::OfflineCourse;
        item.title = QStringLiteral("Math Olympiad");
        item.category = QStringLiteral("Math");
        item.price = Money::fromMajor(2400);
        item.classHours = ClassHours::fromHours(2);
        course = CatalogService::create(center.admin(), item).value();
        roomA = RoomService::create(center.admin(), QStringLiteral("Room A"), 20).value();
        roomB = RoomService::create(center.admin(), QStringLiteral("Room B"), 8).value();
        teacher = center.instructor().actor.staffId;
        // Created up front so that the lazily made accounts do not show up in "nothing changed" counts.
        center.frontDesk();
        // A plain row: hashing a real password for every test case is slow and proves nothing here.
        otherTeacher = center.db()
                           .exec(QStringLiteral("INSERT INTO staff (uuid, username, display_name, role, password_hash, "
                                                "created_at) VALUES (?, 'li.wei', 'Li Wei', 'instructor', '-', ?)"),
                               {sql::newUuid(), sql::fromDateTime(center.clock().nowUtc())})
                           .value()
                           .lastInsertId()
                           .toLongLong();
    }

    void setTimeZone(const QString& zone)
    {
        auto r = CenterSettings(center.db()).set(center.admin(), CenterSettings::Key::TimeZone, zone);
        QVERIFY(r.ok());
    }

    // Tue and Thu 19:00-21:00, twelve sessions from Monday 2 March 2026, in Room A with the instructor.
    ClassSpec tueThu(const QString& name = QStringLiteral("Olympiad Tue/Thu")) const
    {
        ClassSpec spec;
        spec.courseId = course.id;
        spec.name = name;
        spec.instructorId = teacher;
        spec.roomId = roomA.id;
        spec.capacity = 12;
        spec.startDate = QDate(2026, 3, 2);
        spec.recurrence = Recurrence::weekly({Qt::Tuesday, Qt::Thursday}, QTime(19, 0), QTime(21, 0), 12);
        return spec;
    }

    ClassSpec once(const QDate& date, const QTime& start, const QTime& end, const QString& name) const
    {
        ClassSpec spec = tueThu(name);
        spec.startDate = date;
        spec.recurrence = Recurrence::once(date, start, end);
        return spec;
    }

    qint64 student(const QString& name, const QString& status = QStringLiteral("active"))
    {
        static int next = 0;
        ++next;
        const QString now = sql::fromDateTime(center.clock().nowUtc());
        auto r = center.db().exec(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, status, "
                                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), QStringLiteral("S%1").arg(next, 6, 10, QLatin1Char('0')), name, name.toLower(), status,
                now, now});
        if (!r)
            qFatal("cannot insert student: %s", qPrintable(r.error().message));
        return r.value().lastInsertId().toLongLong();
    }

    void attendance(qint64 sessionId, qint64 studentId, const QString& status)
    {
        auto r = center.db().exec(QStringLiteral("INSERT INTO attendance (uuid, session_id, student_id, status, "
                                                 "recorded_at) VALUES (?, ?, ?, ?, ?)"),
            {sql::newUuid(), sessionId, studentId, status, sql::fromDateTime(center.clock().nowUtc())});
        if (!r)
            qFatal("cannot insert attendance: %s", qPrintable(r.error().message));
    }

    // Row counts of every table a schedule write touches, for "nothing changed" checks.
    QList<qint64> counts()
    {
        QList<qint64> result;
        for (const char* table : {"rooms", "classes", "sessions", "enrollments", "audit_log", "outbox"})
            result << center.count(QString::fromLatin1(table));
        return result;
    }
};

inline QDateTime shanghai(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, QTimeZone("Asia/Shanghai"));
}

} // namespace td::test
