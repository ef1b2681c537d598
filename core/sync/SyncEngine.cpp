#include "SyncEngine.h"

#include "storage/Database.h"
#include "sync/Outbox.h"

#include <QMutexLocker>
#include <QNetworkInformation>
#include <QTimer>

namespace td {

// Lives on the engine's thread; owns the connection, the transport and the timers there.
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
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { runOnce(); });
        if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
            connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        runOnce();
                });
        }
        runOnce();
    }

    void runOnce()
    {
        if (!m_db || m_running)
            return;
        m_running = true;
        m_timer->stop();
        Q_EMIT m_engine.syncStarted();
        {
            QMutexLocker lock(&m_engine.m_mutex);
            m_engine.m_syncing = true;
        }
        SyncClient client(*m_db, Clock::system(), *m_transport, m_settings.client);
        const SyncReport report = client.run();
        const auto last = SyncState::lastSuccess(*m_db);
        const auto pending = Outbox::pendingCount(*m_db);
        m_engine.publish(report, last ? last.value() : QDateTime(), pending ? pending.value() : 0);
        // After a failure, try again sooner than the regular interval, backing off while it keeps failing.
        m_failures = report.outcome == SyncReport::Outcome::Unreachable ? m_failures + 1 : 0;
        const int regular = m_settings.intervalSeconds * 1000;
        const int next
            = m_failures > 0 ? std::min(regular, SyncClient::backoffDelayMs(m_failures, 10000, regular)) : regular;
        m_timer->start(next);
        m_running = false;
    }

    void finish()
    {
        m_timer = nullptr;
        m_transport.reset();
        m_db.reset();
    }

private:
    SyncEngine& m_engine;
    Settings m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncTransport> m_transport;
    QTimer* m_timer = nullptr;
    int m_failures = 0;
    bool m_running = false;
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
    m_worker = new Worker(*this, m_settings);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
}

void SyncEngine::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->finish(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncEngine::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->runOnce(); }, Qt::QueuedConnection);
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

Result<QList<SyncState::Run>> SyncEngine::history(const Database& db, int limit)
{
    return SyncState::history(db, limit);
}

} // namespace td
