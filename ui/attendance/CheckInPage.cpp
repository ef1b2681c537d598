#include "CheckInPage.h"

#include "attendance/ClassHourLedger.h"
#include "attendance/FeedbackService.h"
#include "schedule/EnrollmentService.h"
#include "schedule/ScheduleService.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"
#include "students/StudentDirectory.h"
#include "students/StudentService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

// Everything here reads or writes one student, one session or one day's sessions: small queries, so they
// run on the UI thread (the scanner's answer must come before the next scan anyway).

namespace td::ui {

namespace {

constexpr int kMaxMatches = 20;

struct StatusKey
{
    AttendanceStatus status;
    Qt::Key key;
};

constexpr std::array<StatusKey, 5> kStatusKeys {
    {{AttendanceStatus::Present, Qt::Key_P}, {AttendanceStatus::Late, Qt::Key_L}, {AttendanceStatus::Absent, Qt::Key_A},
        {AttendanceStatus::Excused, Qt::Key_E}, {AttendanceStatus::Makeup, Qt::Key_M}}};

QString timeRange(const QDateTime& start, const QDateTime& end, const QTimeZone& zone)
{
    return CheckInPage::tr("%1–%2").arg(QLocale().toString(start.toTimeZone(zone).time(), QLocale::ShortFormat),
        QLocale().toString(end.toTimeZone(zone).time(), QLocale::ShortFormat));
}

QString sessionLabel(const Session& s)
{
    return CheckInPage::tr("%1  %2 (%3)")
        .arg(CheckInPage::tr("%1–%2").arg(QLocale().toString(s.localStart, QLocale::ShortFormat),
                 QLocale().toString(s.localEnd, QLocale::ShortFormat)),
            s.className, s.courseTitle);
}

QLabel* wrappingLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

} // namespace

CheckInPage::CheckInPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("checkInTabs"));
    m_tabs->addTab(createScanTab(), tr("&Scan"));
    m_tabs->addTab(createRosterTab(), tr("&Roster"));
    m_tabs->addTab(createFeedbackTab(), tr("&Feedback"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            focusScan();
        else if (index == 1)
            m_roster->setFocus();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(&m_desk, &Desk::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("schedule") && isVisible())
            loadSessions();
    });
    connect(&m_desk, &Desk::actorChanged, this,
        [this] { m_tabs->setTabVisible(2, m_desk.allows(Permission::RecordFeedback)); });
}

QWidget* CheckInPage::createScanTab()
{
    auto* tab = new QWidget;

    m_scan = new QLineEdit;
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setAccessibleName(tr("Student code or name"));
    m_scan->setPlaceholderText(tr("Scan a card, or type a student code or name, and press Enter"));
    m_scan->setClearButtonEnabled(true);
    QFont scanFont = m_scan->font();
    scanFont.setPointSizeF(scanFont.pointSizeF() * 1.5);
    m_scan->setFont(scanFont);
    m_scan->installEventFilter(this);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] { scan(m_scan->text()); });

    auto* checkIn = new QPushButton(tr("Check In"));
    checkIn->setObjectName(QStringLiteral("checkInButton"));
    checkIn->setFocusPolicy(Qt::NoFocus);
    connect(checkIn, &QPushButton::clicked, this, [this] { scan(m_scan->text()); });

    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(checkIn);

    m_matches = new QListWidget;
    m_matches->setObjectName(QStringLiteral("matchList"));
    m_matches->setAccessibleName(tr("Matching students"));
    m_matches->setFocusPolicy(Qt::NoFocus);
    m_matches->hide();
    connect(m_matches, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { checkInCode(item->data(Qt::UserRole).toString()); });

    m_resultTitle = wrappingLabel(QStringLiteral("resultTitle"));
    QFont titleFont = m_resultTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_resultTitle->setFont(titleFont);
    m_resultStudent = wrappingLabel(QStringLiteral("resultStudent"));
    m_resultSession = wrappingLabel(QStringLiteral("resultSession"));
    m_resultBalance = wrappingLabel(QStringLiteral("resultBalance"));
    QFont balanceFont = m_resultBalance->font();
    balanceFont.setBold(true);
    m_resultBalance->setFont(balanceFont);
    m_resultWarnings = wrappingLabel(QStringLiteral("resultWarnings"));
    m_resultMessage = wrappingLabel(QStringLiteral("resultMessage"));
    m_resultTitle->setText(tr("Ready to scan"));
    m_resultMessage->setText(tr("Press F2 anywhere to come back to the scan field."));

    m_undo = new QPushButton(tr("&Undo Last Check-in"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setFocusPolicy(Qt::NoFocus);
    m_undo->setEnabled(false);
    connect(m_undo, &QPushButton::clicked, this, &CheckInPage::undoLast);

    // The drop-in offer: which of the sessions running now, and the sale (F3 works too, unfilled).
    m_dropInSession = new QComboBox;
    m_dropInSession->setObjectName(QStringLiteral("dropInSession"));
    m_dropInSession->setAccessibleName(tr("Session for the drop-in ticket"));
    m_dropInSession->setFocusPolicy(Qt::NoFocus);
    m_dropIn = new QPushButton(tr("Sell a &Drop-in Ticket…"));
    m_dropIn->setObjectName(QStringLiteral("dropInButton"));
    m_dropIn->setFocusPolicy(Qt::NoFocus);
    connect(m_dropIn, &QPushButton::clicked, this, [this] {
        const qint64 sessionId = m_dropInSession->currentData().toLongLong();
        if (m_dropInStudentId != 0 && sessionId != 0)
            Q_EMIT dropInSaleRequested(m_dropInStudentId, sessionId);
    });
    m_dropInRow = new QWidget;
    auto* dropInLayout = new QHBoxLayout(m_dropInRow);
    dropInLayout->setContentsMargins(0, 0, 0, 0);
    dropInLayout->addWidget(m_dropInSession, 1);
    dropInLayout->addWidget(m_dropIn);
    m_dropInRow->hide();

    auto* resultBox = new QGroupBox(tr("Result"));
    auto* resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_resultTitle);
    resultLayout->addWidget(m_resultStudent);
    resultLayout->addWidget(m_resultSession);
    resultLayout->addWidget(m_resultBalance);
    resultLayout->addWidget(m_resultWarnings);
    resultLayout->addWidget(m_resultMessage);
    resultLayout->addWidget(m_dropInRow);
    resultLayout->addStretch(1);
    auto* undoRow = new QHBoxLayout;
    undoRow->addStretch(1);
    undoRow->addWidget(m_undo);
    resultLayout->addLayout(undoRow);

    auto* middle = new QHBoxLayout;
    middle->addWidget(resultBox, 2);
    middle->addWidget(m_matches, 1);

    m_recent = new QTreeWidget;
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent check-ins"));
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setRootIsDecorated(false);
    m_recent->setAlternatingRowColors(true);
    m_recent->setHeaderLabels({tr("Time"), tr("Code"), tr("Student"), tr("Session"), tr("Status"), tr("Remaining")});
    auto* recentBox = new QGroupBox(tr("Recent check-ins"));
    auto* recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(scanRow);
    layout->addLayout(middle, 1);
    layout->addWidget(recentBox, 1);
    return tab;
}

QWidget* CheckInPage::createRosterTab()
{
    auto* tab = new QWidget;
    m_rosterSession = new QComboBox;
    m_rosterSession->setObjectName(QStringLiteral("rosterSession"));
    m_rosterSession->setAccessibleName(tr("Session"));
    connect(m_rosterSession, &QComboBox::currentIndexChanged, this, [this] { loadRoster(); });
    auto* sessionLabel = new QLabel(tr("&Session:"));
    sessionLabel->setBuddy(m_rosterSession);
    auto* top = new QHBoxLayout;
    top->addWidget(sessionLabel);
    top->addWidget(m_rosterSession, 1);

    m_roster = new QTableWidget(0, 3);
    m_roster->setObjectName(QStringLiteral("rosterTable"));
    m_roster->setAccessibleName(tr("Roster"));
    m_roster->setHorizontalHeaderLabels({tr("Code"), tr("Student"), tr("Status")});
    m_roster->horizontalHeader()->setStretchLastSection(true);
    m_roster->verticalHeader()->hide();
    m_roster->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roster->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roster->setAlternatingRowColors(true);
    m_roster->installEventFilter(this);

    auto* buttons = new QHBoxLayout;
    auto* hint = new QLabel(tr("Select students and press P, L, A, E or M (or a button); Ctrl+A selects all."));
    hint->setWordWrap(true);
    buttons->addWidget(hint, 1);
    for (const StatusKey& k : kStatusKeys) {
        auto* b = new QPushButton(AttendanceService::statusDisplayName(k.status));
        b->setObjectName(QStringLiteral("mark_") + AttendanceService::statusKey(k.status));
        b->setToolTip(tr("Mark the selected students (key %1)").arg(QKeySequence(k.key).toString()));
        connect(b, &QPushButton::clicked, this, [this, status = k.status] { setRosterStatus(status); });
        buttons->addWidget(b);
    }

    m_rosterMessage = wrappingLabel(QStringLiteral("rosterMessage"));
    m_saveRoster = new QPushButton(tr("Save &Roster"));
    m_saveRoster->setObjectName(QStringLiteral("saveRosterButton"));
    m_saveRoster->setDefault(true);
    connect(m_saveRoster, &QPushButton::clicked, this, &CheckInPage::saveRoster);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_rosterMessage, 1);
    bottom->addWidget(m_saveRoster);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_roster, 1);
    layout->addLayout(buttons);
    layout->addLayout(bottom);
    return tab;
}

QWidget* CheckInPage::createFeedbackTab()
{
    auto* tab = new QWidget;
    m_feedbackSession = new QComboBox;
    m_feedbackSession->setObjectName(QStringLiteral("feedbackSession"));
    m_feedbackSession->setAccessibleName(tr("Session"));
    connect(m_feedbackSession, &QComboBox::currentIndexChanged, this, [this] { loadFeedbackStudents(); });
    m_feedbackStudent = new QComboBox;
    m_feedbackStudent->setObjectName(QStringLiteral("feedbackStudent"));
    m_feedbackStudent->setAccessibleName(tr("Student"));
    m_feedbackRating = new QSpinBox;
    m_feedbackRating->setObjectName(QStringLiteral("feedbackRating"));
    m_feedbackRating->setAccessibleName(tr("Rating"));
    m_feedbackRating->setRange(1, 5);
    m_feedbackRating->setValue(5);
    m_feedbackRating->setSuffix(tr(" of 5"));
    m_feedbackComment = new QPlainTextEdit;
    m_feedbackComment->setObjectName(QStringLiteral("feedbackComment"));
    m_feedbackComment->setAccessibleName(tr("Comment"));
    m_feedbackComment->setTabChangesFocus(true);
    m_saveFeedback = new QPushButton(tr("Save &Feedback"));
    m_saveFeedback->setObjectName(QStringLiteral("saveFeedbackButton"));
    connect(m_saveFeedback, &QPushButton::clicked, this, &CheckInPage::saveFeedback);
    m_feedbackMessage = wrappingLabel(QStringLiteral("feedbackMessage"));

    auto* form = new QFormLayout;
    form->addRow(tr("S&ession:"), m_feedbackSession);
    form->addRow(tr("S&tudent:"), m_feedbackStudent);
    form->addRow(tr("R&ating:"), m_feedbackRating);
    form->addRow(tr("&Comment:"), m_feedbackComment);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_feedbackMessage, 1);
    bottom->addWidget(m_saveFeedback);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(form, 1);
    layout->addLayout(bottom);
    return tab;
}

void CheckInPage::pageShown()
{
    loadSessions();
    m_tabs->setTabVisible(2, m_desk.allows(Permission::RecordFeedback));
    if (m_tabs->currentIndex() == 0)
        focusScan();
}

void CheckInPage::focusScan()
{
    m_tabs->setCurrentIndex(0);
    m_scan->setFocus(Qt::ShortcutFocusReason);
    m_scan->selectAll();
}

bool CheckInPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_scan && m_matches->isVisible() && m_matches->count() > 0
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        const int step = key->key() == Qt::Key_Down ? 1 : -1;
        m_matches->setCurrentRow(std::clamp(m_matches->currentRow() + step, 0, m_matches->count() - 1));
        return true;
    }
    if (watched == m_roster && key->modifiers() == Qt::NoModifier) {
        for (const StatusKey& k : kStatusKeys) {
            if (key->key() == k.key) {
                setRosterStatus(k.status);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInPage::scan(const QString& text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        focusScan();
        return;
    }
    // Enter again on the same name: check in the highlighted match.
    if (m_matches->isVisible() && typed == m_matchedText && m_matches->currentItem()) {
        checkInCode(m_matches->currentItem()->data(Qt::UserRole).toString());
        return;
    }
    auto byCode = StudentService::byCode(m_desk.db(), typed.toUpper());
    if (byCode) {
        checkInCode(byCode->code);
        return;
    }
    StudentFilter filter;
    filter.text = typed;
    auto matches = StudentDirectory::find(m_desk.db(), filter, 0, kMaxMatches);
    if (!matches) {
        showFailure(tr("Search failed"), matches.error().message, false);
        return;
    }
    m_matches->clear();
    if (matches->isEmpty()) {
        m_matches->hide();
        showFailure(tr("Not found"), tr("No student has the code or name “%1”.").arg(typed), false);
        focusScan();
        return;
    }
    for (const StudentListRow& row : matches.value()) {
        auto* item = new QListWidgetItem(tr("%1  %2  %3").arg(row.code, row.name, row.phone).trimmed(), m_matches);
        item->setData(Qt::UserRole, row.code);
    }
    m_matches->setCurrentRow(0);
    m_matches->show();
    m_matchedText = typed;
    m_dropInRow->hide();
    m_resultTitle->setText(tr("Pick the student"));
    m_resultStudent->clear();
    m_resultSession->clear();
    m_resultBalance->clear();
    m_resultWarnings->clear();
    m_resultMessage->setText(tr("Use the arrow keys and press Enter, or double-click a name."));
    m_scan->setFocus();
}

void CheckInPage::checkInCode(const QString& code)
{
    m_matches->hide();
    m_matches->clear();
    m_matchedText.clear();
    auto result = AttendanceService::checkInByCode(m_desk.context(), code);
    if (!result) {
        const Error& e = result.error();
        const bool dropIn = e.field == QLatin1String("enrollment");
        showFailure(dropIn ? tr("Not enrolled — offer a drop-in") : tr("Not checked in"), e.message, dropIn);
        if (dropIn)
            offerDropIn(code);
    } else {
        showResult(result.value());
        m_desk.notifyChanged(QStringLiteral("attendance"));
        loadFeedbackStudents();
    }
    m_scan->clear();
    focusScan();
}

void CheckInPage::showResult(const CheckInResult& r)
{
    const QTimeZone zone = CenterSettings(m_desk.db()).timeZone();
    m_dropInRow->hide();
    m_dropInStudentId = 0;
    m_lastAttendanceId = r.attendanceId;
    m_lastPackId = r.packId;
    m_undo->setEnabled(true);
    m_resultTitle->setText(r.status == AttendanceStatus::Late ? tr("Checked in (late)") : tr("Checked in"));
    m_resultStudent->setText(tr("%1  %2").arg(r.studentCode, r.studentName));
    const QString session = tr("%1 — %2, %3").arg(r.courseTitle, r.className, timeRange(r.startsAt, r.endsAt, zone));
    m_resultSession->setText(session);
    const QString remaining = r.packId != 0 ? tr("%1 class hours left").arg(r.hoursRemaining.toString()) : QString();
    m_resultBalance->setText(r.packId != 0 ? tr("%1 class hours used, %2").arg(r.hoursDeducted.toString(), remaining)
                                           : tr("No class hours used."));
    QStringList warnings;
    for (const CheckInWarning& w : r.warnings)
        warnings.append(QStringLiteral("⚠ ") + w.message);
    m_resultWarnings->setText(warnings.join(QLatin1Char('\n')));
    m_resultWarnings->setVisible(!warnings.isEmpty());
    m_resultMessage->clear();

    auto* item = new QTreeWidgetItem(
        {QLocale().toString(m_desk.clock().nowUtc().toTimeZone(zone).time(), QLocale::ShortFormat), r.studentCode,
            r.studentName, session, AttendanceService::statusDisplayName(r.status), remaining});
    item->setData(0, Qt::UserRole, r.attendanceId);
    if (!r.warnings.isEmpty())
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_recent->insertTopLevelItem(0, item);
    for (int c = 0; c < m_recent->columnCount() - 1; ++c)
        m_recent->resizeColumnToContents(c);
}

void CheckInPage::showFailure(const QString& title, const QString& message, bool offerDropIn)
{
    m_dropInRow->hide();
    m_dropInStudentId = 0;
    m_resultTitle->setText(title);
    m_resultStudent->clear();
    m_resultSession->clear();
    m_resultBalance->clear();
    m_resultWarnings->clear();
    m_resultWarnings->hide();
    m_resultMessage->setText(offerDropIn ? message + QLatin1Char('\n')
                + tr("Sell a drop-in ticket below, or a pack on the Payments page (F3) and scan again.")
                                         : message);
}

void CheckInPage::offerDropIn(const QString& studentCode)
{
    auto student = StudentService::byCode(m_desk.db(), studentCode.toUpper());
    const QTimeZone zone = CenterSettings(m_desk.db()).timeZone();
    const QDateTime now = m_desk.clock().nowUtc();
    auto sessions = ScheduleService::sessionsOn(m_desk.db(), now.toTimeZone(zone).date());
    if (!student || !sessions || !m_desk.allows(Permission::Sell))
        return;
    m_dropInSession->clear();
    const CheckInWindow window;
    for (const Session& s : sessions.value()) {
        if (s.isCancelled() || now < s.startsAt.addSecs(-qint64(window.opensMinutesBefore) * 60) || now >= s.endsAt)
            continue;
        auto klass = ScheduleService::classById(m_desk.db(), s.classId);
        if (!klass || !klass->dropInPrice)
            continue;
        m_dropInSession->addItem(tr("%1 — %2").arg(sessionLabel(s), klass->dropInPrice->toString(QLocale())), s.id);
    }
    if (m_dropInSession->count() == 0)
        return;
    m_dropInStudentId = student->id;
    m_dropInRow->show();
}

void CheckInPage::checkInDropIn(qint64 studentId, qint64 sessionId)
{
    m_dropInRow->hide();
    m_dropInStudentId = 0;
    auto session = ScheduleService::sessionById(m_desk.db(), sessionId);
    if (!session) {
        showFailure(tr("Not checked in"), session.error().message, false);
        focusScan();
        return;
    }
    const bool late
        = m_desk.clock().nowUtc() > session->startsAt.addSecs(qint64(CheckInWindow {}.lateAfterMinutes) * 60);
    auto result = AttendanceService::checkIn(
        m_desk.context(), sessionId, studentId, late ? AttendanceStatus::Late : AttendanceStatus::Present);
    if (!result) {
        showFailure(tr("Not checked in"), result.error().message, false);
    } else {
        showResult(result.value());
        m_desk.notifyChanged(QStringLiteral("attendance"));
        loadFeedbackStudents();
    }
    focusScan();
}

void CheckInPage::undoLast()
{
    if (m_lastAttendanceId == 0)
        return;
    auto undone = AttendanceService::undo(m_desk.context(), m_lastAttendanceId);
    if (!undone) {
        showFailure(tr("Not undone"), undone.error().message, false);
        focusScan();
        return;
    }
    for (int i = 0; i < m_recent->topLevelItemCount(); ++i) {
        if (m_recent->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == m_lastAttendanceId) {
            delete m_recent->takeTopLevelItem(i);
            break;
        }
    }
    m_resultTitle->setText(tr("Check-in undone"));
    m_resultWarnings->clear();
    m_resultWarnings->hide();
    if (m_lastPackId != 0) {
        auto balance = ClassHourLedger::balance(m_desk.db(), m_lastPackId);
        m_resultBalance->setText(
            balance ? tr("Hours given back: %1 class hours left").arg(balance->toString()) : balance.error().message);
    }
    m_resultMessage->setText(tr("The attendance record was removed."));
    m_lastAttendanceId = 0;
    m_lastPackId = 0;
    m_undo->setEnabled(false);
    m_desk.notifyChanged(QStringLiteral("attendance"));
    focusScan();
}

void CheckInPage::loadSessions()
{
    const QDate today = m_desk.clock().nowUtc().toTimeZone(CenterSettings(m_desk.db()).timeZone()).date();
    auto sessions = ScheduleService::sessionsOn(m_desk.db(), today);
    for (QComboBox* combo : {m_rosterSession, m_feedbackSession}) {
        const qint64 current = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (sessions) {
            for (const Session& s : sessions.value()) {
                if (!s.isCancelled())
                    combo->addItem(sessionLabel(s), s.id);
            }
        }
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!sessions)
        m_rosterMessage->setText(sessions.error().message);
    loadRoster();
    loadFeedbackStudents();
}

void CheckInPage::showRoster(qint64 sessionId)
{
    loadSessions();
    const int index = m_rosterSession->findData(sessionId);
    if (index >= 0)
        m_rosterSession->setCurrentIndex(index);
    m_tabs->setCurrentIndex(1);
    m_roster->setFocus();
}

void CheckInPage::loadRoster()
{
    m_roster->setRowCount(0);
    m_rosterMessage->clear();
    const qint64 sessionId = m_rosterSession->currentData().toLongLong();
    m_saveRoster->setEnabled(sessionId != 0);
    if (sessionId == 0) {
        m_rosterMessage->setText(tr("No sessions today."));
        return;
    }
    auto session = ScheduleService::sessionById(m_desk.db(), sessionId);
    if (!session) {
        m_rosterMessage->setText(session.error().message);
        return;
    }
    auto enrolled = EnrollmentService::enrollmentsOfClass(m_desk.db(), session->classId);
    auto recorded = AttendanceService::attendanceOfSession(m_desk.db(), sessionId);
    if (!enrolled || !recorded) {
        m_rosterMessage->setText(!enrolled ? enrolled.error().message : recorded.error().message);
        return;
    }
    struct Row
    {
        qint64 studentId;
        QString code;
        QString name;
        AttendanceStatus status;
    };
    QList<Row> rows;
    for (const Enrollment& e : enrolled.value()) {
        if (e.status == EnrollmentStatus::Enrolled)
            rows.append({e.studentId, e.studentCode, e.studentName, AttendanceStatus::Present});
    }
    for (const AttendanceRecord& a : recorded.value()) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.studentId == a.studentId; });
        if (it != rows.end())
            it->status = a.status;
        else
            rows.append({a.studentId, a.studentCode, a.studentName, a.status});
    }
    m_roster->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto* code = new QTableWidgetItem(rows[i].code);
        code->setData(Qt::UserRole, rows[i].studentId);
        m_roster->setItem(i, 0, code);
        m_roster->setItem(i, 1, new QTableWidgetItem(rows[i].name));
        auto* status = new QTableWidgetItem(AttendanceService::statusDisplayName(rows[i].status));
        status->setData(Qt::UserRole, int(rows[i].status));
        m_roster->setItem(i, 2, status);
    }
    m_roster->resizeColumnsToContents();
    if (!rows.isEmpty())
        m_roster->setCurrentCell(0, 0);
    m_rosterMessage->setText(rows.isEmpty()
            ? tr("No students are enrolled in this class.")
            : tr("%n student(s); %1 already recorded.", nullptr, int(rows.size())).arg(recorded->size()));
    m_saveRoster->setEnabled(!rows.isEmpty());
}

void CheckInPage::setRosterStatus(AttendanceStatus status)
{
    QList<int> rows;
    for (const QModelIndex& index : m_roster->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_roster->currentRow() >= 0)
        rows.append(m_roster->currentRow());
    for (int row : rows) {
        QTableWidgetItem* item = m_roster->item(row, 2);
        item->setText(AttendanceService::statusDisplayName(status));
        item->setData(Qt::UserRole, int(status));
    }
    // One student at a time: move on to the next, as a clerk going down a paper roster does.
    if (rows.size() == 1 && rows.first() + 1 < m_roster->rowCount())
        m_roster->setCurrentCell(rows.first() + 1, 0);
}

void CheckInPage::saveRoster()
{
    const qint64 sessionId = m_rosterSession->currentData().toLongLong();
    QList<RosterMark> marks;
    for (int i = 0; i < m_roster->rowCount(); ++i) {
        marks.append({m_roster->item(i, 0)->data(Qt::UserRole).toLongLong(),
            static_cast<AttendanceStatus>(m_roster->item(i, 2)->data(Qt::UserRole).toInt())});
    }
    auto saved = AttendanceService::markRoster(m_desk.context(), sessionId, marks);
    if (!saved) {
        m_rosterMessage->setText(tr("Nothing was saved: %1").arg(saved.error().message));
        return;
    }
    m_desk.notifyChanged(QStringLiteral("attendance"));
    loadRoster();
    loadFeedbackStudents();
    m_rosterMessage->setText(tr("Saved the roster of %n student(s).", nullptr, int(saved->size())));
}

void CheckInPage::loadFeedbackStudents()
{
    m_feedbackStudent->clear();
    const qint64 sessionId = m_feedbackSession->currentData().toLongLong();
    if (sessionId != 0) {
        auto recorded = AttendanceService::attendanceOfSession(m_desk.db(), sessionId);
        if (!recorded) {
            m_feedbackMessage->setText(recorded.error().message);
        } else {
            for (const AttendanceRecord& a : recorded.value()) {
                if (AttendanceService::isAttended(a.status))
                    m_feedbackStudent->addItem(tr("%1  %2").arg(a.studentCode, a.studentName), a.studentId);
            }
        }
    }
    m_saveFeedback->setEnabled(m_feedbackStudent->count() > 0);
    if (sessionId != 0 && m_feedbackStudent->count() == 0)
        m_feedbackMessage->setText(tr("Nobody has attended this session yet."));
}

void CheckInPage::saveFeedback()
{
    auto saved = FeedbackService::record(m_desk.context(), m_feedbackStudent->currentData().toLongLong(),
        m_feedbackSession->currentData().toLongLong(), 0, m_feedbackRating->value(), m_feedbackComment->toPlainText());
    if (!saved) {
        m_feedbackMessage->setText(saved.error().message);
        return;
    }
    m_feedbackMessage->setText(tr("Saved %1's rating of %2 of 5.")
                                   .arg(m_feedbackStudent->currentText().section(QStringLiteral("  "), 1),
                                       QString::number(m_feedbackRating->value())));
    m_feedbackComment->clear();
    m_feedbackRating->setValue(5);
    m_desk.notifyChanged(QStringLiteral("feedback"));
}

} // namespace td::ui
