#include "Reminders.h"

#include "attendance/MembershipService.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSet>

namespace td {

namespace {

// Packs valid on the day, with balance and the time of their last entry.
const QString kPacks
    = QStringLiteral("WITH packs AS (SELECT p.id, p.student_id, p.course_id, p.category, p.expires_on, "
                     "coalesce(c.title, p.category) AS subject, "
                     "(SELECT coalesce(sum(e.delta), 0) FROM class_hour_entries e WHERE e.pack_id = p.id) AS balance, "
                     "(SELECT max(e.created_at) FROM class_hour_entries e WHERE e.pack_id = p.id) AS last_entry "
                     "FROM class_hour_packs p LEFT JOIN catalog_items c ON c.id = p.course_id "
                     "WHERE p.expires_on IS NULL OR p.expires_on >= ?) ");

// A pack reminder from a row of (pack id, student id, code, name, subject, balance, expiry).
Reminder packReminder(Reminder::Kind kind, const QSqlQuery& q)
{
    Reminder r;
    r.kind = kind;
    r.packId = q.value(0).toLongLong();
    r.studentId = q.value(1).toLongLong();
    r.studentCode = q.value(2).toString();
    r.studentName = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.balance = ClassHours::fromHundredths(q.value(5).toLongLong());
    r.date = sql::toDate(q.value(6));
    return r;
}

Status appendLowBalance(const Database& db, const QDate& date, QList<Reminder>& out)
{
    const qint64 threshold
        = ClassHours::fromHours(CenterSettings(db).number(CenterSettings::Key::LowBalanceHours)).hundredths();
    auto found = db.exec(kPacks
            + QStringLiteral(
                "SELECT p.id, s.id, s.code, s.name, p.subject, p.balance, p.expires_on FROM packs p "
                "JOIN students s ON s.id = p.student_id WHERE s.status = 'active' AND p.balance <= ? AND "
                "p.last_entry >= ? AND NOT EXISTS (SELECT 1 FROM class_hour_packs o WHERE o.student_id = "
                "p.student_id AND o.id <> p.id AND (o.expires_on IS NULL OR o.expires_on >= ?) AND "
                "(o.course_id = p.course_id OR (o.course_id IS NULL AND p.course_id IS NULL AND o.category = "
                "p.category)) AND (SELECT coalesce(sum(e.delta), 0) FROM class_hour_entries e WHERE e.pack_id = "
                "o.id) > ?) ORDER BY s.name, p.id"),
        {sql::fromDate(date), threshold, sql::fromDate(date.addDays(-Reminders::kLowBalanceActivityDays)),
            sql::fromDate(date), threshold});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    while (q.next()) {
        Reminder r = packReminder(Reminder::Kind::LowBalance, q);
        r.message = Reminders::tr("%1 (%2) has %3 class hours left for %4.")
                        .arg(r.studentName, r.studentCode, r.balance.toString(), r.subject);
        out.append(r);
    }
    return {};
}

Status appendExpiring(const Database& db, const QDate& date, QList<Reminder>& out)
{
    auto found = db.exec(kPacks
            + QStringLiteral("SELECT p.id, s.id, s.code, s.name, p.subject, p.balance, p.expires_on "
                             "FROM packs p JOIN students s ON s.id = p.student_id WHERE s.status = "
                             "'active' AND p.balance > 0 AND p.expires_on <= ? "
                             "ORDER BY s.name, p.expires_on, p.id"),
        {sql::fromDate(date), sql::fromDate(date.addDays(Reminders::kDaysAhead))});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    while (q.next()) {
        Reminder r = packReminder(Reminder::Kind::PackExpiring, q);
        r.message
            = Reminders::tr("%1 (%2): %3 class hours for %4 expire on %5.")
                  .arg(r.studentName, r.studentCode, r.balance.toString(), r.subject, r.date.toString(Qt::ISODate));
        out.append(r);
    }
    return {};
}

Status appendMemberships(const Database& db, const QDate& date, QList<Reminder>& out)
{
    auto ending = MembershipService::endingBetween(db, date, date.addDays(Reminders::kDaysAhead));
    if (!ending)
        return ending.error();
    auto inactive = db.exec(QStringLiteral("SELECT id FROM students WHERE status <> 'active' AND id IN "
                                           "(SELECT student_id FROM memberships WHERE ends_on BETWEEN ? AND ?)"),
        {sql::fromDate(date), sql::fromDate(date.addDays(Reminders::kDaysAhead))});
    if (!inactive)
        return inactive.error();
    QSet<qint64> skip;
    while (inactive.value().next())
        skip.insert(inactive.value().value(0).toLongLong());
    for (const Membership& m : ending.value()) {
        if (skip.contains(m.studentId))
            continue;
        Reminder r;
        r.kind = Reminder::Kind::MembershipEnding;
        r.studentId = m.studentId;
        r.studentCode = m.studentCode;
        r.studentName = m.studentName;
        r.membershipId = m.id;
        r.subject = m.planTitle;
        r.date = m.endsOn;
        r.message = Reminders::tr("%1 (%2): the %3 membership ends on %4.")
                        .arg(r.studentName, r.studentCode, r.subject, r.date.toString(Qt::ISODate));
        out.append(r);
    }
    return {};
}

Status appendAbsences(const Database& db, const QDate& date, QList<Reminder>& out)
{
    // A student's last two sessions are among the last two of each of their classes, so sessions are ranked
    // per class first and only then per student: the join stays small on a big center.
    auto found = db.exec(
        QStringLiteral(
            "WITH held AS (SELECT s.id, s.class_id, s.starts_at, s.local_date, "
            "ROW_NUMBER() OVER (PARTITION BY s.class_id ORDER BY s.starts_at DESC, s.id DESC) AS k FROM sessions s "
            "WHERE s.local_date BETWEEN ? AND ? AND (s.status = 'done' OR (s.status = 'scheduled' AND "
            "s.local_date < ?))), "
            "recent AS (SELECT e.student_id, h.local_date, a.status AS attendance, "
            "ROW_NUMBER() OVER (PARTITION BY e.student_id ORDER BY h.starts_at DESC, h.id DESC) AS n "
            "FROM held h JOIN enrollments e ON e.class_id = h.class_id AND e.status = 'enrolled' AND "
            "h.starts_at >= e.requested_at "
            "LEFT JOIN attendance a ON a.session_id = h.id AND a.student_id = e.student_id WHERE h.k <= 2) "
            "SELECT h.student_id, st.code, st.name, max(h.local_date) FROM recent h JOIN students st ON st.id = "
            "h.student_id "
            "WHERE h.n <= 2 AND st.status = 'active' GROUP BY h.student_id, st.code, st.name "
            "HAVING count(*) = 2 AND sum(h.attendance IS NULL OR h.attendance = 'absent') = 2 ORDER BY st.name"),
        {sql::fromDate(date.addDays(-Reminders::kAbsenceLookbackDays)), sql::fromDate(date), sql::fromDate(date)});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    while (q.next()) {
        Reminder r;
        r.kind = Reminder::Kind::AbsentTwice;
        r.studentId = q.value(0).toLongLong();
        r.studentCode = q.value(1).toString();
        r.studentName = q.value(2).toString();
        r.date = sql::toDate(q.value(3));
        r.message = Reminders::tr("%1 (%2) missed their last two sessions (the last on %3).")
                        .arg(r.studentName, r.studentCode, r.date.toString(Qt::ISODate));
        out.append(r);
    }
    return {};
}

} // namespace

Result<QList<Reminder>> Reminders::on(const Database& db, const QDate& date)
{
    QList<Reminder> list;
    for (auto append : {appendLowBalance, appendExpiring, appendMemberships, appendAbsences}) {
        if (auto s = append(db, date, list); !s)
            return s.error();
    }
    return list;
}

} // namespace td
