// Sync figures for docs/PERFORMANCE.md against the real catalog server on loopback: push of 10 000
// mutations, pull of 10 000 changes (median of several runs), and 20 desks pushing at once.
//   bench_sync [RUNS]
#include "SyncFixtures.h"
#include "auth/Context.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"
#include "sync/SyncClient.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace td;

namespace {

// A desk with its own desk code (the server refuses two desks of a center with the same one) and
// `mutations` queued student upserts, coded from firstCode on (desks of a center that hand out the same
// codes settle them when they sync, which is not what this measures).
std::unique_ptr<Database> deskWith(
    const QString& path, const QString& deskCode, int mutations, const Clock& clock, int firstCode = 0)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    const Context ctx {*db.value(), clock, Actor::system()};
    auto settings = SyncSettings::load(*db.value());
    settings.value().deskCode = deskCode;
    if (auto saved = SyncSettings::save(ctx, settings.value()); !saved)
        qFatal("%s", qPrintable(saved.error().message));
    auto tx = Transaction::begin(*db.value());
    for (int i = 0; i < mutations; ++i) {
        const QString uuid = sql::newUuid();
        (void)Outbox::append(ctx, QStringLiteral("student"), uuid, QStringLiteral("upsert"),
            QJsonObject {{QStringLiteral("uuid"), uuid},
                {QStringLiteral("code"), QStringLiteral("S%1").arg(firstCode + i, 6, 10, QLatin1Char('0'))},
                {QStringLiteral("name"), QStringLiteral("Student %1").arg(i)},
                {QStringLiteral("phone"), QStringLiteral("139%1").arg(firstCode + i, 8, 10, QLatin1Char('0'))}});
    }
    (void)tx.value().commit();
    return std::move(db.value());
}

SyncReport syncOnce(Database& db, const QString& url, const QString& token)
{
    SyncTransport::Config config;
    config.server = QUrl(url);
    config.token = token;
    SyncTransport transport(config);
    return SyncClient(db, Clock::system(), transport).run();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QList<double> pushes;
    QList<double> pulls;
    for (int run = 0; run < runs; ++run) {
        test::CatalogProcess server;
        const QString token = server.addCenter(QStringLiteral("Bench"));
        if (!server.start())
            qFatal("server did not start");
        QTemporaryDir dir;
        auto pusher = deskWith(dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("A"), 10000, Clock::system());
        QElapsedTimer timer;
        timer.start();
        SyncReport pushed = syncOnce(*pusher, server.url(), token);
        pushes.append(timer.elapsed() / 1000.0);
        auto puller = deskWith(dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("B"), 0, Clock::system());
        timer.restart();
        SyncReport pulled = syncOnce(*puller, server.url(), token);
        pulls.append(timer.elapsed() / 1000.0);
        if (!pushed.ok() || !pulled.ok() || pushed.pushed != 10000 || pulled.pulled < 10000)
            qFatal("bench sync failed: %s %s", qPrintable(pushed.message), qPrintable(pulled.message));
        std::printf(
            "run %d: push 10000 in %.2f s, pull %d in %.2f s\n", run + 1, pushes.last(), pulled.pulled, pulls.last());
    }
    std::printf("median push of 10 000 mutations: %.2f s (%.0f/s)\n", median(pushes), 10000 / median(pushes));
    std::printf("median pull of 10 000 changes:   %.2f s (%.0f/s)\n", median(pulls), 10000 / median(pulls));

    // 20 desks, 500 mutations each, all pushing at once, each on its own thread and connection.
    test::CatalogProcess server;
    const QString token = server.addCenter(QStringLiteral("Busy"));
    if (!server.start())
        qFatal("server did not start");
    QTemporaryDir dir;
    QList<QString> paths;
    for (int i = 0; i < 20; ++i) {
        paths.append(dir.filePath(QStringLiteral("desk%1.sqlite").arg(i)));
        deskWith(paths.last(), QStringLiteral("D%1").arg(i), 500, Clock::system(), i * 500);
    }
    std::atomic<int> total {0};
    QList<QThread*> threads;
    const QString url = server.url();
    for (const QString& path : paths)
        threads.append(QThread::create([path, url, token, &total] {
            auto db = Database::open(path);
            if (!db)
                return;
            // A full run: each desk also pulls what the others pushed before it, as real desks would.
            SyncTransport::Config config;
            config.server = QUrl(url);
            config.token = token;
            SyncTransport transport(config);
            const SyncReport report = SyncClient(*db.value(), Clock::system(), transport).run();
            total += report.pushed;
        }));
    QElapsedTimer timer;
    timer.start();
    for (QThread* thread : threads)
        thread->start();
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = timer.elapsed() / 1000.0;
    std::printf(
        "20 desks x 500 mutations at once: %d pushed (and each pulled the others') in %.2f s: %.0f mutations/s\n",
        total.load(), seconds, total.load() / seconds);
    return 0;
}
