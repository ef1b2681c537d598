#include "WeekScheduleModel.h"

#include "ScheduleFormat.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace td::ui {

namespace {

QString timeRange(const Session& s)
{
    return ScheduleFormat::timeRange(s.localStart, s.localEnd);
}

} // namespace

WeekScheduleModel::WeekScheduleModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent)
{
    auto* loader = new WeekLoader(databasePath);
    loader->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("schedule-week"));
    connect(&m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(this, &WeekScheduleModel::loadRequested, loader, &WeekLoader::load);
    connect(loader, &WeekLoader::loaded, this, &WeekScheduleModel::onLoaded);
    connect(loader, &WeekLoader::failed, this, &WeekScheduleModel::onFailed);
    m_thread.start();
}

WeekScheduleModel::~WeekScheduleModel()
{
    m_thread.quit();
    m_thread.wait();
}

void WeekScheduleModel::setWeek(const QDate& day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    reload();
}

void WeekScheduleModel::setLanes(Lanes lanes)
{
    if (m_lanes == lanes)
        return;
    m_lanes = lanes;
    rebuild();
}

void WeekScheduleModel::setToday(const QDate& today)
{
    m_today = today;
}

void WeekScheduleModel::reload()
{
    if (!m_monday.isValid())
        return;
    m_pending = true;
    Q_EMIT loadRequested(++m_generation, m_monday);
}

void WeekScheduleModel::onLoaded(quint64 generation, const WeekSchedule& week)
{
    if (generation != m_generation)
        return;
    m_pending = false;
    m_week = week;
    rebuild();
    Q_EMIT weekLoaded();
}

void WeekScheduleModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_pending = false;
    Q_EMIT failed(message);
}

void WeekScheduleModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    auto laneOf = [this](qint64 id, const QString& name, const QString& detail) -> Lane& {
        for (Lane& lane : m_rows)
            if (lane.id == id)
                return lane;
        m_rows.append({id, name, detail, QList<QList<Session>>(kDays)});
        return m_rows.last();
    };
    if (m_lanes == Lanes::ByRoom) {
        for (const Room& room : std::as_const(m_week.rooms))
            laneOf(room.id, room.name, tr("%n seat(s)", nullptr, room.capacity));
    } else {
        // Admins may teach but get a row only in a week they do.
        for (const StaffMember& member : std::as_const(m_week.instructors))
            if (member.role == Role::Instructor)
                laneOf(member.id, member.displayName, roleDisplayName(member.role));
    }
    // A room no longer in use (or a former instructor) still shows the week's sessions it has.
    for (const Session& s : std::as_const(m_week.sessions)) {
        const int day = int(m_week.monday.daysTo(s.localDate));
        if (day < 0 || day >= kDays)
            continue;
        Lane& lane = m_lanes == Lanes::ByRoom ? laneOf(s.roomId, s.roomName, {})
                                              : laneOf(s.instructorId, s.instructorName, {});
        lane.days[day].append(s);
    }
    endResetModel();
}

QList<Session> WeekScheduleModel::sessionsAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_rows.at(index.row()).days.at(index.column());
}

QModelIndex WeekScheduleModel::indexOf(qint64 sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        for (int day = 0; day < kDays; ++day)
            for (const Session& s : m_rows.at(row).days.at(day))
                if (s.id == sessionId)
                    return index(row, day);
    return {};
}

int WeekScheduleModel::rowOfLane(qint64 laneId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == laneId)
            return row;
    return -1;
}

QString WeekScheduleModel::sessionLine(const Session& s) const
{
    QString line = tr("%1 %2 (%3/%4)").arg(timeRange(s), s.className).arg(s.enrolledCount).arg(s.capacity);
    line += QStringLiteral(" · ") + (m_lanes == Lanes::ByRoom ? s.instructorName : s.roomName);
    if (s.makeupOfId != 0)
        line += QStringLiteral(" · ") + tr("makeup");
    if (s.isCancelled())
        line += QStringLiteral(" · ") + tr("cancelled");
    return line;
}

int WeekScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WeekScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kDays;
}

QVariant WeekScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Session>& sessions = m_rows.at(index.row()).days.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList lines;
        for (const Session& s : sessions)
            lines << sessionLine(s);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QStringList parts;
        for (const Session& s : sessions) {
            QString text = tr("%1 %2, %3\nRoom: %4 · Instructor: %5\nEnrolled: %6 of %7 · Status: %8")
                               .arg(timeRange(s), s.className, s.courseTitle, s.roomName, s.instructorName)
                               .arg(s.enrolledCount)
                               .arg(s.capacity)
                               .arg(sessionStatusDisplayName(s.status));
            if (s.isCancelled() && !s.cancelReason.isEmpty())
                text += QLatin1Char('\n') + tr("Cancelled: %1").arg(s.cancelReason);
            parts << text;
        }
        return parts.join(QStringLiteral("\n\n"));
    }
    case SessionIdsRole: {
        QList<qint64> ids;
        for (const Session& s : sessions)
            ids << s.id;
        return QVariant::fromValue(ids);
    }
    default:
        return {};
    }
}

QVariant WeekScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= kDays || !m_monday.isValid())
            return QAbstractTableModel::headerData(section, orientation, role);
        const QDate date = m_monday.addDays(section);
        const QLocale locale;
        if (role == Qt::DisplayRole)
            return tr("%1\n%2").arg(locale.standaloneDayName(date.dayOfWeek(), QLocale::ShortFormat),
                locale.toString(date, QLocale::ShortFormat));
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return locale.toString(date, QLocale::LongFormat);
        if (role == Qt::FontRole && date == m_today) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Lane& lane = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return lane.name;
    case Qt::ToolTipRole:
        return lane.detail.isEmpty() ? lane.name : tr("%1 (%2)").arg(lane.name, lane.detail);
    case LaneIdRole:
        return lane.id;
    default:
        return {};
    }
}

} // namespace td::ui
