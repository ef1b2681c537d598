#include "CourseClass.h"

#include <QLocale>

namespace td {

QString classStatusKey(ClassStatus status)
{
    switch (status) {
    case ClassStatus::Active:
        return QStringLiteral("active");
    case ClassStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ClassStatus::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

std::optional<ClassStatus> classStatusFromKey(const QString& key)
{
    for (ClassStatus status : {ClassStatus::Active, ClassStatus::Cancelled, ClassStatus::Finished})
        if (classStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString classStatusDisplayName(ClassStatus status)
{
    switch (status) {
    case ClassStatus::Active:
        return QCoreApplication::translate("td::ClassStatus", "Active");
    case ClassStatus::Cancelled:
        return QCoreApplication::translate("td::ClassStatus", "Cancelled");
    case ClassStatus::Finished:
        return QCoreApplication::translate("td::ClassStatus", "Finished");
    }
    return {};
}

Recurrence Recurrence::once(const QDate& date, const QTime& start, const QTime& end)
{
    Recurrence r;
    r.weekdays = {Qt::DayOfWeek(date.dayOfWeek())};
    r.startTime = start;
    r.endTime = end;
    r.sessionCount = 1;
    return r;
}

Recurrence Recurrence::weekly(const QList<Qt::DayOfWeek>& weekdays, const QTime& start, const QTime& end, int count)
{
    Recurrence r;
    r.weekdays = weekdays;
    r.startTime = start;
    r.endTime = end;
    r.sessionCount = count;
    return r;
}

Recurrence Recurrence::weeklyUntil(
    const QList<Qt::DayOfWeek>& weekdays, const QTime& start, const QTime& end, const QDate& endDate)
{
    Recurrence r;
    r.weekdays = weekdays;
    r.startTime = start;
    r.endTime = end;
    r.endDate = endDate;
    return r;
}

int Recurrence::weekdayMask() const
{
    int mask = 0;
    for (Qt::DayOfWeek day : weekdays)
        if (day >= Qt::Monday && day <= Qt::Sunday)
            mask |= 1 << (int(day) - 1);
    return mask;
}

QList<Qt::DayOfWeek> Recurrence::weekdaysFromMask(int mask)
{
    QList<Qt::DayOfWeek> days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        if (mask & (1 << (day - 1)))
            days.append(Qt::DayOfWeek(day));
    return days;
}

QString Recurrence::describe() const
{
    const QLocale locale;
    QStringList days;
    for (Qt::DayOfWeek day : weekdaysFromMask(weekdayMask()))
        days << locale.dayName(day, QLocale::ShortFormat);
    return tr("%1 %2–%3")
        .arg(days.join(tr(", ")), startTime.toString(QStringLiteral("HH:mm")),
            endTime.toString(QStringLiteral("HH:mm")));
}

} // namespace td
