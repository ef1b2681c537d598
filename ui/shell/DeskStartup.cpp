#include "DeskStartup.h"

#include "Desk.h"
#include "FirstAdminDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "auth/StaffService.h"
#include "common/Dialogs.h"
#include "common/Translator.h"
#include "settings/CenterSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

namespace td::ui {

namespace {

constexpr auto kLanguageKey = "desk/language";
constexpr auto kLastUserKey = "desk/lastUsername";

class Startup
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::Startup)
};

} // namespace

QString deskLanguagePreference()
{
    return QSettings().value(QLatin1String(kLanguageKey), QStringLiteral("system")).toString();
}

void setDeskLanguagePreference(const QString& language)
{
    QSettings().setValue(QLatin1String(kLanguageKey), language);
}

int runDesk(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Startup::tr("The front desk of a training center."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Startup::tr("The center database to open."),
        Startup::tr("PATH"), Database::defaultPath());
    const QCommandLineOption languageOption(QStringLiteral("language"),
        Startup::tr("The language for this run: en, zh_CN or system."), Startup::tr("LANGUAGE"));
    QCommandLineOption screenshotDir(QStringLiteral("screenshot-dir"), QString(), QStringLiteral("DIR"));
    screenshotDir.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotUser(QStringLiteral("screenshot-user"), QString(), QStringLiteral("NAME"));
    screenshotUser.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, languageOption, screenshotDir, screenshotUser});
    parser.process(arguments);

    Translator::install(parser.isSet(languageOption) ? parser.value(languageOption) : deskLanguagePreference());

    const QString path = QDir::cleanPath(parser.value(dbOption));
    auto opened = Database::open(path);
    if (!opened) {
        MessageBox::critical(nullptr, Startup::tr("TrainingDesk"),
            Startup::tr("TrainingDesk cannot open the center database.\n\n%1").arg(opened.error().message));
        return 1;
    }
    Desk desk(std::move(opened.value()));

    if (parser.isSet(screenshotDir)) {
        return ScreenshotTour::run(desk, parser.value(screenshotDir), parser.value(screenshotUser),
            QString::fromUtf8(qgetenv("TD_SCREENSHOT_PASSWORD")));
    }

    auto hasAdmin = StaffService::hasAdmin(desk.db());
    if (!hasAdmin) {
        MessageBox::critical(nullptr, Startup::tr("TrainingDesk"), hasAdmin.error().message);
        return 1;
    }
    if (!hasAdmin.value()) {
        FirstAdminDialog first(desk.db(), desk.clock());
        if (first.exec() != QDialog::Accepted)
            return 0;
        QSettings().setValue(QLatin1String(kLastUserKey), first.admin().username);
    }

    LoginDialog login(
        desk.db(), CenterSettings(desk.db()).text(CenterSettings::Key::CenterName), LoginDialog::Mode::SignIn);
    login.setUsername(QSettings().value(QLatin1String(kLastUserKey)).toString());
    if (login.exec() != QDialog::Accepted)
        return 0;
    QSettings().setValue(QLatin1String(kLastUserKey), login.actor().username);
    desk.signIn(login.actor());

    MainWindow window(desk);
    window.show();
    return QApplication::exec();
}

} // namespace td::ui
