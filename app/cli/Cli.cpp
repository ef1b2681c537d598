#include "Cli.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {

QList<Command>& registry()
{
    static QList<Command> list;
    return list;
}

} // namespace

Registration::Registration(Command command)
{
    registry().append(std::move(command));
}

const QList<Command>& commands()
{
    return registry();
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    stream.setEncoding(QStringConverter::Utf8);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    stream.setEncoding(QStringConverter::Utf8);
    return stream;
}

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
        QCoreApplication::translate("td::cli", "The center database file (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("td::cli", "Machine-readable JSON output.")});
}

bool parse(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return false;
    }
    return true;
}

QString databasePath(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? Database::defaultPath() : path;
}

bool jsonOutput(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("json"));
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser)
{
    auto db = Database::open(databasePath(parser));
    if (!db) {
        fail(parser, db.error());
        return nullptr;
    }
    return std::move(db.value());
}

int fail(const QCommandLineParser& parser, const Error& error)
{
    if (jsonOutput(parser)) {
        err() << QJsonDocument(QJsonObject {{QStringLiteral("error"), error.message}}).toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        err() << QCoreApplication::translate("td::cli", "error: %1").arg(error.message) << Qt::endl;
    }
    return 1;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

Context systemContext(Database& db, const QString& commandName)
{
    return Context {db, Clock::system(), Actor::system(QStringLiteral("cli:") + commandName)};
}

} // namespace td::cli
