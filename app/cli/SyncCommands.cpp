// sync: one full push and pull against the online catalog server.
#include "Cli.h"
#include "sync/Outbox.h"
#include "sync/SyncClient.h"
#include "sync/SyncState.h"
#include "sync/SyncTransport.h"

#include <QJsonArray>
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

const Registration syncCommand {{QStringLiteral("sync"),
    QT_TRANSLATE_NOOP("td::cli", "Push pending changes to the sync server and pull its changes"), runSync}};

} // namespace

} // namespace td::cli
