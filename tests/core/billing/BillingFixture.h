#pragma once

#include "billing/PaymentService.h"
#include "storage/SqlValues.h"
#include "support/TestCenter.h"

#include <QTest>

namespace td::test {

// Students and catalog items for billing tests, written with plain SQL so these tests depend only on
// billing and the class-hour ledger.
class BillingFixture
{
public:
    explicit BillingFixture(TestCenter& center)
        : m_center(center)
    {
    }

    qint64 student(const QString& name, const QString& code)
    {
        const QString now = sql::fromDateTime(m_center.clock().nowUtc());
        auto r = m_center.db().exec(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, created_at, "
                                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), code, name, name.toLower(), now, now});
        if (!r)
            qFatal("student: %s", qPrintable(r.error().message));
        return r.value().lastInsertId().toLongLong();
    }

    // classHours in whole hours; price in minor units.
    qint64 item(const QString& kind, const QString& title, qint64 priceMinor, qint64 classHours = 0,
        int durationDays = 0, const QString& category = QStringLiteral("math"))
    {
        const QString now = sql::fromDateTime(m_center.clock().nowUtc());
        auto r = m_center.db().exec(
            QStringLiteral("INSERT INTO catalog_items (uuid, kind, title, category, price_minor, class_hours, "
                           "duration_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::newUuid(), kind, title, category, priceMinor, classHours * 100, durationDays, now, now});
        if (!r)
            qFatal("item: %s", qPrintable(r.error().message));
        return r.value().lastInsertId().toLongLong();
    }

    static SaleLineInput line(SaleLineKind kind, qint64 itemId, qint64 quantity = 1)
    {
        SaleLineInput l;
        l.kind = kind;
        l.itemId = itemId;
        l.quantity = quantity;
        return l;
    }

    static SaleLineInput material(const QString& description, qint64 priceMinor, qint64 quantity = 1)
    {
        SaleLineInput l;
        l.kind = SaleLineKind::Material;
        l.description = description;
        l.unitPrice = Money::fromMinor(priceMinor);
        l.quantity = quantity;
        return l;
    }

    // What a failed call must leave untouched.
    struct Counts
    {
        qint64 sales, lines, packs, entries, memberships, audit, outbox;
        bool operator==(const Counts&) const = default;
    };

    Counts counts()
    {
        return {m_center.count(QStringLiteral("sales")), m_center.count(QStringLiteral("sale_lines")),
            m_center.count(QStringLiteral("class_hour_packs")), m_center.count(QStringLiteral("class_hour_entries")),
            m_center.count(QStringLiteral("memberships")), m_center.count(QStringLiteral("audit_log")),
            m_center.count(QStringLiteral("outbox"))};
    }

private:
    TestCenter& m_center;
};

} // namespace td::test

namespace QTest {
template <> inline char* toString(const td::Money& m)
{
    return qstrdup(m.toPlainString().toUtf8().constData());
}
template <> inline char* toString(const td::ClassHours& h)
{
    return qstrdup(h.toString().toUtf8().constData());
}
} // namespace QTest
