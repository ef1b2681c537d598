#include "SchedulePage.h"

#include "ClassDialog.h"
#include "EnrollmentDialog.h"
#include "ScheduleFormat.h"
#include "SessionCellDelegate.h"
#include "SessionDialogs.h"
#include "WeekScheduleModel.h"
#include "common/FormErrors.h"
#include "schedule/ScheduleService.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QPushButton* newButton(const QString& text, const QString& objectName, const QString& toolTip = {})
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    if (!toolTip.isEmpty())
        button->setToolTip(toolTip);
    return button;
}

} // namespace

SchedulePage::SchedulePage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_model = new WeekScheduleModel(desk.databasePath(), this);

    m_previous = newButton(tr("◀ &Previous Week"), QStringLiteral("previousWeekButton"), tr("Page Up or Alt+Left"));
    m_this = newButton(tr("&This Week"), QStringLiteral("thisWeekButton"), tr("Alt+Home"));
    m_next = newButton(tr("Ne&xt Week ▶"), QStringLiteral("nextWeekButton"), tr("Page Down or Alt+Right"));
    connect(m_previous, &QPushButton::clicked, this, &SchedulePage::previousWeek);
    connect(m_this, &QPushButton::clicked, this, &SchedulePage::thisWeek);
    connect(m_next, &QPushButton::clicked, this, &SchedulePage::nextWeek);
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("weekDate"));
    m_date->setAccessibleName(tr("Show the week of"));
    m_date->setCalendarPopup(true);
    connect(m_date, &QDateEdit::dateChanged, this, &SchedulePage::showWeek);
    m_weekTitle = new QLabel;
    m_weekTitle->setObjectName(QStringLiteral("weekTitle"));
    QFont titleFont = m_weekTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_weekTitle->setFont(titleFont);
    m_lanes = new QComboBox;
    m_lanes->setObjectName(QStringLiteral("weekLanes"));
    m_lanes->setAccessibleName(tr("Rows of the week"));
    m_lanes->addItem(tr("By room"), int(WeekScheduleModel::Lanes::ByRoom));
    m_lanes->addItem(tr("By instructor"), int(WeekScheduleModel::Lanes::ByInstructor));
    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 keep = currentSession() ? currentSession()->id : 0;
        m_model->setLanes(WeekScheduleModel::Lanes(m_lanes->currentData().toInt()));
        m_wantedSession = keep;
        weekLoaded();
    });

    auto* weekBar = new QHBoxLayout;
    weekBar->addWidget(m_previous);
    weekBar->addWidget(m_this);
    weekBar->addWidget(m_next);
    weekBar->addWidget(m_date);
    weekBar->addSpacing(fontMetrics().averageCharWidth() * 2);
    weekBar->addWidget(m_weekTitle, 1);
    weekBar->addWidget(m_lanes);

    m_newClass = newButton(tr("New &Class…"), QStringLiteral("newClassButton"));
    m_newWorkshop = newButton(tr("New &Workshop…"), QStringLiteral("newWorkshopButton"),
        tr("A one-off workshop or lecture with drop-in tickets"));
    m_enroll = newButton(tr("&Enroll Students…"), QStringLiteral("enrollStudentsButton"), tr("Enter"));
    m_cancel = newButton(tr("Cancel &Session…"), QStringLiteral("cancelSessionButton"));
    m_makeup = newButton(tr("&Makeup Session…"), QStringLiteral("makeupSessionButton"));
    m_sellTicket = newButton(tr("Sell &Ticket…"), QStringLiteral("sellTicketButton"),
        tr("A drop-in ticket for this session, sold ahead for its day"));
    connect(m_newClass, &QPushButton::clicked, this, &SchedulePage::newClass);
    connect(m_newWorkshop, &QPushButton::clicked, this, &SchedulePage::newWorkshop);
    connect(m_enroll, &QPushButton::clicked, this, &SchedulePage::enrollStudents);
    connect(m_cancel, &QPushButton::clicked, this, &SchedulePage::cancelSession);
    connect(m_makeup, &QPushButton::clicked, this, &SchedulePage::scheduleMakeup);
    connect(m_sellTicket, &QPushButton::clicked, this, &SchedulePage::sellTicket);
    auto* actionBar = new QHBoxLayout;
    actionBar->addWidget(m_newClass);
    actionBar->addWidget(m_newWorkshop);
    actionBar->addStretch();
    actionBar->addWidget(m_sellTicket);
    actionBar->addWidget(m_enroll);
    actionBar->addWidget(m_cancel);
    actionBar->addWidget(m_makeup);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("weekTable"));
    m_table->setAccessibleName(tr("Sessions of the week"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SessionCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchedulePage::cellChanged);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_enroll->isVisible() && m_enroll->isEnabled())
            enrollStudents();
    });

    m_cellSessions = new QListWidget;
    m_cellSessions->setObjectName(QStringLiteral("cellSessions"));
    m_cellSessions->setAccessibleName(tr("Sessions of the chosen day"));
    m_cellSessions->setWordWrap(true);
    connect(m_cellSessions, &QListWidget::currentRowChanged, this, &SchedulePage::updateActions);
    connect(m_cellSessions, &QListWidget::itemActivated, this, [this] {
        if (m_enroll->isVisible() && m_enroll->isEnabled())
            enrollStudents();
    });
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("sessionDetails"));
    m_details->setAccessibleName(tr("Session details"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* sideTitle = new QLabel(tr("Sessions of the &day:"));
    sideTitle->setBuddy(m_cellSessions);
    sideLayout->addWidget(sideTitle);
    sideLayout->addWidget(m_cellSessions, 1);
    sideLayout->addWidget(m_details, 1);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("scheduleSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("weekMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(weekBar);
    layout->addLayout(actionBar);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    setTabOrder(m_previous, m_this);
    setTabOrder(m_this, m_next);
    setTabOrder(m_next, m_date);
    setTabOrder(m_date, m_lanes);
    setTabOrder(m_lanes, m_table);
    setTabOrder(m_table, m_cellSessions);

    const auto shortcut = [this](const QKeySequence& keys, void (SchedulePage::*slot)()) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageUp), &SchedulePage::previousWeek);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &SchedulePage::previousWeek);
    shortcut(QKeySequence(Qt::Key_PageDown), &SchedulePage::nextWeek);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &SchedulePage::nextWeek);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Home), &SchedulePage::thisWeek);

    connect(m_model, &WeekScheduleModel::weekLoaded, this, &SchedulePage::weekLoaded);
    connect(m_model, &WeekScheduleModel::failed, this, [this](const QString& message) {
        m_message->setText(message);
        FormErrors::styleAsError(m_message);
        m_message->show();
    });
    connect(&m_desk, &Desk::changed, this, [this](const QString& entity) {
        if (m_shown
            && (entity == QLatin1String("schedule") || entity == QLatin1String("attendance")
                || entity == QLatin1String("settings"))) {
            m_wantedSession = currentSession() ? currentSession()->id : 0;
            m_model->reload();
        }
    });
    connect(&m_desk, &Desk::actorChanged, this, [this] {
        applyRole();
        if (m_shown)
            m_model->reload();
    });
    applyRole();
}

QDate SchedulePage::today() const
{
    return m_desk.clock().nowUtc().toTimeZone(CenterSettings(m_desk.db()).timeZone()).date();
}

void SchedulePage::pageShown()
{
    if (!m_desk.signedIn())
        return;
    m_model->setToday(today());
    if (!m_shown) {
        m_shown = true;
        showWeek(today());
        return;
    }
    m_wantedSession = currentSession() ? currentSession()->id : 0;
    m_model->reload();
}

void SchedulePage::primaryAction()
{
    m_table->setFocus();
}

void SchedulePage::showWeek(const QDate& day)
{
    if (!day.isValid())
        return;
    m_shown = true;
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(day);
    }
    m_model->setWeek(day);
    updateWeekTitle();
}

void SchedulePage::previousWeek()
{
    showWeek(m_model->monday().isValid() ? m_model->monday().addDays(-7) : today());
}

void SchedulePage::nextWeek()
{
    showWeek(m_model->monday().isValid() ? m_model->monday().addDays(7) : today());
}

void SchedulePage::thisWeek()
{
    showWeek(today());
}

void SchedulePage::updateWeekTitle()
{
    const QLocale locale;
    const QDate monday = m_model->monday();
    QString title = tr("%1 – %2").arg(locale.toString(monday, QLocale::ShortFormat),
        locale.toString(monday.addDays(WeekScheduleModel::kDays - 1), QLocale::ShortFormat));
    if (monday.daysTo(today()) >= 0 && monday.daysTo(today()) < WeekScheduleModel::kDays)
        title += QStringLiteral(" · ") + tr("this week");
    m_weekTitle->setText(title);
}

void SchedulePage::selectSession(qint64 sessionId)
{
    const QModelIndex cell = m_model->indexOf(sessionId);
    if (!cell.isValid())
        return;
    m_table->setCurrentIndex(cell);
    // The cell may have been current already, before the week was read again.
    cellChanged();
    const QList<Session> sessions = m_model->sessionsAt(cell);
    for (int i = 0; i < sessions.size(); ++i)
        if (sessions.at(i).id == sessionId)
            m_cellSessions->setCurrentRow(i);
}

void SchedulePage::weekLoaded()
{
    const QModelIndex before = m_table->currentIndex();
    const qint64 wanted = m_wantedSession;
    m_wantedSession = 0;
    if (wanted != 0 && m_model->indexOf(wanted).isValid()) {
        selectSession(wanted);
    } else if (m_model->rowCount() > 0) {
        const int row = before.isValid() ? std::min(before.row(), m_model->rowCount() - 1) : 0;
        const int column = before.isValid() ? before.column() : std::max(0, int(m_model->monday().daysTo(today())));
        m_table->setCurrentIndex(m_model->index(row, std::min(column, WeekScheduleModel::kDays - 1)));
        cellChanged();
    } else {
        cellChanged();
    }
    int sessions = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int day = 0; day < WeekScheduleModel::kDays; ++day)
            sessions += int(m_model->sessionsAt(m_model->index(row, day)).size());
    if (m_model->rowCount() == 0)
        m_message->setText(tr("There are no rooms yet; classes need a room."));
    else
        m_message->setText(tr("No sessions this week."));
    m_message->setPalette(QPalette());
    m_message->setVisible(sessions == 0);
}

void SchedulePage::cellChanged()
{
    const QList<Session> sessions = m_model->sessionsAt(m_table->currentIndex());
    m_cellSessions->clear();
    for (const Session& s : sessions) {
        auto* item = new QListWidgetItem(m_model->sessionLine(s), m_cellSessions);
        item->setData(Qt::UserRole, s.id);
        if (s.isCancelled()) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    if (!sessions.isEmpty())
        m_cellSessions->setCurrentRow(0);
    updateActions();
}

std::optional<Session> SchedulePage::currentSession() const
{
    const QList<Session> sessions = m_model->sessionsAt(m_table->currentIndex());
    const int row = m_cellSessions->currentRow();
    if (row < 0 || row >= sessions.size())
        return std::nullopt;
    return sessions.at(row);
}

void SchedulePage::updateActions()
{
    const std::optional<Session> s = currentSession();
    m_enroll->setEnabled(s.has_value());
    m_cancel->setEnabled(s && s->status == SessionStatus::Scheduled);
    m_makeup->setEnabled(s && s->isCancelled());
    const std::optional<Money> price = s ? ticketPrice(*s) : std::nullopt;
    m_sellTicket->setEnabled(price.has_value());
    if (!s) {
        m_details->clear();
        return;
    }
    QStringList lines {QStringLiteral("<b>%1</b>").arg(s->className.toHtmlEscaped()), s->courseTitle.toHtmlEscaped(),
        ScheduleFormat::longDay(s->localDate) + QLatin1Char(' ')
            + ScheduleFormat::timeRange(s->localStart, s->localEnd),
        tr("Room: %1").arg(s->roomName.toHtmlEscaped()), tr("Instructor: %1").arg(s->instructorName.toHtmlEscaped()),
        tr("Enrolled: %1 of %2").arg(s->enrolledCount).arg(s->capacity),
        tr("Status: %1").arg(sessionStatusDisplayName(s->status))};
    if (s->isCancelled())
        lines << tr("Reason: %1").arg(s->cancelReason.toHtmlEscaped());
    if (s->makeupOfId != 0)
        lines << tr("A makeup session.");
    if (price)
        lines << tr("Drop-in ticket: %1").arg(price->toString(QLocale()));
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void SchedulePage::applyRole()
{
    const bool manage = m_desk.allows(Permission::ManageSchedule);
    m_newClass->setVisible(manage);
    m_newWorkshop->setVisible(manage);
    m_cancel->setVisible(manage);
    m_makeup->setVisible(manage);
    m_sellTicket->setVisible(m_desk.allows(Permission::Sell));
    m_enroll->setVisible(m_desk.allows(Permission::ViewStudents));
    m_enroll->setText(m_desk.allows(Permission::Enroll) ? tr("&Enroll Students…") : tr("Class &Students…"));
}

ClassDialog* SchedulePage::newClass()
{
    return openClassDialog(int(ClassDialog::Kind::Class));
}

ClassDialog* SchedulePage::newWorkshop()
{
    return openClassDialog(int(ClassDialog::Kind::Workshop));
}

ClassDialog* SchedulePage::openClassDialog(int kind)
{
    if (!m_desk.allows(Permission::ManageSchedule))
        return nullptr;
    // The day chosen in the week (or today, when that week is shown) is where a new class most likely starts.
    const QModelIndex cell = m_table->currentIndex();
    const QDate firstDate = cell.isValid() ? m_model->monday().addDays(cell.column()) : today();
    auto* dialog = new ClassDialog(m_desk, ClassDialog::Kind(kind), firstDate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CourseClass& created = dialog->created();
        auto sessions = ScheduleService::sessionsOfClass(m_desk.db(), created.id);
        if (sessions && !sessions->isEmpty())
            m_wantedSession = sessions->first().id;
        showWeek(created.startDate);
    });
    dialog->open();
    return dialog;
}

EnrollmentDialog* SchedulePage::enrollStudents()
{
    const std::optional<Session> s = currentSession();
    if (!s || !m_desk.allows(Permission::ViewStudents))
        return nullptr;
    auto* dialog = new EnrollmentDialog(m_desk, s->classId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CancelSessionDialog* SchedulePage::cancelSession()
{
    const std::optional<Session> s = currentSession();
    if (!s || s->status != SessionStatus::Scheduled || !m_desk.allows(Permission::ManageSchedule))
        return nullptr;
    auto* dialog = new CancelSessionDialog(m_desk, *s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 sessionId = s->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, sessionId] {
        m_wantedSession = sessionId;
        if (!dialog->makeupNext())
            return;
        // The week reloads on its own; the makeup dialog needs the session as it is now, cancelled.
        auto cancelled = ScheduleService::sessionById(m_desk.db(), sessionId);
        if (!cancelled)
            return;
        auto* makeup = new MakeupDialog(m_desk, cancelled.value(), this);
        makeup->setAttribute(Qt::WA_DeleteOnClose);
        connect(makeup, &QDialog::accepted, this, [this, makeup] { m_wantedSession = makeup->created().id; });
        makeup->open();
    });
    dialog->open();
    return dialog;
}

MakeupDialog* SchedulePage::scheduleMakeup()
{
    const std::optional<Session> s = currentSession();
    if (!s || !s->isCancelled() || !m_desk.allows(Permission::ManageSchedule))
        return nullptr;
    auto* dialog = new MakeupDialog(m_desk, *s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Session& created = dialog->created();
        m_wantedSession = created.id;
        showWeek(created.localDate);
    });
    dialog->open();
    return dialog;
}

std::optional<Money> SchedulePage::ticketPrice(const Session& session) const
{
    if (session.status != SessionStatus::Scheduled || m_desk.clock().nowUtc() >= session.endsAt)
        return std::nullopt;
    return session.dropInPrice;
}

bool SchedulePage::sellTicket()
{
    const std::optional<Session> s = currentSession();
    if (!s || !m_desk.allows(Permission::Sell) || !ticketPrice(*s))
        return false;
    Q_EMIT ticketSaleRequested(s->id);
    return true;
}

} // namespace td::ui
