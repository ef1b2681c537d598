#include "shell/DeskStartup.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrainingDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrainingDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return td::ui::runDesk(QCoreApplication::arguments());
}
