#include "DeskFixture.h"
#include "demo/DemoCenter.h"
#include "insights/InsightsPage.h"
#include "insights/StudentInsightsSection.h"
#include "shell/MainWindow.h"
#include "students/StudentDetailPanel.h"
#include "students/StudentsPage.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace td;

namespace {

const QDate kToday(2026, 12, 3);

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// A demo center of 300 students on its "today", and a desk signed in as its administrator.
struct DemoDesk
{
    DemoDesk()
    {
        center.clock().set(QDateTime(kToday, QTime(10, 0), QTimeZone("Asia/Shanghai")));
        DemoOptions options;
        options.students = 300;
        options.today = kToday;
        if (!DemoCenter::build(center.db(), options))
            qFatal("cannot build the demo center");
        auto admin
            = center.db().exec(QStringLiteral("SELECT id, username, display_name FROM staff WHERE username = 'admin'"));
        if (!admin || !admin.value().next())
            qFatal("no demo admin");
        const Actor actor {admin.value().value(0).toLongLong(), admin.value().value(1).toString(),
            admin.value().value(2).toString(), Role::Admin};
        auto db = Database::open(center.path());
        if (!db)
            qFatal("cannot open the demo database");
        desk = std::make_unique<ui::Desk>(std::move(db.value()), center.clock());
        desk->signIn(actor);
    }

    test::TestCenter center;
    std::unique_ptr<ui::Desk> desk;
};

} // namespace

class TestInsightsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateDeskSettings(); }

    void trainingFillsTheTablesAndTheStudentPanel()
    {
        DemoDesk demo;
        ui::MainWindow window(*demo.desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Page::Insights);
        auto* page = qobject_cast<ui::InsightsPage*>(window.page(ui::MainWindow::Page::Insights));
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("insightsPage"));
        auto* risk = child<QTableView>(page, "insightsRiskTable");
        auto* buyers = child<QTableView>(page, "insightsBuyersTable");
        QAbstractItemModelTester riskTester(risk->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester buyersTester(buyers->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* summary = child<QLabel>(page, "insightsSummary");
        // Nothing trained yet: the page says so and the tables are empty.
        QTRY_VERIFY(summary->text().contains(QStringLiteral("train")));
        QCOMPARE(risk->model()->rowCount(), 0);

        auto* train = child<QPushButton>(page, "insightsTrainButton");
        auto* cancel = child<QPushButton>(page, "insightsCancelButton");
        QVERIFY(train->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QTest::mouseClick(train, Qt::LeftButton);
        QVERIFY(page->isTraining());
        QVERIFY(!train->isEnabled());
        QVERIFY(cancel->isEnabled());
        // The window stays responsive while the worker trains.
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 300000);
        QTRY_VERIFY(risk->model()->rowCount() > 10);
        QCOMPARE(risk->model()->rowCount(), buyers->model()->rowCount());
        QVERIFY(summary->text().contains(QStringLiteral("AUC")));
        const auto percent
            = [](QAbstractItemModel* m, int row) { return m->index(row, 2).data().toString().chopped(1).toDouble(); };
        QVERIFY(percent(risk->model(), 0) >= percent(risk->model(), risk->model()->rowCount() - 1));
        QVERIFY(!risk->model()->index(0, 3).data().toString().isEmpty());
        QVERIFY(!risk->model()->index(0, 1).data().toString().isEmpty());
        QVERIFY(!child<QChartView>(page, "insightsChart")->chart()->series().isEmpty());
        QCOMPARE(demo.center.count(QStringLiteral("trained_models")), 3);

        // Enter on a row opens the student; the detail panel shows what to offer and the risk.
        risk->setFocus();
        risk->setCurrentIndex(risk->model()->index(0, 0));
        QTest::keyClick(risk, Qt::Key_Return);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Students);
        auto* panel = window.studentsPage()->detailPanel();
        QTRY_COMPARE(panel->studentId(), risk->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
        auto* section = panel->section(ui::StudentDetailPanel::Slot::Recommendations);
        QVERIFY(section);
        auto* text = child<QLabel>(section, "studentRecommendations");
        QTRY_VERIFY_WITH_TIMEOUT(text->text().contains(QStringLiteral("Churn risk")), 30000);
        QVERIFY(text->text().contains(QStringLiteral("Worth offering")));
    }

    void cancellingKeepsNothing()
    {
        DemoDesk demo;
        ui::InsightsPage page(*demo.desk);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(child<QPushButton>(&page, "insightsTrainButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&page, "insightsCancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 120000);
        QVERIFY(child<QLabel>(&page, "insightsStage")->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(demo.center.count(QStringLiteral("trained_models")), 0);
        QVERIFY(child<QPushButton>(&page, "insightsTrainButton")->isEnabled());
    }
};

QTEST_MAIN(TestInsightsPage)
#include "tst_insightspage.moc"
