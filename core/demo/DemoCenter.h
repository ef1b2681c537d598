#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace td {

class Database;

struct DemoOptions
{
    int students = 600;
    quint64 seed = 20261203;
    // The center's "today": a year of history ends here, two months of classes lie ahead. Invalid means
    // the current date in the center's time zone.
    QDate today;
    // When set, the hidden truth behind the students' behaviour (interests, engagement, churn date) is
    // written here as CSV, so that recommendation and churn models can be validated against it.
    QString truthPath;
};

struct DemoSummary
{
    qint64 students = 0;
    qint64 classes = 0;
    qint64 sessions = 0;
    qint64 enrollments = 0;
    qint64 attendance = 0;
    qint64 sales = 0;
    qint64 elapsedMs = 0;
};

// Builds a realistic demo center into an empty database, deterministically from a seed: staff, rooms,
// catalog, a year of classes plus two months ahead, students with guardians and consents, enrollments,
// attendance, class-hour packs, sales and refunds, memberships, online activity and feedback. Every
// invariant the services enforce holds. Students' choices follow hidden interests and their attendance
// follows an engagement that decays before they drop out, so models have real signal to find.
class DemoCenter
{
    Q_DECLARE_TR_FUNCTIONS(td::DemoCenter)

public:
    // The password of every demo staff account (admin, desk, teacher and the other instructors).
    static QString password();
    static constexpr const char* kTimeZone = "Asia/Shanghai";

    // percent 0..100 and what is being written now.
    using Progress = std::function<void(int percent, const QString& stage)>;

    // Writes everything in one transaction; refuses a database that already holds staff or students.
    static Result<DemoSummary> build(Database& db, const DemoOptions& options, const Progress& progress = {});
};

} // namespace td
