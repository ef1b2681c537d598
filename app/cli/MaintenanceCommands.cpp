// backup and check: a consistent copy of a live database, and the health of one.
#include "Cli.h"
#include "demo/DatabaseCheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {

// Prints the problems (or "ok") and returns the exit code: 0 when healthy.
int report(const QCommandLineParser& parser, const QString& path, const QStringList& problems)
{
    if (jsonOutput(parser)) {
        printJson(QJsonObject {{QStringLiteral("database"), path}, {QStringLiteral("ok"), problems.isEmpty()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        out() << "ok" << Qt::endl;
    } else {
        for (const QString& problem : problems)
            out() << problem << '\n';
        out() << QCoreApplication::translate("td::cli", "%n problem(s) found.", nullptr, int(problems.size()))
              << Qt::endl;
    }
    return problems.isEmpty() ? 0 : 1;
}

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Checks the database file's integrity, its references and the ledgers' invariants (pack balances, "
        "refunds, gapless receipt numbers). Prints ok and exits 0 when healthy; lists each problem and "
        "exits 1 otherwise."));
    addCommonOptions(parser);
    if (!parse(parser, arguments))
        return 2;
    auto db = Database::openExisting(databasePath(parser));
    if (!db)
        return fail(parser, db.error());
    auto problems = DatabaseCheck::run(*db.value());
    if (!problems)
        return fail(parser, problems.error());
    return report(parser, db.value()->path(), problems.value());
}

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Writes a consistent copy of the database to FILE, also while TrainingDesk is using it, then "
        "checks the copy."));
    addCommonOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("td::cli", "Where to write the copy (must not exist)."));
    if (!parse(parser, arguments))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return fail(
            parser, Error::invalid(QCoreApplication::translate("td::cli", "Name one file to write the copy to.")));
    const QString target = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (QFileInfo::exists(target))
        return fail(parser,
            Error::conflict(
                QCoreApplication::translate("td::cli", "%1 already exists; choose a new file for the backup.")
                    .arg(target)));
    auto db = Database::openExisting(databasePath(parser));
    if (!db)
        return fail(parser, db.error());
    if (QFileInfo(target) == QFileInfo(db.value()->path()))
        return fail(parser,
            Error::invalid(QCoreApplication::translate("td::cli", "The backup cannot be the database itself.")));
    // VACUUM INTO reads one snapshot, so the copy is consistent even while the desk keeps writing.
    if (auto r = db.value()->exec(QStringLiteral("VACUUM INTO ?"), {target}); !r)
        return fail(parser, r.error());
    db.value().reset();

    auto copy = Database::openExisting(target);
    if (!copy)
        return fail(parser, copy.error());
    auto problems = DatabaseCheck::run(*copy.value());
    if (!problems)
        return fail(parser, problems.error());
    if (!problems.value().isEmpty())
        return report(parser, target, problems.value());
    if (jsonOutput(parser))
        printJson(QJsonObject {{QStringLiteral("backup"), target}, {QStringLiteral("ok"), true}});
    else
        out() << QCoreApplication::translate("td::cli", "Backup written to %1 and checked: ok.").arg(target)
              << Qt::endl;
    return 0;
}

const Registration check {{QStringLiteral("check"),
    QT_TRANSLATE_NOOP("td::cli", "Check the database and the ledgers' invariants"), runCheck}};
const Registration backup {
    {QStringLiteral("backup"), QT_TRANSLATE_NOOP("td::cli", "Write a consistent copy of the database"), runBackup}};

} // namespace

} // namespace td::cli
