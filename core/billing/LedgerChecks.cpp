#include "LedgerChecks.h"

#include "common/ClassHours.h"
#include "common/Money.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"

namespace td {

namespace {

// Runs a query whose rows each describe one problem and appends describe(row) for each.
template <typename Describe>
Status collect(const Database& db, const QString& sql, QStringList& problems, Describe describe)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    while (q.value().next())
        problems.append(describe(q.value()));
    return {};
}

QString hours(const QVariant& hundredths)
{
    return ClassHours::fromHundredths(hundredths.toLongLong()).toString();
}

QString money(const QVariant& minor)
{
    return Money::fromMinor(minor.toLongLong()).toPlainString();
}

} // namespace

Result<QStringList> LedgerChecks::run(const Database& db)
{
    QStringList problems;

    Status s = collect(db,
        QStringLiteral(
            "SELECT p.uuid, p.hours_purchased, coalesce(sum(e.delta) FILTER (WHERE e.reason = 'purchase'), 0) "
            "AS bought FROM class_hour_packs p LEFT JOIN class_hour_entries e ON e.pack_id = p.id "
            "GROUP BY p.id HAVING bought <> p.hours_purchased"),
        problems, [](const QSqlQuery& r) {
            return tr("Class-hour pack %1: %2 hours bought, but its purchase entries add up to %3.")
                .arg(r.value(0).toString(), hours(r.value(1)), hours(r.value(2)));
        });
    if (!s)
        return s.error();

    s = collect(db,
        QStringLiteral("SELECT p.uuid, p.hours_purchased, l.class_hours, s.receipt_no FROM class_hour_packs p "
                       "JOIN sale_lines l ON l.id = p.sale_line_id JOIN sales s ON s.id = l.sale_id "
                       "WHERE l.class_hours <> p.hours_purchased"),
        problems, [](const QSqlQuery& r) {
            return tr("Class-hour pack %1 has %2 hours, but receipt %3 sold %4.")
                .arg(r.value(0).toString(), hours(r.value(1)), r.value(3).toString(), hours(r.value(2)));
        });
    if (!s)
        return s.error();

    if (!CenterSettings(db).flag(CenterSettings::Key::AllowNegativeClassHours)) {
        s = collect(db,
            QStringLiteral("SELECT p.uuid, sum(e.delta) AS balance FROM class_hour_packs p "
                           "JOIN class_hour_entries e ON e.pack_id = p.id GROUP BY p.id HAVING balance < 0"),
            problems, [](const QSqlQuery& r) {
                return tr("Class-hour pack %1 is below zero (%2 hours) although the center does not allow it.")
                    .arg(r.value(0).toString(), hours(r.value(1)));
            });
        if (!s)
            return s.error();
    }

    s = collect(db,
        QStringLiteral("SELECT attendance_id, sum(CASE reason WHEN 'attendance' THEN 1 WHEN 'attendance_undo' "
                       "THEN -1 ELSE 0 END) AS times FROM class_hour_entries WHERE attendance_id IS NOT NULL "
                       "GROUP BY attendance_id HAVING times NOT IN (0, 1)"),
        problems, [](const QSqlQuery& r) {
            return tr("Attendance %1 deducted class hours %2 times.")
                .arg(r.value(0).toLongLong())
                .arg(r.value(1).toLongLong());
        });
    if (!s)
        return s.error();

    s = collect(db,
        QStringLiteral("SELECT s.receipt_no, l.line_no, l.total_minor, -sum(r.total_minor) AS refunded, "
                       "l.class_hours, -sum(r.class_hours) AS hours_back FROM sale_lines l "
                       "JOIN sales s ON s.id = l.sale_id JOIN sale_lines r ON r.refund_of_line_id = l.id "
                       "GROUP BY l.id HAVING refunded > l.total_minor OR hours_back > l.class_hours "
                       "OR refunded < 0 OR hours_back < 0"),
        problems, [](const QSqlQuery& r) {
            return tr("Receipt %1 line %2: %3 (%4 hours) refunded of %5 (%6 hours).")
                .arg(r.value(0).toString())
                .arg(r.value(1).toInt())
                .arg(money(r.value(3)), hours(r.value(5)), money(r.value(2)), hours(r.value(4)));
        });
    if (!s)
        return s.error();

    s = collect(db,
        QStringLiteral("SELECT s.receipt_no, r.line_no FROM sale_lines r JOIN sales s ON s.id = r.sale_id "
                       "LEFT JOIN sale_lines l ON l.id = r.refund_of_line_id WHERE "
                       "(s.kind = 'refund') <> (r.refund_of_line_id IS NOT NULL) "
                       "OR (r.refund_of_line_id IS NOT NULL AND l.sale_id IS NOT s.refund_of_id)"),
        problems, [](const QSqlQuery& r) {
            return tr("Receipt %1 line %2 does not refund a line of the sale it refers to.")
                .arg(r.value(0).toString())
                .arg(r.value(1).toInt());
        });
    if (!s)
        return s.error();

    auto numbers = db.exec(QStringLiteral(
        "SELECT receipt_seq, receipt_no, receipt_series FROM sales ORDER BY receipt_series, receipt_seq"));
    if (!numbers)
        return numbers.error();
    qint64 expected = 1;
    QString series;
    while (numbers.value().next()) {
        const qint64 seq = numbers.value().value(0).toLongLong();
        if (const QString rowSeries = numbers.value().value(2).toString(); rowSeries != series) {
            series = rowSeries;
            expected = 1;
        }
        if (seq != expected) {
            problems.append(seq > expected ? tr("Receipt numbers %1 to %2 are missing (the next receipt is %3).")
                                                 .arg(expected)
                                                 .arg(seq - 1)
                                                 .arg(numbers.value().value(1).toString())
                                           : tr("Receipt number %1 is out of sequence.").arg(seq));
        }
        expected = seq + 1;
    }

    s = collect(db,
        QStringLiteral("SELECT s.receipt_no, s.subtotal_minor, s.discount_minor, s.total_minor, "
                       "coalesce(sum(l.quantity * l.unit_price_minor), 0) AS lines_subtotal, "
                       "coalesce(sum(l.discount_minor), 0) AS lines_discount, coalesce(sum(l.total_minor), 0) AS "
                       "lines_total, count(l.id) AS line_count, "
                       "coalesce(sum(l.total_minor <> l.quantity * l.unit_price_minor - l.discount_minor), 0) AS bad "
                       "FROM sales s LEFT JOIN sale_lines l ON l.sale_id = s.id GROUP BY s.id "
                       "HAVING line_count = 0 OR bad > 0 OR lines_subtotal <> s.subtotal_minor "
                       "OR lines_discount <> s.discount_minor OR lines_total <> s.total_minor "
                       "OR s.total_minor <> s.subtotal_minor - s.discount_minor"),
        problems, [](const QSqlQuery& r) {
            if (r.value(7).toLongLong() == 0)
                return tr("Receipt %1 has no lines.").arg(r.value(0).toString());
            return tr("Receipt %1: subtotal %2, discount %3, total %4, but its lines add up to %5, %6, %7.")
                .arg(r.value(0).toString(), money(r.value(1)), money(r.value(2)), money(r.value(3)), money(r.value(4)),
                    money(r.value(5)), money(r.value(6)));
        });
    if (!s)
        return s.error();

    return problems;
}

} // namespace td
