#include "../DeskFixture.h"
#include "attendance/AttendanceService.h"
#include "attendance/CheckInPage.h"
#include "attendance/ClassHourLedger.h"
#include "billing/DailyCloseDialog.h"
#include "billing/PaymentService.h"
#include "billing/PaymentsModel.h"
#include "billing/PaymentsPage.h"
#include "billing/ReceiptDialog.h"
#include "billing/RefundDialog.h"
#include "billing/SaleDialog.h"
#include "catalog/CatalogService.h"
#include "common/Dialogs.h"
#include "core/attendance/AttendanceFixture.h"
#include "schedule/EnrollmentService.h"
#include "schedule/SchedulePage.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

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

template <typename T> T* modal()
{
    return qobject_cast<T*>(QApplication::activeModalWidget());
}

QString text(QObject* parent, const char* label)
{
    return child<QLabel>(parent, label)->text();
}

void type(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, text);
}

bool isPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() > 1000 && file.read(5) == QByteArray("%PDF-");
}

// A center with Li Lei, a 10-hour "Algebra" pack for 1,200.00 (valid 90 days) and a 30.00 workbook.
struct Scene
{
    test::TestCenter center;
    qint64 student = 0;
    qint64 pack = 0;
    qint64 workbook = 0;
    std::unique_ptr<ui::Desk> desk;
    std::unique_ptr<ui::MainWindow> window;

    Scene()
    {
        student = test::addStudent(center, QStringLiteral("Li Lei"), QStringLiteral("13800001111"));
        CatalogItem item;
        item.kind = CatalogItem::Kind::OfflineCourse;
        item.title = QStringLiteral("Algebra");
        item.category = QStringLiteral("math");
        item.price = Money::fromMajor(1200);
        item.classHours = ClassHours::fromHours(10);
        item.durationDays = 90;
        pack = CatalogService::create(center.admin(), item).value().id;
        item.kind = CatalogItem::Kind::Ebook;
        item.title = QStringLiteral("Algebra workbook");
        item.price = Money::fromMajor(30);
        item.classHours = {};
        item.durationDays = 0;
        workbook = CatalogService::create(center.admin(), item).value().id;
    }

    ui::PaymentsPage* open(Role role)
    {
        window.reset(); // before the desk it works on
        desk = test::signedInDesk(center, role);
        window = std::make_unique<ui::MainWindow>(*desk);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window not active");
        window->showPage(ui::MainWindow::Page::Payments);
        return qobject_cast<ui::PaymentsPage*>(window->page(ui::MainWindow::Page::Payments));
    }

    // A sale made at the core, as another desk would have.
    Sale sell(const Context& ctx, qint64 itemId, SaleLineKind kind, PaymentMethod method)
    {
        SaleLineInput line;
        line.kind = kind;
        line.itemId = itemId;
        SaleInput in;
        in.studentId = student;
        in.lines = {line};
        in.method = method;
        return PaymentService::sell(ctx, in).value();
    }

    ClassHours hoursOfStudent(qint64 studentId)
    {
        ClassHours total;
        for (const ClassHourPack& p : ClassHourLedger::packsOfStudent(center.db(), studentId).value())
            total = total + p.balance;
        return total;
    }
};

void selectRow(ui::PaymentsPage* page, const QString& receiptNo)
{
    auto* table = child<QTableView>(page, "paymentsTable");
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->sale(row)->receiptNo == receiptNo) {
            table->selectRow(row);
            return;
        }
    }
    qFatal("no row for %s", qPrintable(receiptNo));
}

} // namespace

class TestPaymentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateDeskSettings(); }

    void sellsAPackWithF3AndSavesTheReceiptAsPdf()
    {
        Scene s;
        auto* page = s.open(Role::FrontDesk);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(page->date(), kToday);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));

        QString student;
        QString change;
        QString total;
        QString receiptText;
        bool saved = false;
        bool searchFocused = false;
        bool itemFocused = false;
        int lines = 0;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = modal<ui::SaleDialog>();
            if (!dialog)
                return;
            QAbstractItemModelTester linesTester(
                dialog->lines(), QAbstractItemModelTester::FailureReportingMode::Warning);
            // Keyboard only: a name, Enter picks; the pack is chosen and Enter adds it; cash, Enter sells.
            auto* search = child<QLineEdit>(dialog, "saleStudentSearch");
            searchFocused = QTest::qWaitFor([search] { return search->hasFocus(); }, 2000);
            QTest::keyClicks(search, QStringLiteral("Li L"));
            QTest::keyClick(search, Qt::Key_Return);
            student = text(dialog, "saleStudent");
            auto* item = child<QComboBox>(dialog, "saleItem");
            itemFocused = QTest::qWaitFor([item] { return item->hasFocus(); }, 2000);
            item->setCurrentIndex(item->findData(s.pack));
            QTest::keyClick(item, Qt::Key_Return);
            lines = dialog->lines()->rowCount();
            total = text(dialog, "saleTotal");
            auto* tendered = child<QLineEdit>(dialog, "saleTendered");
            type(tendered, QStringLiteral("1300"));
            change = text(dialog, "saleChange");
            QTimer::singleShot(0, this, [&] {
                auto* receipt = modal<ui::ReceiptDialog>();
                if (!receipt)
                    return;
                receiptText = receipt->text();
                ui::FileDialog::setNextFileName(pdf);
                QTest::mouseClick(child<QPushButton>(receipt, "receiptSavePdf"), Qt::LeftButton);
                saved = QFile::exists(pdf);
                receipt->reject();
            });
            QTest::keyClick(tendered, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
        child<QAction>(s.window.get(), "newSaleAction")->trigger();

        QVERIFY(searchFocused);
        QVERIFY(itemFocused);
        QCOMPARE(lines, 1);
        QVERIFY2(student.contains(QStringLiteral("Li Lei")), qPrintable(student));
        QVERIFY2(total.contains(QStringLiteral("1,200.00")), qPrintable(total));
        QVERIFY2(change.contains(QStringLiteral("100.00")), qPrintable(change));
        QCOMPARE(s.center.count(QStringLiteral("sales")), 1);
        const Sale sale = PaymentService::salesOfStudent(s.center.db(), s.student).value().first();
        QCOMPARE(sale.receiptNo, QStringLiteral("R000001"));
        QCOMPARE(sale.total, Money::fromMajor(1200));
        QCOMPARE(sale.change, Money::fromMajor(100));
        QCOMPARE(sale.lines.first().expiresOn, kToday.addDays(90));
        QCOMPARE(s.hoursOfStudent(s.student), ClassHours::fromHours(10));

        QVERIFY2(receiptText.contains(QStringLiteral("R000001")), qPrintable(receiptText));
        QVERIFY(receiptText.contains(QStringLiteral("Algebra")));
        QVERIFY(receiptText.contains(QStringLiteral("Li Lei")));
        QVERIFY(saved);
        QVERIFY(isPdf(pdf));

        // The page shows the sale, found again by receipt number or student.
        QCOMPARE(s.window->currentPage(), ui::MainWindow::Page::Payments);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, ui::PaymentsModel::ReceiptNo).data().toString(), QStringLiteral("R000001"));
        QVERIFY(
            page->model()->index(0, ui::PaymentsModel::Total).data().toString().contains(QStringLiteral("1,200.00")));
        QCOMPARE(page->model()->index(0, ui::PaymentsModel::Method).data().toString(), QStringLiteral("Cash"));
        type(child<QLineEdit>(page, "paymentsSearch"), QStringLiteral("nobody"));
        QCOMPARE(page->model()->rowCount(), 0);
        type(child<QLineEdit>(page, "paymentsSearch"), QStringLiteral("R000001"));
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(text(page, "paymentsSummary").contains(QStringLiteral("1 sale")));
    }

    void cashTenderedShowsTheChangeAndTheDiscountTheTotal()
    {
        Scene s;
        s.open(Role::FrontDesk);
        ui::SaleDialog dialog(*s.desk);
        QAbstractItemModelTester tester(dialog.lines(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setStudent(s.student);
        dialog.addCatalogItem(s.pack);
        dialog.addCatalogItem(s.workbook);
        // two workbooks: the quantity typed in its cell
        QVERIFY(dialog.lines()->setData(dialog.lines()->index(1, ui::SaleLinesModel::Quantity), QStringLiteral("2")));
        QVERIFY(!dialog.lines()->setData(dialog.lines()->index(1, ui::SaleLinesModel::Quantity), QStringLiteral("x")));
        QVERIFY(text(&dialog, "saleTotal").contains(QStringLiteral("1,260.00")));

        auto* tendered = child<QLineEdit>(&dialog, "saleTendered");
        type(tendered, QStringLiteral("1500"));
        QVERIFY2(
            text(&dialog, "saleChange").contains(QStringLiteral("240.00")), qPrintable(text(&dialog, "saleChange")));
        type(tendered, QStringLiteral("1000"));
        QVERIFY2(text(&dialog, "saleChange").contains(QStringLiteral("260.00 short")),
            qPrintable(text(&dialog, "saleChange")));

        type(child<QLineEdit>(&dialog, "saleDiscount"), QStringLiteral("10%"));
        QVERIFY2(
            text(&dialog, "saleTotal").contains(QStringLiteral("1,134.00")), qPrintable(text(&dialog, "saleTotal")));
        type(tendered, QStringLiteral("1200"));
        QVERIFY(text(&dialog, "saleChange").contains(QStringLiteral("66.00")));

        // Not enough cash: the core refuses, said next to the cash field, nothing recorded.
        type(tendered, QStringLiteral("1000"));
        QTest::keyClick(tendered, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(text(&dialog, "saleTenderedError").contains(QStringLiteral("less than the total")),
            qPrintable(text(&dialog, "saleTenderedError")));
        QCOMPARE(s.center.count(QStringLiteral("sales")), 0);

        // Card: no cash field; the sale goes through with the discount.
        auto* method = child<QComboBox>(&dialog, "saleMethod");
        method->setCurrentIndex(method->findData(int(PaymentMethod::BankCard)));
        QVERIFY(!tendered->isVisibleTo(&dialog));
        QTest::keyClick(method, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.sale().total, Money::fromMajor(1134));
        QCOMPARE(dialog.sale().method, PaymentMethod::BankCard);
    }

    void aClerkRefundsPartOfASaleWithAnAdminsApproval()
    {
        Scene s;
        const Sale sale = s.sell(s.center.frontDesk(), s.pack, SaleLineKind::Pack, PaymentMethod::Cash);
        const Actor admin = s.center.actor(Role::Admin);
        auto* page = s.open(Role::FrontDesk);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        selectRow(page, sale.receiptNo);
        auto* refund = child<QPushButton>(page, "refundButton");
        QVERIFY(refund->isVisible());
        QVERIFY(refund->isEnabled());

        QString refundable;
        QString receiptText;
        bool approvalShown = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = modal<ui::RefundDialog>();
            if (!dialog)
                return;
            approvalShown = child<QGroupBox>(dialog, "refundApproval")->isVisible();
            refundable = text(dialog, "refundRefundable0");
            type(child<QLineEdit>(dialog, "refundAmount0"), QStringLiteral("200"));
            type(child<QLineEdit>(dialog, "refundHours0"), QStringLiteral("2"));
            type(child<QLineEdit>(dialog, "refundReason"), QStringLiteral("two lessons missed"));
            type(child<QLineEdit>(dialog, "approverUsername"), admin.username);
            type(child<QLineEdit>(dialog, "approverPassword"), QStringLiteral("password123"));
            QTimer::singleShot(0, this, [&] {
                if (auto* receipt = modal<ui::ReceiptDialog>()) {
                    receiptText = receipt->text();
                    receipt->reject();
                }
            });
            QTest::mouseClick(child<QPushButton>(dialog, "refundConfirm"), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(refund, Qt::LeftButton);

        QVERIFY(approvalShown);
        QCOMPARE(refundable, QStringLiteral("1,200.00"));
        auto refunds = PaymentService::refundsOf(s.center.db(), sale.id).value();
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().approvedById, admin.staffId);
        QCOMPARE(refunds.first().staffId, s.center.actor(Role::FrontDesk).staffId);
        QCOMPARE(refunds.first().total, -Money::fromMajor(200));
        QCOMPARE(refunds.first().reason, QStringLiteral("two lessons missed"));
        QCOMPARE(
            PaymentService::refundableAmount(s.center.db(), sale.lines.first().id).value(), Money::fromMajor(1000));
        QCOMPARE(s.hoursOfStudent(s.student), ClassHours::fromHours(8));
        QVERIFY2(receiptText.contains(QStringLiteral("Refund")), qPrintable(receiptText));
        QVERIFY(receiptText.contains(admin.displayName));
        QCOMPARE(page->model()->rowCount(), 2);

        // The refund dialog now offers only what remains.
        selectRow(page, sale.receiptNo);
        QTimer::singleShot(0, this, [&] {
            if (auto* dialog = modal<ui::RefundDialog>()) {
                refundable = text(dialog, "refundRefundable0");
                dialog->reject();
            }
        });
        QTest::mouseClick(refund, Qt::LeftButton);
        QCOMPARE(refundable, QStringLiteral("1,000.00"));
    }

    void aWrongAdminPasswordRefusesTheRefundAndChangesNothing()
    {
        Scene s;
        const Sale sale = s.sell(s.center.frontDesk(), s.pack, SaleLineKind::Pack, PaymentMethod::Cash);
        auto* page = s.open(Role::FrontDesk);
        selectRow(page, sale.receiptNo);
        const qint64 salesBefore = s.center.count(QStringLiteral("sales"));
        const qint64 entriesBefore = s.center.count(QStringLiteral("class_hour_entries"));

        QString problem;
        QString clerkAsApprover;
        bool stillOpen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = modal<ui::RefundDialog>();
            if (!dialog)
                return;
            type(child<QLineEdit>(dialog, "refundAmount0"), QStringLiteral("200"));
            type(child<QLineEdit>(dialog, "refundReason"), QStringLiteral("moving away"));
            type(child<QLineEdit>(dialog, "approverUsername"), s.center.actor(Role::Admin).username);
            type(child<QLineEdit>(dialog, "approverPassword"), QStringLiteral("not the password"));
            QTest::keyClick(child<QLineEdit>(dialog, "approverPassword"), Qt::Key_Return);
            stillOpen = dialog->isVisible();
            problem = text(dialog, "approverPasswordError");
            // A clerk's own password does not approve either.
            type(child<QLineEdit>(dialog, "approverUsername"), s.center.actor(Role::FrontDesk).username);
            type(child<QLineEdit>(dialog, "approverPassword"), QStringLiteral("password123"));
            QTest::keyClick(child<QLineEdit>(dialog, "approverPassword"), Qt::Key_Return);
            clerkAsApprover = text(dialog, "approverPasswordError");
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(page, "refundButton"), Qt::LeftButton);

        QVERIFY(stillOpen);
        QVERIFY2(problem.contains(QStringLiteral("password is wrong")), qPrintable(problem));
        QVERIFY2(clerkAsApprover.contains(QStringLiteral("not allowed to approve")), qPrintable(clerkAsApprover));
        QCOMPARE(s.center.count(QStringLiteral("sales")), salesBefore);
        QCOMPARE(s.center.count(QStringLiteral("class_hour_entries")), entriesBefore);
        QCOMPARE(
            PaymentService::refundableAmount(s.center.db(), sale.lines.first().id).value(), Money::fromMajor(1200));
    }

    void dailyCloseShowsTheTotalsByMethod()
    {
        Scene s;
        const Sale cash = s.sell(s.center.frontDesk(), s.pack, SaleLineKind::Pack, PaymentMethod::Cash);
        s.sell(s.center.frontDesk(), s.workbook, SaleLineKind::Course, PaymentMethod::WeChatPay);
        RefundInput back;
        back.saleId = cash.id;
        back.lines = {{cash.lines.first().id, Money::fromMajor(200), {}}};
        back.reason = QStringLiteral("discount agreed later");
        QVERIFY(PaymentService::refund(s.center.admin(), back).ok());

        auto* page = s.open(Role::Admin);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 3);
        QVERIFY2(text(page, "paymentsSummary").contains(QStringLiteral("2 sales, 1 refund, net CNY 1,030.00")),
            qPrintable(text(page, "paymentsSummary")));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("close.pdf"));
        QStringList cashRow;
        QStringList weChatRow;
        QStringList allRow;
        QString status;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = modal<ui::DailyCloseDialog>();
            if (!dialog)
                return;
            auto* table = child<QTableWidget>(dialog, "closeTotals");
            const auto row = [table](int r) {
                QStringList cells;
                for (int c = 0; c < table->columnCount(); ++c)
                    cells.append(table->item(r, c)->text());
                return cells;
            };
            cashRow = row(0);
            weChatRow = row(2);
            allRow = row(table->rowCount() - 1);
            ui::FileDialog::setNextFileName(pdf);
            QTest::mouseClick(child<QPushButton>(dialog, "closeSavePdf"), Qt::LeftButton);
            ui::MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(child<QPushButton>(dialog, "closeDayButton"), Qt::LeftButton);
            status = text(dialog, "closeStatus");
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(page, "dailyCloseButton"), Qt::LeftButton);

        QCOMPARE(cashRow,
            QStringList({QStringLiteral("Cash"), QStringLiteral("1"), QStringLiteral("CNY 1,200.00"),
                QStringLiteral("1"), QStringLiteral("CNY 200.00"), QStringLiteral("CNY 1,000.00")}));
        QCOMPARE(weChatRow,
            QStringList({QStringLiteral("WeChat Pay"), QStringLiteral("1"), QStringLiteral("CNY 30.00"),
                QStringLiteral("0"), QStringLiteral("CNY 0.00"), QStringLiteral("CNY 30.00")}));
        QCOMPARE(allRow,
            QStringList({QStringLiteral("All methods"), QStringLiteral("2"), QStringLiteral("CNY 1,230.00"),
                QStringLiteral("1"), QStringLiteral("CNY 200.00"), QStringLiteral("CNY 1,030.00")}));
        QVERIFY(isPdf(pdf));
        QVERIFY2(status.contains(QStringLiteral("Closed by")), qPrintable(status));
        QVERIFY(DailyClose::report(s.center.db(), kToday).value().closed);
    }

    void aStudentNotEnrolledBuysADropInAtCheckInAndIsCheckedIn()
    {
        Scene s;
        test::AttendanceFixture f(s.center);
        const qint64 course = f.course(QStringLiteral("Pottery"));
        const qint64 klass = f.klass(course);
        const qint64 session = f.session(klass, kToday, QTime(9, 0));
        QVERIFY(s.center.db()
                    .exec(QStringLiteral("UPDATE classes SET drop_in_price_minor = 8000 WHERE id = ?"), {klass})
                    .ok());
        const qint64 prepaid
            = ClassHourLedger::addPack(s.center.admin(), {s.student, course, {}, ClassHours::fromHours(3), {}, 0})
                  .value();
        const QString code = StudentService::byId(s.center.db(), s.student)->code;

        s.open(Role::FrontDesk);
        child<QAction>(s.window.get(), "checkInAction")->trigger();
        auto* checkIn = qobject_cast<ui::CheckInPage*>(s.window->page(ui::MainWindow::Page::CheckIn));
        QTest::keyClicks(child<QLineEdit>(checkIn, "scanField"), code);
        QTest::keyClick(child<QLineEdit>(checkIn, "scanField"), Qt::Key_Return);
        QVERIFY(text(checkIn, "resultTitle").contains(QStringLiteral("drop-in")));
        auto* dropIn = child<QPushButton>(checkIn, "dropInButton");
        QVERIFY(dropIn->isVisible());
        QCOMPARE(child<QComboBox>(checkIn, "dropInSession")->currentData().toLongLong(), session);

        QString student;
        QString line;
        QString total;
        bool cashFocused = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = modal<ui::SaleDialog>();
            if (!dialog)
                return;
            student = text(dialog, "saleStudent");
            line = dialog->lines()->index(0, ui::SaleLinesModel::Description).data().toString();
            total = text(dialog, "saleTotal");
            // prefilled: the cursor waits in the cash field, where Enter completes the sale
            cashFocused
                = QTest::qWaitFor([dialog] { return child<QLineEdit>(dialog, "saleTendered")->hasFocus(); }, 2000);
            auto* method = child<QComboBox>(dialog, "saleMethod");
            method->setCurrentIndex(method->findData(int(PaymentMethod::WeChatPay)));
            QTimer::singleShot(0, this, [&] {
                if (auto* receipt = modal<ui::ReceiptDialog>())
                    receipt->reject();
            });
            QTest::keyClick(method, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(dropIn, Qt::LeftButton);

        QVERIFY(student.contains(QStringLiteral("Li Lei")));
        QVERIFY(cashFocused);
        QVERIFY2(
            line.contains(QStringLiteral("Drop-in")) && line.contains(QStringLiteral("Pottery")), qPrintable(line));
        QVERIFY2(total.contains(QStringLiteral("80.00")), qPrintable(total));
        const Sale sale = PaymentService::salesOfStudent(s.center.db(), s.student).value().first();
        QCOMPARE(sale.lines.first().kind, SaleLineKind::DropIn);
        QCOMPARE(sale.method, PaymentMethod::WeChatPay);
        QCOMPARE(text(checkIn, "resultTitle"), QStringLiteral("Checked in"));
        auto attended = AttendanceService::attendanceOfSession(s.center.db(), session).value();
        QCOMPARE(attended.size(), 1);
        QCOMPARE(attended.first().studentId, s.student);
        // the session's hours came from the ticket; the prepaid pack is untouched
        QCOMPARE(ClassHourLedger::balance(s.center.db(), prepaid).value(), ClassHours::fromHours(3));
        QVERIFY(!dropIn->isVisible());
    }

    void aLectureTicketIsSoldAheadFromTheSchedule()
    {
        Scene s;
        test::AttendanceFixture f(s.center);
        const qint64 course = f.course(QStringLiteral("Poetry Lecture"));
        const qint64 lecture = f.klass(course);
        const QDate nextWeek = kToday.addDays(7);
        const qint64 session = f.session(lecture, nextWeek, QTime(19, 0));
        const qint64 plainClass = f.klass(course);
        const qint64 noTickets = f.session(plainClass, nextWeek, QTime(9, 0));
        QVERIFY(s.center.db()
                    .exec(QStringLiteral("UPDATE classes SET drop_in_price_minor = 5000 WHERE id = ?"), {lecture})
                    .ok());

        s.open(Role::FrontDesk);
        s.window->showPage(ui::MainWindow::Page::Schedule);
        auto* schedule = qobject_cast<ui::SchedulePage*>(s.window->page(ui::MainWindow::Page::Schedule));
        schedule->showWeek(nextWeek);
        auto* sellTicket = child<QPushButton>(schedule, "sellTicketButton");
        QVERIFY(sellTicket->isVisible());
        // a class that sells no tickets offers none
        // (the week is read on a worker thread)
        QVERIFY(QTest::qWaitFor(
            [&] {
                schedule->selectSession(noTickets);
                return schedule->currentSession() && schedule->currentSession()->id == noTickets;
            },
            5000));
        QVERIFY(!sellTicket->isEnabled());
        schedule->selectSession(session);
        QCOMPARE(schedule->currentSession()->id, session);
        QVERIFY(sellTicket->isEnabled());

        QString line;
        QString total;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = modal<ui::SaleDialog>();
            if (!dialog)
                return;
            line = dialog->lines()->index(0, ui::SaleLinesModel::Description).data().toString();
            total = text(dialog, "saleTotal");
            // the buyer is chosen at the sale
            dialog->setStudent(s.student);
            QTimer::singleShot(0, this, [&] {
                if (auto* receipt = modal<ui::ReceiptDialog>())
                    receipt->reject();
            });
            QTest::keyClick(child<QComboBox>(dialog, "saleMethod"), Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(sellTicket, Qt::LeftButton);

        QVERIFY2(line.contains(QStringLiteral("Poetry Lecture")), qPrintable(line));
        QVERIFY2(total.contains(QStringLiteral("50.00")), qPrintable(total));
        const QList<Sale> sales = PaymentService::salesOfStudent(s.center.db(), s.student).value();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales.first().lines.first().kind, SaleLineKind::DropIn);
        // the ticket is for the lecture's day, a week ahead, not for today
        QCOMPARE(sales.first().lines.first().expiresOn, nextWeek);
    }

    void whatARoleMayNotDoIsNotOffered()
    {
        Scene s;
        s.sell(s.center.frontDesk(), s.pack, SaleLineKind::Pack, PaymentMethod::Cash);
        s.open(Role::Instructor);
        QVERIFY(!s.window->pageAllowed(ui::MainWindow::Page::Payments));
        QVERIFY(!child<QAction>(s.window.get(), "newSaleAction")->isVisible());
        QVERIFY(s.window->currentPage() != ui::MainWindow::Page::Payments);

        // an administrator approves their own refunds: no approval box
        auto* page = s.open(Role::Admin);
        selectRow(page, QStringLiteral("R000001"));
        bool approval = true;
        QTimer::singleShot(0, this, [&] {
            if (auto* dialog = modal<ui::RefundDialog>()) {
                approval = dialog->needsApproval();
                dialog->reject();
            }
        });
        QTest::mouseClick(child<QPushButton>(page, "refundButton"), Qt::LeftButton);
        QVERIFY(!approval);
    }
};

QTEST_MAIN(TestPaymentsPage)
#include "tst_paymentspage.moc"
