// The sync engine on its own thread with its own connection, against the real trainingdesk-catalog
// process on loopback: the timer, "sync now", an unreachable server and a server that says no.
#include "SyncFixtures.h"
#include "students/StudentService.h"
#include "support/TestCenter.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace td;
using td::test::CatalogProcess;
using td::test::TestCenter;

namespace {

// Waits for the next finished run and returns its report.
SyncReport nextRun(QSignalSpy& finished, int timeoutMs = 20000)
{
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return SyncReport {SyncReport::Outcome::Failed, QStringLiteral("no run finished in time"), 0, 0, 0, 0, 0, {}};
    return finished.takeFirst().first().value<SyncReport>();
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void syncsOnItsOwnThreadAndOnTheTimer();
    void syncNowRunsAtOnce();
    void unreachableServerIsRetriedWithBackoffWhileTheDeskKeepsWorking();
    void serverSayingNoIsReportedAndNotRetriedSoon();

private:
    QString addStudent(const QString& name);
    SyncEngine::Settings settings(const QString& url, const QString& token, int intervalSeconds) const;

    std::unique_ptr<TestCenter> m_center;
    std::unique_ptr<CatalogProcess> m_server;
    QString m_token;
};

void tst_SyncEngine::init()
{
    m_center = std::make_unique<TestCenter>();
    m_server = std::make_unique<CatalogProcess>();
    m_token = m_server->addCenter(QStringLiteral("Harbour Center"));
    QVERIFY(m_token.startsWith(QLatin1String("tdc_")));
    QVERIFY(m_server->start());
}

void tst_SyncEngine::cleanup()
{
    m_server.reset();
    m_center.reset();
}

QString tst_SyncEngine::addStudent(const QString& name)
{
    StudentProfile profile;
    profile.name = name;
    auto student = StudentService::create(m_center->frontDesk(), profile);
    if (!student)
        qFatal("cannot add a student: %s", qPrintable(student.error().message));
    return student->uuid;
}

SyncEngine::Settings tst_SyncEngine::settings(const QString& url, const QString& token, int intervalSeconds) const
{
    SyncEngine::Settings s;
    s.databasePath = m_center->path();
    s.server.server = QUrl(url);
    s.server.token = token;
    s.server.transferTimeoutMs = 5000;
    s.intervalSeconds = intervalSeconds;
    s.retryBaseMs = 300;
    s.client.maxAttempts = 1;
    return s;
}

void tst_SyncEngine::syncsOnItsOwnThreadAndOnTheTimer()
{
    addStudent(QStringLiteral("Li Wei"));
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), 1);
    SyncEngine engine(settings(m_server->url(), m_token, 2));
    QThread* syncThread = nullptr;
    connect(
        &engine, &SyncEngine::syncStarted, this, [&syncThread] { syncThread = QThread::currentThread(); },
        Qt::DirectConnection);
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    QSignalSpy status(&engine, &SyncEngine::statusChanged);
    engine.start();

    const SyncReport first = nextRun(finished);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QVERIFY(first.pushed >= 1); // the student, and the staff profile that made it
    QVERIFY(syncThread != nullptr);
    QVERIFY(syncThread != QThread::currentThread());
    QVERIFY(status.count() >= 1);
    QCOMPARE(engine.pendingCount(), 0);
    QVERIFY(engine.lastSync().isValid());
    QVERIFY(engine.lastError().isEmpty());
    QVERIFY(!engine.isSyncing());

    // Written on the UI thread's connection while the engine holds its own; the timer picks it up.
    addStudent(QStringLiteral("Wang Fang"));
    QElapsedTimer clock;
    clock.start();
    const SyncReport second = nextRun(finished, 10000);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.pushed, 1);
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), 0);
    engine.stop();
    QVERIFY(!engine.isSyncing());
}

void tst_SyncEngine::syncNowRunsAtOnce()
{
    SyncEngine engine(settings(m_server->url(), m_token, 3600));
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.start();
    QVERIFY(nextRun(finished).ok());
    addStudent(QStringLiteral("Sun Li"));
    addStudent(QStringLiteral("Zhou Min"));
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0); // the hourly timer is far away
    QElapsedTimer clock;
    clock.start();
    engine.syncNow();
    engine.syncNow(); // asked twice while one runs: one more run after it, not a pile-up
    const SyncReport report = nextRun(finished, 10000);
    QVERIFY2(report.ok(), qPrintable(report.message));
    QVERIFY(clock.elapsed() < 10000);
    QTest::qWait(500);
    QVERIFY(finished.count() <= 1);
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), 0);
    QCOMPARE(engine.pendingCount(), 0);
}

void tst_SyncEngine::unreachableServerIsRetriedWithBackoffWhileTheDeskKeepsWorking()
{
    const QString url = m_server->url();
    m_server->kill();
    SyncEngine engine(settings(url, m_token, 3600));
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.start();

    const SyncReport first = nextRun(finished);
    QCOMPARE(first.outcome, SyncReport::Outcome::Unreachable);
    QVERIFY(!engine.lastError().isEmpty());
    QVERIFY(!engine.lastSync().isValid());
    // The desk keeps working: writes go to the outbox, the engine counts them on its next try.
    addStudent(QStringLiteral("Zhao Lei"));
    addStudent(QStringLiteral("Qian Yu"));
    // Retried on its own, long before the hourly interval, and again after a longer wait.
    QElapsedTimer clock;
    clock.start();
    const SyncReport second = nextRun(finished, 5000);
    QCOMPARE(second.outcome, SyncReport::Outcome::Unreachable);
    const qint64 firstWait = clock.restart();
    QCOMPARE(engine.pendingCount(), 2);
    const SyncReport third = nextRun(finished, 5000);
    QCOMPARE(third.outcome, SyncReport::Outcome::Unreachable);
    const qint64 secondWait = clock.restart();
    // 300 ms doubled each time with ±50 % jitter: [150, 450] then [300, 900]; both well under the interval.
    QVERIFY2(firstWait >= 100 && secondWait >= 250,
        qPrintable(QStringLiteral("waited %1 ms then %2 ms").arg(firstWait).arg(secondWait)));

    // The server comes back on the same port: a later retry goes through without anyone asking.
    QVERIFY(m_server->start());
    SyncReport report {SyncReport::Outcome::Unreachable, {}, 0, 0, 0, 0, 0, {}};
    for (int i = 0; i < 10 && !report.ok(); ++i)
        report = nextRun(finished, 10000);
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(engine.pendingCount(), 0);
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), 0);
    QVERIFY(engine.lastError().isEmpty());
    QVERIFY(engine.lastSync().isValid());
}

void tst_SyncEngine::serverSayingNoIsReportedAndNotRetriedSoon()
{
    addStudent(QStringLiteral("Wu Hao"));
    SyncEngine engine(settings(m_server->url(), QStringLiteral("tdc_not-this-center"), 3600));
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.start();
    const SyncReport report = nextRun(finished);
    QCOMPARE(report.outcome, SyncReport::Outcome::Refused);
    QVERIFY2(engine.lastError().contains(QLatin1String("token")), qPrintable(engine.lastError()));
    const qint64 pending = Outbox::pendingCount(m_center->db()).value();
    QVERIFY(pending >= 1); // the student (and the staff profile that made it) still wait
    QCOMPARE(engine.pendingCount(), pending);
    QVERIFY(!engine.lastSync().isValid());
    // Staff must fix the token: no quick retries hammer the server meanwhile.
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(Outbox::pendingCount(m_center->db()).value(), pending);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
