// sync: one full push and pull against the online catalog server; sync-settings: this desk's server,
// interval and desk code; catalog-export: the center's online items in the server's load-catalog form.
#include "Cli.h"
#include "students/StudentService.h"
#include "sync/Outbox.h"
#include "sync/SyncClient.h"
#include "sync/SyncSettings.h"
#include "sync/SyncState.h"
#include "sync/SyncTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {

int runSync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "td::cli", "Pushes this desk's pending changes to the sync server and pulls what changed there."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("server"),
        QCoreApplication::translate("td::cli", "The sync server, e.g. https://catalog.example.com."),
        QStringLiteral("URL")});
    parser.addOption({QStringLiteral("token"), QCoreApplication::translate("td::cli", "The center's API token."),
        QStringLiteral("TOKEN")});
    parser.addOption(
        {QStringLiteral("timeout"), QCoreApplication::translate("td::cli", "Transfer timeout in seconds (default 30)."),
            QStringLiteral("SECONDS"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("attempts"),
        QCoreApplication::translate("td::cli", "Tries per request when the server is unreachable (default 4)."),
        QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("backoff-ms"),
        QCoreApplication::translate("td::cli", "First retry delay in milliseconds (default 2000)."),
        QStringLiteral("MS"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("send-existing"),
        QCoreApplication::translate(
            "td::cli", "First queue every student the server has never been sent (a center's first sync).")});
    if (!parse(parser, arguments))
        return 2;
    const QUrl server(parser.value(QStringLiteral("server")));
    if (auto valid = SyncTransport::validateServerUrl(server); !valid)
        return fail(parser, valid.error());
    if (parser.value(QStringLiteral("token")).isEmpty())
        return fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "--token is required.")));
    auto db = openDatabase(parser);
    if (!db)
        return 1;

    if (parser.isSet(QStringLiteral("send-existing"))) {
        auto queued = StudentService::queueUnsyncedForSync(Context {*db, Clock::system(), Actor::system()});
        if (!queued)
            return fail(parser, queued.error());
        if (!jsonOutput(parser))
            out() << QCoreApplication::translate("td::cli", "Queued %1 student(s) the server did not have yet.")
                         .arg(queued.value())
                  << '\n';
    }

    SyncTransport::Config config;
    config.server = server;
    config.token = parser.value(QStringLiteral("token"));
    config.transferTimeoutMs = std::max(1, parser.value(QStringLiteral("timeout")).toInt()) * 1000;
    SyncTransport transport(config);
    SyncClient::Options options;
    options.maxAttempts = std::max(1, parser.value(QStringLiteral("attempts")).toInt());
    options.backoffBaseMs = std::max(0, parser.value(QStringLiteral("backoff-ms")).toInt());
    const SyncReport report = SyncClient(*db, Clock::system(), transport, options).run();
    const auto pending = Outbox::pendingCount(*db);

    if (jsonOutput(parser)) {
        printJson(QJsonObject {{QStringLiteral("outcome"), SyncReport::outcomeKey(report.outcome)},
            {QStringLiteral("message"), report.message}, {QStringLiteral("pushed"), report.pushed},
            {QStringLiteral("merged"), report.merged}, {QStringLiteral("rejected"), report.rejected},
            {QStringLiteral("rejections"), QJsonArray::fromStringList(report.rejections)},
            {QStringLiteral("pulled"), report.pulled}, {QStringLiteral("deferred"), report.deferred},
            {QStringLiteral("pending"), pending ? pending.value() : -1}});
    } else {
        out() << QCoreApplication::translate(
            "td::cli", "Pushed %1 change(s) (%2 merged with another desk's), %3 rejected.")
                     .arg(report.pushed)
                     .arg(report.merged)
                     .arg(report.rejected)
              << '\n';
        for (const QString& rejection : report.rejections)
            out() << "  " << QCoreApplication::translate("td::cli", "rejected: %1").arg(rejection) << '\n';
        out() << QCoreApplication::translate(
            "td::cli", "Pulled %1 change(s); %2 wait for rows this desk does not have yet.")
                     .arg(report.pulled)
                     .arg(report.deferred)
              << '\n';
        if (pending)
            out() << QCoreApplication::translate("td::cli", "Still pending: %1.").arg(pending.value()) << '\n';
        out().flush();
        if (!report.ok())
            err() << QCoreApplication::translate("td::cli", "error: %1").arg(report.message) << Qt::endl;
    }
    switch (report.outcome) {
    case SyncReport::Outcome::Ok:
        return 0;
    case SyncReport::Outcome::Unreachable:
        return 3;
    case SyncReport::Outcome::Refused:
        return 4;
    case SyncReport::Outcome::Failed:
        break;
    }
    return 1;
}

int runSyncSettings(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Shows or changes this desk's sync settings (the token is not stored here: the desktop app keeps it in "
        "the system keychain)."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("server"),
        QCoreApplication::translate("td::cli", "The sync server, e.g. https://catalog.example.com (empty: off)."),
        QStringLiteral("URL")});
    parser.addOption({QStringLiteral("interval"), QCoreApplication::translate("td::cli", "Minutes between syncs."),
        QStringLiteral("MINUTES")});
    parser.addOption({QStringLiteral("desk-code"),
        QCoreApplication::translate("td::cli", "This desk's code for its receipt series (A, B…; empty: none)."),
        QStringLiteral("CODE")});
    if (!parse(parser, arguments))
        return 2;
    auto db = openDatabase(parser);
    if (!db)
        return 1;
    auto values = SyncSettings::load(*db);
    if (!values)
        return fail(parser, values.error());
    if (parser.isSet(QStringLiteral("server")) || parser.isSet(QStringLiteral("interval"))
        || parser.isSet(QStringLiteral("desk-code"))) {
        if (parser.isSet(QStringLiteral("server")))
            values.value().server = QUrl(parser.value(QStringLiteral("server")));
        if (parser.isSet(QStringLiteral("interval")))
            values.value().intervalMinutes = parser.value(QStringLiteral("interval")).toInt();
        if (parser.isSet(QStringLiteral("desk-code")))
            values.value().deskCode = parser.value(QStringLiteral("desk-code")).toUpper();
        if (auto saved = SyncSettings::save(Context {*db, Clock::system(), Actor::system()}, values.value()); !saved)
            return fail(parser, saved.error());
    }
    if (jsonOutput(parser)) {
        printJson(QJsonObject {{QStringLiteral("server"), values->server.toString()},
            {QStringLiteral("interval_minutes"), values->intervalMinutes},
            {QStringLiteral("desk_code"), values->deskCode}});
    } else {
        out() << QCoreApplication::translate("td::cli", "Server: %1").arg(values->server.toString()) << '\n'
              << QCoreApplication::translate("td::cli", "Every %1 minutes").arg(values->intervalMinutes) << '\n'
              << QCoreApplication::translate("td::cli", "Desk code: %1").arg(values->deskCode) << '\n';
        out().flush();
    }
    return 0;
}

int runCatalogExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "td::cli", "Prints the center's online catalog items as JSON for trainingdesk-catalog load-catalog."));
    addCommonOptions(parser);
    if (!parse(parser, arguments))
        return 2;
    auto db = openDatabase(parser);
    if (!db)
        return 1;
    auto q = db->exec(QStringLiteral("SELECT online_id, kind, title, description, category, level, price_minor, "
                                     "duration_days FROM catalog_items WHERE source = 'online' AND online_id IS NOT "
                                     "NULL ORDER BY online_id"));
    if (!q)
        return fail(parser, q.error());
    QJsonArray items;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        QJsonObject item {{QStringLiteral("online_id"), r.value(0).toString()},
            {QStringLiteral("kind"), r.value(1).toString()}, {QStringLiteral("title"), r.value(2).toString()},
            {QStringLiteral("description"), r.value(3).toString()}, {QStringLiteral("category"), r.value(4).toString()},
            {QStringLiteral("price_minor"), r.value(6).toLongLong()}};
        if (!r.value(5).isNull())
            item.insert(QStringLiteral("level"), r.value(5).toInt());
        if (r.value(7).toInt() > 0)
            item.insert(QStringLiteral("duration_days"), r.value(7).toInt());
        items.append(item);
    }
    out() << QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("items"), items}}).toJson());
    out().flush();
    return 0;
}

const Registration syncSettingsCommand {{QStringLiteral("sync-settings"),
    QT_TRANSLATE_NOOP("td::cli", "Show or change this desk's sync server, interval and desk code"), runSyncSettings}};

const Registration catalogExportCommand {{QStringLiteral("catalog-export"),
    QT_TRANSLATE_NOOP("td::cli", "Print the online catalog items as JSON for the catalog server"), runCatalogExport}};

const Registration syncCommand {{QStringLiteral("sync"),
    QT_TRANSLATE_NOOP("td::cli", "Push pending changes to the sync server and pull its changes"), runSync}};

} // namespace

} // namespace td::cli
