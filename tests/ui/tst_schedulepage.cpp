#include "DeskFixture.h"
#include "catalog/CatalogService.h"
#include "common/Dialogs.h"
#include "schedule/ClassDialog.h"
#include "schedule/EnrollmentDialog.h"
#include "schedule/EnrollmentService.h"
#include "schedule/RoomService.h"
#include "schedule/SchedulePage.h"
#include "schedule/ScheduleService.h"
#include "schedule/SessionDialogs.h"
#include "schedule/WeekScheduleModel.h"
#include "shell/MainWindow.h"
#include "students/StudentListModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace td;

namespace {

const QDate kMonday(2026, 3, 2); // TestCenter's clock: Monday 09:00 in Asia/Shanghai

enum Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun };

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Math Olympiad Tue/Thu 19:00-21:00 in Room A with the instructor, 2 seats, 4 sessions from 3 March; Reading
// Circle Wed 10:00-12:00 in Room B with Li Wei, 2 sessions from 4 March.
struct Scene
{
    test::TestCenter center;
    qint64 course = 0;
    qint64 workshop = 0;
    Room roomA;
    Room roomB;
    qint64 teacher = 0;
    qint64 liWei = 0;
    CourseClass olympiad;
    CourseClass reading;
    std::unique_ptr<ui::Desk> desk;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Scene()
    {
        CatalogItem item;
        item.kind = CatalogItem::Kind::OfflineCourse;
        item.title = QStringLiteral("Math Olympiad");
        item.price = Money::fromMajor(2400);
        item.classHours = ClassHours::fromHours(2);
        course = CatalogService::create(center.admin(), item)->id;
        item.kind = CatalogItem::Kind::Workshop;
        item.title = QStringLiteral("Calligraphy Taster");
        item.price = Money::fromMajor(80);
        workshop = CatalogService::create(center.admin(), item)->id;
        roomA = RoomService::create(center.admin(), QStringLiteral("Room A"), 20).value();
        roomB = RoomService::create(center.admin(), QStringLiteral("Room B"), 8).value();
        teacher = center.instructor().actor.staffId;
        center.frontDesk();
        liWei = StaffService::create(center.system(), QStringLiteral("li.wei"), QStringLiteral("Li Wei"),
            Role::Instructor, QStringLiteral("password123"))
                    ->id;
        ClassSpec spec;
        spec.courseId = course;
        spec.name = QStringLiteral("Olympiad Tue/Thu");
        spec.instructorId = teacher;
        spec.roomId = roomA.id;
        spec.capacity = 2;
        spec.startDate = kMonday;
        spec.recurrence = Recurrence::weekly({Qt::Tuesday, Qt::Thursday}, QTime(19, 0), QTime(21, 0), 4);
        olympiad = ScheduleService::createClass(center.admin(), spec).value();
        spec.name = QStringLiteral("Reading Circle");
        spec.instructorId = liWei;
        spec.roomId = roomB.id;
        spec.capacity = 8;
        spec.recurrence = Recurrence::weekly({Qt::Wednesday}, QTime(10, 0), QTime(12, 0), 2);
        reading = ScheduleService::createClass(center.admin(), spec).value();
    }

    // The Schedule page as the role sees it, with the week loaded; its model runs under the tester from the start.
    ui::SchedulePage* open(Role role)
    {
        desk = test::signedInDesk(center, role);
        window = std::make_unique<ui::MainWindow>(*desk);
        auto* page = qobject_cast<ui::SchedulePage*>(window->page(ui::MainWindow::Page::Schedule));
        if (!page)
            qFatal("no schedule page");
        tester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window not active");
        window->showPage(ui::MainWindow::Page::Schedule);
        return page;
    }

    qint64 sessionOf(const CourseClass& cls, int index)
    {
        return ScheduleService::sessionsOfClass(center.db(), cls.id).value().at(index).id;
    }
};

bool weekReady(ui::SchedulePage* page)
{
    return !page->model()->isLoading();
}

int rowOf(ui::WeekScheduleModel* model, const QString& lane)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->headerData(row, Qt::Vertical).toString() == lane)
            return row;
    return -1;
}

QString cell(ui::SchedulePage* page, const QString& lane, Day day)
{
    auto* model = page->model();
    const int row = rowOf(model, lane);
    return row < 0 ? QStringLiteral("<no row %1>").arg(lane) : model->index(row, day).data().toString();
}

QStringList lanes(ui::WeekScheduleModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->headerData(row, Qt::Vertical).toString();
    return names;
}

template <typename Dialog> Dialog* openedDialog(ui::SchedulePage* page)
{
    const QList<Dialog*> dialogs = page->findChildren<Dialog*>();
    for (Dialog* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

void setCombo(QWidget* dialog, const char* name, qint64 id)
{
    auto* combo = child<QComboBox>(dialog, name);
    const int index = combo->findData(id);
    if (index < 0)
        qFatal("%s has no item %lld", name, id);
    combo->setCurrentIndex(index);
}

} // namespace

class TestSchedulePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateDeskSettings(); }

    void weekShowsSessionsInTheirRoomAndDay()
    {
        Scene s;
        auto* page = s.open(Role::Admin);
        QCOMPARE(s.window->currentPage(), ui::MainWindow::Page::Schedule);
        QTRY_VERIFY(weekReady(page));
        auto* model = page->model();
        QCOMPARE(model->monday(), kMonday);
        QCOMPARE(lanes(model), (QStringList {QStringLiteral("Room A"), QStringLiteral("Room B")}));
        QVERIFY(model->headerData(Mon, Qt::Horizontal)
                    .toString()
                    .contains(QLocale().toString(kMonday, QLocale::ShortFormat)));
        QCOMPARE(cell(page, QStringLiteral("Room A"), Tue),
            QStringLiteral("19:00–21:00 Olympiad Tue/Thu (0/2) · Instructor Test"));
        QVERIFY(cell(page, QStringLiteral("Room A"), Thu).contains(QStringLiteral("Olympiad Tue/Thu")));
        QVERIFY(cell(page, QStringLiteral("Room A"), Mon).isEmpty());
        QVERIFY(cell(page, QStringLiteral("Room A"), Wed).isEmpty());
        QCOMPARE(
            cell(page, QStringLiteral("Room B"), Wed), QStringLiteral("10:00–12:00 Reading Circle (0/8) · Li Wei"));
        QVERIFY(cell(page, QStringLiteral("Room B"), Tue).isEmpty());
        QVERIFY(child<QLabel>(page, "weekTitle")->text().contains(QStringLiteral("this week")));

        // The next week has the second half of both classes; the one after has nothing.
        QTest::mouseClick(child<QPushButton>(page, "nextWeekButton"), Qt::LeftButton);
        QTRY_VERIFY(weekReady(page));
        QCOMPARE(model->monday(), kMonday.addDays(7));
        QVERIFY(cell(page, QStringLiteral("Room A"), Thu).contains(QStringLiteral("Olympiad Tue/Thu")));
        QVERIFY(cell(page, QStringLiteral("Room B"), Wed).contains(QStringLiteral("Reading Circle")));
        QVERIFY(child<QLabel>(page, "weekMessage")->isHidden());
        QTest::mouseClick(child<QPushButton>(page, "nextWeekButton"), Qt::LeftButton);
        QTRY_VERIFY(weekReady(page));
        QVERIFY(cell(page, QStringLiteral("Room A"), Tue).isEmpty());
        QVERIFY(child<QLabel>(page, "weekMessage")->isVisible());
        QCOMPARE(child<QLabel>(page, "weekMessage")->text(), QStringLiteral("No sessions this week."));

        QTest::mouseClick(child<QPushButton>(page, "thisWeekButton"), Qt::LeftButton);
        QTRY_VERIFY(weekReady(page));
        QCOMPARE(model->monday(), kMonday);

        // The keyboard pages through weeks from the table.
        auto* table = child<QTableView>(page, "weekTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_PageDown);
        QTRY_VERIFY(weekReady(page));
        QCOMPARE(model->monday(), kMonday.addDays(7));
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY(weekReady(page));
        QCOMPARE(model->monday(), kMonday);

        // The date picker shows the week holding the chosen day.
        child<QDateEdit>(page, "weekDate")->setDate(QDate(2026, 3, 12));
        QTRY_VERIFY(weekReady(page));
        QCOMPARE(model->monday(), kMonday.addDays(7));
    }

    void byInstructorPutsEachInstructorOnARow()
    {
        Scene s;
        auto* page = s.open(Role::FrontDesk);
        QTRY_VERIFY(weekReady(page));
        child<QComboBox>(page, "weekLanes")->setCurrentIndex(1);
        auto* model = page->model();
        QCOMPARE(model->lanes(), ui::WeekScheduleModel::Lanes::ByInstructor);
        // Instructors only: the admin and the clerk teach nothing this week.
        QCOMPARE(lanes(model), (QStringList {QStringLiteral("Instructor Test"), QStringLiteral("Li Wei")}));
        QCOMPARE(
            cell(page, QStringLiteral("Li Wei"), Wed), QStringLiteral("10:00–12:00 Reading Circle (0/8) · Room B"));
        QVERIFY(cell(page, QStringLiteral("Instructor Test"), Tue).contains(QStringLiteral("Olympiad Tue/Thu")));
        QVERIFY(cell(page, QStringLiteral("Instructor Test"), Wed).isEmpty());
        QVERIFY(cell(page, QStringLiteral("Li Wei"), Tue).isEmpty());

        // The view keeps its rows across weeks.
        QTest::mouseClick(child<QPushButton>(page, "nextWeekButton"), Qt::LeftButton);
        QTRY_VERIFY(weekReady(page));
        QVERIFY(cell(page, QStringLiteral("Li Wei"), Wed).contains(QStringLiteral("Reading Circle")));
        child<QComboBox>(page, "weekLanes")->setCurrentIndex(0);
        QCOMPARE(lanes(model), (QStringList {QStringLiteral("Room A"), QStringLiteral("Room B")}));
    }

    void aClashingClassCannotBeSavedUntilItsTimeIsFixed()
    {
        Scene s;
        auto* page = s.open(Role::Admin);
        QTRY_VERIFY(weekReady(page));
        QTest::mouseClick(child<QPushButton>(page, "newClassButton"), Qt::LeftButton);
        auto* dialog = openedDialog<ui::ClassDialog>(page);
        QVERIFY(dialog);
        setCombo(dialog, "classCourse", s.course);
        auto* name = child<QLineEdit>(dialog, "className");
        QCOMPARE(name->text(), QStringLiteral("Math Olympiad")); // from the course until typed over
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Olympiad Thursday"));
        setCombo(dialog, "classInstructor", s.liWei);
        setCombo(dialog, "classRoom", s.roomA.id);
        child<QSpinBox>(dialog, "classCapacity")->setValue(10);
        child<QDateEdit>(dialog, "classFirstDate")->setDate(QDate(2026, 3, 9));
        child<QCheckBox>(dialog, "weekday_1")->setChecked(false);
        child<QCheckBox>(dialog, "weekday_4")->setChecked(true);
        child<QTimeEdit>(dialog, "classStart")->setTime(QTime(19, 30));
        child<QTimeEdit>(dialog, "classEnd")->setTime(QTime(20, 30));
        child<QSpinBox>(dialog, "classSessionCount")->setValue(5);
        // The preview follows by itself shortly after the edits, worked out in its own thread.
        auto* preview = child<QListWidget>(dialog, "sessionPreview");
        QTRY_COMPARE(preview->count(), 5);
        QTRY_VERIFY(dialog->hasClashes());

        // Thursday 12 March clashes with the Olympiad in Room A; the later Thursdays are free.
        QVERIFY(preview->item(0)->data(ui::ClassDialog::ClashRole).toBool());
        QVERIFY2(preview->item(0)->text().contains(
                     QStringLiteral("Room A is already used by the class “Olympiad Tue/Thu” (19:00–21:00)")),
            qPrintable(preview->item(0)->text()));
        for (int i = 1; i < 5; ++i)
            QVERIFY(!preview->item(i)->data(ui::ClassDialog::ClashRole).toBool());
        QVERIFY2(child<QLabel>(dialog, "previewSummary")->text().contains(QStringLiteral("clash")),
            qPrintable(child<QLabel>(dialog, "previewSummary")->text()));
        auto* save = child<QPushButton>(dialog, "classSaveButton");
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        // The core refuses it too, naming the clash.
        auto refused = ScheduleService::createClass(s.center.admin(), dialog->spec());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("Room A")));
        QCOMPARE(ScheduleService::classes(s.center.db())->size(), 2);

        // After the Olympiad ends, the room is free.
        child<QTimeEdit>(dialog, "classStart")->setTime(QTime(21, 0));
        child<QTimeEdit>(dialog, "classEnd")->setTime(QTime(22, 0));
        dialog->updatePreview();
        QTRY_VERIFY(!dialog->isPreviewPending());
        QVERIFY(!dialog->hasClashes());
        QCOMPARE(preview->count(), 5);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!openedDialog<ui::ClassDialog>(page));

        ClassFilter filter;
        filter.text = QStringLiteral("Olympiad Thursday");
        const QList<CourseClass> created = ScheduleService::classes(s.center.db(), filter).value();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().sessionCount, 5);
        QCOMPARE(created.first().instructorName, QStringLiteral("Li Wei"));
        QCOMPARE(created.first().startDate, QDate(2026, 3, 12));
        // The week of the first session is shown with it selected.
        QTRY_COMPARE(page->model()->monday(), QDate(2026, 3, 9));
        QTRY_VERIFY(weekReady(page));
        QTRY_VERIFY(
            cell(page, QStringLiteral("Room A"), Thu).contains(QStringLiteral("21:00–22:00 Olympiad Thursday")));
        QVERIFY(cell(page, QStringLiteral("Room A"), Thu).contains(QStringLiteral("Olympiad Tue/Thu")));
        QTRY_VERIFY(page->currentSession());
        QCOMPARE(page->currentSession()->className, QStringLiteral("Olympiad Thursday"));
    }

    void aOneOffWorkshopHasOneSessionAndATicketPrice()
    {
        Scene s;
        auto* page = s.open(Role::Admin);
        QTRY_VERIFY(weekReady(page));
        QTest::mouseClick(child<QPushButton>(page, "newWorkshopButton"), Qt::LeftButton);
        auto* dialog = openedDialog<ui::ClassDialog>(page);
        QVERIFY(dialog);
        // Workshops come first, with their price as the ticket price.
        QCOMPARE(child<QComboBox>(dialog, "classCourse")->currentData().toLongLong(), s.workshop);
        QCOMPARE(child<QLineEdit>(dialog, "classDropInPrice")->text(), QStringLiteral("80.00"));
        QVERIFY(!child<QCheckBox>(dialog, "weekday_1")->isVisibleTo(dialog));
        setCombo(dialog, "classRoom", s.roomB.id);
        setCombo(dialog, "classInstructor", s.liWei);
        child<QDateEdit>(dialog, "classFirstDate")->setDate(QDate(2026, 3, 7));
        child<QTimeEdit>(dialog, "classStart")->setTime(QTime(14, 0));
        child<QTimeEdit>(dialog, "classEnd")->setTime(QTime(16, 0));
        dialog->updatePreview();
        QTRY_VERIFY(!dialog->isPreviewPending());
        QCOMPARE(child<QListWidget>(dialog, "sessionPreview")->count(), 1);
        QTest::mouseClick(child<QPushButton>(dialog, "classSaveButton"), Qt::LeftButton);
        QTRY_VERIFY(!openedDialog<ui::ClassDialog>(page));
        ClassFilter filter;
        filter.courseId = s.workshop;
        const QList<CourseClass> created = ScheduleService::classes(s.center.db(), filter).value();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().sessionCount, 1);
        QCOMPARE(created.first().dropInPrice, std::optional<Money>(Money::fromMajor(80)));
        QTRY_VERIFY(
            cell(page, QStringLiteral("Room B"), Sat).contains(QStringLiteral("14:00–16:00 Calligraphy Taster")));
    }

    void enrollingPastCapacityPutsTheStudentOnTheWaitlist()
    {
        Scene s;
        const qint64 liLei = test::addStudent(s.center, QStringLiteral("Li Lei"));
        test::addStudent(s.center, QStringLiteral("Han Meimei"));
        const qint64 wangFang = test::addStudent(s.center, QStringLiteral("Wang Fang"));
        auto* page = s.open(Role::FrontDesk);
        QTRY_VERIFY(weekReady(page));
        page->selectSession(s.sessionOf(s.olympiad, 0));
        QCOMPARE(page->currentSession()->className, QStringLiteral("Olympiad Tue/Thu"));
        QTest::mouseClick(child<QPushButton>(page, "enrollStudentsButton"), Qt::LeftButton);
        auto* dialog = openedDialog<ui::EnrollmentDialog>(page);
        QVERIFY(dialog);
        QCOMPARE(
            child<QLabel>(dialog, "enrollSeats")->text(), QStringLiteral("0 of 2 seats taken · 0 on the waitlist"));

        auto* search = child<QLineEdit>(dialog, "enrollSearch");
        auto* outcome = child<QLabel>(dialog, "enrollOutcome");
        const auto enroll = [&](const QString& student) {
            search->clear();
            QTest::keyClicks(search, student);
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_VERIFY(!dialog->searchModel()->isLoading());
            QCOMPARE(dialog->searchModel()->rowCount(), 1);
            QTRY_VERIFY(child<QPushButton>(dialog, "enrollButton")->isEnabled());
            QTest::mouseClick(child<QPushButton>(dialog, "enrollButton"), Qt::LeftButton);
        };
        enroll(QStringLiteral("Li Lei"));
        QCOMPARE(outcome->text(), QStringLiteral("Li Lei is enrolled."));
        enroll(QStringLiteral("Han Meimei"));
        QCOMPARE(outcome->text(), QStringLiteral("Han Meimei is enrolled."));
        enroll(QStringLiteral("Wang Fang"));
        QCOMPARE(outcome->text(), QStringLiteral("The class is full: Wang Fang is on the waitlist, number 1."));
        QCOMPARE(
            child<QLabel>(dialog, "enrollSeats")->text(), QStringLiteral("2 of 2 seats taken · 1 on the waitlist"));
        auto* list = child<QTreeWidget>(dialog, "enrollmentList");
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("Wang Fang"));
        QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Waitlisted"));
        QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("1"));
        QCOMPARE(EnrollmentService::find(s.center.db(), s.olympiad.id, wangFang).value()->status,
            EnrollmentStatus::Waitlisted);
        // The week shows the class full.
        QTRY_VERIFY(cell(page, QStringLiteral("Room A"), Tue).contains(QStringLiteral("(2/2)")));

        // Li Lei withdraws: the seat goes to Wang Fang.
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == QStringLiteral("Li Lei"))
                list->setCurrentItem(list->topLevelItem(i));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(dialog, "withdrawButton"), Qt::LeftButton);
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Li Lei")));
        QCOMPARE(outcome->text(), QStringLiteral("Li Lei is withdrawn. Wang Fang got the seat from the waitlist."));
        QCOMPARE(EnrollmentService::find(s.center.db(), s.olympiad.id, wangFang).value()->status,
            EnrollmentStatus::Enrolled);
        QCOMPARE(
            EnrollmentService::find(s.center.db(), s.olympiad.id, liLei).value()->status, EnrollmentStatus::Dropped);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(
            child<QLabel>(dialog, "enrollSeats")->text(), QStringLiteral("2 of 2 seats taken · 0 on the waitlist"));
        dialog->reject();
    }

    void cancelASessionAndScheduleItsMakeup()
    {
        Scene s;
        auto* page = s.open(Role::Admin);
        QTRY_VERIFY(weekReady(page));
        const qint64 tuesday = s.sessionOf(s.olympiad, 0);
        page->selectSession(tuesday);
        auto* makeupButton = child<QPushButton>(page, "makeupSessionButton");
        QVERIFY(!makeupButton->isEnabled()); // only a cancelled session gets a makeup
        QTest::mouseClick(child<QPushButton>(page, "cancelSessionButton"), Qt::LeftButton);
        auto* cancel = openedDialog<ui::CancelSessionDialog>(page);
        QVERIFY(cancel);

        // No reason, no cancellation.
        QTest::mouseClick(child<QPushButton>(cancel, "cancelConfirmButton"), Qt::LeftButton);
        QVERIFY(cancel->isVisible());
        QVERIFY(child<QLabel>(cancel, "cancelError")->text().contains(QStringLiteral("Say why")));
        QCOMPARE(ScheduleService::sessionById(s.center.db(), tuesday)->status, SessionStatus::Scheduled);

        QTest::keyClicks(child<QLineEdit>(cancel, "cancelReason"), QStringLiteral("Instructor ill"));
        QVERIFY(child<QCheckBox>(cancel, "cancelMakeupNext")->isChecked());
        QTest::mouseClick(child<QPushButton>(cancel, "cancelConfirmButton"), Qt::LeftButton);
        const Session cancelled = ScheduleService::sessionById(s.center.db(), tuesday).value();
        QCOMPARE(cancelled.status, SessionStatus::Cancelled);
        QCOMPARE(cancelled.cancelReason, QStringLiteral("Instructor ill"));
        QTRY_VERIFY(cell(page, QStringLiteral("Room A"), Tue).contains(QStringLiteral("cancelled")));

        // The makeup dialog follows; Wednesday morning in Room B clashes with the Reading Circle.
        auto* makeup = openedDialog<ui::MakeupDialog>(page);
        QVERIFY(makeup);
        setCombo(makeup, "makeupRoom", s.roomB.id);
        child<QDateEdit>(makeup, "makeupDate")->setDate(QDate(2026, 3, 4));
        child<QTimeEdit>(makeup, "makeupStart")->setTime(QTime(10, 30));
        child<QTimeEdit>(makeup, "makeupEnd")->setTime(QTime(11, 30));
        QVERIFY(makeup->hasClashes());
        QVERIFY2(child<QLabel>(makeup, "makeupClashes")
                     ->text()
                     .contains(QStringLiteral("Room B is already used by the class “Reading Circle”")),
            qPrintable(child<QLabel>(makeup, "makeupClashes")->text()));
        auto* save = child<QPushButton>(makeup, "makeupSaveButton");
        QVERIFY(!save->isEnabled());

        // Saturday evening in Room A is free.
        setCombo(makeup, "makeupRoom", s.roomA.id);
        child<QDateEdit>(makeup, "makeupDate")->setDate(QDate(2026, 3, 7));
        child<QTimeEdit>(makeup, "makeupStart")->setTime(QTime(19, 0));
        child<QTimeEdit>(makeup, "makeupEnd")->setTime(QTime(21, 0));
        QVERIFY(!makeup->hasClashes());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!openedDialog<ui::MakeupDialog>(page));

        const QList<Session> sessions = ScheduleService::sessionsOfClass(s.center.db(), s.olympiad.id).value();
        QCOMPARE(sessions.size(), 5);
        const auto made = std::find_if(
            sessions.begin(), sessions.end(), [tuesday](const Session& x) { return x.makeupOfId == tuesday; });
        QVERIFY(made != sessions.end());
        QCOMPARE(made->localDate, QDate(2026, 3, 7));
        QTRY_VERIFY(cell(page, QStringLiteral("Room A"), Sat).contains(QStringLiteral("makeup")));
        QVERIFY(cell(page, QStringLiteral("Room A"), Sat).contains(QStringLiteral("19:00–21:00 Olympiad Tue/Thu")));

        // The cancelled session stays in the week, struck out, and cannot be cancelled again.
        page->selectSession(tuesday);
        QVERIFY(page->currentSession()->isCancelled());
        QVERIFY(!child<QPushButton>(page, "cancelSessionButton")->isEnabled());
        QVERIFY(child<QLabel>(page, "sessionDetails")->text().contains(QStringLiteral("Instructor ill")));
    }

    void anInstructorCannotCreateOrChangeClasses()
    {
        Scene s;
        auto* page = s.open(Role::Instructor);
        QTRY_VERIFY(weekReady(page));
        for (const char* name : {"newClassButton", "newWorkshopButton", "cancelSessionButton", "makeupSessionButton"})
            QVERIFY2(child<QPushButton>(page, name)->isHidden(), name);
        QVERIFY(!page->newClass());
        QVERIFY(!page->newWorkshop());
        page->selectSession(s.sessionOf(s.olympiad, 0));
        QVERIFY(!page->cancelSession());
        // They see who is in the class, but do not enroll or withdraw.
        auto* students = child<QPushButton>(page, "enrollStudentsButton");
        QVERIFY(students->isVisible());
        QCOMPARE(students->text(), QStringLiteral("Class &Students…"));
        auto* dialog = page->enrollStudents();
        QVERIFY(dialog);
        QVERIFY(!child<QLineEdit>(dialog, "enrollSearch")->isVisibleTo(dialog));
        QVERIFY(!child<QPushButton>(dialog, "withdrawButton")->isVisibleTo(dialog));
        dialog->reject();
        // And the core refuses it anyway.
        ClassSpec spec;
        spec.courseId = s.course;
        spec.name = QStringLiteral("Sneaky");
        spec.instructorId = s.teacher;
        spec.roomId = s.roomB.id;
        spec.capacity = 4;
        spec.startDate = QDate(2026, 3, 9);
        spec.recurrence = Recurrence::once(QDate(2026, 3, 9), QTime(8, 0), QTime(9, 0));
        QCOMPARE(ScheduleService::createClass(s.center.instructor(), spec).error().kind, Error::Kind::Forbidden);

        // A front desk clerk enrolls but does not schedule.
        Scene clerk;
        auto* deskPage = clerk.open(Role::FrontDesk);
        QTRY_VERIFY(weekReady(deskPage));
        QVERIFY(child<QPushButton>(deskPage, "newClassButton")->isHidden());
        QVERIFY(child<QPushButton>(deskPage, "cancelSessionButton")->isHidden());
        QCOMPARE(child<QPushButton>(deskPage, "enrollStudentsButton")->text(), QStringLiteral("&Enroll Students…"));
    }
};

QTEST_MAIN(TestSchedulePage)
#include "tst_schedulepage.moc"
