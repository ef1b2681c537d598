#include "DeskFixture.h"
#include "auth/StaffService.h"
#include "common/Dialogs.h"
#include "shell/DeskStartup.h"
#include "shell/FirstAdminDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateDeskSettings(); }

    void firstAdministratorIsCreatedOnAnEmptyDatabase()
    {
        test::TestCenter center;
        QVERIFY(!StaffService::hasAdmin(center.db()).value());
        ui::FirstAdminDialog dialog(center.db(), center.clock());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        type(&dialog, "firstAdminUsername", QStringLiteral("manager"));
        type(&dialog, "firstAdminDisplayName", QStringLiteral("Wang Li"));
        type(&dialog, "firstAdminPassword", QStringLiteral("s3cret-pass"));
        type(&dialog, "firstAdminRepeat", QStringLiteral("s3cret-pasS"));
        QTest::mouseClick(child<QPushButton>(&dialog, "firstAdminCreate"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, "firstAdminRepeatError")->isHidden());
        QCOMPARE(center.count(QStringLiteral("staff")), 0);

        // Too short: the service's rule, shown under the password.
        type(&dialog, "firstAdminPassword", QStringLiteral("short"));
        type(&dialog, "firstAdminRepeat", QStringLiteral("short"));
        QTest::keyClick(child<QLineEdit>(&dialog, "firstAdminRepeat"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, "firstAdminPasswordError")->isHidden());
        QVERIFY(child<QLabel>(&dialog, "firstAdminRepeatError")->isHidden());
        QCOMPARE(center.count(QStringLiteral("staff")), 0);

        type(&dialog, "firstAdminPassword", QStringLiteral("s3cret-pass"));
        type(&dialog, "firstAdminRepeat", QStringLiteral("s3cret-pass"));
        QTest::keyClick(child<QLineEdit>(&dialog, "firstAdminRepeat"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.admin().username, QStringLiteral("manager"));
        QVERIFY(StaffService::hasAdmin(center.db()).value());
        auto actor = StaffService::authenticate(center.db(), QStringLiteral("manager"), QStringLiteral("s3cret-pass"));
        QVERIFY(actor.ok());
        QCOMPARE(actor->role, Role::Admin);
    }

    void wrongPasswordIsRefusedAndCleared()
    {
        test::TestCenter center;
        center.frontDesk();
        ui::LoginDialog dialog(center.db(), QStringLiteral("Test Center"), ui::LoginDialog::Mode::SignIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(&dialog, "loginUsername", QStringLiteral("front.desk"));
        type(&dialog, "loginPassword", QStringLiteral("wrong-password"));
        QTest::keyClick(child<QLineEdit>(&dialog, "loginPassword"), Qt::Key_Return);

        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto* error = child<QLabel>(&dialog, "loginError");
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), StaffService::tr("The username or the password is wrong."));
        QVERIFY(child<QLineEdit>(&dialog, "loginPassword")->text().isEmpty());

        // An unknown user gets the very same answer.
        type(&dialog, "loginUsername", QStringLiteral("nobody"));
        type(&dialog, "loginPassword", QStringLiteral("password123"));
        QTest::keyClick(child<QLineEdit>(&dialog, "loginPassword"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(error->text(), StaffService::tr("The username or the password is wrong."));
    }

    void enterSignsInWithTheRightPassword()
    {
        test::TestCenter center;
        const Actor clerk = center.actor(Role::FrontDesk);
        ui::LoginDialog dialog(center.db(), QStringLiteral("Test Center"), ui::LoginDialog::Mode::SignIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setUsername(clerk.username);
        // setUsername puts the cursor in the password field, so the clerk just types it and presses Enter.
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "loginPassword"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("password123"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().staffId, clerk.staffId);
        QCOMPARE(dialog.actor().role, Role::FrontDesk);
    }

    void mainWindowShowsWhoIsSignedInAndHidesWhatTheRoleMayNotDo()
    {
        test::TestCenter center;
        auto desk = test::signedInDesk(center, Role::Instructor);
        ui::MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString staff = child<QLabel>(&window, "statusStaff")->text();
        QVERIFY2(staff.contains(center.actor(Role::Instructor).displayName), qPrintable(staff));
        QVERIFY(staff.contains(roleDisplayName(Role::Instructor)));

        auto* navigation = child<QListWidget>(&window, "navigation");
        using Page = ui::MainWindow::Page;
        QVERIFY(navigation->item(int(Page::Payments))->isHidden()); // instructors do not sell
        QVERIFY(navigation->item(int(Page::Sync))->isHidden());
        QVERIFY(!navigation->item(int(Page::Students))->isHidden());
        QVERIFY(!navigation->item(int(Page::Insights))->isHidden());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("newStudentAction"))->isVisible());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("newStudentButton"))->isHidden());

        // Another staff member signs in (at the lock screen): the window follows the new role.
        desk->signIn(center.actor(Role::FrontDesk));
        QVERIFY(!navigation->item(int(Page::Payments))->isHidden());
        QVERIFY(navigation->item(int(Page::Insights))->isHidden()); // clerks see no reports
        QVERIFY(window.findChild<QAction*>(QStringLiteral("newStudentAction"))->isVisible());
        QVERIFY(child<QLabel>(&window, "statusStaff")->text().contains(roleDisplayName(Role::FrontDesk)));
    }

    void lockScreenWantsAPasswordAndCanSwitchStaff()
    {
        test::TestCenter center;
        const Actor admin = center.actor(Role::Admin);
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool sawError = false;
        bool coverShown = false;
        bool escapeKeptLock = false;
        QTimer::singleShot(0, this, [&] {
            auto* lock = qobject_cast<ui::LoginDialog*>(QApplication::activeModalWidget());
            if (!lock)
                return;
            coverShown = window.findChild<QWidget*>(QStringLiteral("lockCover"))->isVisible();
            // The locked clerk's name is filled in; a wrong password keeps the desk locked.
            QTest::keyClicks(lock->findChild<QLineEdit*>(QStringLiteral("loginPassword")), QStringLiteral("nope-nope"));
            QTest::keyClick(lock->findChild<QLineEdit*>(QStringLiteral("loginPassword")), Qt::Key_Return);
            sawError = lock->isVisible() && !lock->findChild<QLabel*>(QStringLiteral("loginError"))->isHidden();
            // Escape does not leave the lock screen.
            QTest::keyClick(lock, Qt::Key_Escape);
            escapeKeptLock = lock->isVisible();
            // The manager signs in instead.
            auto* username = lock->findChild<QLineEdit*>(QStringLiteral("loginUsername"));
            username->clear();
            QTest::keyClicks(username, admin.username);
            QTest::keyClicks(
                lock->findChild<QLineEdit*>(QStringLiteral("loginPassword")), QStringLiteral("password123"));
            QTest::keyClick(lock->findChild<QLineEdit*>(QStringLiteral("loginPassword")), Qt::Key_Return);
        });
        window.lock();
        QVERIFY(coverShown);
        QVERIFY(sawError);
        QVERIFY(escapeKeptLock);
        QCOMPARE(desk->actor().staffId, admin.staffId);
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("lockCover"))->isVisible());
        QVERIFY(child<QLabel>(&window, "statusStaff")->text().contains(admin.displayName));
    }

    void aDatabaseFromANewerVersionIsRefusedWithAClearMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec(QStringLiteral(
                            "INSERT INTO schema_version (version, applied_at) VALUES (999, '2030-01-01')"))
                        .ok());
        }
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        const int code = ui::runDesk({QStringLiteral("trainingdesk"), QStringLiteral("--db"), path});
        QCOMPARE(code, 1);
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("newer")), qPrintable(ui::MessageBox::lastText()));
        QVERIFY(ui::MessageBox::lastText().contains(path));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
