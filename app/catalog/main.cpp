// trainingdesk-catalog: the online catalog server and its administration commands.
#include "CatalogServer.h"
#include "CatalogStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace {

using td::catalog::CatalogServer;
using td::catalog::CatalogStore;

QString tr(const char* source, int n = -1)
{
    return QCoreApplication::translate("td::catalog", source, nullptr, n);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message)
{
    err() << tr("error: %1").arg(message) << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trainingdesk-catalog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The TrainingDesk online catalog server.\n\n"
           "Commands:\n"
           "  serve                 answer desks over HTTP (docs/sync-api.md)\n"
           "  load-catalog FILE     load or update catalog items and prices from a JSON file\n"
           "  add-center NAME       create a center and print its API token (shown once)\n"
           "  seed-demo NAME        online purchases and progress for the center's known students"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), tr("SQLite database file (default: catalog.sqlite)."),
        QStringLiteral("PATH"), QStringLiteral("catalog.sqlite")});
    parser.addOption({QStringLiteral("postgres"),
        tr("Use PostgreSQL instead: \"host=... port=... user=... dbname=...\"."), QStringLiteral("CONN")});
    parser.addOption({QStringLiteral("address"), tr("Address to listen on (default: 127.0.0.1, loopback only)."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), tr("Port to listen on; 0 picks a free one (default: 8470)."),
        QStringLiteral("PORT"), QStringLiteral("8470")});
    parser.addOption(
        {QStringLiteral("cert"), tr("TLS certificate (PEM); serve HTTPS with --key."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key"), tr("TLS private key (PEM)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("max-body"), tr("Largest request body in bytes (default: 16 MiB)."),
        QStringLiteral("BYTES"), QString::number(16 * 1024 * 1024)});
    parser.addPositionalArgument(QStringLiteral("command"), tr("serve, load-catalog, add-center or seed-demo"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        parser.showHelp(2);
    }
    const QString command = args.first();

    auto store = parser.isSet(QStringLiteral("postgres"))
        ? CatalogStore::openPostgres(parser.value(QStringLiteral("postgres")))
        : CatalogStore::openSqlite(parser.value(QStringLiteral("db")));
    if (!store)
        return fail(store.error().message);

    if (command == QLatin1String("add-center")) {
        if (args.size() != 2)
            return fail(tr("add-center takes the center's name."));
        auto token = store.value()->addCenter(args.at(1));
        if (!token)
            return fail(token.error().message);
        out() << token.value() << Qt::endl;
        err() << tr("Keep this token: it is stored only as a hash and cannot be shown again.") << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("load-catalog")) {
        if (args.size() != 2)
            return fail(tr("load-catalog takes a JSON file."));
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(args.at(1), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return fail(tr("%1 is not a JSON object: %2").arg(args.at(1), parseError.errorString()));
        auto changed = store.value()->loadCatalog(doc.object());
        if (!changed)
            return fail(changed.error().message);
        out() << tr("%n catalog item(s) added or changed.", changed.value()) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("seed-demo")) {
        if (args.size() != 2)
            return fail(tr("seed-demo takes the center's name."));
        auto made = store.value()->seedDemo(args.at(1));
        if (!made)
            return fail(made.error().message);
        out() << tr("%n online account(s) with purchases and progress made.", made.value()) << Qt::endl;
        return 0;
    }
    if (command != QLatin1String("serve"))
        return fail(tr("Unknown command %1.").arg(command));

    CatalogServer::Options options;
    if (!options.address.setAddress(parser.value(QStringLiteral("address"))))
        return fail(tr("%1 is not an IP address.").arg(parser.value(QStringLiteral("address"))));
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(tr("%1 is not a port number.").arg(parser.value(QStringLiteral("port"))));
    options.port = static_cast<quint16>(port);
    options.certificatePath = parser.value(QStringLiteral("cert"));
    options.keyPath = parser.value(QStringLiteral("key"));
    bool bodyOk = false;
    options.maxBodyBytes = parser.value(QStringLiteral("max-body")).toLongLong(&bodyOk);
    if (!bodyOk || options.maxBodyBytes < 1024)
        return fail(tr("--max-body must be at least 1024 bytes."));
    if (options.certificatePath.isEmpty() != options.keyPath.isEmpty())
        return fail(tr("TLS needs both --cert and --key."));

    CatalogServer server(*store.value());
    auto bound = server.listen(options);
    if (!bound)
        return fail(bound.error().message);
    const QString scheme = options.certificatePath.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
        : options.address.toString();
    // Tests and scripts read the port from this line.
    out() << tr("Listening on %1://%2:%3").arg(scheme, host).arg(bound.value()) << Qt::endl;
    return app.exec();
}
