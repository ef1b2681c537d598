#include "ScreenshotTour.h"

#include "ComingPage.h"
#include "Desk.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "auth/StaffService.h"
#include "billing/SaleDialog.h"
#include "settings/CenterSettings.h"
#include "students/StudentsPage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>

#include <functional>

namespace td::ui {

namespace {

void pause(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& dir, const QString& name)
{
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file)) {
        qCritical("screenshots: cannot write %s", qPrintable(file));
        return false;
    }
    return true;
}

} // namespace

int ScreenshotTour::run(Desk& desk, const QString& dir, const QString& username, const QString& password)
{
    QDir().mkpath(dir);
    bool ok = true;
    {
        LoginDialog login(
            desk.db(), CenterSettings(desk.db()).text(CenterSettings::Key::CenterName), LoginDialog::Mode::SignIn);
        login.setUsername(username);
        login.findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(QStringLiteral("********"));
        login.show();
        pause(200);
        ok &= save(&login, dir, QStringLiteral("login"));
    }
    auto actor = StaffService::authenticate(desk.db(), username, password);
    if (!actor) {
        qCritical("screenshots: cannot sign in as %s", qPrintable(username));
        return 1;
    }
    desk.signIn(actor.value());

    MainWindow window(desk);
    window.resize(1280, 800);
    window.show();
    pause(500);
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        const auto page = static_cast<MainWindow::Page>(i);
        if (!window.pageAllowed(page) || qobject_cast<ComingPage*>(window.page(page)))
            continue;
        window.showPage(page);
        pause(1500);
        if (page == MainWindow::Page::Students) {
            window.studentsPage()->selectRow(0);
            pause(500);
        }
        ok &= save(&window, dir, window.page(page)->objectName().remove(QStringLiteral("Page")));
    }

    // The dialogs a clerk works in most: a new student and a new sale.
    const auto saveDialog
        = [&](const QString& name, const std::function<void()>& open, const std::function<void(QDialog*)>& fill = {}) {
              QTimer::singleShot(800, &window, [&] {
                  if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                      if (fill) {
                          fill(dialog);
                          pause(300);
                      }
                      ok &= save(dialog, dir, name);
                      dialog->reject();
                  }
              });
              open();
          };
    window.showPage(MainWindow::Page::Students);
    saveDialog(QStringLiteral("student-new"), [&] { window.studentsPage()->newStudent(); });
    // A sale in progress: the first student with the center's best-selling item.
    const auto fillSale = [&desk](QDialog* dialog) {
        auto* sale = qobject_cast<SaleDialog*>(dialog);
        const auto student = desk.db().scalar(QStringLiteral("SELECT min(id) FROM students WHERE status = 'active'"));
        const auto item = desk.db().scalar(QStringLiteral(
            "SELECT item_id FROM sale_lines WHERE kind = 'pack' GROUP BY item_id ORDER BY count(*) DESC LIMIT 1"));
        if (!sale || !student || !item)
            return;
        sale->setStudent(student->toLongLong());
        sale->addCatalogItem(item->toLongLong());
    };
    if (auto* sale = window.findChild<QAction*>(QStringLiteral("newSaleAction")); sale && sale->isEnabled())
        saveDialog(
            QStringLiteral("sale-new"), [sale] { sale->trigger(); }, fillSale);
    return ok ? 0 : 1;
}

} // namespace td::ui
