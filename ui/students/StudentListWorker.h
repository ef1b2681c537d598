#pragma once

#include "students/StudentDirectory.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace td::ui {

// Runs student searches in its own thread with its own connection to the center database, so the desk
// never waits on the students table. Every request carries the generation of the search it belongs to;
// answers for an older generation are simply dropped by the model.
class StudentListWorker : public QObject
{
    Q_OBJECT

public:
    explicit StudentListWorker(QString databasePath);
    ~StudentListWorker() override;

public Q_SLOTS:
    void fetch(quint64 generation, const td::StudentFilter& filter, int offset, int limit);
    void count(quint64 generation, const td::StudentFilter& filter);
    // The interests (tags) in use, for the filter.
    void loadTags();

Q_SIGNALS:
    void fetched(quint64 generation, int offset, const QList<td::StudentListRow>& rows);
    void counted(quint64 generation, qint64 total);
    void tagsLoaded(const QStringList& tags);
    void failed(quint64 generation, const QString& message);

private:
    // Opens the connection on first use, in the worker's thread.
    Database* database(quint64 generation);

    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace td::ui
