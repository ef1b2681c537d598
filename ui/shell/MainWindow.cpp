#include "MainWindow.h"

#include "ComingPage.h"
#include "Desk.h"
#include "DeskPage.h"
#include "IdleWatcher.h"
#include "LoginDialog.h"
#include "attendance/CheckInPage.h"
#include "billing/PaymentsPage.h"
#include "common/Dialogs.h"
#include "insights/InsightsPage.h"
#include "insights/StudentInsightsSection.h"
#include "schedule/SchedulePage.h"
#include "settings/CenterSettings.h"
#include "settings/SettingsPage.h"
#include "storage/Database.h"
#include "students/StudentCsvTransfer.h"
#include "students/StudentDetailPanel.h"
#include "students/StudentsPage.h"
#include "sync/SyncController.h"
#include "sync/SyncPage.h"
#include "sync/SyncSettingsBox.h"
#include "today/TodayPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QVBoxLayout>

namespace td::ui {

namespace {

constexpr auto kGeometryKey = "window/geometry";
constexpr auto kStateKey = "window/state";

QString objectNameOf(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Today:
        return QStringLiteral("todayPage");
    case MainWindow::Page::Students:
        return QStringLiteral("studentsPage");
    case MainWindow::Page::Schedule:
        return QStringLiteral("schedulePage");
    case MainWindow::Page::CheckIn:
        return QStringLiteral("checkInPage");
    case MainWindow::Page::Payments:
        return QStringLiteral("paymentsPage");
    case MainWindow::Page::Insights:
        return QStringLiteral("insightsPage");
    case MainWindow::Page::Sync:
        return QStringLiteral("syncPage");
    case MainWindow::Page::Settings:
        return QStringLiteral("settingsPage");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Desk& desk, QWidget* parent)
    : QMainWindow(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(1);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setAutoFillBackground(true);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_body = new QWidget(this);
    auto* bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addWidget(m_navigation);
    bodyLayout->addWidget(m_pages, 1);

    // What the window shows while locked: nothing of the center's data.
    m_lockCover = new QLabel(tr("TrainingDesk is locked."), this);
    m_lockCover->setObjectName(QStringLiteral("lockCover"));
    static_cast<QLabel*>(m_lockCover)->setAlignment(Qt::AlignCenter);

    auto* central = new QStackedWidget(this);
    central->addWidget(m_body);
    central->addWidget(m_lockCover);
    setCentralWidget(central);

    m_staffLabel = new QLabel(this);
    m_staffLabel->setObjectName(QStringLiteral("statusStaff"));
    m_centerLabel = new QLabel(this);
    m_centerLabel->setObjectName(QStringLiteral("statusCenter"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("statusSync"));
    m_syncLabel->hide();
    statusBar()->addWidget(m_staffLabel);
    statusBar()->addWidget(m_centerLabel);
    statusBar()->addPermanentWidget(m_syncLabel);

    createPages();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (auto* page = dynamic_cast<DeskPage*>(m_pages->currentWidget()))
            page->pageShown();
    });

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(&m_desk, &Desk::actorChanged, this, &MainWindow::applyRole);
    connect(&m_desk, &Desk::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("settings"))
            updateCenter();
    });

    applyRole();
    updateCenter();

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Today:
        return tr("Today");
    case Page::Students:
        return tr("Students");
    case Page::Schedule:
        return tr("Schedule");
    case Page::CheckIn:
        return tr("Check-in");
    case Page::Payments:
        return tr("Payments");
    case Page::Insights:
        return tr("Insights");
    case Page::Sync:
        return tr("Sync");
    case Page::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::createPages()
{
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        auto* item = new QListWidgetItem(pageTitle(page), m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
        auto* placeholder = new ComingPage(pageTitle(page), m_pages);
        placeholder->setObjectName(objectNameOf(page));
        m_pages->addWidget(placeholder);
        m_pageWidgets[i] = placeholder;
    }
    m_navigation->setFixedWidth(std::max(m_navigation->sizeHintForColumn(0), fontMetrics().averageCharWidth() * 14)
        + fontMetrics().averageCharWidth() * 6);

    auto* checkIn = new CheckInPage(m_desk);
    setPage(Page::CheckIn, checkIn);
    auto* payments = new PaymentsPage(m_desk);
    setPage(Page::Payments, payments);
    // A student who is not enrolled buys a drop-in ticket at the check-in desk and is checked in after it.
    connect(checkIn, &CheckInPage::dropInSaleRequested, this, [checkIn, payments](qint64 studentId, qint64 sessionId) {
        if (payments->sellDropIn(studentId, sessionId))
            checkIn->checkInDropIn(studentId, sessionId);
    });
    auto* today = new TodayPage(m_desk);
    setPage(Page::Today, today);
    connect(today, &TodayPage::rosterRequested, this, [this, checkIn](qint64 sessionId) {
        showPage(Page::CheckIn);
        checkIn->showRoster(sessionId);
    });
    m_students = new StudentsPage(m_desk);
    setPage(Page::Students, m_students);
    m_students->detailPanel()->setSection(
        StudentDetailPanel::Slot::Recommendations, new StudentInsightsSection(m_desk));
    auto* insights = new InsightsPage(m_desk);
    setPage(Page::Insights, insights);
    connect(insights, &InsightsPage::studentRequested, this, [this](qint64 studentId) {
        showPage(Page::Students);
        m_students->selectStudent(studentId);
    });
    auto* schedule = new SchedulePage(m_desk);
    setPage(Page::Schedule, schedule);
    // A ticket sold ahead from the schedule: the clerk picks the buyer in the sale dialog.
    connect(schedule, &SchedulePage::ticketSaleRequested, payments,
        [payments](qint64 sessionId) { payments->sellDropIn(0, sessionId); });
    m_settings = new SettingsPage(m_desk);
    setPage(Page::Settings, m_settings);
    // Sync runs on its own thread with its own connection; the status bar and the Sync page follow it.
    m_sync = new SyncController(m_desk, this);
    connect(m_sync, &SyncController::statusTextChanged, this, &MainWindow::setSyncStatus);
    setPage(Page::Sync, new SyncPage(m_desk, *m_sync));
    m_settings->addSection(new SyncSettingsBox(m_desk, *m_sync));
    m_sync->start();
}

void MainWindow::setPage(Page page, QWidget* widget)
{
    const int index = static_cast<int>(page);
    QWidget* old = m_pageWidgets[index];
    const bool wasCurrent = m_pages->currentIndex() == index;
    widget->setObjectName(objectNameOf(page));
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pageWidgets[index] = widget;
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

QWidget* MainWindow::page(Page page) const
{
    return m_pageWidgets[static_cast<int>(page)];
}

void MainWindow::showPage(Page page)
{
    if (!pageAllowed(page))
        return;
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

bool MainWindow::pageAllowed(Page page) const
{
    switch (page) {
    case Page::Students:
        return m_desk.allows(Permission::ViewStudents);
    case Page::CheckIn:
        return m_desk.allows(Permission::RecordAttendance);
    case Page::Payments:
        return m_desk.allows(Permission::Sell);
    case Page::Insights:
        return m_desk.allows(Permission::ViewReports);
    case Page::Sync:
        return m_desk.allows(Permission::Sync);
    case Page::Today:
    case Page::Schedule:
    case Page::Settings:
        return m_desk.signedIn();
    }
    return false;
}

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    m_importStudents = file->addAction(
        tr("&Import Students from CSV…"), this, [this] { StudentCsvTransfer::importStudents(m_desk, this); });
    m_importStudents->setObjectName(QStringLiteral("importStudentsAction"));
    m_exportStudents = file->addAction(
        tr("&Export Students to CSV…"), this, [this] { StudentCsvTransfer::exportStudents(m_desk, this); });
    m_exportStudents->setObjectName(QStringLiteral("exportStudentsAction"));
    file->addSeparator();
    m_backup = file->addAction(tr("&Back Up Now…"), this, &MainWindow::backUp);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    file->addSeparator();
    auto* lockAction = file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    auto* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    auto* find = edit->addAction(tr("&Find Student"), QKeySequence::Find, this, [this] {
        showPage(Page::Students);
        m_students->focusSearch();
    });
    find->setObjectName(QStringLiteral("findStudentAction"));
    m_newStudent = edit->addAction(tr("&New Student…"), QKeySequence::New, this, [this] {
        showPage(Page::Students);
        m_students->newStudent();
    });
    m_newStudent->setObjectName(QStringLiteral("newStudentAction"));
    edit->addSeparator();
    m_checkIn = edit->addAction(tr("&Check In"), QKeySequence(Qt::Key_F2), this, [this] {
        showPage(Page::CheckIn);
        if (auto* page = dynamic_cast<DeskPage*>(this->page(Page::CheckIn)))
            page->primaryAction();
    });
    m_checkIn->setObjectName(QStringLiteral("checkInAction"));
    m_newSale = edit->addAction(tr("New &Sale…"), QKeySequence(Qt::Key_F3), this, [this] {
        showPage(Page::Payments);
        if (auto* page = dynamic_cast<DeskPage*>(this->page(Page::Payments)))
            page->primaryAction();
    });
    m_newSale->setObjectName(QStringLiteral("newSaleAction"));

    auto* view = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        auto* go = view->addAction(pageTitle(page), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this,
            [this, page] { showPage(page); });
        go->setObjectName(QStringLiteral("go_") + objectNameOf(page));
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About TrainingDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::applyRole()
{
    const Actor& actor = m_desk.actor();
    m_staffLabel->setText(tr("Signed in: %1 (%2)").arg(actor.displayName, roleDisplayName(actor.role)));
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        m_navigation->item(i)->setHidden(!pageAllowed(page));
        for (QAction* action : menuBar()->findChildren<QAction*>(QStringLiteral("go_") + objectNameOf(page)))
            action->setVisible(pageAllowed(page));
    }
    m_newStudent->setVisible(m_desk.allows(Permission::ManageStudents));
    m_importStudents->setVisible(m_desk.allows(Permission::ManageStudents));
    m_backup->setVisible(m_desk.allows(Permission::Backup));
    m_exportStudents->setVisible(m_desk.allows(Permission::ManageStudents));
    m_checkIn->setVisible(pageAllowed(Page::CheckIn));
    m_newSale->setVisible(pageAllowed(Page::Payments));
    if (m_navigation->currentRow() < 0 || !pageAllowed(currentPage()))
        showPage(pageAllowed(Page::Students) ? Page::Students : Page::Today);
}

void MainWindow::updateCenter()
{
    const CenterSettings settings(m_desk.db());
    const QString name = settings.text(CenterSettings::Key::CenterName);
    m_centerLabel->setText(name);
    setWindowTitle(tr("%1 — TrainingDesk").arg(name));
    m_idle->setMinutes(settings.number(CenterSettings::Key::IdleLockMinutes));
}

void MainWindow::setSyncStatus(const QString& text)
{
    m_syncLabel->setText(text);
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->setPaused(true);
    auto* central = static_cast<QStackedWidget*>(centralWidget());
    central->setCurrentWidget(m_lockCover);
    menuBar()->setEnabled(false);

    LoginDialog dialog(m_desk.db(), CenterSettings(m_desk.db()).text(CenterSettings::Key::CenterName),
        LoginDialog::Mode::Unlock, this);
    dialog.setUsername(m_desk.actor().username);
    const bool unlocked = dialog.exec() == QDialog::Accepted;
    m_locked = false;
    if (!unlocked) {
        close();
        return;
    }
    if (dialog.actor().staffId != m_desk.actor().staffId)
        m_desk.signIn(dialog.actor());
    menuBar()->setEnabled(true);
    central->setCurrentWidget(m_body);
    m_idle->setPaused(false);
}

void MainWindow::backUp()
{
    if (!m_desk.allows(Permission::Backup))
        return;
    const QString suggested
        = QFileInfo(m_desk.databasePath())
              .dir()
              .filePath(QStringLiteral("center-%1.sqlite")
                            .arg(m_desk.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString target = FileDialog::getSaveFileName(
        this, tr("Back Up the Center Database"), suggested, tr("TrainingDesk databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(m_desk.databasePath()).canonicalFilePath()) {
        MessageBox::warning(this, tr("Back Up"), tr("The backup cannot be the database itself."));
        return;
    }
    // The file dialog already asked before replacing a file; VACUUM INTO needs it gone.
    QFile::remove(target);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // VACUUM INTO reads one snapshot, so the copy is consistent while the desk goes on writing; it runs on
    // its own connection in its own thread so the window stays responsive.
    Status done;
    const QString source = m_desk.databasePath();
    QEventLoop loop;
    QThread* thread = QThread::create([&done, source, target] {
        auto db = Database::openExisting(source);
        if (!db) {
            done = db.error();
            return;
        }
        if (auto r = db.value()->exec(QStringLiteral("VACUUM INTO ?"), {target}); !r)
            done = r.error();
    });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    QApplication::restoreOverrideCursor();
    if (!done) {
        MessageBox::critical(this, tr("Back Up"), done.error().message);
        return;
    }
    MessageBox::information(
        this, tr("Back Up"), tr("The center database was copied to %1.").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TrainingDesk"),
        tr("<h3>TrainingDesk %1</h3><p>The front desk of an offline training center: students, "
           "classes, check-in and payments, working offline and synced with the online "
           "catalog.</p><p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_desk.databasePath().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    event->accept();
}

} // namespace td::ui
