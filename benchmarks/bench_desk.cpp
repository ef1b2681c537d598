// The desk's hot paths on a big center: student search, one check-in, and building the demo itself.
//   TD_BENCH_DB=/path/demo.sqlite  use that demo database (check-ins then go to a copy of it)
//   TD_BENCH_STUDENTS=N            size of the demo built when TD_BENCH_DB is not set (default 100000)
#include "attendance/AttendanceService.h"
#include "auth/Context.h"
#include "common/Clock.h"
#include "demo/DemoCenter.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "students/StudentDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <vector>

using namespace td;

namespace {

const QDate kToday(2026, 12, 3);

struct BenchCenter
{
    QTemporaryDir dir;
    QString path;
    double generationSeconds = 0;
    std::unique_ptr<Database> db;
};

// The database every benchmark uses: built once per run unless TD_BENCH_DB names one.
BenchCenter& center()
{
    static BenchCenter c = [] {
        BenchCenter bench;
        bench.path = qEnvironmentVariable("TD_BENCH_DB");
        if (bench.path.isEmpty()) {
            bench.path = bench.dir.filePath(QStringLiteral("demo.sqlite"));
            auto db = Database::open(bench.path);
            if (!db)
                qFatal("%s", qPrintable(db.error().message));
            DemoOptions options;
            options.students = qEnvironmentVariableIntValue("TD_BENCH_STUDENTS");
            if (options.students <= 0)
                options.students = 100000;
            options.today = kToday;
            QElapsedTimer timer;
            timer.start();
            auto built = DemoCenter::build(*db.value(), options);
            if (!built)
                qFatal("%s", qPrintable(built.error().message));
            bench.generationSeconds = double(timer.nsecsElapsed()) / 1e9;
        }
        auto db = Database::openExisting(bench.path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        bench.db = std::move(db.value());
        return bench;
    }();
    return c;
}

// Median and 95th percentile of the iterations' times, in milliseconds, as counters.
void reportPercentiles(benchmark::State& state, std::vector<double> millis)
{
    if (millis.empty())
        return;
    std::sort(millis.begin(), millis.end());
    const auto at = [&millis](double q) { return millis[std::min(millis.size() - 1, std::size_t(q * millis.size()))]; };
    state.counters["p50_ms"] = at(0.5);
    state.counters["p95_ms"] = at(0.95);
    state.counters["max_ms"] = millis.back();
}

QStringList column(const QString& sql)
{
    QStringList values;
    auto q = center().db->exec(sql);
    if (!q)
        qFatal("%s", qPrintable(q.error().message));
    while (q.value().next())
        values << q.value().value(0).toString();
    return values;
}

void search(benchmark::State& state, const QStringList& queries)
{
    const Database& db = *center().db;
    std::vector<double> millis;
    qsizetype i = 0;
    for (auto _ : state) {
        StudentFilter filter;
        filter.text = queries.at(i++ % queries.size());
        QElapsedTimer timer;
        timer.start();
        auto rows = StudentDirectory::find(db, filter, 0, 50);
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!rows) {
            state.SkipWithError(qPrintable(rows.error().message));
            break;
        }
        benchmark::DoNotOptimize(rows.value().size());
    }
    reportPercentiles(state, std::move(millis));
}

void BM_DemoGeneration(benchmark::State& state)
{
    for (auto _ : state)
        state.SetIterationTime(center().generationSeconds);
    state.counters["students"]
        = double(center().db->scalar(QStringLiteral("SELECT count(*) FROM students"))->toLongLong());
}

void BM_FindByNamePrefix(benchmark::State& state)
{
    // What a clerk types: a surname, a full Chinese name's first two characters, an English name's start.
    search(state,
        column(QStringLiteral("SELECT substr(name, 1, CASE WHEN id % 3 = 0 THEN 1 WHEN id % 3 = 1 THEN 2 "
                              "ELSE 4 END) FROM students WHERE id % 97 = 0 LIMIT 500")));
}

void BM_FindByPhoneFragment(benchmark::State& state)
{
    search(state,
        column(QStringLiteral("SELECT substr(phone_digits, 4 + id % 4, 4 + id % 3) FROM students WHERE "
                              "phone_digits IS NOT NULL AND id % 89 = 0 LIMIT 500")));
}

void BM_FindByCode(benchmark::State& state)
{
    search(state, column(QStringLiteral("SELECT code FROM students WHERE id % 83 = 0 LIMIT 500")));
}

// One check-in committed with its class-hour deduction, audit entry and outbox mutation (synchronous=FULL).
void BM_CheckIn(benchmark::State& state)
{
    // Check-ins change the database: a copy when the database was given, the run's own demo otherwise.
    QTemporaryDir copyDir;
    std::unique_ptr<Database> copy;
    Database* db = center().db.get();
    if (!qEnvironmentVariableIsEmpty("TD_BENCH_DB")) {
        const QString copyPath = copyDir.filePath(QStringLiteral("copy.sqlite"));
        if (!db->exec(QStringLiteral("VACUUM INTO ?"), {copyPath}))
            qFatal("cannot copy the database");
        copy = std::move(Database::open(copyPath).value());
        db = copy.get();
    }
    struct Pair
    {
        qint64 session, student;
        QDateTime startsAt;
    };
    std::vector<Pair> pairs;
    auto q = db->exec(QStringLiteral(
        "SELECT s.id, e.student_id, s.starts_at FROM sessions s JOIN enrollments e ON e.class_id = s.class_id AND "
        "e.status = 'enrolled' WHERE s.status = 'scheduled' AND s.class_hours > 0 AND NOT EXISTS (SELECT 1 FROM "
        "attendance a WHERE a.session_id = s.id AND a.student_id = e.student_id) ORDER BY s.starts_at, e.id LIMIT "
        "20000"));
    while (q && q.value().next())
        pairs.push_back(
            {q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), sql::toDateTime(q.value().value(2))});
    FixedClock clock(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    const Context ctx {*db, clock, Actor {2, QStringLiteral("desk"), QStringLiteral("Desk"), Role::FrontDesk}};
    std::vector<double> millis;
    std::size_t i = 0;
    for (auto _ : state) {
        if (i >= pairs.size()) {
            state.SkipWithError("no more students to check in");
            break;
        }
        const Pair& p = pairs[i++];
        clock.set(p.startsAt.addSecs(-5 * 60));
        QElapsedTimer timer;
        timer.start();
        auto r = AttendanceService::checkIn(ctx, p.session, p.student, AttendanceStatus::Present);
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            break;
        }
    }
    reportPercentiles(state, std::move(millis));
}

#ifdef Q_OS_UNIX
// The floor under a committed check-in: one 8 KiB write and fdatasync in the database's directory, what a
// WAL commit with synchronous=FULL waits for. Reported beside BM_CheckIn so the disk and the code can be told
// apart on the same machine in the same run.
void BM_DiskSync(benchmark::State& state)
{
    QFile file(QFileInfo(center().path).absolutePath() + QStringLiteral("/bench-sync.tmp"));
    if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        qFatal("cannot write next to the database");
    const QByteArray page(8192, 'x');
    std::vector<double> millis;
    for (auto _ : state) {
        file.seek(0);
        file.write(page);
        file.flush();
        QElapsedTimer timer;
        timer.start();
        ::fdatasync(file.handle());
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    file.remove();
    reportPercentiles(state, std::move(millis));
}
#endif

} // namespace

BENCHMARK(BM_DemoGeneration)->UseManualTime()->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK(BM_FindByNamePrefix)->Iterations(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindByPhoneFragment)->Iterations(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindByCode)->Iterations(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CheckIn)->Iterations(1000)->Unit(benchmark::kMillisecond);
#ifdef Q_OS_UNIX
BENCHMARK(BM_DiskSync)->Iterations(1000)->Unit(benchmark::kMillisecond);
#endif

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
