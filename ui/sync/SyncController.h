#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QObject>

#include <memory>

namespace td::ui {

class Desk;
class SyncTokenStore;

// The desk's side of sync: reads this desk's sync settings and token, runs the SyncEngine (its own
// thread and connection) while both are set, and turns its state into the status bar's text.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(Desk& desk, QObject* parent = nullptr);
    ~SyncController() override;

    // Reads the token (keychain) and starts syncing when a server and a token are set.
    void start();
    // New settings and, when not empty, a new token: the engine restarts with them.
    Status configure(const SyncSettings::Values& values, const QString& token);
    void syncNow();

    bool isRunning() const { return m_engine != nullptr; }
    bool isSyncing() const { return m_engine && m_engine->isSyncing(); }
    // Whether syncing follows the network coming back (else only the timer and its retries).
    bool watchesNetwork() const { return m_engine && m_engine->watchesNetwork(); }
    SyncTokenStore& tokens() const { return *m_tokens; }
    QString statusText() const;

Q_SIGNALS:
    void statusTextChanged(const QString& text);
    // A run finished (the Sync page reloads its history and rejections).
    void runFinished();

private:
    void restart();
    void updateStatus();

    Desk& m_desk;
    SyncTokenStore* m_tokens = nullptr;
    std::unique_ptr<SyncEngine> m_engine;
    qint64 m_localPending = 0;
};

} // namespace td::ui
