#include "ClassDialog.h"

#include "ClassPreviewWorker.h"
#include "ScheduleFormat.h"
#include "catalog/CatalogService.h"
#include "schedule/RoomService.h"
#include "shell/Desk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace td::ui {

ClassDialog::ClassDialog(Desk& desk, Kind kind, const QDate& firstDate, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("classDialog"));
    setWindowTitle(kind == Kind::Class ? tr("New Class") : tr("New Workshop or Lecture"));

    m_course = new QComboBox;
    m_course->setObjectName(QStringLiteral("classCourse"));
    m_course->setAccessibleName(tr("Course"));
    CatalogFilter filter;
    filter.kinds = kind == Kind::Class
        ? QList<CatalogItem::Kind> {CatalogItem::Kind::OfflineCourse, CatalogItem::Kind::Workshop}
        : QList<CatalogItem::Kind> {CatalogItem::Kind::Workshop, CatalogItem::Kind::OfflineCourse};
    auto courses = CatalogService::list(desk.db(), filter);
    QList<CatalogItem> items = courses ? courses.value() : QList<CatalogItem> {};
    // A workshop dialog offers workshops first; a class dialog offers offline courses first.
    std::stable_sort(items.begin(), items.end(), [&filter](const CatalogItem& a, const CatalogItem& b) {
        return filter.kinds.indexOf(a.kind) < filter.kinds.indexOf(b.kind);
    });
    for (const CatalogItem& item : std::as_const(items)) {
        m_course->addItem(tr("%1 (%2)").arg(item.title, CatalogItem::kindDisplayName(item.kind)), item.id);
        m_course->setItemData(m_course->count() - 1, item.title, Qt::UserRole + 1);
        m_course->setItemData(m_course->count() - 1, QVariant::fromValue(item.price.minor()), Qt::UserRole + 2);
    }

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("className"));
    m_name->setAccessibleName(tr("Class name"));
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });

    m_instructor = new QComboBox;
    m_instructor->setObjectName(QStringLiteral("classInstructor"));
    m_instructor->setAccessibleName(tr("Instructor"));
    if (auto staff = ScheduleService::instructors(desk.db()))
        for (const StaffMember& member : staff.value())
            m_instructor->addItem(member.displayName, member.id);

    m_room = new QComboBox;
    m_room->setObjectName(QStringLiteral("classRoom"));
    m_room->setAccessibleName(tr("Room"));
    if (auto rooms = RoomService::list(desk.db()))
        for (const Room& room : rooms.value()) {
            m_room->addItem(tr("%1 (%n seat(s))", nullptr, room.capacity).arg(room.name), room.id);
            m_room->setItemData(m_room->count() - 1, room.capacity, Qt::UserRole + 1);
        }

    m_capacity = new QSpinBox;
    m_capacity->setObjectName(QStringLiteral("classCapacity"));
    m_capacity->setAccessibleName(tr("Seats"));
    // Starts at its maximum, so the first room offers all its seats.
    m_capacity->setRange(1, 999);
    m_capacity->setValue(999);

    m_firstDate = new QDateEdit(firstDate);
    m_firstDate->setObjectName(QStringLiteral("classFirstDate"));
    m_firstDate->setAccessibleName(kind == Kind::Class ? tr("First date") : tr("Date"));
    m_firstDate->setCalendarPopup(true);

    auto* weekdays = new QWidget;
    weekdays->setObjectName(QStringLiteral("classWeekdays"));
    auto* weekdaysLayout = new QHBoxLayout(weekdays);
    weekdaysLayout->setContentsMargins(0, 0, 0, 0);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(QLocale().standaloneDayName(day, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("weekday_%1").arg(day));
        box->setAccessibleName(QLocale().standaloneDayName(day, QLocale::LongFormat));
        box->setChecked(day == firstDate.dayOfWeek());
        weekdaysLayout->addWidget(box);
        m_weekdays[day - 1] = box;
    }
    weekdaysLayout->addStretch();

    m_start = new QTimeEdit(QTime(19, 0));
    m_start->setObjectName(QStringLiteral("classStart"));
    m_start->setAccessibleName(tr("Start time"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(QTime(21, 0));
    m_end->setObjectName(QStringLiteral("classEnd"));
    m_end->setAccessibleName(tr("End time"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* times = new QWidget;
    auto* timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_start);
    timesLayout->addWidget(new QLabel(tr("to")));
    timesLayout->addWidget(m_end);
    timesLayout->addStretch();

    m_byCount = new QRadioButton(tr("After"));
    m_byCount->setObjectName(QStringLiteral("classEndsByCount"));
    m_byCount->setChecked(true);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("classSessionCount"));
    m_count->setAccessibleName(tr("Number of sessions"));
    m_count->setRange(1, ScheduleService::kMaxSessionsPerClass);
    m_count->setValue(10);
    m_count->setSuffix(tr(" sessions"));
    m_byDate = new QRadioButton(tr("On"));
    m_byDate->setObjectName(QStringLiteral("classEndsByDate"));
    m_endDate = new QDateEdit(firstDate.addMonths(3));
    m_endDate->setObjectName(QStringLiteral("classEndDate"));
    m_endDate->setAccessibleName(tr("Last date"));
    m_endDate->setCalendarPopup(true);
    m_endDate->setEnabled(false);
    auto* ends = new QWidget;
    auto* endsLayout = new QHBoxLayout(ends);
    endsLayout->setContentsMargins(0, 0, 0, 0);
    endsLayout->addWidget(m_byCount);
    endsLayout->addWidget(m_count);
    endsLayout->addSpacing(fontMetrics().averageCharWidth() * 2);
    endsLayout->addWidget(m_byDate);
    endsLayout->addWidget(m_endDate);
    endsLayout->addStretch();
    connect(m_byCount, &QRadioButton::toggled, this, [this](bool byCount) {
        m_count->setEnabled(byCount);
        m_endDate->setEnabled(!byCount);
    });

    m_price = new QLineEdit;
    m_price->setObjectName(QStringLiteral("classDropInPrice"));
    m_price->setAccessibleName(kind == Kind::Class ? tr("Drop-in ticket price") : tr("Ticket price"));
    m_price->setPlaceholderText(kind == Kind::Class ? tr("No drop-in tickets") : tr("Free"));
    connect(m_price, &QLineEdit::textEdited, this, [this] { m_priceEdited = true; });

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("classError"));
    m_error->setWordWrap(true);
    m_errors = FormErrors(m_error);

    auto* form = new QFormLayout;
    form->addRow(tr("&Course:"), m_errors.wrap(QStringLiteral("courseId"), m_course));
    form->addRow(tr("&Name:"), m_errors.wrap(QStringLiteral("name"), m_name));
    form->addRow(tr("&Instructor:"), m_errors.wrap(QStringLiteral("instructorId"), m_instructor));
    form->addRow(tr("&Room:"), m_errors.wrap(QStringLiteral("roomId"), m_room));
    form->addRow(tr("S&eats:"), m_errors.wrap(QStringLiteral("capacity"), m_capacity));
    form->addRow(kind == Kind::Class ? tr("&First date:") : tr("&Date:"),
        m_errors.wrap(QStringLiteral("startDate"), m_firstDate));
    QWidget* weekdaysRow = m_errors.wrap(QStringLiteral("weekdays"), weekdays);
    form->addRow(tr("On:"), weekdaysRow);
    QWidget* timesRow = m_errors.wrap(QStringLiteral("startTime"), times);
    form->addRow(tr("&Time:"), timesRow);
    QWidget* endsRow = m_errors.wrap(QStringLiteral("sessionCount"), ends);
    form->addRow(tr("Ends:"), endsRow);
    form->addRow(kind == Kind::Class ? tr("&Drop-in ticket:") : tr("&Ticket price:"),
        m_errors.wrap(QStringLiteral("dropInPrice"), m_price));
    if (kind == Kind::Workshop) {
        form->setRowVisible(weekdaysRow, false);
        form->setRowVisible(endsRow, false);
    }

    m_preview = new QListWidget;
    m_preview->setObjectName(QStringLiteral("sessionPreview"));
    m_preview->setAccessibleName(tr("Sessions to be scheduled"));
    m_preview->setWordWrap(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    auto* previewBox = new QVBoxLayout;
    auto* previewTitle = new QLabel(tr("&Sessions:"));
    previewTitle->setBuddy(m_preview);
    previewBox->addWidget(previewTitle);
    previewBox->addWidget(m_preview, 1);
    previewBox->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("classSaveButton"));
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addLayout(previewBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Room for the preview's clash messages next to the form.
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 34);

    auto* worker = new ClassPreviewWorker(desk.databasePath());
    worker->moveToThread(&m_previewThread);
    m_previewThread.setObjectName(QStringLiteral("class-preview"));
    connect(&m_previewThread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &ClassDialog::previewRequested, worker, &ClassPreviewWorker::propose);
    connect(worker, &ClassPreviewWorker::proposed, this, &ClassDialog::showProposal);
    connect(worker, &ClassPreviewWorker::refused, this, &ClassDialog::showRefusal);
    m_previewThread.start();

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ClassDialog::updatePreview);
    auto later = [this] { m_previewTimer->start(); };
    connect(m_course, &QComboBox::currentIndexChanged, this, &ClassDialog::courseChanged);
    connect(m_room, &QComboBox::currentIndexChanged, this, &ClassDialog::roomChanged);
    connect(m_name, &QLineEdit::textChanged, this, later);
    connect(m_instructor, &QComboBox::currentIndexChanged, this, later);
    connect(m_capacity, &QSpinBox::valueChanged, this, later);
    connect(m_firstDate, &QDateEdit::dateChanged, this, later);
    for (QCheckBox* box : m_weekdays)
        connect(box, &QCheckBox::toggled, this, later);
    connect(m_start, &QTimeEdit::timeChanged, this, later);
    connect(m_end, &QTimeEdit::timeChanged, this, later);
    connect(m_byCount, &QRadioButton::toggled, this, later);
    connect(m_count, &QSpinBox::valueChanged, this, later);
    connect(m_endDate, &QDateEdit::dateChanged, this, later);
    connect(m_price, &QLineEdit::textChanged, this, later);

    courseChanged();
    roomChanged();
    updatePreview();
    m_course->setFocus();
}

ClassDialog::~ClassDialog()
{
    m_previewThread.quit();
    m_previewThread.wait();
}

void ClassDialog::courseChanged()
{
    if (!m_nameEdited)
        m_name->setText(m_course->currentData(Qt::UserRole + 1).toString());
    if (m_kind == Kind::Workshop && !m_priceEdited && m_course->currentIndex() >= 0)
        m_price->setText(Money::fromMinor(m_course->currentData(Qt::UserRole + 2).toLongLong()).toString(QLocale()));
    m_previewTimer->start();
}

void ClassDialog::roomChanged()
{
    const int seats = m_room->currentData(Qt::UserRole + 1).toInt();
    if (seats > 0) {
        // A new room offers all its seats; a smaller one caps what was typed.
        const bool wasFull = m_capacity->value() == m_capacity->maximum();
        m_capacity->setMaximum(seats);
        if (wasFull)
            m_capacity->setValue(seats);
    }
    m_previewTimer->start();
}

ClassSpec ClassDialog::spec() const
{
    ClassSpec spec;
    spec.courseId = m_course->currentData().toLongLong();
    spec.name = m_name->text();
    spec.instructorId = m_instructor->currentData().toLongLong();
    spec.roomId = m_room->currentData().toLongLong();
    spec.capacity = m_capacity->value();
    spec.startDate = m_firstDate->date();
    if (const QString price = m_price->text().trimmed(); !price.isEmpty())
        spec.dropInPrice = Money::parse(price, QLocale());
    if (m_kind == Kind::Workshop) {
        spec.recurrence = Recurrence::once(spec.startDate, m_start->time(), m_end->time());
        return spec;
    }
    QList<Qt::DayOfWeek> days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        if (m_weekdays[day - 1]->isChecked())
            days << Qt::DayOfWeek(day);
    spec.recurrence = m_byCount->isChecked()
        ? Recurrence::weekly(days, m_start->time(), m_end->time(), m_count->value())
        : Recurrence::weeklyUntil(days, m_start->time(), m_end->time(), m_endDate->date());
    return spec;
}

void ClassDialog::setPreviewInvalid(const Error& error)
{
    m_preview->clear();
    m_summary->clear();
    m_clashCount = 0;
    m_valid = false;
    m_errors.show(error);
    m_save->setEnabled(false);
}

void ClassDialog::updatePreview()
{
    m_previewTimer->stop();
    const ClassSpec spec = this->spec();
    if (!m_price->text().trimmed().isEmpty() && !spec.dropInPrice) {
        ++m_generation;
        m_previewPending = false;
        setPreviewInvalid(Error::invalid(tr("Type an amount such as 80 or 80.50."), QStringLiteral("dropInPrice")));
        return;
    }
    m_requested = spec;
    m_previewPending = true;
    m_save->setEnabled(false);
    Q_EMIT previewRequested(++m_generation, spec);
}

void ClassDialog::showRefusal(quint64 generation, const Error& error)
{
    if (generation != m_generation)
        return;
    m_previewPending = false;
    const QPointer<QWidget> focused = focusWidget();
    setPreviewInvalid(error);
    // The preview follows the typing; it must not pull the cursor away to the field it blames.
    if (focused)
        focused->setFocus();
}

void ClassDialog::showProposal(quint64 generation, const SessionProposal& proposal)
{
    if (generation != m_generation)
        return;
    m_previewPending = false;
    m_errors.clear();
    m_preview->clear();
    QList<QStringList> clashesOf(proposal.sessions.size());
    for (const Clash& clash : proposal.clashes)
        clashesOf[clash.proposedIndex] << clash.message;
    const QColor tint = ScheduleFormat::clashTint(m_preview->palette());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString times = ScheduleFormat::timeRange(m_requested.recurrence.startTime, m_requested.recurrence.endTime);
    for (int i = 0; i < proposal.sessions.size(); ++i) {
        QString text
            = tr("%1. %2 %3").arg(i + 1).arg(ScheduleFormat::longDay(proposal.sessions.at(i).localDate), times);
        auto* item = new QListWidgetItem(m_preview);
        const QStringList& clashes = clashesOf.at(i);
        item->setData(ClashRole, !clashes.isEmpty());
        if (!clashes.isEmpty()) {
            text += QLatin1Char('\n') + clashes.join(QLatin1Char('\n'));
            item->setIcon(warning);
            item->setBackground(tint);
            item->setForeground(m_preview->palette().color(QPalette::Text));
        }
        item->setText(text);
    }
    int clashing = 0;
    for (const QStringList& clashes : std::as_const(clashesOf))
        clashing += clashes.isEmpty() ? 0 : 1;
    m_clashCount = clashing;
    m_valid = true;
    const QString count = tr("%n session(s), %1 to %2.", nullptr, int(proposal.sessions.size()))
                              .arg(ScheduleFormat::longDay(proposal.sessions.first().localDate),
                                  ScheduleFormat::longDay(proposal.sessions.last().localDate));
    m_summary->setText(clashing == 0 ? count
                                     : count + QLatin1Char(' ')
                + tr("%n session(s) clash; change the time, the room or the instructor.", nullptr, clashing));
    if (clashing == 0)
        m_summary->setPalette(QPalette());
    else
        FormErrors::styleAsError(m_summary);
    m_save->setEnabled(clashing == 0 && !m_previewTimer->isActive());
}

void ClassDialog::save()
{
    // Save is disabled until the preview of what is on the form is in; Enter must not get around that.
    if (m_previewTimer->isActive() || m_previewPending || !m_valid || hasClashes())
        return;
    auto created = ScheduleService::createClass(m_desk.context(), spec());
    if (!created) {
        m_errors.show(created.error());
        // The room may have been booked from another desk since the preview: the new preview shows where.
        if (created.error().kind == Error::Kind::Conflict)
            updatePreview();
        return;
    }
    m_created = created.value();
    m_desk.notifyChanged(QStringLiteral("schedule"));
    accept();
}

} // namespace td::ui
