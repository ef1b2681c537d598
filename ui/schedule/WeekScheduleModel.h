#pragma once

#include "WeekLoader.h"

#include <QAbstractTableModel>
#include <QThread>

namespace td::ui {

// One week of sessions as a grid: a row per room (or per instructor), a column per day from Monday, each
// cell holding that day's sessions in that room (or with that instructor) by start time. The week is read
// by a WeekLoader in its own thread; answers to an older request are dropped.
class WeekScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Lanes { ByRoom, ByInstructor };
    enum DataRole {
        SessionIdsRole = Qt::UserRole + 1, // QList<qint64>: the cell's sessions, by start time
        LaneIdRole, // the row's room or instructor id (vertical header)
    };
    static constexpr int kDays = 7;

    explicit WeekScheduleModel(const QString& databasePath, QObject* parent = nullptr);
    ~WeekScheduleModel() override;

    // Shows the week holding day (Monday to Sunday) and reads it.
    void setWeek(const QDate& day);
    QDate monday() const { return m_monday; }
    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_lanes; }
    // The center's today, whose column header is bold.
    void setToday(const QDate& today);
    // Reads the same week again (after a change to the schedule).
    void reload();
    bool isLoading() const { return m_pending; }

    // The cell's sessions, by start time.
    QList<Session> sessionsAt(const QModelIndex& index) const;
    // The cell showing the session, or an invalid index.
    QModelIndex indexOf(qint64 sessionId) const;
    // The row of a room (or instructor) id, or -1.
    int rowOfLane(qint64 laneId) const;

    // "19:00–21:00 Olympiad (3/12)" plus the room or the instructor, whichever the rows do not show.
    QString sessionLine(const Session& session) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A requested week is in and shown.
    void weekLoaded();
    void failed(const QString& message);
    void loadRequested(quint64 generation, const QDate& monday);

private:
    struct Lane
    {
        qint64 id = 0;
        QString name;
        QString detail; // a room's seats, an instructor's role
        QList<QList<Session>> days; // kDays lists
    };

    void onLoaded(quint64 generation, const td::ui::WeekSchedule& week);
    void onFailed(quint64 generation, const QString& message);
    void rebuild();

    QThread m_thread;
    QDate m_monday;
    QDate m_today;
    Lanes m_lanes = Lanes::ByRoom;
    WeekSchedule m_week;
    QList<Lane> m_rows;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace td::ui
