#include "DeskFixture.h"
#include "common/Dialogs.h"
#include "shell/MainWindow.h"
#include "students/StudentDetailPanel.h"
#include "students/StudentDialog.h"
#include "students/StudentListModel.h"
#include "students/StudentsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList names(const ui::StudentListModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, ui::StudentListModel::Name).data().toString());
    return list;
}

// Waits for the worker's answer to the current search (first page and count).
bool settled(const ui::StudentListModel* model)
{
    return QTest::qWaitFor([model] { return !model->isLoading() && model->totalCount() >= 0; });
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

class TestStudentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateDeskSettings(); }

    void listsTheWholeTableInPagesFromTheWorker()
    {
        test::TestCenter center;
        test::addManyStudents(center, QStringLiteral("Student"), 450);
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Students);
        auto* model = window.studentsPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(settled(model));
        QCOMPARE(model->totalCount(), 450);
        QVERIFY(model->rowCount() >= ui::StudentListModel::kPageSize); // the view may already have asked for more
        QTRY_COMPARE(child<QLabel>(&window, "studentCount")->text(), QStringLiteral("450 students"));

        // Scrolling to the end fetches the remaining pages.
        auto* table = child<QTableView>(&window, "studentTable");
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            table->scrollToBottom();
            return model->rowCount() == 450;
        }()),
            20000);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->index(449, ui::StudentListModel::Name).data().toString(), QStringLiteral("Student 0450"));
        // Every student once.
        const QStringList all = names(model);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 450);
    }

    void searchesWhileTypingAndFilters()
    {
        test::TestCenter center;
        test::addManyStudents(center, QStringLiteral("Chen"), 30, {QStringLiteral("piano")});
        const qint64 zhang = test::addStudent(
            center, QStringLiteral("Zhang Wei"), QStringLiteral("13800138000"), {QStringLiteral("python")});
        test::addStudent(center, QStringLiteral("Zhang Min"), QStringLiteral("13911112222"), {QStringLiteral("piano")},
            StudentStatus::Paused);
        test::addStudent(center, QStringLiteral("Li Na"), QStringLiteral("13700001111"));
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* model = window.studentsPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settled(model));
        QCOMPARE(model->totalCount(), 33);

        // Ctrl+F puts the cursor in the search field from anywhere.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(&window, "studentSearch");
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("zhang"));
        QTRY_COMPARE(names(model), (QStringList {QStringLiteral("Zhang Min"), QStringLiteral("Zhang Wei")}));
        QVERIFY(settled(model));
        QCOMPARE(model->totalCount(), 2);

        // Status filter: only the active Zhang.
        auto* status = child<QComboBox>(&window, "studentStatusFilter");
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        QTRY_COMPARE(names(model), QStringList {QStringLiteral("Zhang Wei")});

        // A phone fragment, then Enter selects the match and shows its details.
        status->setCurrentIndex(0);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("0013800"));
        QTest::keyClick(search, Qt::Key_Return);
        auto* detail = child<ui::StudentDetailPanel>(&window, "studentDetail");
        QTRY_COMPARE(detail->studentId(), zhang);
        QCOMPARE(child<QLabel>(&window, "studentDetailName")->text(), QStringLiteral("Zhang Wei"));
        QCOMPARE(window.studentsPage()->currentStudentId(), zhang);

        // The interests in use are offered as a filter.
        search->clear();
        auto* tag = child<QComboBox>(&window, "studentTagFilter");
        QTRY_VERIFY(tag->findData(QStringLiteral("piano")) > 0);
        QVERIFY(tag->findData(QStringLiteral("python")) > 0);
        tag->setCurrentIndex(tag->findData(QStringLiteral("python")));
        QTRY_COMPARE(names(model), QStringList {QStringLiteral("Zhang Wei")});
        tag->setCurrentIndex(tag->findData(QStringLiteral("piano")));
        QVERIFY(settled(model));
        QTRY_COMPARE(model->totalCount(), 31);

        // Nothing matches: an empty list and a plain sentence.
        tag->setCurrentIndex(0);
        QTest::keyClicks(search, QStringLiteral("Nobody Here"));
        QTRY_COMPARE(child<QLabel>(&window, "studentCount")->text(), QStringLiteral("No student matches."));
        QCOMPARE(model->rowCount(), 0);
    }

    void answersToAnOlderSearchAreDropped()
    {
        test::TestCenter center;
        test::addManyStudents(center, QStringLiteral("Alpha"), 5);
        test::addManyStudents(center, QStringLiteral("Beta"), 3);
        ui::StudentListModel model(center.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy firstPages(&model, &ui::StudentListModel::firstPageLoaded);
        // Three searches in a row, faster than the worker answers; only the last one may show.
        model.setFilter({QStringLiteral("Alpha"), {}, {}, 0});
        model.setFilter({QString(), {}, {}, 0});
        model.setFilter({QStringLiteral("Beta"), {}, {}, 0});
        QVERIFY(settled(&model));
        QCOMPARE(firstPages.count(), 1);
        QCOMPARE(names(&model),
            (QStringList {QStringLiteral("Beta 0001"), QStringLiteral("Beta 0002"), QStringLiteral("Beta 0003")}));
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.headerData(ui::StudentListModel::Code, Qt::Horizontal).toString(), QStringLiteral("Code"));
        QVERIFY(model.index(0, ui::StudentListModel::Code).data().toString().startsWith(QLatin1Char('S')));
        QVERIFY(model.studentId(0) > 0);
        QCOMPARE(model.rowOf(model.studentId(2)), 2);
    }

    void createsAStudentWithAGuardianThroughTheDialog()
    {
        test::TestCenter center;
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 studentsBefore = center.count(QStringLiteral("students"));

        int attempts = 0;
        QString guardianProblem;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::StudentDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            typeText(child<QLineEdit>(dialog, "studentName"), QStringLiteral("王小明"));
            QTest::keyClicks(child<QLineEdit>(dialog, "studentPhone"), QStringLiteral("138 0013 8000"));
            auto* birth = child<QLineEdit>(dialog, "studentBirthDate");
            QTest::keyClicks(birth, QStringLiteral("2015-06-01"));
            // Leaving the birth date of a minor offers a guardian row at once. (The offscreen platform does not
            // move focus between windows, so the focus leaves by an event.)
            QFocusEvent leave(QEvent::FocusOut, Qt::TabFocusReason);
            QApplication::sendEvent(birth, &leave);
            typeText(child<QLineEdit>(dialog, "studentTags"), QStringLiteral("piano, 编程"));
            typeText(child<QLineEdit>(dialog, "guardianName0"), QStringLiteral("王芳"));
            QTest::keyClicks(child<QLineEdit>(dialog, "guardianRelation0"), QStringLiteral("mother"));
            QTest::keyClicks(child<QLineEdit>(dialog, "guardianPhone0"), QStringLiteral("12345"));
            auto* consent = child<QComboBox>(dialog, "studentConsentData");
            consent->setCurrentIndex(consent->findData(1));
            // A bad guardian phone: refused, said under the guardians, nothing saved.
            QTest::mouseClick(child<QPushButton>(dialog, "studentSave"), Qt::LeftButton);
            ++attempts;
            guardianProblem = child<QLabel>(dialog, "studentGuardiansError")->text();
            if (!dialog->isVisible())
                return;
            child<QLineEdit>(dialog, "guardianPhone0")->clear();
            QTest::keyClicks(child<QLineEdit>(dialog, "guardianPhone0"), QStringLiteral("13900001111"));
            QTest::keyClick(child<QLineEdit>(dialog, "guardianPhone0"), Qt::Key_Return);
            ++attempts;
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);

        QCOMPARE(attempts, 2);
        QVERIFY2(guardianProblem.contains(QStringLiteral("12345")), qPrintable(guardianProblem));
        QCOMPARE(center.count(QStringLiteral("students")), studentsBefore + 1);
        auto* detail = child<ui::StudentDetailPanel>(&window, "studentDetail");
        QVERIFY(detail->studentId() > 0);
        auto student = StudentService::byId(center.db(), detail->studentId());
        QVERIFY(student.ok());
        QCOMPARE(student->name, QStringLiteral("王小明"));
        QCOMPARE(student->birthDate, QDate(2015, 6, 1));
        QCOMPARE(student->tags.size(), 2);
        QCOMPARE(student->guardians.size(), 1);
        QCOMPARE(student->guardians.first().name, QStringLiteral("王芳"));
        QCOMPARE(student->guardians.first().relation, QStringLiteral("mother"));
        auto consent = StudentService::currentConsent(center.db(), student->id, ConsentKind::DataProcessing);
        QVERIFY(consent.ok() && consent.value().has_value());
        QVERIFY(consent.value()->granted);
        QCOMPARE(consent.value()->recordedBy, center.actor(Role::FrontDesk).staffId);
        QVERIFY(!StudentService::currentConsent(center.db(), student->id, ConsentKind::Marketing).value().has_value());
        // The list shows the new student.
        auto* model = window.studentsPage()->model();
        QTRY_VERIFY(model->rowOf(student->id) >= 0);
        QCOMPARE(child<QLabel>(&window, "studentGuardians")->text().contains(QStringLiteral("王芳")), true);
    }

    void editingShowsTheServicesComplaintNextToTheFieldAndKeepsTheStudent()
    {
        test::TestCenter center;
        const qint64 id = test::addStudent(center, QStringLiteral("Li Na"), QStringLiteral("13700001111"));
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::StudentDialog dialog(*desk, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(&dialog, "studentName")->text(), QStringLiteral("Li Na"));

        auto* email = child<QLineEdit>(&dialog, "studentEmail");
        QTest::keyClicks(email, QStringLiteral("not-an-email"));
        child<QLineEdit>(&dialog, "studentName")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "studentName"), QStringLiteral("Li Na B"));
        QTest::keyClick(email, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        auto* emailError = child<QLabel>(&dialog, "studentEmailError");
        QVERIFY(!emailError->isHidden());
        QVERIFY(emailError->text().contains(QStringLiteral("not-an-email")));
        QCOMPARE(QApplication::focusWidget(), email);
        QCOMPARE(StudentService::byId(center.db(), id)->name, QStringLiteral("Li Na")); // nothing changed

        // A birth date the desk cannot read is caught before the service.
        email->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "studentBirthDate"), QStringLiteral("next tuesday"));
        QTest::keyClick(email, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(emailError->isHidden());
        QVERIFY(!child<QLabel>(&dialog, "studentBirthDateError")->isHidden());

        child<QLineEdit>(&dialog, "studentBirthDate")->clear();
        QTest::keyClick(email, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(StudentService::byId(center.db(), id)->name, QStringLiteral("Li Na B"));
    }

    void aBadCsvImportChangesNothingAndListsTheLines()
    {
        test::TestCenter center;
        test::addStudent(center, QStringLiteral("Already Here"));
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* import = window.findChild<QAction*>(QStringLiteral("importStudentsAction"));
        QVERIFY(import && import->isVisible());
        const qint64 before = center.count(QStringLiteral("students"));

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("students.csv"));
        QVERIFY(writeFile(bad,
            "name,phone,birth_date\nGood One,13800138000,\nBad Phone,12345,\n"
            "Bad Date,,2015-13-45\n"));
        ui::FileDialog::setNextFileName(bad);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        import->trigger();
        QCOMPARE(center.count(QStringLiteral("students")), before);
        const QString report = ui::MessageBox::lastText();
        QVERIFY2(report.contains(QStringLiteral("students.csv:3:")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("students.csv:4:")), qPrintable(report));
        QVERIFY(!report.contains(QStringLiteral("students.csv:2:")));

        // Corrected, the same file goes in whole (UTF-8 with a BOM, as Excel writes it).
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(writeFile(good, "\xEF\xBB\xBFname,phone\n\xE5\xBC\xA0\xE4\xB8\x89,13800138000\nLi Si,13900139000\n"));
        ui::FileDialog::setNextFileName(good);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        import->trigger();
        QCOMPARE(center.count(QStringLiteral("students")), before + 2);
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("2 students imported")),
            qPrintable(ui::MessageBox::lastText()));
        // The list picks them up.
        QTRY_COMPARE(window.studentsPage()->model()->totalCount(), before + 2);
    }

    void exportAndBackupWriteFiles()
    {
        test::TestCenter center;
        test::addStudent(center, QStringLiteral("Zhao Lei"), QStringLiteral("13800138000"));
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::MainWindow window(*desk);
        QTemporaryDir dir;

        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        ui::FileDialog::setNextFileName(csv);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction*>(QStringLiteral("exportStudentsAction"))->trigger();
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("Zhao Lei"));

        const QString copy = dir.filePath(QStringLiteral("backup.sqlite"));
        ui::FileDialog::setNextFileName(copy);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction*>(QStringLiteral("backupAction"))->trigger();
        auto backup = Database::openExisting(copy);
        QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message));
        QCOMPARE(backup.value()->scalar(QStringLiteral("SELECT count(*) FROM students")).value().toInt(), 1);

        // An instructor is offered neither.
        desk->signIn(center.actor(Role::Instructor));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("importStudentsAction"))->isVisible());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("backupAction"))->isVisible());
    }

    void removingTheOnlyGuardianOfAMinorIsRefusedAsAWhole()
    {
        test::TestCenter center;
        StudentProfile p;
        p.name = QStringLiteral("Xiao Hu");
        p.birthDate = QDate(2016, 1, 1);
        auto student = StudentService::create(center.admin(), p,
            {Guardian {0, {}, QStringLiteral("Hu Ma"), QStringLiteral("mother"), QStringLiteral("13900001111")}});
        QVERIFY(student.ok());
        auto desk = test::signedInDesk(center, Role::FrontDesk);
        ui::StudentDialog dialog(*desk, student->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "studentName")->setText(QStringLiteral("Xiao Hu Renamed"));
        QTest::mouseClick(child<QPushButton>(&dialog, "guardianRemove0"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "studentSave"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, "studentGuardiansError")->isHidden());
        // The rename went back with the refused removal.
        const Student after = StudentService::byId(center.db(), student->id).value();
        QCOMPARE(after.name, QStringLiteral("Xiao Hu"));
        QCOMPARE(after.guardians.size(), 1);
    }
};

QTEST_MAIN(TestStudentsPage)
#include "tst_studentspage.moc"
