// The schedule screens' queries on a busy center: reading one week for the week view (on its worker thread)
// and the class dialog's preview of a recurrence with its clashes (on the UI thread, after each pause in typing).
//   TD_BENCH_DB=/path/demo.sqlite  use that demo database (it is only read)
//   TD_BENCH_STUDENTS=N            size of the demo built when TD_BENCH_DB is not set (default 5000)
#include "catalog/CatalogService.h"
#include "demo/DemoCenter.h"
#include "schedule/RoomService.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

using namespace td;

namespace {

const QDate kToday(2026, 12, 3);

struct BenchCenter
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

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
                options.students = 5000;
            options.today = kToday;
            if (auto built = DemoCenter::build(*db.value(), options); !built)
                qFatal("%s", qPrintable(built.error().message));
        }
        auto db = Database::openExisting(bench.path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        bench.db = std::move(db.value());
        return bench;
    }();
    return c;
}

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

// What WeekLoader reads for one week: rooms, instructors and the sessions with their counts.
void BM_WeekLoad(benchmark::State& state)
{
    const Database& db = *center().db;
    auto first = db.scalar(QStringLiteral("SELECT min(local_date) FROM sessions"));
    const QDate start = QDate::fromString(first ? first->toString() : QString(), Qt::ISODate);
    std::vector<double> millis;
    int week = 0;
    qint64 sessions = 0;
    for (auto _ : state) {
        const QDate monday = start.addDays(1 - start.dayOfWeek() + 7 * (week++ % 52));
        QElapsedTimer timer;
        timer.start();
        auto rooms = RoomService::list(db);
        auto staff = ScheduleService::instructors(db);
        auto found = ScheduleService::sessionsBetween(db, monday, monday.addDays(6));
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!rooms || !staff || !found) {
            state.SkipWithError("query failed");
            break;
        }
        sessions += found->size();
    }
    state.counters["sessions_per_week"] = double(sessions) / double(std::max(week, 1));
    reportPercentiles(state, std::move(millis));
}

// A Mon/Wed/Fri evening class of state.range(0) sessions in the busiest room with the busiest instructor.
void BM_ProposeSessions(benchmark::State& state)
{
    const Database& db = *center().db;
    auto busiest = [&db](const char* column) {
        return db
            .scalar(QStringLiteral("SELECT %1 FROM sessions GROUP BY %1 ORDER BY count(*) DESC LIMIT 1")
                        .arg(QLatin1String(column)))
            ->toLongLong();
    };
    CatalogFilter filter;
    filter.kinds = {CatalogItem::Kind::OfflineCourse};
    ClassSpec spec;
    spec.courseId = CatalogService::list(db, filter)->first().id;
    spec.name = QStringLiteral("Benchmark class");
    spec.instructorId = busiest("instructor_id");
    spec.roomId = busiest("room_id");
    spec.capacity = 1;
    spec.startDate = kToday.addMonths(-6);
    spec.recurrence
        = Recurrence::weekly({Qt::Monday, Qt::Wednesday, Qt::Friday}, QTime(18, 0), QTime(20, 0), int(state.range(0)));
    std::vector<double> millis;
    qsizetype clashes = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto proposal = ScheduleService::proposeSessions(db, spec);
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!proposal) {
            state.SkipWithError(qPrintable(proposal.error().message));
            break;
        }
        clashes = proposal->clashes.size();
    }
    state.counters["clashes"] = double(clashes);
    reportPercentiles(state, std::move(millis));
}

} // namespace

BENCHMARK(BM_WeekLoad)->Iterations(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProposeSessions)->Arg(10)->Arg(100)->Arg(500)->Iterations(20)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
