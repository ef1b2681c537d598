#include "EnrollmentDialog.h"

#include "ScheduleFormat.h"
#include "common/Dialogs.h"
#include "common/FormErrors.h"
#include "schedule/ScheduleService.h"
#include "shell/Desk.h"
#include "students/StudentListModel.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td::ui {

EnrollmentDialog::EnrollmentDialog(Desk& desk, qint64 classId, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_classId(classId)
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    setWindowTitle(tr("Class Students"));
    const bool mayEnroll = desk.allows(Permission::Enroll);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("enrollClassTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_seats = new QLabel;
    m_seats->setObjectName(QStringLiteral("enrollSeats"));
    m_seats->setAccessibleName(tr("Seats taken"));

    m_results = new StudentListModel(desk.databasePath(), this);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("enrollSearch"));
    m_search->setAccessibleName(tr("Find a student to enroll"));
    m_search->setPlaceholderText(tr("Name, phone or student code"));
    m_search->setClearButtonEnabled(true);
    m_resultsView = new QTableView;
    m_resultsView->setObjectName(QStringLiteral("enrollResults"));
    m_resultsView->setAccessibleName(tr("Students found"));
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->hideColumn(StudentListModel::BirthDate);
    m_enroll = new QPushButton(tr("&Enroll"));
    m_enroll->setObjectName(QStringLiteral("enrollButton"));
    m_enroll->setAutoDefault(false);
    m_enroll->setEnabled(false);
    connect(m_enroll, &QPushButton::clicked, this, &EnrollmentDialog::enrollSelected);
    connect(m_resultsView, &QTableView::activated, this, &EnrollmentDialog::enrollSelected);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_enroll->setEnabled(m_resultsView->selectionModel()->hasSelection()); });
    // The first match is selected, so Enter in the search and then Enter on the list enrolls it.
    connect(m_results, &StudentListModel::firstPageLoaded, this, [this] {
        if (m_results->rowCount() > 0)
            m_resultsView->selectRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search();
        m_resultsView->setFocus();
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &EnrollmentDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    auto* findBox = new QGroupBox(tr("Enroll a student"));
    auto* findLayout = new QVBoxLayout(findBox);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_enroll);
    findLayout->addLayout(searchRow);
    findLayout->addWidget(m_resultsView, 1);
    findBox->setVisible(mayEnroll);

    m_outcome = new QLabel;
    m_outcome->setObjectName(QStringLiteral("enrollOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setAccessibleName(tr("Result"));
    m_outcome->hide();

    m_enrollments = new QTreeWidget;
    m_enrollments->setObjectName(QStringLiteral("enrollmentList"));
    m_enrollments->setAccessibleName(tr("Enrolled and waitlisted students"));
    m_enrollments->setRootIsDecorated(false);
    m_enrollments->setUniformRowHeights(true);
    m_enrollments->setHeaderLabels({tr("Student"), tr("Code"), tr("Status"), tr("Waitlist")});
    m_withdraw = new QPushButton(tr("&Withdraw…"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_withdraw->setAutoDefault(false);
    m_withdraw->setEnabled(false);
    m_withdraw->setVisible(mayEnroll);
    connect(m_withdraw, &QPushButton::clicked, this, &EnrollmentDialog::withdrawSelected);
    connect(m_enrollments, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { m_withdraw->setEnabled(item != nullptr); });

    auto* listBox = new QGroupBox(tr("Students of the class"));
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_enrollments, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_withdraw);
    listLayout->addLayout(listButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Enter belongs to the search and the results; it must not close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(findBox, 1);
    columns->addWidget(listBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_seats);
    layout->addLayout(columns, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 30);

    refresh();
    if (mayEnroll) {
        search();
        m_search->setFocus();
    }
}

void EnrollmentDialog::search()
{
    StudentFilter filter;
    filter.text = m_search->text().trimmed();
    m_results->setFilter(filter);
}

void EnrollmentDialog::refresh()
{
    auto cls = ScheduleService::classById(m_desk.db(), m_classId);
    if (!cls) {
        showOutcome(cls.error().message, true);
        return;
    }
    m_title->setText(tr("%1 — %2, %3")
                         .arg(cls->name, cls->courseTitle,
                             cls->weekdays.size() == 1 && cls->startDate == cls->endDate
                                 ? ScheduleFormat::longDay(cls->startDate) + QLatin1Char(' ')
                                     + ScheduleFormat::timeRange(cls->startTime, cls->endTime)
                                 : Recurrence::weekly(cls->weekdays, cls->startTime, cls->endTime, 1).describe()));
    m_seats->setText(tr("%1 of %2 seats taken · %n on the waitlist", nullptr, cls->waitlistCount)
                         .arg(cls->enrolledCount)
                         .arg(cls->capacity));
    m_enrollments->clear();
    auto enrollments = EnrollmentService::enrollmentsOfClass(m_desk.db(), m_classId);
    if (!enrollments) {
        showOutcome(enrollments.error().message, true);
        return;
    }
    for (const Enrollment& e : enrollments.value()) {
        auto* item = new QTreeWidgetItem(m_enrollments,
            {e.studentName, e.studentCode, enrollmentStatusDisplayName(e.status),
                e.waitlistPosition > 0 ? QString::number(e.waitlistPosition) : QString()});
        item->setData(0, Qt::UserRole, e.id);
    }
    for (int c = 0; c < m_enrollments->columnCount() - 1; ++c)
        m_enrollments->resizeColumnToContents(c);
    m_withdraw->setEnabled(false);
}

void EnrollmentDialog::showOutcome(const QString& text, bool problem)
{
    m_outcome->setText(text);
    if (problem)
        FormErrors::styleAsError(m_outcome);
    else
        m_outcome->setPalette(QPalette());
    m_outcome->show();
}

void EnrollmentDialog::enrollSelected()
{
    const QModelIndex current = m_resultsView->currentIndex();
    const qint64 studentId = m_results->studentId(current.isValid() ? current.row() : -1);
    if (studentId == 0)
        return;
    auto enrollment = EnrollmentService::enroll(m_desk.context(), m_classId, studentId);
    if (!enrollment) {
        showOutcome(enrollment.error().message, true);
        return;
    }
    if (enrollment->status == EnrollmentStatus::Waitlisted)
        showOutcome(tr("The class is full: %1 is on the waitlist, number %2.")
                        .arg(enrollment->studentName)
                        .arg(enrollment->waitlistPosition),
            false);
    else
        showOutcome(tr("%1 is enrolled.").arg(enrollment->studentName), false);
    m_desk.notifyChanged(QStringLiteral("schedule"));
    refresh();
    m_search->selectAll();
    m_search->setFocus();
}

void EnrollmentDialog::withdrawSelected()
{
    QTreeWidgetItem* item = m_enrollments->currentItem();
    if (!item)
        return;
    const qint64 enrollmentId = item->data(0, Qt::UserRole).toLongLong();
    if (MessageBox::question(this, tr("Withdraw"),
            tr("Withdraw %1 from the class? The seat goes to the first student on the waitlist.").arg(item->text(0)))
        != QMessageBox::Yes)
        return;
    auto dropped = EnrollmentService::drop(m_desk.context(), enrollmentId);
    if (!dropped) {
        showOutcome(dropped.error().message, true);
        return;
    }
    QString text = tr("%1 is withdrawn.").arg(dropped->dropped.studentName);
    if (dropped->promoted)
        text += QLatin1Char(' ') + tr("%1 got the seat from the waitlist.").arg(dropped->promoted->studentName);
    showOutcome(text, false);
    m_desk.notifyChanged(QStringLiteral("schedule"));
    refresh();
}

} // namespace td::ui
