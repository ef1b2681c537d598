// sessions: the day's sessions as the desk sees them (room, instructor, enrolled and checked-in counts).
#include "Cli.h"
#include "schedule/ScheduleService.h"
#include "settings/CenterSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {

int runSessions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "td::cli", "Lists the sessions of one day of the center's calendar with room, instructor and counts."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("date"),
        QCoreApplication::translate("td::cli", "The day, YYYY-MM-DD (default: today at the center)."),
        QStringLiteral("DATE")});
    if (!parse(parser, arguments))
        return 2;
    auto db = Database::openExisting(databasePath(parser));
    if (!db)
        return fail(parser, db.error());
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(CenterSettings(*db.value()).timeZone()).date();
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "--date is YYYY-MM-DD.")));
    }
    auto sessions = ScheduleService::sessionsOn(*db.value(), day);
    if (!sessions)
        return fail(parser, sessions.error());
    if (jsonOutput(parser)) {
        QJsonArray rows;
        for (const Session& s : sessions.value())
            rows.append(QJsonObject {{QStringLiteral("uuid"), s.uuid},
                {QStringLiteral("start"), s.localStart.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("end"), s.localEnd.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("class"), s.className}, {QStringLiteral("course"), s.courseTitle},
                {QStringLiteral("room"), s.roomName}, {QStringLiteral("instructor"), s.instructorName},
                {QStringLiteral("status"), sessionStatusKey(s.status)}, {QStringLiteral("enrolled"), s.enrolledCount},
                {QStringLiteral("checked_in"), s.checkedInCount}, {QStringLiteral("capacity"), s.capacity}});
        printJson(
            QJsonObject {{QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("sessions"), rows}});
        return 0;
    }
    if (sessions->isEmpty())
        out() << QCoreApplication::translate("td::cli", "No sessions on %1.").arg(day.toString(Qt::ISODate))
              << Qt::endl;
    for (const Session& s : sessions.value())
        out() << QCoreApplication::translate("td::cli", "%1–%2  %3 (%4)  %5  %6  %7/%8 checked in, %9 seats  %10")
                     .arg(s.localStart.toString(QStringLiteral("HH:mm")), s.localEnd.toString(QStringLiteral("HH:mm")),
                         s.className, s.courseTitle, s.roomName, s.instructorName)
                     .arg(s.checkedInCount)
                     .arg(s.enrolledCount)
                     .arg(s.capacity)
                     .arg(sessionStatusDisplayName(s.status))
              << Qt::endl;
    return 0;
}

const Registration sessions {{QStringLiteral("sessions"),
    QT_TRANSLATE_NOOP("td::cli", "List one day's sessions with their counts"), runSessions}};

} // namespace

} // namespace td::cli
