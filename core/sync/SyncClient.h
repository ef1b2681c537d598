#pragma once

#include "common/Clock.h"
#include "sync/SyncTransport.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

// What one sync run did, for the status bar, the Sync page and `trainingdesk-cli sync`.
struct SyncReport
{
    enum class Outcome {
        Ok,
        Unreachable, // the server could not be reached or answered nonsense: keep working, retry later
        Refused, // the server said no (token, version, TLS): staff must act
        Failed, // the local database failed
    };
    Outcome outcome = Outcome::Ok;
    QString message;
    int pushed = 0; // mutations the server took (applied, duplicate or merged)
    int merged = 0; // of which merged into a record another desk had made
    int rejected = 0;
    int pulled = 0; // changes received
    int deferred = 0; // received changes waiting for a row this desk does not have yet
    QStringList rejections; // "entity uuid: reason"

    bool ok() const { return outcome == Outcome::Ok; }
    static QString outcomeKey(Outcome outcome);
};

// One full sync: check the API version, push the outbox in order and in batches, pull pages of changes
// and apply each page with its cursor in one transaction. Runs in the thread that owns db and transport.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(td::SyncClient)

public:
    struct Options
    {
        int batchSize = 500;
        int pageSize = 500;
        int maxAttempts = 4; // per request, for "unreachable" answers
        int backoffBaseMs = 2000;
        int backoffMaxMs = 5 * 60 * 1000;
    };

    SyncClient(Database& db, const Clock& clock, SyncTransport& transport, Options options);
    SyncClient(Database& db, const Clock& clock, SyncTransport& transport);

    // Records the run in sync_runs and returns what moved.
    SyncReport run();

    // attempt 1, 2, 3...: base * 2^(attempt-1), at most max, then ±50 % jitter.
    static int backoffDelayMs(int attempt, int baseMs, int maxMs);

private:
    SyncReply call(const SyncRequest& request);
    bool checkVersion(SyncReport& report);
    bool push(SyncReport& report);
    bool pull(SyncReport& report);
    Status retryDeferred(SyncReport& report);
    bool fail(SyncReport& report, const SyncReply& reply);

    Database& m_db;
    const Clock& m_clock;
    SyncTransport& m_transport;
    Options m_options;
};

} // namespace td
