#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QTime>

class QColor;
class QPalette;

namespace td::ui {

// How the schedule screens write days and times, and mark clashes.
class ScheduleFormat
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::ScheduleFormat)

public:
    // "Tue 3/3/26" in the current language.
    static QString longDay(const QDate& date);
    // "19:00" (the locale's short time, without seconds).
    static QString time(const QTime& time);
    // "19:00–21:00".
    static QString timeRange(const QTime& start, const QTime& end);
    // A background for a clashing row: the palette's base tinted towards red, light or dark alike.
    static QColor clashTint(const QPalette& palette);
};

} // namespace td::ui
