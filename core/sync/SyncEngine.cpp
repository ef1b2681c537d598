#include "SyncEngine.h"

#include "storage/Database.h"
#include "sync/Outbox.h"

#include <QMutexLocker>
#include <QNetworkInformation>
#include <QTimer>

#include <memory>

namespace td {

// Lives on the engine's thread; owns the connection, the transport and the timer there.
class SyncEngine::Worker : public QObject
{
public:
    Worker(SyncEngine& engine, const Settings& settings)
        : m_engine(engine)
        , m_settings(settings)
    {
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { runOnce(); });
        auto db = Database::open(m_settings.databasePath);
        if (!db) {
            SyncReport report;
            report.outcome = SyncReport::Outcome::Failed;
            report.message = db.error().message;
            m_engine.publish(report, {}, 0);
            return;
        }
        m_db = std::move(db.value());
        m_transport = std::make_unique<SyncTransport>(m_settings.server, this);
        runOnce();
    }

    void runOnce()
    {
        if (!m_db)
            return;
        if (m_running) {
            // Asked while a run waits on the network (its local event loop delivered this): once more after it.
            m_again = true;
            return;
        }
        m_running = true;
        m_again = false;
        m_timer->stop();
        m_engine.setSyncing();
        SyncClient client(*m_db, Clock::system(), *m_transport, m_settings.client);
        const SyncReport report = client.run();
        const auto last = SyncState::lastSuccess(*m_db);
        const auto pending = Outbox::pendingCount(*m_db);
        m_engine.publish(report, last ? last.value() : QDateTime(), pending ? pending.value() : 0);
        // "Unreachable" tries again sooner than the regular interval, backing off while it keeps failing;
        // "server says no" waits for the regular interval (staff must act first).
        m_failures = report.outcome == SyncReport::Outcome::Unreachable ? m_failures + 1 : 0;
        const int regular = m_settings.intervalSeconds * 1000;
        m_timer->start(m_failures > 0
                ? std::min(regular, SyncClient::backoffDelayMs(m_failures, m_settings.retryBaseMs, regular))
                : regular);
        m_running = false;
        if (m_again)
            QMetaObject::invokeMethod(
                this, [this] { runOnce(); }, Qt::QueuedConnection);
    }

private:
    SyncEngine& m_engine;
    Settings m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncTransport> m_transport;
    QTimer* m_timer = nullptr;
    int m_failures = 0;
    bool m_running = false;
    bool m_again = false;
};

SyncEngine::SyncEngine(Settings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<td::SyncReport>();
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_worker)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_syncing = true;
    }
    m_worker = new Worker(*this, m_settings);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
    // The reachability backend lives in the application's thread; where the platform has none, the timer
    // and its retries catch up instead.
    m_watchesNetwork = QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()
        && QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability);
    if (m_watchesNetwork)
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    syncNow();
            });
}

void SyncEngine::stop()
{
    if (!m_worker)
        return;
    if (m_watchesNetwork)
        disconnect(QNetworkInformation::instance(), nullptr, this, nullptr);
    // quit() also ends the local event loop of a request under way, so the run finishes at once as
    // "unreachable"; nothing it did not hear back about is marked sent.
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    QMutexLocker lock(&m_mutex);
    m_syncing = false;
}

void SyncEngine::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->runOnce(); }, Qt::QueuedConnection);
}

void SyncEngine::setSyncing()
{
    {
        QMutexLocker lock(&m_mutex);
        m_syncing = true;
    }
    Q_EMIT syncStarted();
    Q_EMIT statusChanged();
}

void SyncEngine::publish(const SyncReport& report, const QDateTime& lastSync, qint64 pending)
{
    {
        QMutexLocker lock(&m_mutex);
        m_syncing = false;
        if (lastSync.isValid())
            m_lastSync = lastSync;
        m_pending = pending;
        m_lastError = report.ok() ? QString() : report.message;
    }
    Q_EMIT syncFinished(report);
    Q_EMIT statusChanged();
}

QDateTime SyncEngine::lastSync() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastSync;
}

qint64 SyncEngine::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

QString SyncEngine::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

bool SyncEngine::isSyncing() const
{
    QMutexLocker lock(&m_mutex);
    return m_syncing;
}

} // namespace td
