// import-students, export-students and find: the student list from and to spreadsheets, and the desk's search.
#include "Cli.h"
#include "students/StudentCsv.h"
#include "students/StudentDirectory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Imports students from a CSV file (UTF-8, UTF-16 or GB18030/GBK, as Excel "
        "saves it). All or nothing: on any bad row nothing is imported and every "
        "problem is listed as FILE:LINE: message."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("td::cli", "The CSV file."));
    if (!parse(parser, arguments))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "Name exactly one CSV file.")));
    const QString file = parser.positionalArguments().first();
    auto db = openDatabase(parser);
    if (!db)
        return 1;
    const Context ctx = systemContext(*db, QStringLiteral("import-students"));
    auto report = StudentCsv::importFile(ctx, file);
    if (!report)
        return fail(parser, report.error());
    if (jsonOutput(parser)) {
        QJsonArray problems;
        for (const CsvProblem& p : report->problems)
            problems.append(QJsonObject {{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
        printJson(QJsonObject {{QStringLiteral("file"), file}, {QStringLiteral("encoding"), report->encoding},
            {QStringLiteral("imported"), report->imported}, {QStringLiteral("problems"), problems}});
    } else {
        for (const CsvProblem& p : report->problems)
            err() << (p.line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(p.line).arg(p.message)
                                 : QStringLiteral("%1: %2").arg(file, p.message))
                  << '\n';
        if (report->ok())
            out() << QCoreApplication::translate("td::cli", "Imported %1 students from %2 (%3).")
                         .arg(report->imported)
                         .arg(file, report->encoding)
                  << '\n';
        else
            err() << QCoreApplication::translate("td::cli", "Nothing was imported.") << '\n';
        err().flush();
        out().flush();
    }
    return report->ok() ? 0 : 1;
}

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Exports every student to a CSV file (UTF-8 with a byte order mark, so that Excel opens it right)."));
    addCommonOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("td::cli", "The CSV file to write."));
    if (!parse(parser, arguments))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "Name exactly one CSV file.")));
    const QString file = parser.positionalArguments().first();
    auto db = Database::openExisting(databasePath(parser));
    if (!db)
        return fail(parser, db.error());
    auto written = StudentCsv::exportFile(systemContext(*db.value(), QStringLiteral("export-students")), file);
    if (!written)
        return fail(parser, written.error());
    if (jsonOutput(parser))
        printJson(QJsonObject {{QStringLiteral("file"), file}, {QStringLiteral("exported"), written.value()}});
    else
        out() << QCoreApplication::translate("td::cli", "Exported %1 students to %2.").arg(written.value()).arg(file)
              << Qt::endl;
    return 0;
}

int runFind(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Finds students the way the desk does: by code (S000123 or 123), phone fragment or the start of a name."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("td::cli", "What to look for."));
    parser.addOption(
        {QStringLiteral("limit"), QCoreApplication::translate("td::cli", "At most N matches (default 20)."),
            QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("status"),
        QCoreApplication::translate("td::cli", "Only students with this status (active, paused, archived)."),
        QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("tag"), QCoreApplication::translate("td::cli", "Only students with this tag."),
        QStringLiteral("TAG")});
    if (!parse(parser, arguments))
        return 2;
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit <= 0)
        return fail(parser, Error::invalid(QCoreApplication::translate("td::cli", "--limit needs a positive number.")));
    auto db = Database::openExisting(databasePath(parser));
    if (!db)
        return fail(parser, db.error());
    StudentFilter filter;
    filter.text = parser.positionalArguments().join(QLatin1Char(' '));
    filter.status = parser.value(QStringLiteral("status"));
    filter.tag = parser.value(QStringLiteral("tag"));
    auto rows = StudentDirectory::find(*db.value(), filter, 0, limit);
    if (!rows)
        return fail(parser, rows.error());
    if (jsonOutput(parser)) {
        QJsonArray array;
        for (const StudentListRow& row : rows.value())
            array.append(QJsonObject {{QStringLiteral("code"), row.code}, {QStringLiteral("name"), row.name},
                {QStringLiteral("phone"), row.phone}, {QStringLiteral("status"), row.status},
                {QStringLiteral("uuid"), row.uuid}});
        printJson(array);
        return 0;
    }
    if (rows->isEmpty()) {
        out() << QCoreApplication::translate("td::cli", "No student matches \"%1\".").arg(filter.text) << Qt::endl;
        return 0;
    }
    for (const StudentListRow& row : rows.value())
        out() << row.code << "  " << row.name << "  " << row.phone << '\n';
    out().flush();
    return 0;
}

const Registration importStudents {{QStringLiteral("import-students"),
    QT_TRANSLATE_NOOP("td::cli", "Import students from a CSV file (all or nothing)"), runImport}};
const Registration exportStudents {
    {QStringLiteral("export-students"), QT_TRANSLATE_NOOP("td::cli", "Export every student to a CSV file"), runExport}};
const Registration find {{QStringLiteral("find"),
    QT_TRANSLATE_NOOP("td::cli", "Find students by code, phone fragment or name, like the desk"), runFind}};

} // namespace

} // namespace td::cli
