#pragma once

#include "auth/Context.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>

namespace td::cli {

// One `trainingdesk-cli NAME ...` command. run() gets the arguments after the command name's
// position (argv[0] first, as QCommandLineParser expects) and returns the exit code.
struct Command
{
    QString name;
    const char* summary; // translated when shown, context "td::cli"
    std::function<int(const QStringList& arguments)> run;
};

// Registers a command at static-initialisation time: `static Registration r{{...}};` in a command file.
struct Registration
{
    explicit Registration(Command command);
};

const QList<Command>& commands();

// Standard output and error, UTF-8.
QTextStream& out();
QTextStream& err();

// Adds --db PATH and --json to a parser (every command takes them).
void addCommonOptions(QCommandLineParser& parser);
// Parses arguments; on a usage error prints it and returns false.
bool parse(QCommandLineParser& parser, const QStringList& arguments);
// The database path from --db, or the desk's default location.
QString databasePath(const QCommandLineParser& parser);
bool jsonOutput(const QCommandLineParser& parser);
// Opens (creating/upgrading) the database named by --db; prints the error and returns null on failure.
std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser);
// Prints "error: message" to stderr (or a JSON error object with --json) and returns exit code 1.
int fail(const QCommandLineParser& parser, const Error& error);
void printJson(const QJsonValue& value);
// The system actor, named after the command so the audit log says "cli:import-students".
Context systemContext(Database& db, const QString& commandName);

} // namespace td::cli
