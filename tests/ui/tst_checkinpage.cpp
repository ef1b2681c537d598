#include "DeskFixture.h"
#include "attendance/AttendanceService.h"
#include "attendance/CheckInPage.h"
#include "attendance/ClassHourLedger.h"
#include "attendance/FeedbackService.h"
#include "core/attendance/AttendanceFixture.h"
#include "schedule/EnrollmentService.h"
#include "shell/MainWindow.h"
#include "today/TodayPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace td;

namespace {

const QDate kToday(2026, 3, 2); // TestCenter's clock: 09:00 in Asia/Shanghai

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

ClassHours hours(int h)
{
    return ClassHours::fromHours(h);
}

// A class of "Algebra" with a two-hour session running now (09:00-11:00). Li Lei is enrolled with a 10-hour
// pack; Han Meimei has a 3-hour pack (a low-balance reminder) and is not enrolled.
struct Scene
{
    test::TestCenter center;
    test::AttendanceFixture f {center};
    qint64 student = 0;
    QString code;
    qint64 course = 0;
    qint64 klass = 0;
    qint64 session = 0;
    qint64 pack = 0;
    qint64 outsider = 0;
    QString outsiderCode;
    std::unique_ptr<ui::Desk> desk;
    std::unique_ptr<ui::MainWindow> window;

    Scene()
    {
        student = test::addStudent(center, QStringLiteral("Li Lei"), QStringLiteral("13800001111"));
        code = StudentService::byId(center.db(), student)->code;
        course = f.course(QStringLiteral("Algebra"));
        klass = f.klass(course);
        session = f.session(klass, kToday, QTime(9, 0));
        if (!EnrollmentService::enroll(center.admin(), klass, student))
            qFatal("cannot enroll");
        pack = ClassHourLedger::addPack(center.admin(), {student, course, {}, hours(10), {}, 0}).value();
        outsider = test::addStudent(center, QStringLiteral("Han Meimei"), QStringLiteral("13900002222"));
        outsiderCode = StudentService::byId(center.db(), outsider)->code;
        ClassHourLedger::addPack(center.admin(), {outsider, course, {}, hours(3), {}, 0}).value();
    }

    // The desk as the front desk clerk sees it, on the Check-in page (F2).
    ui::CheckInPage* openCheckIn()
    {
        desk = test::signedInDesk(center, Role::FrontDesk);
        window = std::make_unique<ui::MainWindow>(*desk);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window not active");
        child<QAction>(window.get(), "checkInAction")->trigger();
        return qobject_cast<ui::CheckInPage*>(window->page(ui::MainWindow::Page::CheckIn));
    }

    ClassHours balance() { return ClassHourLedger::balance(center.db(), pack).value(); }
    qint64 count(const char* table) { return center.count(QString::fromLatin1(table)); }
};

void scan(QWidget* page, const QString& text)
{
    auto* field = child<QLineEdit>(page, "scanField");
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString text(QWidget* page, const char* label)
{
    return child<QLabel>(page, label)->text();
}

} // namespace

class TestCheckInPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateDeskSettings(); }

    void scanChecksInRefusesTwiceAndUndoGivesTheHoursBack()
    {
        Scene s;
        auto* page = s.openCheckIn();
        QVERIFY(page);
        QCOMPARE(s.window->currentPage(), ui::MainWindow::Page::CheckIn);
        auto* field = child<QLineEdit>(page, "scanField");
        QTRY_VERIFY(field->hasFocus());

        scan(page, s.code);
        QCOMPARE(text(page, "resultTitle"), QStringLiteral("Checked in"));
        QVERIFY(text(page, "resultStudent").contains(QStringLiteral("Li Lei")));
        QVERIFY(text(page, "resultSession").contains(QStringLiteral("Algebra")));
        QVERIFY2(text(page, "resultBalance").contains(QStringLiteral("8 class hours left")),
            qPrintable(text(page, "resultBalance")));
        QCOMPARE(s.balance(), hours(8));
        QCOMPARE(child<QTreeWidget>(page, "recentList")->topLevelItemCount(), 1);
        QVERIFY(field->text().isEmpty());
        QVERIFY(field->hasFocus());

        scan(page, s.code);
        QCOMPARE(text(page, "resultTitle"), QStringLiteral("Not checked in"));
        QVERIFY2(text(page, "resultMessage").contains(QStringLiteral("already checked in")),
            qPrintable(text(page, "resultMessage")));
        QCOMPARE(s.balance(), hours(8));
        QCOMPARE(s.count("attendance"), 1);
        QCOMPARE(child<QTreeWidget>(page, "recentList")->topLevelItemCount(), 1);

        auto* undo = child<QPushButton>(page, "undoButton");
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(text(page, "resultTitle"), QStringLiteral("Check-in undone"));
        QVERIFY2(text(page, "resultBalance").contains(QStringLiteral("10 class hours left")),
            qPrintable(text(page, "resultBalance")));
        QCOMPARE(s.balance(), hours(10));
        QCOMPARE(s.count("attendance"), 0);
        QCOMPARE(child<QTreeWidget>(page, "recentList")->topLevelItemCount(), 0);
        QVERIFY(!undo->isEnabled());
        QVERIFY(field->hasFocus());
    }

    void aTypedNameListsMatchesToPick()
    {
        Scene s;
        auto* page = s.openCheckIn();
        scan(page, QStringLiteral("Li L"));
        auto* matches = child<QListWidget>(page, "matchList");
        QVERIFY(matches->isVisible());
        QCOMPARE(matches->count(), 1);
        QVERIFY(matches->item(0)->text().contains(s.code));
        QCOMPARE(s.count("attendance"), 0);
        QTest::keyClick(child<QLineEdit>(page, "scanField"), Qt::Key_Return);
        QCOMPARE(text(page, "resultTitle"), QStringLiteral("Checked in"));
        QCOMPARE(s.balance(), hours(8));
        QVERIFY(!matches->isVisible());

        scan(page, QStringLiteral("Nobody Here"));
        QCOMPARE(text(page, "resultTitle"), QStringLiteral("Not found"));
        QCOMPARE(s.count("attendance"), 1);
    }

    void aStudentNotEnrolledIsOfferedADropIn()
    {
        Scene s;
        auto* page = s.openCheckIn();
        scan(page, s.outsiderCode);
        QVERIFY2(text(page, "resultTitle").contains(QStringLiteral("drop-in")), qPrintable(text(page, "resultTitle")));
        QVERIFY(text(page, "resultMessage").contains(QStringLiteral("not enrolled")));
        QVERIFY(text(page, "resultMessage").contains(QStringLiteral("Payments")));
        QCOMPARE(s.count("attendance"), 0);
        QVERIFY(!child<QPushButton>(page, "undoButton")->isEnabled());
    }

    void rosterMarksEveryoneAtOnceOrNothing()
    {
        Scene s;
        const qint64 second = test::addStudent(s.center, QStringLiteral("Wang Fang"));
        QVERIFY(EnrollmentService::enroll(s.center.admin(), s.klass, second).ok());
        const qint64 secondPack
            = ClassHourLedger::addPack(s.center.admin(), {second, s.course, {}, hours(10), {}, 0}).value();
        const qint64 noPack = test::addStudent(s.center, QStringLiteral("Zhao Lei"));
        QVERIFY(EnrollmentService::enroll(s.center.admin(), s.klass, noPack).ok());

        auto* page = s.openCheckIn();
        page->showRoster(s.session);
        auto* table = child<QTableWidget>(page, "rosterTable");
        QCOMPARE(child<QTabWidget>(page, "checkInTabs")->currentIndex(), 1);
        QCOMPARE(table->rowCount(), 3); // by name: Li Lei, Wang Fang, Zhao Lei
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Li Lei"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("Zhao Lei"));

        // Everyone present: Zhao Lei has no pack, so nothing is saved.
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_P);
        QTest::keyClick(table, Qt::Key_L);
        QCOMPARE(table->currentRow(), 2);
        QTest::mouseClick(child<QPushButton>(page, "saveRosterButton"), Qt::LeftButton);
        QVERIFY2(text(page, "rosterMessage").startsWith(QStringLiteral("Nothing was saved")),
            qPrintable(text(page, "rosterMessage")));
        QVERIFY(text(page, "rosterMessage").contains(QStringLiteral("Zhao Lei")));
        QCOMPARE(s.count("attendance"), 0);
        QCOMPARE(s.balance(), hours(10));

        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(table->item(2, 2)->text(), AttendanceService::statusDisplayName(AttendanceStatus::Absent));
        QTest::mouseClick(child<QPushButton>(page, "saveRosterButton"), Qt::LeftButton);
        QVERIFY2(text(page, "rosterMessage").contains(QStringLiteral("3 students")),
            qPrintable(text(page, "rosterMessage")));
        const auto records = AttendanceService::attendanceOfSession(s.center.db(), s.session).value();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].status, AttendanceStatus::Present);
        QCOMPARE(records[1].status, AttendanceStatus::Late);
        QCOMPARE(records[2].status, AttendanceStatus::Absent);
        QCOMPARE(s.balance(), hours(8));
        QCOMPARE(ClassHourLedger::balance(s.center.db(), secondPack).value(), hours(8));
        // Reloaded from what was stored.
        QCOMPARE(table->item(1, 2)->text(), AttendanceService::statusDisplayName(AttendanceStatus::Late));
    }

    void feedbackForAnAttendedSession()
    {
        Scene s;
        auto* page = s.openCheckIn();
        auto* save = child<QPushButton>(page, "saveFeedbackButton");
        QVERIFY(!save->isEnabled()); // nobody attended yet
        scan(page, s.code);
        auto* students = child<QComboBox>(page, "feedbackStudent");
        QCOMPARE(students->count(), 1);
        child<QSpinBox>(page, "feedbackRating")->setValue(4);
        QTest::keyClicks(child<QPlainTextEdit>(page, "feedbackComment"), QStringLiteral("Clear examples"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto feedback = FeedbackService::ofItem(s.center.db(), s.course).value();
        QCOMPARE(feedback.size(), 1);
        QCOMPARE(feedback[0].rating, 4);
        QCOMPARE(feedback[0].comment, QStringLiteral("Clear examples"));
        QVERIFY(text(page, "feedbackMessage").contains(QStringLiteral("Li Lei")));

        // Once per session: the second is refused with the service's reason.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!text(page, "feedbackMessage").contains(QStringLiteral("Saved")));
        QVERIFY(!text(page, "feedbackMessage").isEmpty());
        QCOMPARE(FeedbackService::ofItem(s.center.db(), s.course)->size(), 1);
    }

    void todayListsTheSessionAndRemindersAndOpensTheRoster()
    {
        Scene s;
        auto* checkIn = s.openCheckIn();
        s.window->showPage(ui::MainWindow::Page::Today);
        auto* today = s.window->page(ui::MainWindow::Page::Today);
        QVERIFY(qobject_cast<ui::TodayPage*>(today));
        auto* sessions = child<QTreeWidget>(today, "todaySessions");
        QCOMPARE(sessions->topLevelItemCount(), 1);
        QTreeWidgetItem* row = sessions->topLevelItem(0);
        QCOMPARE(row->text(2), QStringLiteral("Algebra"));
        QCOMPARE(row->text(3), QStringLiteral("Room A"));
        QCOMPARE(row->text(5), QStringLiteral("1")); // enrolled
        QCOMPARE(row->text(6), QStringLiteral("0")); // checked in

        auto* reminders = child<QTreeWidget>(today, "todayReminders");
        QList<QTreeWidgetItem*> low;
        for (int i = 0; i < reminders->topLevelItemCount(); ++i) {
            if (reminders->topLevelItem(i)->text(1) == s.outsiderCode)
                low.append(reminders->topLevelItem(i));
        }
        QCOMPARE(low.size(), 1);
        QCOMPARE(low[0]->text(0), QStringLiteral("Low balance"));
        QCOMPARE(low[0]->text(2), QStringLiteral("Han Meimei"));
        QCOMPARE(low[0]->text(3), QStringLiteral("13900002222"));
        QCOMPARE(low[0]->text(5), QStringLiteral("Offer a new pack"));

        // A check-in elsewhere refreshes the counts.
        QVERIFY(AttendanceService::checkIn(s.desk->context(), s.session, s.student, AttendanceStatus::Present).ok());
        s.desk->notifyChanged(QStringLiteral("attendance"));
        QCOMPARE(sessions->topLevelItem(0)->text(6), QStringLiteral("1"));

        sessions->setCurrentItem(sessions->topLevelItem(0));
        QTest::keyClick(sessions, Qt::Key_Return);
        QCOMPARE(s.window->currentPage(), ui::MainWindow::Page::CheckIn);
        QCOMPARE(child<QTabWidget>(checkIn, "checkInTabs")->currentIndex(), 1);
        QCOMPARE(child<QComboBox>(checkIn, "rosterSession")->currentData().toLongLong(), s.session);
        QCOMPARE(child<QTableWidget>(checkIn, "rosterTable")->item(0, 2)->text(),
            AttendanceService::statusDisplayName(AttendanceStatus::Present));
    }
};

QTEST_MAIN(TestCheckInPage)
#include "tst_checkinpage.moc"
