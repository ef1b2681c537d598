#pragma once

#include "auth/Context.h"
#include "insights/InsightsService.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace td {
class Database;
}

namespace td::ui {

// Trains and queries the center's models in its own thread with its own connection to the center
// database, so the desk stays responsive while a training runs for minutes. Call the slots through a
// queued connection or QMetaObject::invokeMethod; setCancelled() may be called from any thread.
class InsightsWorker : public QObject
{
    Q_OBJECT

public:
    InsightsWorker(QString databasePath, const Clock& clock);
    ~InsightsWorker() override;

    // A running training stops at its next stage; set false before starting one.
    void setCancelled(bool cancelled) { m_cancel = cancelled; }

    void train(const td::Actor& actor);
    void loadOutlooks(const td::Actor& actor);
    void loadStudent(quint64 generation, const td::Actor& actor, qint64 studentId);

Q_SIGNALS:
    void progress(int percent, const QString& stage);
    // summary: one line on the new models' quality.
    void trained(const QString& summary);
    void trainingFailed(const QString& message, bool cancelled);
    // Active students scored by the stored models; modelSummary says which models and how good.
    void outlooksLoaded(const QList<td::insights::StudentOutlook>& students, const QString& modelSummary);
    void outlooksFailed(const QString& message);
    void studentLoaded(quint64 generation, const QList<td::insights::Recommendation>& recommendations,
        const td::insights::StudentOutlook& outlook, const QString& error);

private:
    Database* database(QString& error);
    Context context(const Actor& actor, Database& db) const;

    QString m_path;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::atomic<bool> m_cancel {false};
};

} // namespace td::ui
