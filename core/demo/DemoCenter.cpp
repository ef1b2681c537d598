#include "DemoCenter.h"

#include "auth/PasswordHasher.h"
#include "billing/ReceiptNumberSequence.h"
#include "common/Clock.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "students/StudentService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <queue>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <unordered_map>
#include <vector>

namespace td {

namespace {

constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kMsPerMinute = 60000;
constexpr int kSessionsPerTerm = 12;
constexpr qint64 kHoursPerSession = 200; // hundredths: a 90-minute session is 2 class hours

// Own distributions on top of mt19937_64 so that one seed gives one center on every standard library.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 next() { return m_engine(); }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int between(int lo, int hi) { return lo + int(m_engine() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u = 1.0 - uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    // Marsaglia and Tsang; shapes below one through the boost U^(1/shape).
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(1.0 - uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x = 0;
            double v = 0;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }
    int weighted(const double* weights, int n)
    {
        double total = 0;
        for (int i = 0; i < n; ++i)
            total += weights[i];
        double r = uniform() * total;
        for (int i = 0; i < n; ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return n - 1;
    }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& list)
    {
        return list[std::size_t(between(0, int(N) - 1))];
    }
    // A time-ordered (version 7) UUID: a fixed timestamp, then a counter, then random bits. Each table's
    // uuid index then grows at its end instead of at random places, which keeps millions of inserts fast.
    QString uuid()
    {
        const quint64 count = m_uuidCount++;
        const quint64 hi = (m_uuidMs << 16) | 0x7000ULL | ((count >> 30) & 0xfffULL);
        const quint64 lo = 0x8000000000000000ULL | ((count & 0x3fffffffULL) << 32) | (m_engine() & 0xffffffffULL);
        char buf[40];
        std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(hi >> 32), unsigned((hi >> 16) & 0xffff),
            unsigned(hi & 0xffff), unsigned(lo >> 48), static_cast<unsigned long long>(lo & 0xffffffffffffULL));
        return QString::fromLatin1(buf);
    }
    void setUuidTime(qint64 msSinceEpoch) { m_uuidMs = quint64(msSinceEpoch) & 0xffffffffffffULL; }

private:
    std::mt19937_64 m_engine;
    quint64 m_uuidMs = 0;
    quint64 m_uuidCount = 0;
};

// Same text as sql::fromDateTime / sql::fromDate, without a QDateTime per row (millions of rows).
QString isoUtc(qint64 ms)
{
    const qint64 day = ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay;
    const qint64 rest = ms - day * kMsPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
        int(rest / 3600000), int(rest / 60000 % 60), int(rest / 1000 % 60), int(rest % 1000));
    return QString::fromLatin1(buf);
}

QString clockTime(int minuteOfDay)
{
    return QTime(minuteOfDay / 60, minuteOfDay % 60).toString(QStringLiteral("HH:mm"));
}

QString isoDate(qint64 julianDay)
{
    const QDate date = QDate::fromJulianDay(julianDay);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QString::fromLatin1(buf);
}

// Local calendar and wall-clock times of the center, converted to UTC through the real time zone.
class CenterClock
{
public:
    explicit CenterClock(const QTimeZone& zone)
        : m_zone(zone)
    {
    }

    qint64 utcMs(qint64 julianDay, int minuteOfDay) const
    {
        return QDateTime(QDate::fromJulianDay(julianDay), QTime(minuteOfDay / 60, minuteOfDay % 60), m_zone)
            .toMSecsSinceEpoch();
    }
    qint64 localDay(qint64 utcMs)
    {
        const qint64 hour = utcMs / 3600000;
        auto it = m_offsets.find(hour);
        if (it == m_offsets.end())
            it = m_offsets.emplace(hour, m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())))
                     .first;
        return QDate(1970, 1, 1).toJulianDay() + (utcMs + qint64(it->second) * 1000) / kMsPerDay;
    }

private:
    QTimeZone m_zone;
    std::unordered_map<qint64, int> m_offsets;
};

// One INSERT run for many rows. Rows are sent in multi-row batches (`VALUES (...), (...), ...`), which
// costs far less per row than one statement each; the last rows go when the statement is flushed or
// destroyed. The first failure is kept and later runs do nothing, so the generator checks for an error
// once per phase.
class Statement
{
public:
    static constexpr int kRowsPerBatch = 64;

    Statement(const Database& db, const QString& sql, QString& error)
        : m_db(db.connection())
        , m_error(error)
    {
        const qsizetype values = sql.lastIndexOf(QLatin1String("VALUES ("));
        m_head = sql.left(values + 7);
        m_row = sql.mid(values + 7).trimmed();
        m_columns = int(m_row.count(QLatin1Char('?')));
        // Only a plain VALUES tuple can be repeated; anything after it (an upsert) keeps one row per run.
        m_batchRows = m_row.endsWith(QLatin1Char(')')) && m_row.count(QLatin1Char('(')) == 1 ? kRowsPerBatch : 1;
        m_pending.reserve(m_columns * m_batchRows);
        prepare(m_full, m_batchRows);
    }
    ~Statement() { flush(); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void run(std::initializer_list<QVariant> values)
    {
        if (!m_error.isEmpty())
            return;
        for (const QVariant& value : values)
            m_pending.append(value);
        if (m_pending.size() == qsizetype(m_columns) * m_batchRows)
            send(m_full);
    }

    void flush()
    {
        if (m_pending.isEmpty() || !m_error.isEmpty())
            return;
        QSqlQuery rest(m_db);
        if (prepare(rest, int(m_pending.size() / m_columns)))
            send(rest);
    }

private:
    bool prepare(QSqlQuery& query, int rows)
    {
        QString sql = m_head;
        for (int i = 0; i < rows; ++i)
            sql += (i == 0 ? QString() : QStringLiteral(", ")) + m_row;
        query.setForwardOnly(true);
        if (query.prepare(sql))
            return true;
        if (m_error.isEmpty())
            m_error = query.lastError().text();
        return false;
    }

    void send(QSqlQuery& query)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            query.bindValue(int(i), m_pending.at(i));
        if (!query.exec() && m_error.isEmpty())
            m_error = query.lastError().text();
        m_pending.clear();
    }

    QSqlDatabase m_db;
    QString& m_error;
    QString m_head;
    QString m_row;
    int m_columns = 0;
    int m_batchRows = 1;
    QSqlQuery m_full {m_db};
    QVariantList m_pending;
};

// An empty, non-null text: Qt binds a null QString as SQL NULL, and these columns are NOT NULL.
QString noText()
{
    return QString::fromLatin1("");
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

struct CategoryInfo
{
    const char* name; // stored category: Chinese and English
    const char* roomName;
    double kidsWeight; // Dirichlet prior of a minor's interests
    double adultsWeight;
    int minCapacity;
    int maxCapacity;
    bool forKids; // weekday classes after school rather than in the evening
};

const std::array<CategoryInfo, 8> kCategories = {{
    {"少儿编程 Kids coding", "编程教室 Coding Lab", 1.2, 0.08, 10, 14, true},
    {"英语 English", "英语教室 English Room", 1.0, 1.2, 12, 16, false},
    {"数学思维 Math", "数学教室 Math Room", 1.0, 0.08, 14, 18, true},
    {"美术 Art", "美术教室 Art Studio", 1.0, 0.4, 12, 16, true},
    {"钢琴 Piano", "琴房 Piano Room", 0.8, 0.5, 6, 8, true},
    {"演讲口才 Public speaking", "多功能厅 Speaking Hall", 0.3, 0.9, 14, 20, false},
    {"数据分析 Data analysis", "机房 Computer Room", 0.05, 1.0, 16, 24, false},
    {"摄影 Photography", "摄影棚 Photo Studio", 0.05, 0.8, 10, 14, false},
}};
constexpr int kCategoryCount = int(kCategories.size());

enum class ItemRole { Level1, Level2, Workshop, Online, Media };

struct ItemInfo
{
    int category;
    ItemRole role;
    const char* kind;
    const char* title;
    qint64 priceYuan;
};

// Five items per category: two levels of an offline course, a workshop, an online course and one
// e-book, audio series or column.
const std::array<ItemInfo, 40> kItems = {{
    {0, ItemRole::Level1, "offline_course", "Scratch 创意编程 Scratch Creative Coding", 3280},
    {0, ItemRole::Level2, "offline_course", "Python 少儿编程 Python for Kids", 3880},
    {0, ItemRole::Workshop, "workshop", "机器人搭建工作坊 Robotics Workshop", 168},
    {0, ItemRole::Online, "online_course", "少儿 Python 在线课 Python Online for Kids", 399},
    {0, ItemRole::Media, "ebook", "编程思维图解 Coding Thinking, Illustrated", 49},
    {1, ItemRole::Level1, "offline_course", "英语口语入门 Spoken English Basics", 3580},
    {1, ItemRole::Level2, "offline_course", "雅思冲刺 IELTS Intensive", 4980},
    {1, ItemRole::Workshop, "workshop", "英语角 English Corner Night", 99},
    {1, ItemRole::Online, "online_course", "新概念英语在线课 New Concept English Online", 499},
    {1, ItemRole::Media, "audio", "每日英语听力 Daily English Listening", 99},
    {2, ItemRole::Level1, "offline_course", "数学思维启蒙 Math Thinking Starter", 2980},
    {2, ItemRole::Level2, "offline_course", "奥数提高 Math Olympiad Advanced", 3680},
    {2, ItemRole::Workshop, "workshop", "数独挑战赛 Sudoku Challenge", 88},
    {2, ItemRole::Online, "online_course", "趣味数学在线课 Fun Math Online", 299},
    {2, ItemRole::Media, "column", "数学家的故事 Mathematicians' Stories", 149},
    {3, ItemRole::Level1, "offline_course", "少儿创意美术 Creative Art for Kids", 2880},
    {3, ItemRole::Level2, "offline_course", "素描基础 Sketching Fundamentals", 3280},
    {3, ItemRole::Workshop, "workshop", "陶艺体验 Pottery Taster", 198},
    {3, ItemRole::Online, "online_course", "水彩在线课 Watercolour Online", 259},
    {3, ItemRole::Media, "ebook", "色彩入门 Colour Basics", 39},
    {4, ItemRole::Level1, "offline_course", "钢琴启蒙 Piano Starter", 4280},
    {4, ItemRole::Level2, "offline_course", "钢琴考级 Piano Grade Exam Prep", 5280},
    {4, ItemRole::Workshop, "workshop", "钢琴大师课 Piano Masterclass", 299},
    {4, ItemRole::Online, "online_course", "乐理在线课 Music Theory Online", 199},
    {4, ItemRole::Media, "audio", "古典音乐赏析 Classical Music Listening", 89},
    {5, ItemRole::Level1, "offline_course", "演讲与口才 Public Speaking Essentials", 3180},
    {5, ItemRole::Level2, "offline_course", "即兴演讲 Impromptu Speaking", 3580},
    {5, ItemRole::Workshop, "workshop", "TED 式演讲工作坊 TED-style Talk Workshop", 199},
    {5, ItemRole::Online, "online_course", "职场表达在线课 Workplace Communication Online", 299},
    {5, ItemRole::Media, "column", "表达力专栏 Speaking Well", 199},
    {6, ItemRole::Level1, "offline_course", "Excel 数据分析 Excel Data Analysis", 2680},
    {6, ItemRole::Level2, "offline_course", "Python 数据分析 Python Data Analysis", 3980},
    {6, ItemRole::Workshop, "workshop", "数据可视化讲座 Data Visualisation Lecture", 129},
    {6, ItemRole::Online, "online_course", "SQL 入门在线课 SQL Online", 399},
    {6, ItemRole::Media, "ebook", "统计学入门 Statistics Primer", 59},
    {7, ItemRole::Level1, "offline_course", "摄影入门 Photography Basics", 2980},
    {7, ItemRole::Level2, "offline_course", "人像摄影 Portrait Photography", 3480},
    {7, ItemRole::Workshop, "workshop", "城市街拍外拍 Street Photo Walk", 159},
    {7, ItemRole::Online, "online_course", "手机摄影在线课 Phone Photography Online", 199},
    {7, ItemRole::Media, "audio", "摄影师访谈 Photographers in Conversation", 79},
}};
constexpr int kItemsPerCategory = 5;

struct PlanInfo
{
    const char* title;
    int days;
    qint64 priceYuan;
    double weight;
};

const std::array<PlanInfo, 3> kPlans = {{
    {"月度会员 Monthly Membership", 30, 299, 0.5},
    {"季度会员 Quarterly Membership", 90, 799, 0.3},
    {"年度会员 Annual Membership", 365, 2599, 0.2},
}};

struct StaffInfo
{
    const char* username;
    const char* name;
    const char* role;
};

// The named accounts; more instructors are generated for large centers.
const std::array<StaffInfo, 11> kStaff = {{
    {"admin", "张经理 Zhang Wei", "admin"},
    {"desk", "前台 林晓 Lin Xiao", "front_desk"},
    {"teacher", "李娜 Li Na", "instructor"},
    {"wang.fang", "王芳 Wang Fang", "instructor"},
    {"chen.jing", "陈静 Chen Jing", "instructor"},
    {"liu.yang", "刘洋 Liu Yang", "instructor"},
    {"zhao.min", "赵敏 Zhao Min", "instructor"},
    {"sun.hao", "孙浩 Sun Hao", "instructor"},
    {"zhou.ting", "周婷 Zhou Ting", "instructor"},
    {"wu.lei", "吴磊 Wu Lei", "instructor"},
    {"he.yun", "何云 He Yun", "instructor"},
}};
constexpr qint64 kAdminId = 1;
constexpr qint64 kDeskId = 2;
constexpr int kNamedInstructors = 9;

const std::array<const char*, 30> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
    "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
const std::array<const char*, 30> kSurnamesLatin
    = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao",
        "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao"};
const std::array<const char*, 48> kGivenChars = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
    "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "宇", "浩", "子",
    "涵", "欣", "怡", "梓", "轩", "宇", "晨", "雨", "思", "睿", "博", "文", "嘉", "一", "诺", "可", "悦"};
const std::array<const char*, 24> kEnglishGiven
    = {"Emma", "Olivia", "Sophia", "Mia", "Lucas", "Ethan", "Leo", "Oliver", "Chloe", "Grace", "Daniel", "Ryan",
        "Kevin", "Linda", "Amy", "Jason", "Eric", "Cindy", "Tony", "Vivian", "Alice", "Jack", "Sunny", "Helen"};
const std::array<const char*, 25> kMobilePrefixes = {"138", "139", "135", "136", "137", "150", "151", "152", "158",
    "159", "186", "187", "188", "131", "132", "155", "156", "185", "133", "153", "180", "181", "189", "177", "199"};
const std::array<const char*, 7> kWeekdays
    = {"周一 Mon", "周二 Tue", "周三 Wed", "周四 Thu", "周五 Fri", "周六 Sat", "周日 Sun"};
const std::array<const char*, 6> kMethods = {"cash", "bank_card", "wechat_pay", "alipay", "bank_transfer", "other"};
const double kMethodWeights[] = {0.10, 0.12, 0.45, 0.29, 0.03, 0.01};

// Days the center is closed: sessions falling on them are cancelled and made up at the end of the term.
bool isHoliday(const QDate& date)
{
    if (date.month() == 10 && date.day() <= 7)
        return true;
    if (date.month() == 1 && date.day() == 1)
        return true;
    struct Festival
    {
        int year, month, day;
    };
    // Spring Festival (eve) by year.
    static const Festival festivals[]
        = {{2024, 2, 9}, {2025, 1, 28}, {2026, 2, 16}, {2027, 2, 5}, {2028, 1, 25}, {2029, 2, 12}, {2030, 2, 2}};
    for (const Festival& f : festivals) {
        const QDate eve(f.year, f.month, f.day);
        if (date >= eve && date <= eve.addDays(6))
            return true;
    }
    return false;
}

struct Slot
{
    int weekday; // 1 = Monday
    int startMinute; // local wall clock
};

struct Lane
{
    int category;
    Slot slot;
    qint64 roomId;
    qint64 instructorId;
    int roomCapacity;
};

struct ClassPlan
{
    qint64 id;
    int lane;
    int category;
    int item; // index into kItems
    ItemRole role;
    int capacity;
    int seats = 0;
    qint64 startDay, endDay; // local julian days of the first and last session
    qint64 endMs;
    int firstSession, sessionCount; // into m_sessions
    qint64 instructorId;
    qint64 hoursPerSession;
};

struct SessionPlan
{
    qint64 id;
    int classIndex;
    qint64 startMs, endMs;
    qint64 day;
    qint64 instructorId;
    bool cancelled;
};

struct StudentPlan
{
    qint64 id = 0;
    qint64 joinDay = 0;
    qint64 birthDay = 0;
    bool minor = false;
    bool linked = false;
    std::array<double, kCategoryCount> interests {};
    double engagement = 0; // at its best; decays in the two months before churnDay
    qint64 churnDay = 0; // 0 = does not leave
    quint32 takenItems = 0; // bit per kItems index of courses enrolled in
    quint32 completedItems = 0;
    int failedSearches = 0;
};

struct PendingLine
{
    const char* kind;
    qint64 itemId;
    QString description;
    qint64 quantity, unitMinor, discountMinor, totalMinor, hours;
    qint64 refundOfLine = -1; // index into m_lines
};

struct PendingSale
{
    qint64 atMs;
    qint64 studentId;
    qint64 staffId;
    qint64 approvedBy;
    int method;
    qint64 tendered; // -1 = none
    qint64 refundOf; // index into m_sales, -1 for a sale
    QString reason;
    int firstLine, lineCount;
    qint64 subtotal, discount, total;
};

struct PendingPack
{
    qint64 id;
    qint64 studentId, courseId;
    int category;
    qint64 hours;
    qint64 expiresDay;
    int line;
    qint64 createdMs;
};

struct PendingMembership
{
    qint64 id;
    qint64 studentId, planId;
    qint64 startDay, endDay;
    int line;
    qint64 renewedFrom;
    qint64 createdMs;
};

class Generator
{
public:
    Generator(Database& db, const DemoOptions& options, const DemoCenter::Progress& progress)
        : m_db(db)
        , m_options(options)
        , m_progress(progress)
        , m_rng(options.seed)
        , m_ids(options.seed ^ 0x9e3779b97f4a7c15ULL)
        , m_clock(QTimeZone(DemoCenter::kTimeZone))
    {
        m_today = options.today.toJulianDay();
        m_historyStart = m_today - 365;
        m_horizon = m_today + 60;
        m_nowMs = m_clock.utcMs(m_today, 12 * 60);
        m_ids.setUuidTime(m_nowMs);
    }

    Result<DemoSummary> run();

private:
    void report(int percent, const QString& stage)
    {
        if (m_progress)
            m_progress(percent, stage);
    }
    QVariant at(qint64 ms) const { return isoUtc(ms); }
    // A moment during desk hours on a day, never later than now.
    qint64 deskTime(qint64 day) { return notAfterNow(m_clock.utcMs(day, m_rng.between(9 * 60 + 30, 20 * 60 + 30))); }
    qint64 notAfterNow(qint64 ms) { return ms <= m_nowMs ? ms : m_nowMs - m_rng.between(1, 90) * kMsPerMinute; }
    double engagementOn(const StudentPlan& s, qint64 day) const
    {
        if (s.churnDay == 0)
            return s.engagement;
        if (day >= s.churnDay)
            return 0;
        const qint64 left = s.churnDay - day;
        return left >= 60 ? s.engagement : s.engagement * (0.2 + 0.8 * double(left) / 60.0);
    }
    QString phone()
    {
        // Eight distinct digits per number from a permutation of the counter, so phones do not repeat.
        const quint64 n = (m_phoneCounter++ * 73856093ULL + 19349663ULL) % 100000000ULL;
        return QString::fromLatin1(m_rng.pick(kMobilePrefixes)) + QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    }
    qint64 minor(qint64 yuan) const { return yuan * 100; }

    void writeSettings();
    void writeStaff();
    void writeCatalog();
    void planSchedule();
    // Secondary indexes and the phone search trigger cost more maintained row by row than built once from
    // the finished tables: dropped inside the build's transaction and created again before it commits.
    Result<QList<QString>> deferIndexes();
    Status rebuildIndexes(const QList<QString>& definitions);
    void writeSchedule();
    void planStudents();
    void writeStudents();
    void simulateEnrollments();
    // The class the student enrolled in (index into m_classes), or -1 when none was free.
    int tryEnroll(StudentPlan& s, qint64 day);
    void enroll(StudentPlan& s, int classIndex, qint64 requestedMs);
    void simulateMemberships(const StudentPlan& s);
    void simulateOnline(const StudentPlan& s);
    int addSale(qint64 atMs, qint64 studentId, std::vector<PendingLine> lines, qint64 refundOf = -1,
        const QString& reason = {});
    void writeSales();
    void writeTruth();
    qint64 newInstructor(int category);

    Database& m_db;
    DemoOptions m_options;
    DemoCenter::Progress m_progress;
    Random m_rng;
    Random m_ids;
    CenterClock m_clock;
    QString m_error;

    qint64 m_today = 0, m_historyStart = 0, m_horizon = 0, m_nowMs = 0;
    quint64 m_phoneCounter = 0;
    QString m_demoHash;
    QString m_receiptPrefix = QStringLiteral("DC");

    std::array<qint64, kItems.size()> m_itemIds {};
    std::array<qint64, kPlans.size()> m_planIds {};
    std::vector<std::pair<qint64, int>> m_instructors; // id, category
    std::vector<std::pair<QString, int>> m_rooms; // name, capacity
    std::vector<Lane> m_lanes;
    std::vector<ClassPlan> m_classes;
    std::vector<SessionPlan> m_sessions;
    // Classes of each category and role, by start day, for the students' search.
    std::map<std::pair<int, int>, std::vector<int>> m_classIndex;

    std::vector<StudentPlan> m_students;
    std::vector<PendingSale> m_sales;
    std::vector<PendingLine> m_lines;
    std::vector<PendingPack> m_packs;
    std::vector<PendingMembership> m_memberships;
    qint64 m_nextAttendanceId = 1;
    qint64 m_nextPackId = 1;
    qint64 m_enrollments = 0;

    std::set<std::pair<int, qint64>> m_joined; // class index, student id: workshops and waitlists
    std::unique_ptr<Statement> m_insertEnrollment, m_insertAttendance, m_insertEntry, m_insertFeedback, m_insertOnline;
};

qint64 Generator::newInstructor(int category)
{
    const qint64 id = qint64(m_instructors.size()) + 3; // admin and desk come first
    m_instructors.emplace_back(id, category);
    return id;
}

void Generator::writeSettings()
{
    const QList<std::pair<CenterSettings::Key, QString>> values = {
        {CenterSettings::Key::CenterName, QStringLiteral("TrainingDesk 演示中心 Demo Center")},
        {CenterSettings::Key::CenterAddress,
            QStringLiteral("上海市徐汇区漕溪北路 88 号 · 88 Caoxi North Road, Xuhui, Shanghai")},
        {CenterSettings::Key::CenterPhone, QStringLiteral("021-64881234")},
        {CenterSettings::Key::CurrencyCode, QStringLiteral("CNY")},
        {CenterSettings::Key::TimeZone, QString::fromLatin1(DemoCenter::kTimeZone)},
        {CenterSettings::Key::ReceiptPrefix, m_receiptPrefix},
        {CenterSettings::Key::ReceiptHeader, QStringLiteral("TrainingDesk 演示中心 Demo Center")},
        {CenterSettings::Key::ReceiptFooter, QStringLiteral("谢谢惠顾 Thank you!")},
        {CenterSettings::Key::CenterId, m_ids.uuid()},
    };
    Statement insert(m_db,
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        m_error);
    for (const auto& [key, value] : values)
        insert.run({CenterSettings::storageKey(key), value});
}

void Generator::writeStaff()
{
    Statement insert(m_db,
        QStringLiteral("INSERT INTO staff (id, uuid, username, display_name, role, password_hash, phone, "
                       "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"),
        m_error);
    const QVariant created = at(m_clock.utcMs(m_historyStart - 60, 9 * 60));
    // Every account gets its own salted hash, except the generated instructors of big centers, which
    // share one (hashing is deliberately slow).
    for (std::size_t i = 0; i < kStaff.size(); ++i) {
        const qint64 id = qint64(i) + 1;
        const bool instructor = id >= 3;
        if (instructor && std::size_t(id - 3) >= m_instructors.size())
            break;
        insert.run({id, m_ids.uuid(), QString::fromLatin1(kStaff[i].username), QString::fromUtf8(kStaff[i].name),
            QString::fromLatin1(kStaff[i].role), PasswordHasher::hash(DemoCenter::password()), phone(), created});
    }
    if (m_instructors.size() > std::size_t(kNamedInstructors)) {
        const QString shared = PasswordHasher::hash(DemoCenter::password());
        for (std::size_t i = kNamedInstructors; i < m_instructors.size(); ++i) {
            const qint64 id = m_instructors[i].first;
            const QString number = QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            insert.run({id, m_ids.uuid(), QString(QStringLiteral("t") + number),
                QString(
                    QString::fromUtf8(kSurnames[i % kSurnames.size()]) + QStringLiteral("老师 Instructor ") + number),
                QStringLiteral("instructor"), shared, phone(), created});
        }
    }
}

void Generator::writeCatalog()
{
    Statement item(m_db,
        QStringLiteral("INSERT INTO catalog_items (id, uuid, kind, title, description, category, level, "
                       "prerequisite_id, price_minor, class_hours, duration_days, source, online_id, "
                       "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
                       "?, ?)"),
        m_error);
    Statement tag(m_db, QStringLiteral("INSERT INTO catalog_item_tags (item_id, tag) VALUES (?, ?)"), m_error);
    const QVariant created = at(m_clock.utcMs(m_historyStart - 45, 10 * 60));
    qint64 id = 1;
    for (std::size_t i = 0; i < kItems.size(); ++i, ++id) {
        const ItemInfo& info = kItems[i];
        const CategoryInfo& category = kCategories[std::size_t(info.category)];
        const bool offline = info.role == ItemRole::Level1 || info.role == ItemRole::Level2;
        const bool online = info.role == ItemRole::Online || info.role == ItemRole::Media;
        const int level = info.role == ItemRole::Level1 ? 1 : info.role == ItemRole::Level2 ? 2 : 0;
        const qint64 hours = offline ? kSessionsPerTerm * kHoursPerSession : info.role == ItemRole::Workshop ? 0 : 0;
        QString description;
        if (offline)
            description = QStringLiteral("%1 次课，每次 2 课时 · %1 sessions of 2 class hours").arg(kSessionsPerTerm);
        else if (info.role == ItemRole::Workshop)
            description = QStringLiteral("单次体验，按次付费 · A single session, paid per visit");
        else
            description = QStringLiteral("线上平台课程 · On the online platform");
        m_itemIds[i] = id;
        item.run({id, m_ids.uuid(), QString::fromLatin1(info.kind), QString::fromUtf8(info.title), description,
            QString::fromUtf8(category.name), level,
            info.role == ItemRole::Level2 ? QVariant(m_itemIds[i - 1]) : QVariant(), minor(info.priceYuan), hours, 0,
            online ? QStringLiteral("online") : QStringLiteral("local"),
            online ? QVariant(QStringLiteral("op-%1").arg(1000 + id)) : QVariant(), created, created});
        tag.run({id, category.forKids ? QStringLiteral("kids") : QStringLiteral("adults")});
        if (level > 0)
            tag.run({id, level == 1 ? QStringLiteral("beginner") : QStringLiteral("advanced")});
    }
    for (std::size_t i = 0; i < kPlans.size(); ++i, ++id) {
        m_planIds[i] = id;
        item.run({id, m_ids.uuid(), QStringLiteral("membership_plan"), QString::fromUtf8(kPlans[i].title),
            QStringLiteral("全部线上课程畅学 · Unlimited access to the online courses"), noText(), 0, QVariant(),
            minor(kPlans[i].priceYuan), 0, kPlans[i].days, QStringLiteral("online"),
            QVariant(QStringLiteral("op-%1").arg(1000 + id)), created, created});
        tag.run({id, QStringLiteral("membership")});
    }
}

// Lanes: a (room, weekday, time) cell with an instructor, running one term after another. Each
// instructor and room is in at most one lane per weekday and time, so nothing ever clashes.
void Generator::planSchedule()
{
    std::vector<Slot> kidSlots, adultSlots;
    for (int weekday = 1; weekday <= 5; ++weekday) {
        kidSlots.push_back({weekday, 16 * 60 + 30});
        adultSlots.push_back({weekday, 19 * 60});
    }
    for (int weekday = 6; weekday <= 7; ++weekday) {
        for (int start : {9 * 60, 10 * 60 + 45, 14 * 60, 15 * 60 + 45}) {
            kidSlots.push_back({weekday, start});
            adultSlots.push_back({weekday, start});
        }
    }
    // Expected share of interest per category, from the priors (about 55 % of students are minors).
    std::array<double, kCategoryCount> demand {};
    double kidsTotal = 0, adultsTotal = 0;
    for (const CategoryInfo& c : kCategories) {
        kidsTotal += c.kidsWeight;
        adultsTotal += c.adultsWeight;
    }
    for (int c = 0; c < kCategoryCount; ++c)
        demand[std::size_t(c)] = 0.55 * kCategories[std::size_t(c)].kidsWeight / kidsTotal
            + 0.45 * kCategories[std::size_t(c)].adultsWeight / adultsTotal;
    // A student takes about 2.5 courses a year; a lane offers about 4 terms of ~13 seats.
    const double lanes = std::max(16.0, m_options.students * 2.5 / (4.0 * 13.0 * 0.8));

    std::set<std::tuple<qint64, int, int>> instructorBusy; // instructor, weekday, minute
    std::vector<std::vector<qint64>> categoryInstructors(kCategoryCount);
    std::vector<std::pair<int, int>> laneCount; // per instructor index: lanes
    std::vector<std::vector<int>> categoryRooms(kCategoryCount);
    std::set<std::tuple<int, int, int>> roomBusy; // room index, weekday, minute
    std::vector<int> instructorLanes;
    // Counted across categories so that lanes spread over every weekday and time.
    std::size_t laneNumber = 0;
    for (int c = 0; c < kCategoryCount; ++c) {
        const int count = std::max(2, int(std::lround(lanes * demand[std::size_t(c)])));
        const std::vector<Slot>& slots = kCategories[std::size_t(c)].forKids ? kidSlots : adultSlots;
        for (int j = 0; j < count; ++j) {
            // The first free slot of an instructor of this category with room for another lane.
            qint64 instructor = 0;
            Slot slot {};
            for (int attempt = 0; attempt < 2 && instructor == 0; ++attempt) {
                for (std::size_t k = 0; k < slots.size() && instructor == 0; ++k) {
                    const Slot candidate = slots[(laneNumber * 5 + k) % slots.size()];
                    for (qint64 id : categoryInstructors[std::size_t(c)]) {
                        if (instructorLanes[std::size_t(id - 3)] >= 7
                            || instructorBusy.count({id, candidate.weekday, candidate.startMinute}))
                            continue;
                        instructor = id;
                        slot = candidate;
                        break;
                    }
                }
                if (instructor == 0) {
                    categoryInstructors[std::size_t(c)].push_back(newInstructor(c));
                    instructorLanes.push_back(0);
                }
            }
            ++laneNumber;
            instructorBusy.insert({instructor, slot.weekday, slot.startMinute});
            ++instructorLanes[std::size_t(instructor - 3)];
            int room = -1;
            for (int r : categoryRooms[std::size_t(c)]) {
                if (!roomBusy.count({r, slot.weekday, slot.startMinute})) {
                    room = r;
                    break;
                }
            }
            if (room < 0) {
                room = int(m_rooms.size());
                const CategoryInfo& info = kCategories[std::size_t(c)];
                m_rooms.emplace_back(QStringLiteral("%1 %2").arg(QString::fromUtf8(info.roomName)).arg(101 + room),
                    m_rng.between(info.minCapacity, info.maxCapacity));
                categoryRooms[std::size_t(c)].push_back(room);
            }
            roomBusy.insert({room, slot.weekday, slot.startMinute});
            m_lanes.push_back({c, slot, room + 1, instructor, m_rooms[std::size_t(room)].second});
        }
    }

    // Terms of twelve weekly sessions; holidays cancelled and made up at the end; a one- or two-week
    // break, sometimes with a workshop in it.
    for (std::size_t laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const Lane& lane = m_lanes[laneIndex];
        qint64 day = m_historyStart + m_rng.between(0, 41);
        while (QDate::fromJulianDay(day).dayOfWeek() != lane.slot.weekday)
            ++day;
        for (int term = 0; day <= m_horizon; ++term) {
            const bool workshop = term > 0 && m_rng.chance(0.3);
            const ItemRole role = workshop         ? ItemRole::Workshop
                : (int(laneIndex) + term) % 3 == 2 ? ItemRole::Level2
                                                   : ItemRole::Level1;
            const int item = lane.category * kItemsPerCategory
                + (role == ItemRole::Level1        ? 0
                        : role == ItemRole::Level2 ? 1
                                                   : 2);
            ClassPlan plan {};
            plan.id = qint64(m_classes.size()) + 1;
            plan.lane = int(laneIndex);
            plan.category = lane.category;
            plan.item = item;
            plan.role = role;
            plan.capacity = workshop ? lane.roomCapacity : std::max(4, lane.roomCapacity - m_rng.between(0, 2));
            plan.instructorId = lane.instructorId;
            plan.hoursPerSession = workshop ? 0 : kHoursPerSession;
            plan.firstSession = int(m_sessions.size());
            plan.startDay = day;
            const int wanted = workshop ? 1 : kSessionsPerTerm;
            int held = 0;
            std::vector<qint64> cancelled;
            for (int week = 0; held < wanted; ++week, day += 7) {
                SessionPlan s {};
                s.id = qint64(m_sessions.size()) + 1;
                s.classIndex = int(m_classes.size());
                s.day = day;
                s.startMs = m_clock.utcMs(day, lane.slot.startMinute);
                s.endMs = s.startMs + (workshop ? 120 : 90) * kMsPerMinute;
                s.instructorId = lane.instructorId;
                s.cancelled = isHoliday(QDate::fromJulianDay(day));
                if (s.cancelled)
                    cancelled.push_back(s.id);
                else
                    ++held;
                m_sessions.push_back(s);
                plan.endDay = day;
                plan.endMs = s.endMs;
            }
            plan.sessionCount = int(m_sessions.size()) - plan.firstSession;
            m_classIndex[{lane.category, int(role)}].push_back(int(m_classes.size()));
            m_classes.push_back(plan);
            day += 7 * m_rng.between(1, 2);
        }
    }
    for (auto& [key, list] : m_classIndex) {
        Q_UNUSED(key);
        std::stable_sort(list.begin(), list.end(),
            [this](int a, int b) { return m_classes[std::size_t(a)].startDay < m_classes[std::size_t(b)].startDay; });
    }
}

void Generator::writeSchedule()
{
    Statement room(
        m_db, QStringLiteral("INSERT INTO rooms (id, uuid, name, capacity, active) VALUES (?, ?, ?, ?, 1)"), m_error);
    for (std::size_t i = 0; i < m_rooms.size(); ++i)
        room.run({qint64(i) + 1, m_ids.uuid(), m_rooms[i].first, m_rooms[i].second});

    Statement insertClass(m_db,
        QStringLiteral("INSERT INTO classes (id, uuid, course_id, name, instructor_id, room_id, "
                       "capacity, start_date, end_date, class_hours_per_session, "
                       "drop_in_price_minor, status, weekdays, start_time, end_time, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    Statement insertSession(m_db,
        QStringLiteral("INSERT INTO sessions (id, uuid, class_id, starts_at, ends_at, local_date, "
                       "room_id, instructor_id, status, makeup_of_id, class_hours, cancel_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    for (const ClassPlan& c : m_classes) {
        const Lane& lane = m_lanes[std::size_t(c.lane)];
        const ItemInfo& item = kItems[std::size_t(c.item)];
        const QString title = QString::fromUtf8(item.title);
        const QString name = QStringLiteral("%1 · %2 %3 · %4")
                                 .arg(title, QString::fromUtf8(kWeekdays[std::size_t(lane.slot.weekday - 1)]),
                                     clockTime(lane.slot.startMinute),
                                     QDate::fromJulianDay(c.startDay).toString(QStringLiteral("yyyy-MM")));
        const bool finished = c.endMs <= m_nowMs;
        const qint64 createdDay = std::min(c.startDay - 42, m_today - 1);
        insertClass.run({c.id, m_ids.uuid(), m_itemIds[std::size_t(c.item)], name, c.instructorId, lane.roomId,
            c.capacity, isoDate(c.startDay), isoDate(c.endDay), c.hoursPerSession,
            c.role == ItemRole::Workshop ? QVariant(minor(item.priceYuan)) : QVariant(),
            finished ? QStringLiteral("finished") : QStringLiteral("active"), 1 << (lane.slot.weekday - 1),
            clockTime(lane.slot.startMinute),
            clockTime(lane.slot.startMinute + (c.role == ItemRole::Workshop ? 120 : 90)),
            at(m_clock.utcMs(createdDay, 10 * 60))});
        std::vector<qint64> cancelled;
        int held = 0;
        for (int i = 0; i < c.sessionCount; ++i) {
            const SessionPlan& s = m_sessions[std::size_t(c.firstSession + i)];
            qint64 makeupOf = 0;
            if (s.cancelled) {
                cancelled.push_back(s.id);
            } else if (++held > kSessionsPerTerm - int(cancelled.size()) && !cancelled.empty()) {
                makeupOf = cancelled.front();
                cancelled.erase(cancelled.begin());
            }
            const QString status = s.cancelled ? QStringLiteral("cancelled")
                : s.endMs <= m_nowMs           ? QStringLiteral("done")
                                               : QStringLiteral("scheduled");
            insertSession.run({s.id, m_ids.uuid(), c.id, at(s.startMs), at(s.endMs), isoDate(s.day), lane.roomId,
                s.instructorId, status, nullable(makeupOf), c.hoursPerSession,
                s.cancelled ? QStringLiteral("节假日 Public holiday") : noText()});
        }
    }
}

void Generator::planStudents()
{
    m_students.resize(std::size_t(m_options.students));
    for (StudentPlan& s : m_students) {
        // About a third were students before the year shown; the rest joined during it.
        s.joinDay = m_rng.chance(0.35) ? m_historyStart - m_rng.between(0, 400)
                                       : m_historyStart + m_rng.between(0, int(m_today - m_historyStart));
        s.minor = m_rng.chance(0.55);
        const int age = s.minor ? m_rng.between(5, 16) : m_rng.between(18, 52);
        s.birthDay = s.joinDay - qint64(age) * 365 - m_rng.between(0, 364);
        s.minor = m_today - s.birthDay < 18 * 365 + 4; // still a minor today
        s.linked = m_rng.chance(0.6);
        // Interests: a sparse Dirichlet draw around the age group's prior, so most students care
        // about one or two categories.
        double total = 0;
        for (int c = 0; c < kCategoryCount; ++c) {
            const CategoryInfo& info = kCategories[std::size_t(c)];
            const double alpha = 0.45 * (age < 18 ? info.kidsWeight : info.adultsWeight);
            s.interests[std::size_t(c)] = m_rng.gamma(std::max(alpha, 0.01)) + 1e-9;
            total += s.interests[std::size_t(c)];
        }
        for (double& v : s.interests)
            v /= total;
        s.engagement = 0.35 + 0.65 * m_rng.beta(4.0, 1.8);
        // Less engaged students leave more often.
        if (m_rng.chance(0.15 + 0.55 * (1.0 - s.engagement)))
            s.churnDay = std::max(s.joinDay, m_historyStart) + 30 + qint64(m_rng.exponential(160.0));
    }
    std::stable_sort(m_students.begin(), m_students.end(),
        [](const StudentPlan& a, const StudentPlan& b) { return a.joinDay < b.joinDay; });
    for (std::size_t i = 0; i < m_students.size(); ++i)
        m_students[i].id = qint64(i) + 1;
}

void Generator::writeStudents()
{
    Statement student(m_db,
        QStringLiteral("INSERT INTO students (id, uuid, code, name, search_name, phone, phone_digits, "
                       "email, birth_date, gender, status, notes, online_account_id, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    Statement tag(m_db, QStringLiteral("INSERT INTO student_tags (student_id, tag) VALUES (?, ?)"), m_error);
    Statement guardian(m_db,
        QStringLiteral("INSERT INTO guardians (uuid, student_id, name, relation, phone) VALUES (?, ?, "
                       "?, ?, ?)"),
        m_error);
    Statement consent(m_db,
        QStringLiteral("INSERT INTO consents (uuid, student_id, kind, granted, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        m_error);
    const QString dataProcessing = QStringLiteral("data_processing");
    const QString marketing = QStringLiteral("marketing");
    for (const StudentPlan& s : m_students) {
        const QString code = StudentService::codeForNumber(int(s.id));
        const std::size_t surname = std::size_t(m_rng.between(0, int(kSurnames.size()) - 1));
        QString name;
        if (m_rng.chance(0.12)) {
            name = QString::fromLatin1(m_rng.pick(kEnglishGiven)) + QLatin1Char(' ')
                + QString::fromLatin1(kSurnamesLatin[surname]);
        } else {
            name = QString::fromUtf8(kSurnames[surname]) + QString::fromUtf8(m_rng.pick(kGivenChars));
            if (m_rng.chance(0.7))
                name += QString::fromUtf8(m_rng.pick(kGivenChars));
        }
        const double g = m_rng.uniform();
        const QVariant gender = g < 0.49 ? QVariant(QStringLiteral("female"))
            : g < 0.97                   ? QVariant(QStringLiteral("male"))
                                         : QVariant();
        const QString number = phone();
        const bool email = m_rng.chance(s.minor ? 0.15 : 0.6);
        QString status = QStringLiteral("active");
        if (s.churnDay != 0 && s.churnDay + 180 < m_today && m_rng.chance(0.3))
            status = QStringLiteral("archived");
        else if (m_rng.chance(0.03))
            status = QStringLiteral("paused");
        const qint64 created = deskTime(s.joinDay);
        student.run({s.id, m_ids.uuid(), code, name, StudentService::searchName(name), number,
            StudentService::phoneDigits(number),
            email ? QVariant(QString(code.toLower() + QStringLiteral("@example.com"))) : QVariant(),
            isoDate(s.birthDay), gender, status, noText(),
            s.linked ? QVariant(QStringLiteral("op-u%1").arg(100000 + s.id)) : QVariant(), at(created), at(created)});

        // Stated interests: usually the strongest hidden one, sometimes the second.
        std::array<int, kCategoryCount> order {};
        for (int c = 0; c < kCategoryCount; ++c)
            order[std::size_t(c)] = c;
        std::sort(order.begin(), order.end(),
            [&s](int a, int b) { return s.interests[std::size_t(a)] > s.interests[std::size_t(b)]; });
        if (m_rng.chance(0.6))
            tag.run({s.id, QString::fromUtf8(kCategories[std::size_t(order[0])].name)});
        if (m_rng.chance(0.25))
            tag.run({s.id, QString::fromUtf8(kCategories[std::size_t(order[1])].name)});
        if (m_rng.chance(0.12))
            tag.run({s.id, QStringLiteral("周末 weekend")});
        if (m_rng.chance(0.08))
            tag.run({s.id, QStringLiteral("老带新 referral")});

        if (s.minor) {
            const bool mother = m_rng.chance(0.65);
            const QString parentSurname
                = mother ? QString::fromUtf8(m_rng.pick(kSurnames)) : QString::fromUtf8(kSurnames[surname]);
            guardian.run({m_ids.uuid(), s.id, QString(parentSurname + QString::fromUtf8(m_rng.pick(kGivenChars))),
                mother ? QStringLiteral("mother") : QStringLiteral("father"), phone()});
            if (m_rng.chance(0.3))
                guardian.run({m_ids.uuid(), s.id,
                    QString(QString::fromUtf8(kSurnames[surname]) + QString::fromUtf8(m_rng.pick(kGivenChars))),
                    QStringLiteral("grandparent"), phone()});
        }
        consent.run({m_ids.uuid(), s.id, dataProcessing, 1, kDeskId, at(created)});
        const bool marketingYes = m_rng.chance(0.65);
        consent.run({m_ids.uuid(), s.id, marketing, marketingYes ? 1 : 0, kDeskId, at(created)});
        if (marketingYes && m_rng.chance(0.05)) {
            const qint64 later = s.joinDay + m_rng.between(10, 200);
            if (later < m_today)
                consent.run({m_ids.uuid(), s.id, marketing, 0, kDeskId, at(deskTime(later))});
        }
        if (s.id % 5000 == 0)
            report(10 + int(20 * s.id / qint64(m_students.size())), DemoCenter::tr("Students"));
    }
}

int Generator::tryEnroll(StudentPlan& s, qint64 day)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int c = m_rng.weighted(s.interests.data(), kCategoryCount);
        const int level1 = c * kItemsPerCategory;
        ItemRole role;
        if (!(s.takenItems & (1u << level1)))
            role = ItemRole::Level1;
        else if ((s.completedItems & (1u << level1)) && !(s.takenItems & (1u << (level1 + 1))) && m_rng.chance(0.85))
            role = ItemRole::Level2;
        else if (m_rng.chance(0.4))
            role = ItemRole::Workshop;
        else
            continue;
        const auto found = m_classIndex.find({c, int(role)});
        if (found == m_classIndex.end())
            continue;
        const std::vector<int>& list = found->second;
        auto it = std::lower_bound(list.begin(), list.end(), day + 1,
            [this](int index, qint64 d) { return m_classes[std::size_t(index)].startDay < d; });
        std::array<int, 4> open {};
        int openCount = 0;
        int full = -1;
        for (; it != list.end() && openCount < int(open.size()); ++it) {
            const ClassPlan& plan = m_classes[std::size_t(*it)];
            if (plan.startDay > day + 35)
                break;
            if (m_joined.count({*it, s.id}))
                continue;
            if (plan.seats < plan.capacity)
                open[std::size_t(openCount++)] = *it;
            else if (full < 0)
                full = *it;
        }
        if (openCount > 0) {
            const int chosen = open[std::size_t(m_rng.between(0, openCount - 1))];
            enroll(s, chosen, deskTime(day));
            return chosen;
        }
        // A full class that has not started yet: some join its waitlist.
        if (full >= 0 && m_classes[std::size_t(full)].startDay > m_today && m_rng.chance(0.3)) {
            const QVariant requested = at(deskTime(day));
            m_insertEnrollment->run({m_ids.uuid(), m_classes[std::size_t(full)].id, s.id, QStringLiteral("waitlisted"),
                requested, requested});
            m_joined.insert({full, s.id});
            ++m_enrollments;
        }
    }
    return -1;
}

void Generator::enroll(StudentPlan& s, int classIndex, qint64 requestedMs)
{
    ClassPlan& c = m_classes[std::size_t(classIndex)];
    const ItemInfo& item = kItems[std::size_t(c.item)];
    const qint64 itemId = m_itemIds[std::size_t(c.item)];
    ++c.seats;
    s.takenItems |= 1u << c.item;
    if (c.role == ItemRole::Workshop)
        m_joined.insert({classIndex, s.id});
    const bool dropped = s.churnDay != 0 && s.churnDay <= c.endDay && s.churnDay <= m_today;
    const bool completed = !dropped && c.endMs <= m_nowMs;
    QString status = QStringLiteral("enrolled");
    qint64 updated = requestedMs;
    if (dropped) {
        status = QStringLiteral("dropped");
        updated = std::max(requestedMs, deskTime(s.churnDay));
    } else if (completed) {
        status = QStringLiteral("completed");
        s.completedItems |= 1u << c.item;
        updated = c.endMs;
    }
    m_insertEnrollment->run({m_ids.uuid(), c.id, s.id, status, at(requestedMs), at(updated)});
    ++m_enrollments;

    // Payment at enrollment: a drop-in for a workshop, a class-hour pack (sometimes with materials and a
    // discount) for a course.
    qint64 packId = 0;
    qint64 packHours = 0;
    int packLine = -1;
    int packSale = -1;
    if (c.role == ItemRole::Workshop) {
        const qint64 price = minor(item.priceYuan);
        addSale(requestedMs, s.id, {{"drop_in", itemId, QString::fromUtf8(item.title), 1, price, 0, price, 0}});
    } else {
        const qint64 price = minor(item.priceYuan);
        qint64 discount = 0;
        const double d = m_rng.uniform();
        if (d < 0.08)
            discount = price / 20; // 5 % for returning students
        else if (d < 0.14)
            discount = price / 10;
        else if (d < 0.18)
            discount = minor(200); // referral
        packHours = kSessionsPerTerm * kHoursPerSession;
        std::vector<PendingLine> lines
            = {{"pack", itemId, QString::fromUtf8(item.title) + QStringLiteral(" · 24 课时 class hours"), 1, price,
                discount, price - discount, packHours}};
        if (m_rng.chance(0.3)) {
            const qint64 material = minor(m_rng.between(6, 15) * 10);
            lines.push_back({"material", 0, QStringLiteral("教材 Course materials"), 1, material, 0, material, 0});
        }
        packSale = addSale(requestedMs, s.id, std::move(lines));
        packLine = m_sales[std::size_t(packSale)].firstLine;
        packId = m_nextPackId++;
        m_packs.push_back(
            {packId, s.id, itemId, c.category, packHours, m_clock.localDay(requestedMs) + 365, packLine, requestedMs});
        m_insertEntry->run({m_ids.uuid(), packId, packHours, QStringLiteral("purchase"), QVariant(), kDeskId, noText(),
            at(requestedMs)});
    }

    // The roll of every session held so far, until the student stops coming.
    qint64 used = 0;
    for (int i = 0; i < c.sessionCount; ++i) {
        const SessionPlan& session = m_sessions[std::size_t(c.firstSession + i)];
        if (session.cancelled)
            continue;
        if (session.endMs > m_nowMs || (s.churnDay != 0 && session.day >= s.churnDay))
            break;
        const double e = engagementOn(s, session.day);
        const bool attended = m_rng.chance(0.12 + 0.85 * e);
        QString attendance;
        qint64 recordedAt;
        if (attended) {
            const bool late = m_rng.chance(0.08);
            attendance = late ? QStringLiteral("late") : QStringLiteral("present");
            recordedAt = session.startMs + (late ? m_rng.between(5, 25) : -m_rng.between(0, 15)) * kMsPerMinute;
        } else {
            attendance = m_rng.chance(0.35) ? QStringLiteral("excused") : QStringLiteral("absent");
            recordedAt = notAfterNow(session.endMs + m_rng.between(0, 60) * kMsPerMinute);
        }
        const qint64 recordedBy = m_rng.chance(0.7) ? session.instructorId : kDeskId;
        const qint64 attendanceId = m_nextAttendanceId++;
        m_insertAttendance->run(
            {attendanceId, m_ids.uuid(), session.id, s.id, attendance, recordedBy, at(recordedAt), noText()});
        if (attended && c.hoursPerSession > 0) {
            used += c.hoursPerSession;
            m_insertEntry->run({m_ids.uuid(), packId, -c.hoursPerSession, QStringLiteral("attendance"), attendanceId,
                recordedBy, noText(), at(recordedAt)});
        }
        if (attended && m_rng.chance(0.06)) {
            const double liking = std::min(1.0, s.interests[std::size_t(c.category)] * 2.5);
            const int rating = std::clamp(int(std::lround(1.6 + 2.4 * liking + 1.0 * e + 0.6 * m_rng.normal())), 1, 5);
            static const std::array<const char*, 5> comments = {
                "不太适合我 Not for me", "一般 So-so", "还不错 Fine", "很喜欢 Really liked it", "非常棒！ Excellent!"};
            m_insertFeedback->run({m_ids.uuid(), s.id, session.id, itemId, rating,
                m_rng.chance(0.5) ? QString::fromUtf8(comments[std::size_t(rating - 1)]) : noText(),
                session.instructorId, at(notAfterNow(session.endMs + 10 * kMsPerMinute))});
        }
    }

    // Some who leave ask for the unused hours back: a partial refund approved by the manager.
    if (dropped && packId != 0 && used < packHours && m_rng.chance(0.3)) {
        const qint64 refundDay = s.churnDay + m_rng.between(1, 14);
        if (refundDay < m_today) {
            const qint64 remaining = packHours - used;
            const PendingLine& original = m_lines[std::size_t(packLine)];
            const qint64 amount = (original.totalMinor * remaining + packHours / 2) / packHours;
            const qint64 refundMs = deskTime(refundDay);
            if (amount > 0) {
                PendingLine line {"pack", itemId, QStringLiteral("退课退款 Refund of unused class hours"), 1, -amount,
                    0, -amount, -remaining};
                line.refundOfLine = packLine;
                addSale(refundMs, s.id, {line}, packSale, QStringLiteral("学员退课 Student withdrew"));
                m_insertEntry->run({m_ids.uuid(), packId, -remaining, QStringLiteral("refund"), QVariant(), kDeskId,
                    noText(), at(refundMs)});
            }
        }
    }
}

// Students look for their next class one event at a time in calendar order, so seats go to whoever
// asks first.
void Generator::simulateEnrollments()
{
    using Event = std::pair<qint64, qint64>; // day, student index
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    for (std::size_t i = 0; i < m_students.size(); ++i)
        events.push({std::max(m_students[i].joinDay, m_historyStart - 20) + m_rng.between(0, 10), qint64(i)});
    const qint64 expected = std::max<qint64>(1, qint64(m_students.size()) * 3);
    qint64 handled = 0;
    while (!events.empty() && m_error.isEmpty()) {
        const auto [day, index] = events.top();
        events.pop();
        StudentPlan& s = m_students[std::size_t(index)];
        if (day > m_today || (s.churnDay != 0 && day >= s.churnDay))
            continue;
        if (++handled % 10000 == 0)
            report(
                30 + int(std::min<qint64>(50, 50 * handled / expected)), DemoCenter::tr("Enrollments and attendance"));
        const int chosen = tryEnroll(s, day);
        if (chosen >= 0) {
            s.failedSearches = 0;
            // The next course after this one ends (less engaged students wait longer); some take two at once.
            const double e = engagementOn(s, day);
            qint64 next
                = m_classes[std::size_t(chosen)].endDay + 3 + qint64(m_rng.exponential(10.0 + 60.0 * (1.0 - e)));
            if (m_rng.chance(0.2 * e))
                next = day + m_rng.between(5, 30);
            events.push({next, index});
        } else if (++s.failedSearches < 6) {
            events.push({day + m_rng.between(7, 21), index});
        }
    }
}

void Generator::simulateMemberships(const StudentPlan& s)
{
    if (!s.linked || !m_rng.chance(0.08 + 0.2 * s.engagement))
        return;
    qint64 start = std::max(s.joinDay, m_historyStart) + m_rng.between(0, 120);
    qint64 previous = 0;
    while (start <= m_today && (s.churnDay == 0 || start < s.churnDay)) {
        double weights[kPlans.size()];
        for (std::size_t i = 0; i < kPlans.size(); ++i)
            weights[i] = kPlans[i].weight;
        const std::size_t plan = std::size_t(m_rng.weighted(weights, int(kPlans.size())));
        const qint64 price = minor(kPlans[plan].priceYuan);
        const qint64 soldMs = deskTime(start);
        const int sale = addSale(soldMs, s.id,
            {{"membership", m_planIds[plan], QString::fromUtf8(kPlans[plan].title), 1, price, 0, price, 0}});
        const qint64 id = qint64(m_memberships.size()) + 1;
        const qint64 end = start + kPlans[plan].days - 1;
        m_memberships.push_back(
            {id, s.id, m_planIds[plan], start, end, m_sales[std::size_t(sale)].firstLine, previous, soldMs});
        previous = id;
        start = end + 1;
        if (!m_rng.chance(0.3 + 0.55 * engagementOn(s, start)))
            break;
    }
}

void Generator::simulateOnline(const StudentPlan& s)
{
    if (!s.linked)
        return;
    const qint64 last = s.churnDay != 0 ? std::min(s.churnDay - 1, m_today) : m_today;
    const qint64 first = std::max(s.joinDay, m_historyStart) - 150;
    if (last <= first)
        return;
    const int count = std::min(8, int(m_rng.exponential(0.6 + 2.4 * s.engagement)));
    quint32 bought = 0;
    for (int n = 0; n < count; ++n) {
        const int c = m_rng.weighted(s.interests.data(), kCategoryCount);
        const int index = c * kItemsPerCategory + (m_rng.chance(0.6) ? 3 : 4);
        if (bought & (1u << index))
            continue;
        bought |= 1u << index;
        const ItemInfo& item = kItems[std::size_t(index)];
        const qint64 itemId = m_itemIds[std::size_t(index)];
        const qint64 day = first + m_rng.between(0, int(last - first));
        const qint64 boughtMs = notAfterNow(m_clock.utcMs(day, m_rng.between(7 * 60, 23 * 60)));
        const qint64 price = minor(item.priceYuan) * (m_rng.chance(0.3) ? 8 : 10) / 10;
        m_insertOnline->run({m_ids.uuid(), s.id, itemId, QStringLiteral("purchase"), QVariant(), price, at(boughtMs)});
        // Progress follows how engaged the learner is and how much the subject interests them.
        const double liking = std::min(1.0, s.interests[std::size_t(c)] * 2.5);
        const int target = std::clamp(
            int(std::lround(100.0 * (0.15 + 0.85 * engagementOn(s, day) * (0.4 + 0.6 * liking)) + 8 * m_rng.normal())),
            3, 100);
        const int steps = m_rng.between(1, 3);
        qint64 progressDay = day;
        int reached = 0;
        for (int k = 1; k <= steps; ++k) {
            progressDay += m_rng.between(3, 25);
            if (progressDay > last)
                break;
            reached = target * k / steps;
            m_insertOnline->run({m_ids.uuid(), s.id, itemId, QStringLiteral("progress"), reached, QVariant(),
                at(notAfterNow(m_clock.utcMs(progressDay, m_rng.between(7 * 60, 23 * 60))))});
        }
        if (reached >= 50 && m_rng.chance(0.25)) {
            const int rating
                = std::clamp(int(std::lround(1.8 + 2.6 * liking + 0.8 * s.engagement + 0.6 * m_rng.normal())), 1, 5);
            m_insertFeedback->run({m_ids.uuid(), s.id, QVariant(), itemId, rating, noText(), QVariant(),
                at(notAfterNow(m_clock.utcMs(progressDay, 21 * 60)))});
        }
    }
}

int Generator::addSale(
    qint64 atMs, qint64 studentId, std::vector<PendingLine> lines, qint64 refundOf, const QString& reason)
{
    PendingSale sale {};
    sale.atMs = atMs;
    sale.studentId = studentId;
    sale.refundOf = refundOf;
    sale.reason = reason;
    sale.firstLine = int(m_lines.size());
    sale.lineCount = int(lines.size());
    for (PendingLine& line : lines) {
        sale.subtotal += line.quantity * line.unitMinor;
        sale.discount += line.discountMinor;
        sale.total += line.totalMinor;
        m_lines.push_back(std::move(line));
    }
    if (refundOf >= 0) {
        sale.method = m_sales[std::size_t(refundOf)].method;
        sale.staffId = kDeskId;
        sale.approvedBy = kAdminId;
        sale.tendered = -1;
    } else {
        sale.method = m_rng.weighted(kMethodWeights, int(kMethods.size()));
        sale.staffId = m_rng.chance(0.1) ? kAdminId : kDeskId;
        sale.approvedBy = 0;
        // Cash is handed over in notes of 100 yuan.
        sale.tendered = sale.method == 0 ? (sale.total + 9999) / 10000 * 10000 : -1;
    }
    m_sales.push_back(std::move(sale));
    return int(m_sales.size()) - 1;
}

// Receipt numbers are gapless in the order the payments happened, so sales are written last, sorted.
void Generator::writeSales()
{
    std::vector<int> order(m_sales.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return m_sales[std::size_t(a)].atMs < m_sales[std::size_t(b)].atMs; });
    std::vector<qint64> saleId(m_sales.size());
    std::vector<qint64> lineId(m_lines.size());
    Statement sale(m_db,
        QStringLiteral("INSERT INTO sales (id, uuid, receipt_seq, receipt_no, kind, refund_of_id, "
                       "student_id, staff_id, approved_by, method, subtotal_minor, discount_minor, "
                       "total_minor, tendered_minor, reason, created_at, business_date) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    Statement line(m_db,
        QStringLiteral("INSERT INTO sale_lines (id, sale_id, line_no, kind, item_id, description, quantity, "
                       "unit_price_minor, discount_minor, total_minor, class_hours, refund_of_line_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    qint64 nextLine = 1;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const PendingSale& s = m_sales[std::size_t(order[k])];
        const qint64 seq = qint64(k) + 1;
        saleId[std::size_t(order[k])] = seq;
        const bool refund = s.refundOf >= 0;
        sale.run({seq, m_ids.uuid(), seq, ReceiptNumberSequence::format(m_receiptPrefix, seq),
            refund ? QStringLiteral("refund") : QStringLiteral("sale"),
            refund ? QVariant(saleId[std::size_t(s.refundOf)]) : QVariant(), s.studentId, s.staffId,
            nullable(s.approvedBy), QString::fromLatin1(kMethods[std::size_t(s.method)]), s.subtotal, s.discount,
            s.total, s.tendered >= 0 ? QVariant(s.tendered) : QVariant(), s.reason.isNull() ? noText() : s.reason,
            at(s.atMs), isoDate(m_clock.localDay(s.atMs))});
        for (int i = 0; i < s.lineCount; ++i) {
            const std::size_t index = std::size_t(s.firstLine + i);
            const PendingLine& l = m_lines[index];
            lineId[index] = nextLine++;
            line.run({lineId[index], seq, i + 1, QString::fromLatin1(l.kind), nullable(l.itemId), l.description,
                l.quantity, l.unitMinor, l.discountMinor, l.totalMinor, l.hours,
                l.refundOfLine >= 0 ? QVariant(lineId[std::size_t(l.refundOfLine)]) : QVariant()});
        }
    }
    Statement pack(m_db,
        QStringLiteral("INSERT INTO class_hour_packs (id, uuid, student_id, course_id, category, "
                       "hours_purchased, expires_on, sale_line_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        m_error);
    for (const PendingPack& p : m_packs)
        pack.run(
            {p.id, m_ids.uuid(), p.studentId, p.courseId, QString::fromUtf8(kCategories[std::size_t(p.category)].name),
                p.hours, isoDate(p.expiresDay), lineId[std::size_t(p.line)], at(p.createdMs)});
    Statement membership(m_db,
        QStringLiteral("INSERT INTO memberships (id, uuid, student_id, plan_id, starts_on, ends_on, "
                       "sale_line_id, renewed_from_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    for (const PendingMembership& m : m_memberships)
        membership.run({m.id, m_ids.uuid(), m.studentId, m.planId, isoDate(m.startDay), isoDate(m.endDay),
            lineId[std::size_t(m.line)], nullable(m.renewedFrom), at(m.createdMs)});
}

void Generator::writeTruth()
{
    QFile file(m_options.truthPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        m_error = DemoCenter::tr("Cannot write %1: %2").arg(m_options.truthPath, file.errorString());
        return;
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "student_code,minor,engagement,churn_date,churned_by_today,top_category";
    for (const CategoryInfo& c : kCategories)
        out << ",interest_"
            << QString::fromUtf8(c.name)
                   .section(QLatin1Char(' '), 1)
                   .toLower()
                   .replace(QLatin1Char(' '), QLatin1Char('_'));
    out << '\n';
    for (const StudentPlan& s : m_students) {
        const int top = int(std::max_element(s.interests.begin(), s.interests.end()) - s.interests.begin());
        out << QStringLiteral("S%1").arg(s.id, 6, 10, QLatin1Char('0')) << ',' << (s.minor ? 1 : 0) << ','
            << QString::number(s.engagement, 'f', 4) << ',' << (s.churnDay != 0 ? isoDate(s.churnDay) : QString())
            << ',' << (s.churnDay != 0 && s.churnDay <= m_today ? 1 : 0) << ",\""
            << QString::fromUtf8(kCategories[std::size_t(top)].name) << '"';
        for (double v : s.interests)
            out << ',' << QString::number(v, 'f', 4);
        out << '\n';
    }
    out.flush();
    if (file.error() != QFileDevice::NoError)
        m_error = DemoCenter::tr("Cannot write %1: %2").arg(m_options.truthPath, file.errorString());
}

Result<QList<QString>> Generator::deferIndexes()
{
    auto found = m_db.exec(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                       "((type = 'index' AND tbl_name <> 'outbox') OR name = 'students_phone_fts_insert')"));
    if (!found)
        return found.error();
    QList<QString> names;
    QList<QString> definitions;
    while (found.value().next()) {
        names.append(found.value().value(0).toString());
        definitions.append(found.value().value(1).toString());
    }
    for (const QString& name : std::as_const(names)) {
        const bool trigger = name == QLatin1String("students_phone_fts_insert");
        if (auto r = m_db.exec((trigger ? QStringLiteral("DROP TRIGGER ") : QStringLiteral("DROP INDEX ")) + name); !r)
            return r.error();
    }
    return definitions;
}

Status Generator::rebuildIndexes(const QList<QString>& definitions)
{
    for (const QString& sql : definitions) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO students_phone_fts (students_phone_fts) VALUES ('rebuild')"));
        !r)
        return r.error();
    return {};
}

Result<DemoSummary> Generator::run()
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.students < 1 || m_options.students > 2000000)
        return Error::invalid(
            DemoCenter::tr("The number of students must be between 1 and 2,000,000."), QStringLiteral("students"));
    auto existing = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM students) "
                                               "+ (SELECT count(*) FROM catalog_items)"));
    if (!existing)
        return existing.error();
    if (existing.value().toLongLong() > 0)
        return Error::conflict(
            DemoCenter::tr("The database %1 already holds a center; the demo center needs an empty one.")
                .arg(m_db.path()));

    if (!m_options.truthPath.isEmpty()) {
        QFile probe(m_options.truthPath);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::invalid(DemoCenter::tr("Cannot write %1: %2").arg(m_options.truthPath, probe.errorString()),
                QStringLiteral("truthPath"));
    }
    report(0, DemoCenter::tr("Planning"));
    planSchedule();
    planStudents();

    // A big page cache while writing millions of rows; the connection's default comes back afterwards.
    auto cache = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    struct RestoreCache
    {
        Database& db;
        QVariant size;
        ~RestoreCache() { (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size.toLongLong())); }
    } restore {m_db, cache ? cache.value() : QVariant(-2000)};

    // A rollback journal instead of the write-ahead log while building: pages past the end of the empty
    // file are never journaled, so a crash still rolls back to the empty center, but the millions of new
    // pages are written once instead of to the log and again at the checkpoint. The switch needs the only
    // connection to the file; when another one has it open the build simply stays in WAL mode.
    (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    struct RestoreJournal
    {
        Database& db;
        ~RestoreJournal() { (void)db.exec(QStringLiteral("PRAGMA journal_mode = WAL")); }
    } restoreJournal {m_db};

    // Rows refer forward (class-hour entries to packs written with the sales at the end), and checking
    // each of millions of references on insert costs more than the rest; `check` (and the tests) verify
    // them all afterwards. The connection's setting comes back when the build ends.
    if (auto r = m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r.error();
    struct RestoreForeignKeys
    {
        Database& db;
        ~RestoreForeignKeys() { (void)db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } restoreKeys {m_db};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto deferred = deferIndexes();
    if (!deferred)
        return deferred.error();

    report(2, DemoCenter::tr("Staff, catalog and schedule"));
    writeSettings();
    writeStaff();
    writeCatalog();
    writeSchedule();
    report(10, DemoCenter::tr("Students"));
    writeStudents();

    m_insertEnrollment = std::make_unique<Statement>(m_db,
        QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?)"),
        m_error);
    m_insertAttendance = std::make_unique<Statement>(m_db,
        QStringLiteral("INSERT INTO attendance (id, uuid, session_id, student_id, status, recorded_by, recorded_at, "
                       "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    m_insertEntry = std::make_unique<Statement>(m_db,
        QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, attendance_id, staff_id, note, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    m_insertFeedback = std::make_unique<Statement>(m_db,
        QStringLiteral("INSERT INTO feedback (uuid, student_id, session_id, item_id, rating, comment, recorded_by, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    m_insertOnline = std::make_unique<Statement>(m_db,
        QStringLiteral("INSERT INTO online_activity (uuid, student_id, item_id, kind, progress_percent, amount_minor, "
                       "occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        m_error);
    report(30, DemoCenter::tr("Enrollments and attendance"));
    simulateEnrollments();
    report(80, DemoCenter::tr("Memberships and online activity"));
    for (const StudentPlan& s : m_students) {
        simulateMemberships(s);
        simulateOnline(s);
    }
    report(88, DemoCenter::tr("Payments"));
    writeSales();
    Statement audit(m_db,
        QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, entity, entity_uuid, action, summary) "
                       "VALUES (?, NULL, 'demo', 'center', ?, 'demo', ?)"),
        m_error);
    audit.run({at(m_nowMs), CenterSettings(m_db).text(CenterSettings::Key::CenterId),
        QStringLiteral("Demo center: %1 students, seed %2").arg(m_options.students).arg(m_options.seed)});
    audit.flush();
    m_insertEnrollment.reset();
    m_insertAttendance.reset();
    m_insertEntry.reset();
    m_insertFeedback.reset();
    m_insertOnline.reset();
    if (!m_error.isEmpty())
        return Error::storage(DemoCenter::tr("Building the demo center failed: %1").arg(m_error));
    report(95, DemoCenter::tr("Saving"));
    if (auto rebuilt = rebuildIndexes(deferred.value()); !rebuilt)
        return rebuilt.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    if (!m_options.truthPath.isEmpty()) {
        writeTruth();
        if (!m_error.isEmpty())
            return Error::storage(m_error);
    }
    report(100, DemoCenter::tr("Done"));

    DemoSummary summary;
    summary.students = qint64(m_students.size());
    summary.classes = qint64(m_classes.size());
    summary.sessions = qint64(m_sessions.size());
    summary.enrollments = m_enrollments;
    summary.attendance = m_nextAttendanceId - 1;
    summary.sales = qint64(m_sales.size());
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace

QString DemoCenter::password()
{
    return QStringLiteral("demo1234");
}

Result<DemoSummary> DemoCenter::build(Database& db, const DemoOptions& options, const Progress& progress)
{
    DemoOptions effective = options;
    if (!effective.today.isValid())
        effective.today = Clock::system().nowUtc().toTimeZone(QTimeZone(kTimeZone)).date();
    Generator generator(db, effective, progress);
    return generator.run();
}

} // namespace td
