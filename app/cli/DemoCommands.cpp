// demo: a realistic demo center for trying TrainingDesk out, for the models and for benchmarks.
#include "Cli.h"
#include "demo/DemoCenter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace td::cli {

namespace {

// True when the database holds anything a person entered (staff, students or catalog).
Result<bool> holdsCenter(const Database& db)
{
    auto n = db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM students) + "
                                      "(SELECT count(*) FROM catalog_items)"));
    if (!n)
        return n.error();
    return n.value().toLongLong() > 0;
}

bool removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
            return false;
    }
    return true;
}

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Builds a realistic demo center, deterministically from a seed. Staff accounts admin, desk and "
        "teacher (and the other instructors) have the password %1.")
                                         .arg(DemoCenter::password()));
    addCommonOptions(parser);
    const DemoOptions defaults;
    parser.addOption({QStringLiteral("students"),
        QCoreApplication::translate("td::cli", "Number of students (default %1).").arg(defaults.students),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate("td::cli", "Random seed (default %1).").arg(defaults.seed), QStringLiteral("S")});
    parser.addOption({QStringLiteral("today"),
        QCoreApplication::translate("td::cli", "The demo's today, YYYY-MM-DD (default: the real date)."),
        QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("force"),
        QCoreApplication::translate("td::cli", "Replace an existing center database with the demo.")});
    parser.addOption({QStringLiteral("if-missing"),
        QCoreApplication::translate("td::cli", "Do nothing (and succeed) when the database already holds a center.")});
    parser.addOption({QStringLiteral("truth"),
        QCoreApplication::translate(
            "td::cli", "Also write the students' hidden interests, engagement and churn dates as CSV."),
        QStringLiteral("FILE")});
    if (!parse(parser, arguments))
        return 2;

    DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("students"))) {
        options.students = parser.value(QStringLiteral("students")).toInt(&ok);
        if (!ok || options.students < 1)
            return fail(parser,
                Error::invalid(QCoreApplication::translate("td::cli", "--students needs a positive whole number.")));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "--seed needs a whole number.")));
    }
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return fail(
                parser, Error::invalid(QCoreApplication::translate("td::cli", "--today needs a date YYYY-MM-DD.")));
    }
    options.truthPath = parser.value(QStringLiteral("truth"));

    const QString path = databasePath(parser);
    if (QFileInfo::exists(path)) {
        auto existing = Database::open(path);
        if (!existing)
            return fail(parser, existing.error());
        auto holds = holdsCenter(*existing.value());
        if (!holds)
            return fail(parser, holds.error());
        existing.value().reset();
        if (holds.value()) {
            if (parser.isSet(QStringLiteral("if-missing"))) {
                if (jsonOutput(parser))
                    printJson(QJsonObject {{QStringLiteral("database"), path}, {QStringLiteral("created"), false}});
                else
                    out() << QCoreApplication::translate("td::cli", "%1 already holds a center; nothing changed.")
                                 .arg(path)
                          << Qt::endl;
                return 0;
            }
            if (!parser.isSet(QStringLiteral("force")))
                return fail(parser,
                    Error::conflict(QCoreApplication::translate("td::cli",
                        "%1 already holds a center. Use --force to replace "
                        "it with the demo center (everything in it is lost).")
                                        .arg(path)));
        }
        if (!removeDatabaseFiles(path))
            return fail(parser, Error::storage(QCoreApplication::translate("td::cli", "Cannot remove %1.").arg(path)));
    }

    auto db = openDatabase(parser);
    if (!db)
        return 1;
    QString lastStage;
    const bool json = jsonOutput(parser);
    // Progress goes to standard error, so it shows with --json too (./run.sh reads the JSON).
    auto summary = DemoCenter::build(*db, options, [&](int percent, const QString& stage) {
        if (stage == lastStage)
            return;
        lastStage = stage;
        err() << QStringLiteral("%1% ").arg(percent, 3) << stage << Qt::endl;
    });
    if (!summary)
        return fail(parser, summary.error());
    const DemoSummary& s = summary.value();
    if (json) {
        printJson(QJsonObject {{QStringLiteral("database"), db->path()}, {QStringLiteral("created"), true},
            {QStringLiteral("students"), s.students}, {QStringLiteral("classes"), s.classes},
            {QStringLiteral("sessions"), s.sessions}, {QStringLiteral("enrollments"), s.enrollments},
            {QStringLiteral("attendance"), s.attendance}, {QStringLiteral("sales"), s.sales},
            {QStringLiteral("elapsed_ms"), s.elapsedMs}});
    } else {
        out() << QCoreApplication::translate("td::cli",
            "Demo center in %1: %2 students, %3 classes, %4 sessions, %5 attendance "
            "records, %6 payments (%7 s).")
                     .arg(db->path())
                     .arg(s.students)
                     .arg(s.classes)
                     .arg(s.sessions)
                     .arg(s.attendance)
                     .arg(s.sales)
                     .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
              << '\n'
              << QCoreApplication::translate("td::cli", "Log in as admin, desk or teacher with the password %1.")
                     .arg(DemoCenter::password())
              << Qt::endl;
    }
    return 0;
}

const Registration demo {
    {QStringLiteral("demo"), QT_TRANSLATE_NOOP("td::cli", "Build a realistic demo center"), runDemo}};

} // namespace

} // namespace td::cli
