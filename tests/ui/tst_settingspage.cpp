#include "DeskFixture.h"
#include "settings/CenterSettings.h"
#include "settings/SettingsPage.h"
#include "shell/DeskStartup.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace td;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Types text like a keyboard would, including characters an input method produces (中文).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClicks(widget, QString(ch));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateDeskSettings(); }

    void anAdministratorChangesTheCenter()
    {
        test::TestCenter center;
        auto desk = test::signedInDesk(center, Role::Admin);
        ui::MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Page::Settings);
        auto* page = window.settingsPage();

        auto* name = child<QLineEdit>(page, "settingsCenterName");
        name->clear();
        typeText(name, QStringLiteral("海淀学习中心"));
        typeText(child<QPlainTextEdit>(page, "settingsReceiptFooter"), QStringLiteral("谢谢惠顾"));
        child<QSpinBox>(page, "settingsIdleLock")->setValue(5);
        QTest::mouseClick(child<QPushButton>(page, "settingsSave"), Qt::LeftButton);

        const CenterSettings settings(desk->db());
        QCOMPARE(settings.text(CenterSettings::Key::CenterName), QStringLiteral("海淀学习中心"));
        QCOMPARE(settings.text(CenterSettings::Key::ReceiptFooter), QStringLiteral("谢谢惠顾"));
        QCOMPARE(settings.number(CenterSettings::Key::IdleLockMinutes), 5);
        QVERIFY(!child<QLabel>(page, "settingsSaved")->text().isEmpty());
        // The window shows the new name at once.
        QCOMPARE(child<QLabel>(&window, "statusCenter")->text(), QStringLiteral("海淀学习中心"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("海淀学习中心")));
    }

    void aBadValueIsShownByItsFieldAndNothingIsSaved()
    {
        test::TestCenter center;
        auto desk = test::signedInDesk(center, Role::Admin);
        ui::SettingsPage page(*desk);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const qint64 auditBefore = center.count(QStringLiteral("audit_log"));

        auto* name = child<QLineEdit>(&page, "settingsCenterName");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("New Name"));
        auto* currency = child<QComboBox>(&page, "settingsCurrency");
        currency->setCurrentText(QStringLiteral("yuan"));
        QVERIFY(!page.save());
        auto* currencyError = child<QLabel>(&page, "settingsCurrencyError");
        QVERIFY(!currencyError->isHidden());
        QVERIFY(currencyError->text().contains(QStringLiteral("three capital letters")));
        // The name before it in the same save was rolled back too.
        QCOMPARE(CenterSettings(desk->db()).text(CenterSettings::Key::CenterName),
            CenterSettings::defaultValue(CenterSettings::Key::CenterName));
        QCOMPARE(center.count(QStringLiteral("audit_log")), auditBefore);

        auto* zone = child<QComboBox>(&page, "settingsTimeZone");
        currency->setCurrentText(QStringLiteral("CNY"));
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!page.save());
        QVERIFY(currencyError->isHidden());
        QVERIFY(!child<QLabel>(&page, "settingsTimeZoneError")->isHidden());
        QCOMPARE(CenterSettings(desk->db()).text(CenterSettings::Key::TimeZone), QStringLiteral("Asia/Shanghai"));
    }

    void othersSeeTheCenterButCannotChangeIt()
    {
        test::TestCenter center;
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::SettingsPage page(*desk);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(child<QPushButton>(&page, "settingsSave")->isHidden());
        QVERIFY(!child<QLabel>(&page, "settingsReadOnlyNote")->isHidden());
        QVERIFY(child<QLineEdit>(&page, "settingsCenterName")->isReadOnly());
        QVERIFY(!child<QComboBox>(&page, "settingsTimeZone")->isEnabled());
        // Even if asked to, the service refuses and the page says so.
        child<QLineEdit>(&page, "settingsCenterName")->setText(QStringLiteral("Taken Over"));
        QVERIFY(!page.save());
        QVERIFY(!child<QLabel>(&page, "settingsError")->isHidden());
        QCOMPARE(CenterSettings(desk->db()).text(CenterSettings::Key::CenterName),
            CenterSettings::defaultValue(CenterSettings::Key::CenterName));
        QCOMPARE(child<QLabel>(&page, "settingsDatabasePath")->text(), QDir::toNativeSeparators(center.path()));
    }

    void theDeskLanguageIsAPreferenceOfThisDesk()
    {
        test::TestCenter center;
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::SettingsPage page(*desk);
        QCOMPARE(ui::deskLanguagePreference(), QStringLiteral("system"));
        auto* language = child<QComboBox>(&page, "settingsLanguage");
        QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QCOMPARE(ui::deskLanguagePreference(), QStringLiteral("zh_CN"));
        QVERIFY(!child<QLabel>(&page, "settingsLanguageNote")->text().isEmpty());
        ui::setDeskLanguagePreference(QStringLiteral("system"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
