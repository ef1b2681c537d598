#pragma once

#include "sync/SyncClient.h"
#include "sync/SyncState.h"
#include "sync/SyncTransport.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>

namespace td {

class Database;

// Runs sync on its own thread with its own database connection: on a timer, on syncNow() and when the
// network comes back; after a failure it tries again with backoff. The UI reads the status through the
// getters (thread-safe) and the signals (queued to the UI thread).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString databasePath;
        SyncTransport::Config server;
        int intervalSeconds = 300;
        SyncClient::Options client;
    };

    explicit SyncEngine(Settings settings, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Starts the thread and the timer (the first sync runs right away).
    void start();
    // Stops after the current request; waits for the thread.
    void stop();
    // Asks for a sync as soon as the current one (if any) is done.
    void syncNow();

    QDateTime lastSync() const; // last successful sync, invalid if none
    qint64 pendingCount() const;
    QString lastError() const; // empty after a successful sync
    bool isSyncing() const;

    // For the Sync page, read with the caller's own connection.
    static Result<QList<SyncState::Run>> history(const Database& db, int limit = 100);

Q_SIGNALS:
    void syncStarted();
    void syncFinished(const td::SyncReport& report);
    void statusChanged();

private:
    class Worker;
    void publish(const SyncReport& report, const QDateTime& lastSync, qint64 pending);

    Settings m_settings;
    QThread m_thread;
    Worker* m_worker = nullptr;
    mutable QMutex m_mutex;
    QDateTime m_lastSync;
    qint64 m_pending = 0;
    QString m_lastError;
    bool m_syncing = false;
};

} // namespace td

Q_DECLARE_METATYPE(td::SyncReport)
