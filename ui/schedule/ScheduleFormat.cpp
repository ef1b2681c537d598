#include "ScheduleFormat.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

namespace td::ui {

QString ScheduleFormat::longDay(const QDate& date)
{
    const QLocale locale;
    return tr("%1 %2").arg(
        locale.dayName(date.dayOfWeek(), QLocale::ShortFormat), locale.toString(date, QLocale::ShortFormat));
}

QString ScheduleFormat::time(const QTime& time)
{
    // Sessions start on the minute; some locales' short format still has seconds.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return time.toString(format);
}

QString ScheduleFormat::timeRange(const QTime& start, const QTime& end)
{
    return tr("%1–%2").arg(time(start), time(end));
}

QColor ScheduleFormat::clashTint(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor red = QColor::fromHsl(0, 200, dark ? 110 : 190);
    // A third of the way from the base to red keeps the palette's text readable on it.
    constexpr double kWeight = 0.33;
    return QColor::fromRgbF(float(base.redF() + (red.redF() - base.redF()) * kWeight),
        float(base.greenF() + (red.greenF() - base.greenF()) * kWeight),
        float(base.blueF() + (red.blueF() - base.blueF()) * kWeight));
}

} // namespace td::ui
