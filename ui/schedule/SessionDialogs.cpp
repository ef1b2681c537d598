#include "SessionDialogs.h"

#include "ScheduleFormat.h"
#include "common/FormErrors.h"
#include "schedule/RoomService.h"
#include "schedule/ScheduleService.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QString describe(const Session& s)
{
    return CancelSessionDialog::tr("%1, %2 %3 in %4 with %5")
        .arg(s.className, ScheduleFormat::longDay(s.localDate), ScheduleFormat::timeRange(s.localStart, s.localEnd),
            s.roomName, s.instructorName);
}

QLabel* errorLine(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    FormErrors::styleAsError(label);
    label->hide();
    return label;
}

} // namespace

CancelSessionDialog::CancelSessionDialog(Desk& desk, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_session(session)
{
    setObjectName(QStringLiteral("cancelSessionDialog"));
    setWindowTitle(tr("Cancel Session"));
    auto* what = new QLabel(describe(session));
    what->setObjectName(QStringLiteral("cancelSessionWhat"));
    what->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("What students will be told, e.g. instructor ill"));
    m_makeupNext = new QCheckBox(tr("Schedule a &makeup session next"));
    m_makeupNext->setObjectName(QStringLiteral("cancelMakeupNext"));
    m_makeupNext->setChecked(true);
    m_error = errorLine(QStringLiteral("cancelError"));

    auto* buttons = new QDialogButtonBox;
    auto* confirm = buttons->addButton(tr("&Cancel Session"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("cancelConfirmButton"));
    buttons->addButton(tr("&Keep Session"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelSessionDialog::cancelSession);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_makeupNext);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

bool CancelSessionDialog::makeupNext() const
{
    return m_makeupNext->isChecked();
}

void CancelSessionDialog::cancelSession()
{
    if (auto done = ScheduleService::cancelSession(m_desk.context(), m_session.id, m_reason->text()); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        m_reason->setFocus();
        return;
    }
    m_desk.notifyChanged(QStringLiteral("schedule"));
    accept();
}

MakeupDialog::MakeupDialog(Desk& desk, const Session& cancelled, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_cancelled(cancelled)
{
    setObjectName(QStringLiteral("makeupDialog"));
    setWindowTitle(tr("Makeup Session"));
    auto* what = new QLabel(tr("Makes up for: %1").arg(describe(cancelled)));
    what->setWordWrap(true);

    // A week later at the same time is the usual answer.
    m_date = new QDateEdit(cancelled.localDate.addDays(7));
    m_date->setObjectName(QStringLiteral("makeupDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_start = new QTimeEdit(cancelled.localStart);
    m_start->setObjectName(QStringLiteral("makeupStart"));
    m_start->setAccessibleName(tr("Start time"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(cancelled.localEnd);
    m_end->setObjectName(QStringLiteral("makeupEnd"));
    m_end->setAccessibleName(tr("End time"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to")));
    times->addWidget(m_end);
    times->addStretch();
    m_room = new QComboBox;
    m_room->setObjectName(QStringLiteral("makeupRoom"));
    m_room->setAccessibleName(tr("Room"));
    if (auto rooms = RoomService::list(desk.db()))
        for (const Room& room : rooms.value())
            m_room->addItem(tr("%1 (%n seat(s))", nullptr, room.capacity).arg(room.name), room.id);
    m_room->setCurrentIndex(std::max(0, m_room->findData(cancelled.roomId)));

    m_clashList = new QLabel;
    m_clashList->setObjectName(QStringLiteral("makeupClashes"));
    m_clashList->setAccessibleName(tr("Clashes"));
    m_clashList->setWordWrap(true);
    m_error = errorLine(QStringLiteral("makeupError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("makeupSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MakeupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Time:"), times);
    form->addRow(tr("&Room:"), m_room);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_clashList);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // One clash query per edit is cheap, so the check runs as the clerk types.
    connect(m_date, &QDateEdit::dateChanged, this, &MakeupDialog::checkClashes);
    connect(m_start, &QTimeEdit::timeChanged, this, &MakeupDialog::checkClashes);
    connect(m_end, &QTimeEdit::timeChanged, this, &MakeupDialog::checkClashes);
    connect(m_room, &QComboBox::currentIndexChanged, this, &MakeupDialog::checkClashes);
    checkClashes();
    m_date->setFocus();
}

QDateTime MakeupDialog::startsAt() const
{
    return QDateTime(m_date->date(), m_start->time(), CenterSettings(m_desk.db()).timeZone());
}

QDateTime MakeupDialog::endsAt() const
{
    return QDateTime(m_date->date(), m_end->time(), CenterSettings(m_desk.db()).timeZone());
}

void MakeupDialog::checkClashes()
{
    m_error->hide();
    const QDateTime start = startsAt();
    const QDateTime end = endsAt();
    if (!(end > start)) {
        m_clashes = false;
        m_clashList->setText(tr("The session must end after it starts."));
        FormErrors::styleAsError(m_clashList);
        m_save->setEnabled(false);
        return;
    }
    auto clashes = ScheduleService::clashesFor(
        m_desk.db(), start, end, m_room->currentData().toLongLong(), m_cancelled.instructorId);
    if (!clashes) {
        m_clashes = false;
        m_clashList->setText(clashes.error().message);
        FormErrors::styleAsError(m_clashList);
        m_save->setEnabled(false);
        return;
    }
    m_clashes = !clashes->isEmpty();
    if (m_clashes) {
        QStringList messages;
        for (const Clash& clash : clashes.value())
            messages << clash.message;
        m_clashList->setText(messages.join(QLatin1Char('\n')));
        FormErrors::styleAsError(m_clashList);
    } else {
        m_clashList->setText(tr("The room and the instructor are free then."));
        m_clashList->setPalette(QPalette());
    }
    m_save->setEnabled(!m_clashes);
}

void MakeupDialog::save()
{
    checkClashes();
    if (m_clashes)
        return;
    auto session = ScheduleService::scheduleMakeup(
        m_desk.context(), m_cancelled.id, startsAt(), endsAt(), m_room->currentData().toLongLong());
    if (!session) {
        m_error->setText(session.error().message);
        m_error->show();
        return;
    }
    m_created = session.value();
    m_desk.notifyChanged(QStringLiteral("schedule"));
    accept();
}

} // namespace td::ui
