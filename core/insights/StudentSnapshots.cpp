#include "StudentSnapshots.h"

#include "storage/Database.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace td::insights {

namespace {

constexpr double kNoEvent = 365; // "days since" when it never happened, and its cap

// The calendar day of "YYYY-MM-DD..." text (a date, or the date part of a UTC time) as a Julian day.
qint64 dayOf(const QString& text)
{
    if (text.size() < 10)
        return 0;
    return QDate(
        QStringView(text).mid(0, 4).toInt(), QStringView(text).mid(5, 2).toInt(), QStringView(text).mid(8, 2).toInt())
        .toJulianDay();
}

enum Feature {
    DaysSinceVisit,
    Visits90,
    AttendanceRate90,
    AttendanceTrend,
    AbsenceStreak,
    DaysSincePurchase,
    Purchases365,
    Spend365,
    HourBalance,
    WeeksOfHoursLeft,
    MembershipDaysLeft,
    OnlineActivity90,
    TenureDays,
    AgeUnder12,
    Age12To17,
    Age18Plus,
    FeatureCount
};

double rate(int attended, int rostered)
{
    return rostered > 0 ? double(attended) / rostered : 0.0;
}

} // namespace

QStringList StudentSnapshots::featureKeys()
{
    return {QStringLiteral("days_since_visit"), QStringLiteral("visits_90d"), QStringLiteral("attendance_rate_90d"),
        QStringLiteral("attendance_trend"), QStringLiteral("absence_streak"), QStringLiteral("days_since_purchase"),
        QStringLiteral("purchases_365d"), QStringLiteral("spend_365d"), QStringLiteral("class_hour_balance"),
        QStringLiteral("weeks_of_hours_left"), QStringLiteral("membership_days_left"),
        QStringLiteral("online_activity_90d"), QStringLiteral("tenure_days"), QStringLiteral("age_under_12"),
        QStringLiteral("age_12_17"), QStringLiteral("age_18_plus")};
}

QString StudentSnapshots::featureLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("days_since_visit"), QT_TR_NOOP("Days since the last visit")},
        {QStringLiteral("visits_90d"), QT_TR_NOOP("Visits in the last 90 days")},
        {QStringLiteral("attendance_rate_90d"), QT_TR_NOOP("Attendance rate in the last 90 days")},
        {QStringLiteral("attendance_trend"), QT_TR_NOOP("Attendance trend (last 30 days against the 60 before)")},
        {QStringLiteral("absence_streak"), QT_TR_NOOP("Sessions missed in a row")},
        {QStringLiteral("days_since_purchase"), QT_TR_NOOP("Days since the last purchase")},
        {QStringLiteral("purchases_365d"), QT_TR_NOOP("Purchases in the last year")},
        {QStringLiteral("spend_365d"), QT_TR_NOOP("Spent in the last year (hundreds)")},
        {QStringLiteral("class_hour_balance"), QT_TR_NOOP("Class hours left")},
        {QStringLiteral("weeks_of_hours_left"), QT_TR_NOOP("Weeks until the class hours run out")},
        {QStringLiteral("membership_days_left"), QT_TR_NOOP("Membership days left")},
        {QStringLiteral("online_activity_90d"), QT_TR_NOOP("Online activity in the last 90 days")},
        {QStringLiteral("tenure_days"), QT_TR_NOOP("Days since joining")},
        {QStringLiteral("age_under_12"), QT_TR_NOOP("Aged under 12")},
        {QStringLiteral("age_12_17"), QT_TR_NOOP("Aged 12 to 17")},
        {QStringLiteral("age_18_plus"), QT_TR_NOOP("Aged 18 or over")},
    };
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

QString StudentSnapshots::describe(const QString& key, double value, double contribution)
{
    QString shown;
    if (key.startsWith(QLatin1String("age_")))
        shown = value > 0.5 ? tr("yes") : tr("no");
    else if (key == QLatin1String("attendance_rate_90d") || key == QLatin1String("attendance_trend"))
        shown = QStringLiteral("%1%").arg(std::lround(value * 100));
    else
        shown = QString::number(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
    return contribution >= 0 ? tr("%1: %2 (raises the score)").arg(featureLabel(key), shown)
                             : tr("%1: %2 (lowers the score)").arg(featureLabel(key), shown);
}

Result<std::vector<StudentTimeline>> StudentSnapshots::load(const Database& db, qint64 onlyStudent)
{
    const QString where = onlyStudent != 0 ? QStringLiteral(" WHERE student_id = %1").arg(onlyStudent) : QString();
    const QString whereId = onlyStudent != 0 ? QStringLiteral(" WHERE id = %1").arg(onlyStudent) : QString();
    std::vector<StudentTimeline> students;
    QHash<qint64, size_t> index;
    auto q = db.exec(QStringLiteral("SELECT id, code, name, status, created_at, birth_date FROM students") + whereId
        + QStringLiteral(" ORDER BY id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        StudentTimeline s;
        s.studentId = r.value(0).toLongLong();
        s.code = r.value(1).toString();
        s.name = r.value(2).toString();
        s.archived = r.value(3).toString() == QLatin1String("archived");
        s.joinedDay = dayOf(r.value(4).toString());
        s.birthDay = r.value(5).isNull() ? 0 : dayOf(r.value(5).toString());
        index.insert(s.studentId, students.size());
        students.push_back(std::move(s));
    }
    // Runs one query and hands each row to `row` with its student.
    auto each = [&](const QString& sql, const auto& row) -> Status {
        auto rows = db.exec(sql);
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            auto found = index.constFind(rows.value().value(0).toLongLong());
            if (found != index.constEnd())
                row(students[found.value()], rows.value());
        }
        return {};
    };
    const QString aWhere = onlyStudent != 0 ? QStringLiteral(" WHERE a.student_id = %1").arg(onlyStudent) : QString();
    Status st = each(QStringLiteral("SELECT a.student_id, s.local_date, a.status FROM attendance a "
                                    "JOIN sessions s ON s.id = a.session_id")
            + aWhere,
        [](StudentTimeline& s, const QSqlQuery& r) {
            const QString status = r.value(2).toString();
            s.roll.emplace_back(dayOf(r.value(1).toString()),
                status == QLatin1String("present") || status == QLatin1String("late")
                    || status == QLatin1String("makeup"));
        });
    if (st)
        st = each(QStringLiteral("SELECT student_id, business_date, total_minor, kind FROM sales") + where
                + (onlyStudent != 0 ? QStringLiteral(" AND") : QStringLiteral(" WHERE"))
                + QStringLiteral(" student_id IS NOT NULL"),
            [](StudentTimeline& s, const QSqlQuery& r) {
                const qint64 day = dayOf(r.value(1).toString());
                s.payments.emplace_back(day, r.value(2).toLongLong());
                if (r.value(3).toString() == QLatin1String("sale"))
                    s.purchaseDays.push_back(day);
            });
    if (st)
        st = each(QStringLiteral("SELECT student_id, occurred_at, kind, coalesce(amount_minor, 0) FROM online_activity")
                + where,
            [](StudentTimeline& s, const QSqlQuery& r) {
                const qint64 day = dayOf(r.value(1).toString());
                s.onlineDays.push_back(day);
                if (r.value(2).toString() == QLatin1String("purchase")) {
                    s.purchaseDays.push_back(day);
                    s.payments.emplace_back(day, r.value(3).toLongLong());
                }
            });
    if (st)
        st = each(QStringLiteral("SELECT p.student_id, e.created_at, e.delta FROM class_hour_entries e "
                                 "JOIN class_hour_packs p ON p.id = e.pack_id")
                + (onlyStudent != 0 ? QStringLiteral(" WHERE p.student_id = %1").arg(onlyStudent) : QString()),
            [](StudentTimeline& s, const QSqlQuery& r) {
                s.hours.emplace_back(dayOf(r.value(1).toString()), r.value(2).toLongLong());
            });
    if (st)
        st = each(QStringLiteral("SELECT student_id, starts_on, ends_on FROM memberships") + where,
            [](StudentTimeline& s, const QSqlQuery& r) {
                s.memberships.emplace_back(dayOf(r.value(1).toString()), dayOf(r.value(2).toString()));
            });
    if (!st)
        return st.error();
    for (StudentTimeline& s : students) {
        std::sort(s.roll.begin(), s.roll.end());
        std::sort(s.payments.begin(), s.payments.end());
        std::sort(s.purchaseDays.begin(), s.purchaseDays.end());
        std::sort(s.hours.begin(), s.hours.end());
        std::sort(s.memberships.begin(), s.memberships.end());
        std::sort(s.onlineDays.begin(), s.onlineDays.end());
    }
    return students;
}

bool StudentSnapshots::activeOn(const StudentTimeline& s, qint64 day)
{
    if (s.joinedDay >= day)
        return false;
    const auto recent = [day](qint64 d) { return d < day && d >= day - 90; };
    for (const auto& [d, attended] : s.roll)
        if (attended && recent(d))
            return true;
    return std::any_of(s.purchaseDays.begin(), s.purchaseDays.end(), recent)
        || std::any_of(s.onlineDays.begin(), s.onlineDays.end(), recent);
}

Eigen::RowVectorXd StudentSnapshots::features(const StudentTimeline& s, qint64 day)
{
    Eigen::RowVectorXd f = Eigen::RowVectorXd::Zero(FeatureCount);
    qint64 lastVisit = -1;
    int visits90 = 0;
    int rostered30 = 0, attended30 = 0, rosteredBefore = 0, attendedBefore = 0;
    int streak = 0;
    for (const auto& [d, attended] : s.roll) {
        if (d >= day)
            break;
        if (attended) {
            lastVisit = d;
            streak = 0;
        } else {
            ++streak;
        }
        if (d >= day - 30) {
            ++rostered30;
            attended30 += attended ? 1 : 0;
        } else if (d >= day - 90) {
            ++rosteredBefore;
            attendedBefore += attended ? 1 : 0;
        }
        if (attended && d >= day - 90)
            ++visits90;
    }
    f[DaysSinceVisit] = lastVisit < 0 ? kNoEvent : std::min<double>(kNoEvent, day - lastVisit);
    f[Visits90] = visits90;
    f[AttendanceRate90] = rate(attended30 + attendedBefore, rostered30 + rosteredBefore);
    f[AttendanceTrend] = rostered30 > 0 && rosteredBefore > 0
        ? rate(attended30, rostered30) - rate(attendedBefore, rosteredBefore)
        : 0.0;
    f[AbsenceStreak] = streak;

    qint64 lastPurchase = -1;
    int purchases = 0;
    for (qint64 d : s.purchaseDays) {
        if (d >= day)
            break;
        lastPurchase = d;
        if (d >= day - 365)
            ++purchases;
    }
    double spend = 0;
    for (const auto& [d, amount] : s.payments)
        if (d < day && d >= day - 365)
            spend += double(amount);
    f[DaysSincePurchase] = lastPurchase < 0 ? kNoEvent : std::min<double>(kNoEvent, day - lastPurchase);
    f[Purchases365] = purchases;
    f[Spend365] = spend / 10000.0;

    qint64 balance = 0;
    qint64 used56 = 0;
    for (const auto& [d, delta] : s.hours) {
        if (d >= day)
            break;
        balance += delta;
        if (delta < 0 && d >= day - 56)
            used56 -= delta;
    }
    f[HourBalance] = double(std::max<qint64>(0, balance)) / 100.0;
    const double perWeek = double(used56) / 100.0 / 8.0;
    f[WeeksOfHoursLeft] = balance <= 0 ? 0.0 : perWeek > 0 ? std::min(52.0, f[HourBalance] / perWeek) : 52.0;

    qint64 membershipLeft = 0;
    for (const auto& [first, last] : s.memberships)
        if (first < day && last >= day)
            membershipLeft = std::max(membershipLeft, last - day + 1);
    f[MembershipDaysLeft] = double(membershipLeft);

    f[OnlineActivity90] = double(
        std::count_if(s.onlineDays.begin(), s.onlineDays.end(), [day](qint64 d) { return d < day && d >= day - 90; }));
    f[TenureDays] = double(std::max<qint64>(0, day - s.joinedDay));
    if (s.birthDay != 0) {
        const double years = double(day - s.birthDay) / 365.25;
        f[years < 12 ? AgeUnder12 : years < 18 ? Age12To17 : Age18Plus] = 1;
    }
    return f;
}

bool StudentSnapshots::churned(const StudentTimeline& s, qint64 day)
{
    const qint64 end = day + kChurnDays;
    for (const auto& [d, attended] : s.roll)
        if (attended && d >= day && d < end)
            return false;
    return std::none_of(
        s.purchaseDays.begin(), s.purchaseDays.end(), [day, end](qint64 d) { return d >= day && d < end; });
}

bool StudentSnapshots::purchased(const StudentTimeline& s, qint64 day)
{
    const qint64 end = day + kPurchaseDays;
    return std::any_of(
        s.purchaseDays.begin(), s.purchaseDays.end(), [day, end](qint64 d) { return d >= day && d < end; });
}

StudentSnapshots::Dataset StudentSnapshots::build(
    const std::vector<StudentTimeline>& students, const QList<QDate>& snapshots)
{
    std::vector<Eigen::RowVectorXd> rows;
    Dataset data;
    std::vector<double> churn;
    std::vector<double> purchase;
    for (const QDate& date : snapshots) {
        const qint64 day = date.toJulianDay();
        for (const StudentTimeline& s : students) {
            if (!activeOn(s, day))
                continue;
            rows.push_back(features(s, day));
            churn.push_back(churned(s, day) ? 1.0 : 0.0);
            purchase.push_back(purchased(s, day) ? 1.0 : 0.0);
            data.students.push_back(s.studentId);
            data.snapshots.push_back(date);
        }
    }
    data.x.resize(static_cast<Eigen::Index>(rows.size()), FeatureCount);
    for (size_t r = 0; r < rows.size(); ++r)
        data.x.row(static_cast<Eigen::Index>(r)) = rows[r];
    data.churn = Eigen::Map<Eigen::VectorXd>(churn.data(), static_cast<Eigen::Index>(churn.size()));
    data.purchase = Eigen::Map<Eigen::VectorXd>(purchase.data(), static_cast<Eigen::Index>(purchase.size()));
    return data;
}

QList<QDate> StudentSnapshots::snapshotDates(const QDate& today, int count, int stepDays)
{
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.append(today.addDays(-kChurnDays - qint64(i) * stepDays));
    return dates;
}

} // namespace td::insights
