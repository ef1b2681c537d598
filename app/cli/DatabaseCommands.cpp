// init and stats: creating a center database and counting what is in it.
#include "Cli.h"
#include "auth/StaffService.h"
#include "settings/CenterSettings.h"
#include "storage/SqlValues.h"

#include <QJsonObject>

namespace td::cli {

namespace {

QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    return in.readLine();
}

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Creates an empty center database with its first administrator. The password is read from "
        "standard input."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("admin-user"), QCoreApplication::translate("td::cli", "The admin's username."),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("admin-name"),
        QCoreApplication::translate("td::cli", "The admin's display name (default: the username)."),
        QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("center-name"), QCoreApplication::translate("td::cli", "The center's name."),
        QStringLiteral("TEXT")});
    if (!parse(parser, arguments))
        return 2;
    const QString user = parser.value(QStringLiteral("admin-user"));
    if (user.isEmpty())
        return fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "--admin-user is required.")));
    const QString password = readPasswordFromStdin();
    auto db = openDatabase(parser);
    if (!db)
        return 1;
    const QString displayName = parser.value(QStringLiteral("admin-name"));
    auto admin = StaffService::createFirstAdmin(
        *db, Clock::system(), user, displayName.isEmpty() ? user : displayName, password);
    if (!admin)
        return fail(parser, admin.error());
    const Context ctx = systemContext(*db, QStringLiteral("init"));
    CenterSettings settings(*db);
    if (settings.text(CenterSettings::Key::CenterId).isEmpty())
        (void)settings.set(ctx, CenterSettings::Key::CenterId, sql::newUuid());
    if (parser.isSet(QStringLiteral("center-name"))) {
        if (auto r = settings.set(ctx, CenterSettings::Key::CenterName, parser.value(QStringLiteral("center-name")));
            !r)
            return fail(parser, r.error());
    }
    if (jsonOutput(parser))
        printJson(QJsonObject {{QStringLiteral("database"), db->path()}, {QStringLiteral("admin"), admin->username}});
    else
        out() << QCoreApplication::translate("td::cli", "Created %1 with administrator %2.")
                     .arg(db->path(), admin->username)
              << Qt::endl;
    return 0;
}

int runStats(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("td::cli", "Counts students, classes, sessions, attendance and payments."));
    addCommonOptions(parser);
    if (!parse(parser, arguments))
        return 2;
    auto db = Database::openExisting(databasePath(parser));
    if (!db)
        return fail(parser, db.error());
    const QList<std::pair<QString, QString>> counts = {
        {QStringLiteral("students"), QCoreApplication::translate("td::cli", "Students")},
        {QStringLiteral("staff"), QCoreApplication::translate("td::cli", "Staff")},
        {QStringLiteral("catalog_items"), QCoreApplication::translate("td::cli", "Catalog items")},
        {QStringLiteral("classes"), QCoreApplication::translate("td::cli", "Classes")},
        {QStringLiteral("sessions"), QCoreApplication::translate("td::cli", "Sessions")},
        {QStringLiteral("enrollments"), QCoreApplication::translate("td::cli", "Enrollments")},
        {QStringLiteral("attendance"), QCoreApplication::translate("td::cli", "Attendance records")},
        {QStringLiteral("sales"), QCoreApplication::translate("td::cli", "Payments")},
        {QStringLiteral("class_hour_packs"), QCoreApplication::translate("td::cli", "Class-hour packs")},
        {QStringLiteral("memberships"), QCoreApplication::translate("td::cli", "Memberships")},
    };
    QJsonObject json;
    for (const auto& [table, label] : counts) {
        auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        if (!n)
            return fail(parser, n.error());
        json.insert(table, n.value().toLongLong());
        if (!jsonOutput(parser))
            out() << label.leftJustified(22) << n.value().toLongLong() << '\n';
    }
    if (jsonOutput(parser))
        printJson(json);
    out().flush();
    return 0;
}

const Registration init {
    {QStringLiteral("init"), QT_TRANSLATE_NOOP("td::cli", "Create an empty center database"), runInit}};
const Registration stats {
    {QStringLiteral("stats"), QT_TRANSLATE_NOOP("td::cli", "Count what the database holds"), runStats}};

} // namespace

} // namespace td::cli
