#include "common/Translator.h"
#include "shell/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrainingDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrainingDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    td::Translator::installForSystemLanguage();
    td::ui::MainWindow window;
    window.show();
    return app.exec();
}
