#pragma once

#include "common/ClassHours.h"
#include "common/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace td {

enum class SessionStatus { Scheduled, Cancelled, Done };

// Stored form: "scheduled", "cancelled", "done".
QString sessionStatusKey(SessionStatus status);
std::optional<SessionStatus> sessionStatusFromKey(const QString& key);
QString sessionStatusDisplayName(SessionStatus status);

// One meeting of a class, with what the desk shows about it.
struct Session
{
    qint64 id = 0;
    QString uuid;
    qint64 classId = 0;
    QString classUuid;
    QString className;
    qint64 courseId = 0;
    QString courseTitle;
    QString courseCategory;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QDate localDate; // the center's calendar
    QTime localStart; // the center's wall clock
    QTime localEnd;
    qint64 roomId = 0;
    QString roomName;
    qint64 instructorId = 0;
    QString instructorName;
    SessionStatus status = SessionStatus::Scheduled;
    qint64 makeupOfId = 0; // the cancelled session this one makes up for; 0 when none
    ClassHours classHours; // deducted from a student's pack when they attend
    QString cancelReason;
    int capacity = 0; // the class's
    std::optional<Money> dropInPrice; // the class's ticket price, when it sells single-session tickets
    int enrolledCount = 0; // the class's enrolled students
    int checkedInCount = 0; // attendance present, late or makeup

    bool isCancelled() const { return status == SessionStatus::Cancelled; }
};

} // namespace td
