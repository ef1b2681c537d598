#pragma once

#include "schedule/ScheduleService.h"

#include <QObject>

#include <memory>

namespace td::ui {

// Works out a class's sessions and their clashes in its own thread with its own connection, so a long
// recurrence (one clash query per session) never holds up the dialog. Answers carry the generation of the
// request they belong to.
class ClassPreviewWorker : public QObject
{
    Q_OBJECT

public:
    explicit ClassPreviewWorker(QString databasePath);
    ~ClassPreviewWorker() override;

public Q_SLOTS:
    void propose(quint64 generation, const td::ClassSpec& spec);

Q_SIGNALS:
    void proposed(quint64 generation, const td::SessionProposal& proposal);
    void refused(quint64 generation, const td::Error& error);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace td::ui
