// The desk's sync screens on the real MainWindow (offscreen) against the real catalog server process:
// settings (server, token, desk code), the status bar, the Sync page's history and refused changes.
#include "../ui/DeskFixture.h"
#include "SyncFixtures.h"
#include "shell/MainWindow.h"
#include "storage/SqlValues.h"
#include "sync/Outbox.h"
#include "sync/SyncController.h"
#include "sync/SyncHistoryModel.h"
#include "sync/SyncPage.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTokenStore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace td;
using td::test::CatalogProcess;
using td::test::TestCenter;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

class tst_SyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settingsStartSyncAndTheStatusBarFollows();
    void plainHttpToAnotherComputerIsRefusedInTheForm();
    void refusedChangesAreListedWithTheirReason();
    void anUnreachableServerShowsItsErrorAndTheDeskKeepsWorking();

private:
    void openWindow(Role role = Role::Admin);
    void enterSettings(const QString& server, const QString& token, const QString& deskCode = {});
    QString statusText() const { return child<QLabel>(m_window.get(), "statusSync")->text(); }

    std::unique_ptr<TestCenter> m_center;
    std::unique_ptr<CatalogProcess> m_server;
    QString m_token;
    std::unique_ptr<ui::Desk> m_desk;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_SyncPage::initTestCase()
{
    test::isolateDeskSettings();
    // No keychain service on a test machine: the token stays in memory, as the desk says.
    ui::SyncTokenStore::setKeychainEnabled(false);
}

void tst_SyncPage::init()
{
    m_center = std::make_unique<TestCenter>();
    m_server = std::make_unique<CatalogProcess>();
    m_token = m_server->addCenter(QStringLiteral("Harbour Center"));
    QVERIFY(m_server->start());
}

void tst_SyncPage::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_server.reset();
    m_center.reset();
}

void tst_SyncPage::openWindow(Role role)
{
    m_desk = test::signedInDesk(*m_center, role);
    m_window = std::make_unique<ui::MainWindow>(*m_desk);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SyncPage::enterSettings(const QString& server, const QString& token, const QString& deskCode)
{
    m_window->showPage(ui::MainWindow::Page::Settings);
    auto* serverEdit = child<QLineEdit>(m_window.get(), "syncServerEdit");
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server);
    auto* tokenEdit = child<QLineEdit>(m_window.get(), "syncTokenEdit");
    QTest::keyClicks(tokenEdit, token);
    auto* code = child<QLineEdit>(m_window.get(), "syncDeskCodeEdit");
    code->clear();
    QTest::keyClicks(code, deskCode);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "syncSettingsSave"), Qt::LeftButton);
}

void tst_SyncPage::settingsStartSyncAndTheStatusBarFollows()
{
    test::addStudent(*m_center, QStringLiteral("Li Wei"));
    openWindow();
    QVERIFY2(statusText().contains(QLatin1String("Sync off")), qPrintable(statusText()));
    QVERIFY(statusText().contains(QLatin1String("changes to send: 1")));

    enterSettings(m_server->url(), m_token, QStringLiteral("b"));
    QCOMPARE(child<QLabel>(m_window.get(), "syncSettingsError")->text(), QString());
    // The token is never shown again; the desk says where it is kept (no keychain here: this session only).
    QCOMPARE(child<QLineEdit>(m_window.get(), "syncTokenEdit")->text(), QString());
    const QString note = child<QLabel>(m_window.get(), "syncTokenNote")->text();
    QVERIFY2(note.contains(QLatin1String("until TrainingDesk closes")), qPrintable(note));
    QVERIFY(!note.contains(m_token));
    QCOMPARE(child<QLineEdit>(m_window.get(), "syncDeskCodeEdit")->text(), QStringLiteral("B"));
    QCOMPARE(SyncSettings::deskCode(m_center->db()).value(), QStringLiteral("B"));

    // The engine syncs at once on its own thread; the status bar shows the last sync and nothing pending.
    QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QLatin1String("Last sync")), 20000);
    QVERIFY2(statusText().contains(QLatin1String("changes to send: 0")), qPrintable(statusText()));
    QVERIFY(!statusText().contains(QLatin1String("error")));
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), 0);

    m_window->showPage(ui::MainWindow::Page::Sync);
    auto* page = qobject_cast<ui::SyncPage*>(m_window->page(ui::MainWindow::Page::Sync));
    QVERIFY(page);
    QCOMPARE(page->objectName(), QStringLiteral("syncPage"));
    QAbstractItemModelTester historyTester(page->historyModel());
    QAbstractItemModelTester rejectedTester(page->rejectedModel());
    QTRY_COMPARE(page->historyModel()->rowCount(), 1);
    QCOMPARE(page->historyModel()->index(0, ui::SyncHistoryModel::Result).data().toString(), QStringLiteral("Done"));
    QVERIFY(page->historyModel()->index(0, ui::SyncHistoryModel::Pushed).data().toInt() >= 1);

    // "Sync Now" (F5) runs another one at once.
    test::addStudent(*m_center, QStringLiteral("Wang Fang"));
    m_desk->notifyChanged(QStringLiteral("students"));
    QTRY_VERIFY(statusText().contains(QLatin1String("changes to send: 1")));
    auto* syncNow = child<QPushButton>(page, "syncNowButton");
    QTRY_VERIFY(syncNow->isEnabled());
    QTest::keyClick(page, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(page->historyModel()->rowCount(), 2, 20000);
    QTRY_VERIFY(statusText().contains(QLatin1String("changes to send: 0")));
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), 0);
}

void tst_SyncPage::plainHttpToAnotherComputerIsRefusedInTheForm()
{
    openWindow();
    enterSettings(QStringLiteral("http://catalog.example.com"), m_token);
    const QString error = child<QLabel>(m_window.get(), "syncServerEditError")->text();
    QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));
    QVERIFY(SyncSettings::load(m_center->db())->server.isEmpty());
    QVERIFY(!m_window->syncController()->isRunning());
    QVERIFY(statusText().contains(QLatin1String("Sync off")));
}

void tst_SyncPage::refusedChangesAreListedWithTheirReason()
{
    // A payment may not be edited: the server refuses this one for good; the rest goes through.
    QVERIFY(Outbox::append(m_center->system(), QStringLiteral("sale"), sql::newUuid(), QStringLiteral("upsert"),
        QJsonObject {{QStringLiteral("receipt_no"), QStringLiteral("R000077")}, {QStringLiteral("total_minor"), 1}}));
    test::addStudent(*m_center, QStringLiteral("Zhao Lei"));
    openWindow(Role::FrontDesk);
    QVERIFY(m_window->pageAllowed(ui::MainWindow::Page::Sync));
    QVERIFY(SyncSettings::save(m_center->admin(), SyncSettings::Values {QUrl(m_server->url()), 5, {}}));
    m_window->syncController()->tokens().setSessionToken(m_token);

    m_window->showPage(ui::MainWindow::Page::Sync);
    auto* page = qobject_cast<ui::SyncPage*>(m_window->page(ui::MainWindow::Page::Sync));
    QAbstractItemModelTester tester(page->rejectedModel());
    QTRY_COMPARE_WITH_TIMEOUT(page->rejectedModel()->rowCount(), 1, 20000);
    const QString what = page->rejectedModel()->index(0, ui::RejectedMutationsModel::What).data().toString();
    QCOMPARE(what, QStringLiteral("Payment or refund R000077"));
    QVERIFY(!page->rejectedModel()->index(0, ui::RejectedMutationsModel::Why).data().toString().isEmpty());
    QCOMPARE(page->historyModel()->index(0, ui::SyncHistoryModel::Rejected).data().toInt(), 1);
    QVERIFY(page->historyModel()->index(0, ui::SyncHistoryModel::Pushed).data().toInt() >= 1);
    QVERIFY(child<QLabel>(page, "syncRejectedTitle")->text().contains(QLatin1String("will not take")));
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), 0);
}

void tst_SyncPage::anUnreachableServerShowsItsErrorAndTheDeskKeepsWorking()
{
    const QString url = m_server->url();
    m_server->kill();
    openWindow();
    enterSettings(url, m_token);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QLatin1String("Last error")), 60000);
    QVERIFY2(statusText().contains(QLatin1String("cannot be reached")), qPrintable(statusText()));
    QVERIFY(statusText().contains(QLatin1String("Not synced yet")));
    // Staff go on working meanwhile; the count follows.
    test::addStudent(*m_center, QStringLiteral("Qian Yu"));
    m_desk->notifyChanged(QStringLiteral("students"));
    QTRY_VERIFY(statusText().contains(QLatin1String("changes to send: 1")));
    m_window->showPage(ui::MainWindow::Page::Sync);
    auto* page = qobject_cast<ui::SyncPage*>(m_window->page(ui::MainWindow::Page::Sync));
    QTRY_VERIFY(page->historyModel()->rowCount() >= 1);
    QCOMPARE(page->historyModel()->index(0, ui::SyncHistoryModel::Result).data().toString(),
        QStringLiteral("Server unreachable (will retry)"));
}

QTEST_MAIN(tst_SyncPage)
#include "tst_syncpage.moc"
