#pragma once

#include "catalog/CatalogItem.h"
#include "common/ClassHours.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace td {

enum class ClassStatus { Active, Cancelled, Finished };

// Stored form: "active", "cancelled", "finished".
QString classStatusKey(ClassStatus status);
std::optional<ClassStatus> classStatusFromKey(const QString& key);
QString classStatusDisplayName(ClassStatus status);

// When a class meets: on these weekdays from startTime to endTime (the center's local time, same day),
// either sessionCount times or until endDate (inclusive).
struct Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(td::Recurrence)

public:
    QList<Qt::DayOfWeek> weekdays;
    QTime startTime;
    QTime endTime;
    int sessionCount = 0;
    QDate endDate;

    // One session on date: a workshop or a lecture.
    static Recurrence once(const QDate& date, const QTime& start, const QTime& end);
    static Recurrence weekly(const QList<Qt::DayOfWeek>& weekdays, const QTime& start, const QTime& end, int count);
    static Recurrence weeklyUntil(
        const QList<Qt::DayOfWeek>& weekdays, const QTime& start, const QTime& end, const QDate& endDate);

    // Bit (day - 1) per weekday: Monday 1, Tuesday 2, ... Sunday 64 (the classes.weekdays column).
    int weekdayMask() const;
    static QList<Qt::DayOfWeek> weekdaysFromMask(int mask);
    // "Tue, Thu 19:00–21:00" in the current language.
    QString describe() const;
};

// What a manager fills in to create a class.
struct ClassSpec
{
    qint64 courseId = 0; // an active offline course or workshop
    QString name;
    qint64 instructorId = 0; // an active instructor or admin
    qint64 roomId = 0;
    int capacity = 0; // > 0 and not above the room's capacity
    QDate startDate; // the first day sessions may fall on
    std::optional<ClassHours> classHoursPerSession; // default: the course's class hours
    std::optional<Money> dropInPrice; // a single-session ticket, when the class sells them
    Recurrence recurrence;
};

// A class as stored, with the names the screens show and its counts.
struct CourseClass
{
    qint64 id = 0;
    QString uuid;
    qint64 courseId = 0;
    QString courseTitle;
    CatalogItem::Kind courseKind = CatalogItem::Kind::OfflineCourse;
    QString courseCategory;
    QString name;
    qint64 instructorId = 0;
    QString instructorName;
    qint64 roomId = 0;
    QString roomName;
    int capacity = 0;
    QDate startDate;
    QDate endDate;
    ClassHours classHoursPerSession;
    std::optional<Money> dropInPrice;
    ClassStatus status = ClassStatus::Active;
    QList<Qt::DayOfWeek> weekdays;
    QTime startTime;
    QTime endTime;
    QDateTime createdAt;
    int sessionCount = 0; // not cancelled
    int enrolledCount = 0;
    int waitlistCount = 0;

    int seatsLeft() const { return capacity > enrolledCount ? capacity - enrolledCount : 0; }
    bool isFull() const { return enrolledCount >= capacity; }
};

} // namespace td
