#include "Cli.h"
#include "common/Translator.h"

#include <QCoreApplication>

using namespace td::cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrainingDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrainingDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    td::Translator::installForSystemLanguage();

    QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.size() > 1 ? arguments.at(1) : QString();
    for (const Command& command : commands()) {
        if (command.name == name) {
            arguments.removeAt(1);
            arguments[0] = arguments[0] + QLatin1Char(' ') + name;
            return command.run(arguments);
        }
    }
    QTextStream& stream
        = (name.isEmpty() || name == QLatin1String("help") || name == QLatin1String("--help")) ? out() : err();
    if (!name.isEmpty() && name != QLatin1String("help") && name != QLatin1String("--help"))
        stream << QCoreApplication::translate("td::cli", "Unknown command: %1").arg(name) << "\n\n";
    stream << QCoreApplication::translate("td::cli", "Usage: trainingdesk-cli COMMAND [options]") << "\n\n"
           << QCoreApplication::translate("td::cli", "Commands:") << "\n";
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    for (const Command& command : sorted)
        stream << "  " << command.name.leftJustified(18) << QCoreApplication::translate("td::cli", command.summary)
               << "\n";
    stream << "\n"
           << QCoreApplication::translate("td::cli", "Run trainingdesk-cli COMMAND --help for a command's options.")
           << Qt::endl;
    return stream.device() == out().device() ? 0 : 2;
}
