#include "StudentsPage.h"

#include "StudentDetailPanel.h"
#include "StudentDialog.h"
#include "StudentListModel.h"
#include "shell/Desk.h"
#include "students/Student.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace td::ui {

StudentsPage::StudentsPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_model = new StudentListModel(desk.databasePath(), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("studentSearch"));
    m_search->setAccessibleName(tr("Search students"));
    m_search->setPlaceholderText(tr("Search by name, phone or student code  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("studentStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (StudentStatus status : {StudentStatus::Active, StudentStatus::Paused, StudentStatus::Archived})
        m_status->addItem(studentStatusDisplayName(status), studentStatusKey(status));

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("studentTagFilter"));
    m_tag->setAccessibleName(tr("Interest filter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->addItem(tr("All interests"), QString());

    m_new = new QPushButton(tr("&New Student…"), this);
    m_new->setObjectName(QStringLiteral("newStudentButton"));
    m_new->setToolTip(tr("Ctrl+N"));
    m_new->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &StudentsPage::newStudent);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("studentCount"));
    m_count->setAccessibleName(tr("Number of students found"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_tag);
    filters->addWidget(m_new);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("studentTable"));
    m_table->setAccessibleName(tr("Students"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    const int charWidth = fontMetrics().averageCharWidth();
    header->resizeSection(StudentListModel::Code, charWidth * 11);
    header->resizeSection(StudentListModel::Name, charWidth * 22);
    header->resizeSection(StudentListModel::Phone, charWidth * 17);
    header->resizeSection(StudentListModel::Status, charWidth * 12);
    header->setStretchLastSection(true);
    m_table->installEventFilter(this);

    m_detail = new StudentDetailPanel(desk, this);
    connect(m_detail, &StudentDetailPanel::editRequested, this, &StudentsPage::editStudent);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("studentSplitter"));
    split->setChildrenCollapsible(false);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_tag);
    setTabOrder(m_tag, m_new);
    setTabOrder(m_new, m_table);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &StudentsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter (and a barcode scanner's final Enter): search now and select the best match.
        m_debounce->stop();
        m_pendingSelection = -1;
        applyFilter();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &StudentsPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &StudentsPage::applyFilter);

    connect(m_model, &StudentListModel::totalChanged, this, &StudentsPage::updateCount);
    connect(m_model, &StudentListModel::loadingChanged, this, &StudentsPage::updateCount);
    connect(m_model, &StudentListModel::tagsLoaded, this, &StudentsPage::setTags);
    connect(m_model, &StudentListModel::failed, this, [this](const QString& message) { m_count->setText(message); });
    connect(m_model, &StudentListModel::firstPageLoaded, this, [this] {
        if (m_pendingSelection == -1)
            selectRow(0);
        else if (m_pendingSelection > 0)
            selectStudent(m_pendingSelection);
        m_pendingSelection = 0;
    });
    connect(m_model, &StudentListModel::modelReset, this, [this] { m_detail->showStudent(0); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { m_detail->showStudent(m_model->studentId(current.row())); });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex& index) { editStudent(m_model->studentId(index.row())); });

    connect(&desk, &Desk::changed, this, [this](const QString& entity) {
        if (entity != QLatin1String("students"))
            return;
        m_pendingSelection = currentStudentId();
        m_model->refresh();
        m_model->loadTags();
    });
    connect(&desk, &Desk::actorChanged, this, [this] { m_new->setVisible(m_desk.allows(Permission::ManageStudents)); });
    m_new->setVisible(m_desk.allows(Permission::ManageStudents));

    m_model->loadTags();
    applyFilter();
}

bool StudentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // Down from the search field goes to the results; Escape there clears the search.
        if (watched == m_search && key == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                selectRow(0);
            return true;
        }
        if (watched == m_search && key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qint64 StudentsPage::currentStudentId() const
{
    return m_model->studentId(m_table->currentIndex().row());
}

void StudentsPage::pageShown()
{
    m_model->loadTags();
}

void StudentsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StudentsPage::applyFilter()
{
    StudentFilter filter;
    filter.text = m_search->text().trimmed();
    filter.status = m_status->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    m_model->setFilter(filter);
}

void StudentsPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0)
        m_count->setText(tr("Searching…"));
    else if (total == 0)
        m_count->setText(tr("No student matches."));
    else
        m_count->setText(tr("%Ln student(s)", nullptr, static_cast<int>(total)));
}

void StudentsPage::setTags(const QStringList& tags)
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    for (const QString& tag : tags)
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

void StudentsPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, StudentListModel::Name));
    m_table->scrollTo(m_table->currentIndex());
}

void StudentsPage::selectStudent(qint64 studentId)
{
    selectRow(m_model->rowOf(studentId));
}

void StudentsPage::newStudent()
{
    if (!m_desk.allows(Permission::ManageStudents))
        return;
    StudentDialog dialog(m_desk, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_desk.notifyChanged(QStringLiteral("students"));
    // Selected when the list is back, if they are on its first page; shown in the panel either way.
    m_pendingSelection = dialog.studentId();
    m_detail->showStudent(dialog.studentId());
}

void StudentsPage::editStudent(qint64 studentId)
{
    if (studentId == 0 || !m_desk.allows(Permission::ManageStudents))
        return;
    StudentDialog dialog(m_desk, studentId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_desk.notifyChanged(QStringLiteral("students"));
}

} // namespace td::ui
