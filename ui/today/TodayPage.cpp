#include "TodayPage.h"

#include "attendance/Reminders.h"
#include "schedule/ScheduleService.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"
#include "students/StudentService.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QTreeWidget* newList(const QString& objectName, const QString& accessibleName, const QStringList& headers)
{
    auto* list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

QString reminderKindName(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::LowBalance:
        return TodayPage::tr("Low balance");
    case Reminder::Kind::PackExpiring:
        return TodayPage::tr("Pack expiring");
    case Reminder::Kind::MembershipEnding:
        return TodayPage::tr("Membership ending");
    case Reminder::Kind::AbsentTwice:
        return TodayPage::tr("Absent twice");
    }
    return {};
}

QString reminderAction(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::LowBalance:
        return TodayPage::tr("Offer a new pack");
    case Reminder::Kind::PackExpiring:
        return TodayPage::tr("Remind the student to use the hours before they expire");
    case Reminder::Kind::MembershipEnding:
        return TodayPage::tr("Offer a renewal");
    case Reminder::Kind::AbsentTwice:
        return TodayPage::tr("Call the student or a guardian");
    }
    return {};
}

} // namespace

TodayPage::TodayPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("todayTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_sessions = newList(QStringLiteral("todaySessions"), tr("Today's sessions"),
        {tr("Time"), tr("Class"), tr("Course"), tr("Room"), tr("Instructor"), tr("Enrolled"), tr("Checked in"),
            tr("Status")});
    m_sessions->setToolTip(tr("Double-click a session to mark its roster."));
    m_sessionsMessage = new QLabel;
    m_sessionsMessage->setObjectName(QStringLiteral("todaySessionsMessage"));
    m_sessionsMessage->setWordWrap(true);
    connect(m_sessions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            Q_EMIT rosterRequested(id);
    });

    m_reminders = newList(QStringLiteral("todayReminders"), tr("Reminders"),
        {tr("Reminder"), tr("Code"), tr("Student"), tr("Phone"), tr("Details"), tr("To do")});
    m_remindersMessage = new QLabel;
    m_remindersMessage->setObjectName(QStringLiteral("todayRemindersMessage"));
    m_remindersMessage->setWordWrap(true);

    auto* sessionsBox = new QGroupBox(tr("Sessions"));
    auto* sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(m_sessions);
    sessionsLayout->addWidget(m_sessionsMessage);
    auto* remindersBox = new QGroupBox(tr("Reminders"));
    auto* remindersLayout = new QVBoxLayout(remindersBox);
    remindersLayout->addWidget(m_reminders);
    remindersLayout->addWidget(m_remindersMessage);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(sessionsBox);
    splitter->addWidget(remindersBox);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(&m_desk, &Desk::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("attendance") || entity == QLatin1String("sales")
            || entity == QLatin1String("schedule") || entity == QLatin1String("students"))
            refresh();
    });
}

void TodayPage::refresh()
{
    if (!m_desk.signedIn())
        return;
    loadSessions();
    loadReminders();
}

// The day's sessions and reminders are small (one day, one center), so they are read on the UI thread.
void TodayPage::loadSessions()
{
    const QDate today = m_desk.clock().nowUtc().toTimeZone(CenterSettings(m_desk.db()).timeZone()).date();
    m_title->setText(tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    m_sessions->clear();
    auto sessions = ScheduleService::sessionsOn(m_desk.db(), today);
    if (!sessions) {
        m_sessionsMessage->setText(sessions.error().message);
        m_sessionsMessage->show();
        return;
    }
    for (const Session& s : sessions.value()) {
        auto* item = new QTreeWidgetItem(m_sessions,
            {tr("%1–%2").arg(QLocale().toString(s.localStart, QLocale::ShortFormat),
                 QLocale().toString(s.localEnd, QLocale::ShortFormat)),
                s.className, s.courseTitle, s.roomName, s.instructorName, QString::number(s.enrolledCount),
                QString::number(s.checkedInCount), sessionStatusDisplayName(s.status)});
        item->setData(0, Qt::UserRole, s.id);
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(6, Qt::AlignRight | Qt::AlignVCenter);
        if (s.isCancelled()) {
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int c = 0; c < m_sessions->columnCount() - 1; ++c)
        m_sessions->resizeColumnToContents(c);
    m_sessionsMessage->setText(tr("No sessions today."));
    m_sessionsMessage->setVisible(sessions->isEmpty());
}

void TodayPage::loadReminders()
{
    const QDate today = m_desk.clock().nowUtc().toTimeZone(CenterSettings(m_desk.db()).timeZone()).date();
    m_reminders->clear();
    auto reminders = Reminders::on(m_desk.db(), today);
    if (!reminders) {
        m_remindersMessage->setText(reminders.error().message);
        m_remindersMessage->show();
        return;
    }
    for (const Reminder& r : reminders.value()) {
        auto student = StudentService::byId(m_desk.db(), r.studentId);
        const QString phone = student ? student->phone : QString();
        auto* item = new QTreeWidgetItem(m_reminders,
            {reminderKindName(r.kind), r.studentCode, r.studentName, phone, r.message, reminderAction(r.kind)});
        item->setData(0, Qt::UserRole, r.studentId);
        item->setToolTip(4, r.message);
    }
    for (int c = 0; c < m_reminders->columnCount() - 1; ++c)
        m_reminders->resizeColumnToContents(c);
    m_reminders->setColumnWidth(4, std::min(m_reminders->columnWidth(4), fontMetrics().averageCharWidth() * 60));
    m_remindersMessage->setText(tr("Nothing to follow up today."));
    m_remindersMessage->setVisible(reminders->isEmpty());
}

} // namespace td::ui
