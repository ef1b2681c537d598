#pragma once

#include "sync/SyncClient.h"
#include "sync/SyncState.h"
#include "sync/SyncTransport.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QThread>

namespace td {

class Database;

// Runs sync on its own thread with its own database connection: on a timer, on syncNow() and when the
// network comes back; after "unreachable" it tries again sooner, backing off while it keeps failing.
// The UI reads the status through the getters (thread-safe) and the signals (queued to its thread).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString databasePath;
        SyncTransport::Config server;
        int intervalSeconds = 300;
        int retryBaseMs = 10000; // first retry after "unreachable"; doubles up to the interval
        SyncClient::Options client;
    };

    explicit SyncEngine(Settings settings, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Starts the thread and the timer (the first sync runs right away).
    void start();
    // Stops: a request under way is abandoned (its batch goes again next time); waits for the thread.
    void stop();
    // Asks for a sync as soon as the current one (if any) is done.
    void syncNow();
    // Whether the platform tells the desk when the network comes back (else the timer catches up).
    bool watchesNetwork() const { return m_watchesNetwork; }

    QDateTime lastSync() const; // last successful sync, invalid if none
    qint64 pendingCount() const;
    QString lastError() const; // empty after a successful sync
    bool isSyncing() const;

Q_SIGNALS:
    void syncStarted();
    void syncFinished(const td::SyncReport& report);
    void statusChanged();

private:
    class Worker;
    void publish(const SyncReport& report, const QDateTime& lastSync, qint64 pending);
    void setSyncing();

    Settings m_settings;
    QThread m_thread;
    Worker* m_worker = nullptr;
    bool m_watchesNetwork = false;
    mutable QMutex m_mutex;
    QDateTime m_lastSync;
    qint64 m_pending = 0;
    QString m_lastError;
    bool m_syncing = false;
};

} // namespace td

Q_DECLARE_METATYPE(td::SyncReport)
