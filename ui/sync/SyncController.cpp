#include "SyncController.h"

#include "SyncTokenStore.h"
#include "shell/Desk.h"
#include "sync/Outbox.h"

#include <QLocale>

namespace td::ui {

SyncController::SyncController(Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_tokens(new SyncTokenStore(desk.databasePath(), this))
{
    connect(m_tokens, &SyncTokenStore::tokenChanged, this, &SyncController::restart);
    // Local writes change what waits to be sent; the count is one indexed query on the UI's connection.
    connect(&m_desk, &Desk::changed, this, [this] { updateStatus(); });
}

SyncController::~SyncController() = default;

void SyncController::start()
{
    // The demo's local server hands its token over for this session only (see run.sh).
    const QString sessionToken = qEnvironmentVariable("TD_SYNC_TOKEN");
    auto values = SyncSettings::load(m_desk.db());
    if (!sessionToken.isEmpty())
        m_tokens->setSessionToken(sessionToken);
    else if (values && !values->server.isEmpty())
        m_tokens->read(); // the keychain is asked only on a desk that syncs
    else
        updateStatus();
}

Status SyncController::configure(const SyncSettings::Values& values, const QString& token)
{
    if (auto saved = SyncSettings::save(m_desk.context(), values); !saved)
        return saved;
    if (!token.isEmpty() || values.server.isEmpty())
        m_tokens->write(token); // restarts when stored
    else
        restart();
    return {};
}

void SyncController::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void SyncController::restart()
{
    m_engine.reset();
    auto values = SyncSettings::load(m_desk.db());
    if (values && !values->server.isEmpty() && !m_tokens->token().isEmpty()) {
        SyncEngine::Settings settings;
        settings.databasePath = m_desk.databasePath();
        settings.server.server = values->server;
        settings.server.token = m_tokens->token();
        settings.intervalSeconds = values->intervalMinutes * 60;
        m_engine = std::make_unique<SyncEngine>(settings);
        connect(m_engine.get(), &SyncEngine::statusChanged, this, &SyncController::updateStatus);
        connect(m_engine.get(), &SyncEngine::syncFinished, this, [this](const SyncReport& report) {
            m_desk.notifyChanged(QStringLiteral("sync"));
            if (report.pulled > 0)
                m_desk.notifyChanged(QStringLiteral("students")); // pulled changes may touch any list
            Q_EMIT runFinished();
        });
        m_engine->start();
    }
    updateStatus();
}

QString SyncController::statusText() const
{
    const QString pending = tr("changes to send: %1").arg(m_localPending);
    if (!m_engine)
        return tr("Sync off (set the server in Settings) · %1").arg(pending);
    if (m_engine->isSyncing())
        return tr("Syncing… · %1").arg(pending);
    const QDateTime last = m_engine->lastSync();
    QString text = last.isValid() ? tr("Last sync %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                                  : tr("Not synced yet");
    text += QStringLiteral(" · ") + pending;
    if (!m_engine->lastError().isEmpty())
        text += QStringLiteral(" · ") + tr("Last error: %1").arg(m_engine->lastError());
    return text;
}

void SyncController::updateStatus()
{
    if (auto pending = Outbox::pendingCount(m_desk.db()))
        m_localPending = pending.value();
    Q_EMIT statusTextChanged(statusText());
}

} // namespace td::ui
