#include "PaymentService.h"

#include "attendance/ClassHourLedger.h"
#include "attendance/MembershipService.h"
#include "audit/AuditLog.h"
#include "billing/DailyClose.h"
#include "billing/ReceiptNumberSequence.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace td {

namespace {

// Bounds that keep every product and the discount allocation inside 64 bits.
constexpr qint64 kMaxQuantity = 10000;
constexpr qint64 kMaxLines = 200;
constexpr Money kMaxSaleTotal = Money::fromMinor(1'000'000'000); // 10 000 000.00

QString lineField(qsizetype index, const char* name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(name));
}

struct CatalogItem
{
    qint64 id = 0;
    QString kind;
    QString title;
    Money price;
    ClassHours classHours;
    int durationDays = 0;
    QString category;
    bool active = true;
};

Result<std::optional<CatalogItem>> catalogItem(const Database& db, qint64 itemId)
{
    auto q = db.exec(QStringLiteral("SELECT kind, title, price_minor, class_hours, duration_days, category, active "
                                    "FROM catalog_items WHERE id = ?"),
        {itemId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CatalogItem>();
    const QSqlQuery& r = q.value();
    return std::optional<CatalogItem>(CatalogItem {itemId, r.value(0).toString(), r.value(1).toString(),
        Money::fromMinor(r.value(2).toLongLong()), ClassHours::fromHundredths(r.value(3).toLongLong()),
        r.value(4).toInt(), r.value(5).toString(), r.value(6).toBool()});
}

bool itemFitsLine(SaleLineKind line, const QString& itemKind)
{
    const bool offline = itemKind == QLatin1String("offline_course") || itemKind == QLatin1String("workshop");
    switch (line) {
    case SaleLineKind::Pack:
    case SaleLineKind::DropIn:
        return offline;
    case SaleLineKind::Membership:
        return itemKind == QLatin1String("membership_plan");
    case SaleLineKind::Course:
    case SaleLineKind::Material:
        return itemKind != QLatin1String("membership_plan");
    }
    return false;
}

Result<bool> exists(const Database& db, const QString& sql, qint64 id)
{
    auto r = db.scalar(sql, {id});
    if (!r)
        return r.error();
    return r.value().isValid();
}

// A line as it will be stored, after defaults and the order discount are applied.
struct PlannedLine
{
    SaleLineKind kind = SaleLineKind::Material;
    qint64 itemId = 0;
    QString description;
    qint64 quantity = 0;
    Money unitPrice;
    Money lineDiscount;
    Money orderShare;
    ClassHours classHours;
    QDate expiresOn;
    QDate startsOn;
    QString category;

    Money gross() const { return unitPrice * quantity; }
    Money net() const { return gross() - lineDiscount; }
    Money discount() const { return lineDiscount + orderShare; }
    Money total() const { return gross() - discount(); }
};

// Splits the order discount over the lines in proportion to what each comes to, rounding down and
// handing the leftover minor units to the largest remainders (earlier lines first on a tie), so the
// shares add up to the discount exactly and no line goes below zero.
void allocateOrderDiscount(QList<PlannedLine>& lines, Money discount)
{
    qint64 base = 0;
    for (const PlannedLine& l : lines)
        base += l.net().minor();
    if (discount.isZero() || base == 0)
        return;
    QList<std::pair<qint64, qsizetype>> remainders; // (remainder, index)
    qint64 given = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 product = discount.minor() * lines[i].net().minor(); // both bounded: no overflow
        lines[i].orderShare = Money::fromMinor(product / base);
        given += product / base;
        remainders.append({product % base, i});
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qint64 k = 0; k < discount.minor() - given; ++k)
        lines[remainders[k].second].orderShare += Money::fromMinor(1);
}

QJsonValue uuidOf(const Database& db, const QString& table, qint64 id)
{
    if (id == 0)
        return QJsonValue::Null;
    auto r = db.scalar(QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!r || !r.value().isValid())
        return QJsonValue::Null;
    return r.value().toString();
}

// The desk series a receipt was numbered in (other desks keep it, so each series stays gapless everywhere).
QString receiptSeries(const Database& db, qint64 saleId)
{
    auto r = db.scalar(QStringLiteral("SELECT receipt_series FROM sales WHERE id = ?"), {saleId});
    return r ? r.value().toString() : QString();
}

// The synced form of a sale or refund: uuids instead of row ids, lines embedded.
QJsonObject salePayload(const Database& db, const Sale& sale)
{
    QJsonArray lines;
    for (const SaleLine& l : sale.lines) {
        QJsonObject line {
            {QStringLiteral("line_no"), l.lineNo},
            {QStringLiteral("kind"), BillingNames::lineKindKey(l.kind)},
            {QStringLiteral("item_uuid"), uuidOf(db, QStringLiteral("catalog_items"), l.itemId)},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("unit_price_minor"), l.unitPrice.minor()},
            {QStringLiteral("discount_minor"), l.discount.minor()},
            {QStringLiteral("total_minor"), l.total.minor()},
            {QStringLiteral("class_hours"), l.classHours.hundredths()},
            {QStringLiteral("valid_on"),
                l.kind == SaleLineKind::DropIn && l.expiresOn.isValid() ? QJsonValue(sql::fromDate(l.expiresOn))
                                                                        : QJsonValue()},
            {QStringLiteral("pack_uuid"), uuidOf(db, QStringLiteral("class_hour_packs"), l.packId)},
            {QStringLiteral("membership_uuid"), uuidOf(db, QStringLiteral("memberships"), l.membershipId)},
        };
        if (l.refundOfLineId != 0) {
            auto no = db.scalar(QStringLiteral("SELECT line_no FROM sale_lines WHERE id = ?"), {l.refundOfLineId});
            line.insert(QStringLiteral("refund_of_line_no"), no ? no.value().toInt() : 0);
        }
        lines.append(line);
    }
    return QJsonObject {
        {QStringLiteral("uuid"), sale.uuid},
        {QStringLiteral("receipt_no"), sale.receiptNo},
        {QStringLiteral("receipt_series"), receiptSeries(db, sale.id)},
        {QStringLiteral("receipt_seq"), sale.receiptSeq},
        {QStringLiteral("kind"), sale.isRefund() ? QStringLiteral("refund") : QStringLiteral("sale")},
        {QStringLiteral("refund_of_uuid"), uuidOf(db, QStringLiteral("sales"), sale.refundOfId)},
        {QStringLiteral("student_uuid"), uuidOf(db, QStringLiteral("students"), sale.studentId)},
        {QStringLiteral("staff_uuid"), uuidOf(db, QStringLiteral("staff"), sale.staffId)},
        {QStringLiteral("approved_by_uuid"), uuidOf(db, QStringLiteral("staff"), sale.approvedById)},
        {QStringLiteral("method"), BillingNames::methodKey(sale.method)},
        {QStringLiteral("subtotal_minor"), sale.subtotal.minor()},
        {QStringLiteral("discount_minor"), sale.discount.minor()},
        {QStringLiteral("total_minor"), sale.total.minor()},
        {QStringLiteral("tendered_minor"), sale.tendered ? QJsonValue(sale.tendered->minor()) : QJsonValue()},
        {QStringLiteral("reason"), sale.reason},
        {QStringLiteral("created_at"), sql::fromDateTime(sale.createdAt)},
        {QStringLiteral("business_date"), sql::fromDate(sale.businessDate)},
        {QStringLiteral("lines"), lines},
    };
}

const QString kSaleSelect = QStringLiteral(
    "SELECT s.id, s.uuid, s.receipt_seq, s.receipt_no, s.kind, s.refund_of_id, o.receipt_no, s.student_id, st.code, "
    "st.name, s.staff_id, sf.display_name, s.approved_by, ap.display_name, s.method, s.subtotal_minor, "
    "s.discount_minor, s.total_minor, s.tendered_minor, s.reason, s.created_at, s.business_date "
    "FROM sales s LEFT JOIN sales o ON o.id = s.refund_of_id LEFT JOIN students st ON st.id = s.student_id "
    "LEFT JOIN staff sf ON sf.id = s.staff_id LEFT JOIN staff ap ON ap.id = s.approved_by ");

Sale saleFromRow(const QSqlQuery& r)
{
    Sale s;
    s.id = r.value(0).toLongLong();
    s.uuid = r.value(1).toString();
    s.receiptSeq = r.value(2).toLongLong();
    s.receiptNo = r.value(3).toString();
    s.kind = r.value(4).toString() == QLatin1String("refund") ? Sale::Kind::Refund : Sale::Kind::Sale;
    s.refundOfId = r.value(5).toLongLong();
    s.refundOfReceiptNo = r.value(6).toString();
    s.studentId = r.value(7).toLongLong();
    s.studentCode = r.value(8).toString();
    s.studentName = r.value(9).toString();
    s.staffId = r.value(10).toLongLong();
    s.staffName = r.value(11).toString();
    s.approvedById = r.value(12).toLongLong();
    s.approvedByName = r.value(13).toString();
    s.method = BillingNames::methodFromKey(r.value(14).toString()).value_or(PaymentMethod::Other);
    s.subtotal = Money::fromMinor(r.value(15).toLongLong());
    s.discount = Money::fromMinor(r.value(16).toLongLong());
    s.total = Money::fromMinor(r.value(17).toLongLong());
    if (!r.value(18).isNull()) {
        s.tendered = Money::fromMinor(r.value(18).toLongLong());
        s.change = *s.tendered - s.total;
    }
    s.reason = r.value(19).toString();
    s.createdAt = sql::toDateTime(r.value(20));
    s.businessDate = sql::toDate(r.value(21));
    return s;
}

Status loadLinesAndRefunds(const Database& db, Sale& sale)
{
    auto q = db.exec(
        QStringLiteral("SELECT l.id, l.line_no, l.kind, l.item_id, l.description, l.quantity, l.unit_price_minor, "
                       "l.discount_minor, l.total_minor, l.class_hours, l.refund_of_line_id, "
                       "(SELECT p.id FROM class_hour_packs p WHERE p.sale_line_id = l.id), "
                       "coalesce(l.valid_on, (SELECT p.expires_on FROM class_hour_packs p WHERE p.sale_line_id = "
                       "l.id)), "
                       "(SELECT m.id FROM memberships m WHERE m.sale_line_id = l.id), "
                       "coalesce((SELECT -sum(r.total_minor) FROM sale_lines r WHERE r.refund_of_line_id = l.id), 0), "
                       "coalesce((SELECT -sum(r.class_hours) FROM sale_lines r WHERE r.refund_of_line_id = l.id), 0) "
                       "FROM sale_lines l WHERE l.sale_id = ? ORDER BY l.line_no"),
        {sale.id});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        SaleLine l;
        l.id = r.value(0).toLongLong();
        l.lineNo = r.value(1).toInt();
        l.kind = BillingNames::lineKindFromKey(r.value(2).toString()).value_or(SaleLineKind::Material);
        l.itemId = r.value(3).toLongLong();
        l.description = r.value(4).toString();
        l.quantity = r.value(5).toLongLong();
        l.unitPrice = Money::fromMinor(r.value(6).toLongLong());
        l.discount = Money::fromMinor(r.value(7).toLongLong());
        l.total = Money::fromMinor(r.value(8).toLongLong());
        l.classHours = ClassHours::fromHundredths(r.value(9).toLongLong());
        l.refundOfLineId = r.value(10).toLongLong();
        l.packId = r.value(11).toLongLong();
        l.expiresOn = sql::toDate(r.value(12));
        l.membershipId = r.value(13).toLongLong();
        l.refunded = Money::fromMinor(r.value(14).toLongLong());
        l.hoursRefunded = ClassHours::fromHundredths(r.value(15).toLongLong());
        sale.lines.append(l);
    }
    auto refunds
        = db.exec(QStringLiteral("SELECT id FROM sales WHERE refund_of_id = ? ORDER BY receipt_seq"), {sale.id});
    if (!refunds)
        return refunds.error();
    while (refunds.value().next())
        sale.refundIds.append(refunds.value().value(0).toLongLong());
    return {};
}

Result<QList<Sale>> salesWhere(const Database& db, const QString& where, const QVariantList& bindings)
{
    auto q = db.exec(kSaleSelect + where, bindings);
    if (!q)
        return q.error();
    QList<Sale> sales;
    while (q.value().next())
        sales.append(saleFromRow(q.value()));
    for (Sale& s : sales) {
        auto loaded = loadLinesAndRefunds(db, s);
        if (!loaded)
            return loaded.error();
    }
    return sales;
}

Result<Sale> oneSale(const Database& db, const QString& where, const QVariantList& bindings, const QString& missing)
{
    auto sales = salesWhere(db, where, bindings);
    if (!sales)
        return sales.error();
    if (sales.value().isEmpty())
        return Error::notFound(missing);
    return sales.value().first();
}

Status insertLine(
    const Context& ctx, qint64 saleId, int lineNo, const PlannedLine& l, qint64 refundOfLineId, qint64* lineId)
{
    const bool ticket = l.kind == SaleLineKind::DropIn && refundOfLineId == 0;
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, kind, item_id, description, "
                                        "quantity, unit_price_minor, discount_minor, total_minor, class_hours, "
                                        "refund_of_line_id, valid_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {saleId, lineNo, BillingNames::lineKindKey(l.kind), l.itemId == 0 ? QVariant() : QVariant(l.itemId),
            l.description, l.quantity, l.unitPrice.minor(), l.discount().minor(), l.total().minor(),
            l.classHours.hundredths(), refundOfLineId == 0 ? QVariant() : QVariant(refundOfLineId),
            ticket ? QVariant(sql::fromDate(l.expiresOn)) : QVariant()});
    if (!r)
        return r.error();
    *lineId = r.value().lastInsertId().toLongLong();
    return {};
}

} // namespace

Result<Sale> PaymentService::sell(const Context& ctx, const SaleInput& input)
{
    if (auto allowed = ctx.require(Permission::Sell); !allowed)
        return allowed.error();

    if (input.lines.isEmpty())
        return Error::invalid(tr("Add at least one item to the sale."), QStringLiteral("lines"));
    if (input.lines.size() > kMaxLines)
        return Error::invalid(tr("A sale can have at most %1 lines.").arg(kMaxLines), QStringLiteral("lines"));

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();

    if (input.studentId != 0) {
        auto known = exists(ctx.db, QStringLiteral("SELECT 1 FROM students WHERE id = ?"), input.studentId);
        if (!known)
            return known.error();
        if (!known.value())
            return Error::invalid(tr("The student of this sale does not exist."), QStringLiteral("studentId"));
    }
    const QDate today = ctx.clock.nowUtc().toTimeZone(CenterSettings(ctx.db).timeZone()).date();

    QList<PlannedLine> planned;
    Money subtotal;
    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        const SaleLineInput& in = input.lines[i];
        const int n = int(i) + 1;
        PlannedLine l;
        l.kind = in.kind;
        l.itemId = in.itemId;
        l.quantity = in.quantity;

        std::optional<CatalogItem> item;
        if (in.itemId != 0) {
            auto found = catalogItem(ctx.db, in.itemId);
            if (!found)
                return found.error();
            if (!found.value())
                return Error::invalid(tr("Line %1: the item does not exist.").arg(n), lineField(i, "itemId"));
            item = found.value();
            if (!itemFitsLine(in.kind, item->kind))
                return Error::invalid(tr("Line %1: %2 cannot be sold as %3.")
                                          .arg(n)
                                          .arg(item->title, BillingNames::lineKindDisplayName(in.kind)),
                    lineField(i, "itemId"));
        } else if (in.kind != SaleLineKind::Material) {
            return Error::invalid(tr("Line %1: choose the item to sell.").arg(n), lineField(i, "itemId"));
        }

        if ((in.kind == SaleLineKind::Pack || in.kind == SaleLineKind::Membership) && input.studentId == 0)
            return Error::invalid(tr("Line %1: a %2 is sold to a student; choose the student first.")
                                      .arg(n)
                                      .arg(BillingNames::lineKindDisplayName(in.kind)),
                QStringLiteral("studentId"));

        l.description = in.description.trimmed();
        if (l.description.isEmpty() && item)
            l.description = item->title;
        if (l.description.isEmpty())
            return Error::invalid(tr("Line %1: describe what is sold.").arg(n), lineField(i, "description"));

        if (in.quantity <= 0 || in.quantity > kMaxQuantity)
            return Error::invalid(tr("Line %1: the quantity must be between 1 and %2.").arg(n).arg(kMaxQuantity),
                lineField(i, "quantity"));
        if (in.kind == SaleLineKind::Membership && in.quantity != 1)
            return Error::invalid(tr("Line %1: a membership is sold one at a time.").arg(n), lineField(i, "quantity"));

        if (in.unitPrice)
            l.unitPrice = *in.unitPrice;
        else if (item)
            l.unitPrice = item->price;
        else
            return Error::invalid(tr("Line %1: enter the price.").arg(n), lineField(i, "unitPrice"));
        if (l.unitPrice.isNegative())
            return Error::invalid(tr("Line %1: the price cannot be negative.").arg(n), lineField(i, "unitPrice"));
        if (l.unitPrice > kMaxSaleTotal)
            return Error::invalid(tr("Line %1: the price is too large.").arg(n), lineField(i, "unitPrice"));

        l.lineDiscount = in.discount;
        if (l.lineDiscount.isNegative())
            return Error::invalid(tr("Line %1: the discount cannot be negative.").arg(n), lineField(i, "discount"));
        if (l.lineDiscount > l.gross())
            return Error::invalid(
                tr("Line %1: the discount is larger than the line's amount.").arg(n), lineField(i, "discount"));

        if (in.kind == SaleLineKind::Pack) {
            const ClassHours perUnit = in.classHours.value_or(item->classHours);
            if (perUnit.isNegative() || perUnit.isZero())
                return Error::invalid(tr("Line %1: a class-hour pack needs a positive number of class hours.").arg(n),
                    lineField(i, "classHours"));
            l.classHours = ClassHours::fromHundredths(perUnit.hundredths() * in.quantity);
            l.expiresOn = in.expiresOn.isValid()
                ? in.expiresOn
                : (item->durationDays > 0 ? today.addDays(item->durationDays) : QDate());
            if (l.expiresOn.isValid() && l.expiresOn < today)
                return Error::invalid(
                    tr("Line %1: the pack would already be expired.").arg(n), lineField(i, "expiresOn"));
            l.category = item->category;
        }
        // A drop-in ticket admits on one day, the session's; one sold ahead waits for it. When the session
        // takes class hours, the ticket carries them in a pack of its own expiring that day, so the
        // check-in draws them from the ticket, not from the student's prepaid packs.
        if (in.kind == SaleLineKind::DropIn) {
            l.expiresOn = in.expiresOn.isValid() ? in.expiresOn : today;
            if (l.expiresOn < today)
                return Error::invalid(
                    tr("Line %1: the ticket is for a day that has passed.").arg(n), lineField(i, "expiresOn"));
            if (in.classHours) {
                if (input.studentId == 0)
                    return Error::invalid(
                        tr("Line %1: a drop-in ticket with class hours is for a student; choose the student first.")
                            .arg(n),
                        QStringLiteral("studentId"));
                if (in.classHours->isNegative() || in.classHours->isZero())
                    return Error::invalid(tr("Line %1: a drop-in ticket's class hours must be positive.").arg(n),
                        lineField(i, "classHours"));
                l.classHours = ClassHours::fromHundredths(in.classHours->hundredths() * in.quantity);
                l.category = item->category;
            }
        }
        if (in.kind == SaleLineKind::Membership)
            l.startsOn = in.startsOn.isValid() ? in.startsOn : today;

        subtotal += l.gross();
        if (subtotal > kMaxSaleTotal)
            return Error::invalid(tr("The sale is too large for one receipt."), QStringLiteral("lines"));
        planned.append(l);
    }

    Money afterLineDiscounts;
    for (const PlannedLine& l : planned)
        afterLineDiscounts += l.net();
    Money orderDiscount;
    switch (input.discount.kind) {
    case OrderDiscount::Kind::None:
        break;
    case OrderDiscount::Kind::Amount:
        orderDiscount = input.discount.amount;
        break;
    case OrderDiscount::Kind::Percent:
        if (input.discount.basisPoints < 0 || input.discount.basisPoints > 10000)
            return Error::invalid(
                tr("A percentage discount must be between 0 % and 100 %."), QStringLiteral("discount"));
        orderDiscount = afterLineDiscounts.percentage(input.discount.basisPoints, Rounding::HalfUp);
        break;
    }
    if (orderDiscount.isNegative())
        return Error::invalid(tr("The discount cannot be negative."), QStringLiteral("discount"));
    if (orderDiscount > afterLineDiscounts)
        return Error::invalid(tr("The discount is larger than the sale's amount."), QStringLiteral("discount"));
    allocateOrderDiscount(planned, orderDiscount);

    Money discount;
    for (const PlannedLine& l : planned)
        discount += l.discount();
    const Money total = subtotal - discount;

    std::optional<Money> tendered;
    if (input.method == PaymentMethod::Cash) {
        tendered = input.tendered.value_or(total);
        if (*tendered < total)
            return Error::invalid(tr("The cash handed over (%1) is less than the total (%2).")
                                      .arg(tendered->toPlainString(), total.toPlainString()),
                QStringLiteral("tendered"));
        if (*tendered > kMaxSaleTotal)
            return Error::invalid(tr("The cash handed over is too large."), QStringLiteral("tendered"));
    }

    auto businessDate = DailyClose::currentBusinessDate(ctx.db, ctx.clock.nowUtc());
    if (!businessDate)
        return businessDate.error();
    auto number = ReceiptNumberSequence::next(ctx.db);
    if (!number)
        return number.error();
    const QString uuid = sql::newUuid();
    auto inserted = ctx.db.exec(
        QStringLiteral(
            "INSERT INTO sales (uuid, receipt_series, receipt_seq, receipt_no, kind, student_id, staff_id, "
            "method, subtotal_minor, discount_minor, total_minor, tendered_minor, created_at, business_date) "
            "VALUES (?, ?, ?, ?, 'sale', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, number->series, number->seq, number->text, input.studentId == 0 ? QVariant() : QVariant(input.studentId),
            ctx.staffRef(), BillingNames::methodKey(input.method), subtotal.minor(), discount.minor(), total.minor(),
            tendered ? QVariant(tendered->minor()) : QVariant(), sql::fromDateTime(ctx.clock.nowUtc()),
            sql::fromDate(businessDate.value())});
    if (!inserted)
        return inserted.error();
    const qint64 saleId = inserted.value().lastInsertId().toLongLong();

    for (qsizetype i = 0; i < planned.size(); ++i) {
        const PlannedLine& l = planned[i];
        qint64 lineId = 0;
        if (auto r = insertLine(ctx, saleId, int(i) + 1, l, 0, &lineId); !r)
            return r.error();
        if (!l.classHours.isZero()) {
            auto pack = ClassHourLedger::addPack(
                ctx, PackSpec {input.studentId, l.itemId, l.category, l.classHours, l.expiresOn, lineId});
            if (!pack)
                return pack.error();
        } else if (l.kind == SaleLineKind::Membership) {
            auto membership = MembershipService::start(ctx, input.studentId, l.itemId, l.startsOn, lineId);
            if (!membership)
                return membership.error();
        }
    }

    auto sale = byId(ctx.db, saleId);
    if (!sale)
        return sale.error();
    if (auto r = AuditLog::record(ctx, QStringLiteral("sale"), uuid, QStringLiteral("sell"),
            QStringLiteral("%1: %2 line(s), total %3 by %4")
                .arg(number->text)
                .arg(planned.size())
                .arg(total.toPlainString(), BillingNames::methodKey(input.method)));
        !r)
        return r.error();
    if (auto r
        = Outbox::append(ctx, QStringLiteral("sale"), uuid, QStringLiteral("add"), salePayload(ctx.db, sale.value()));
        !r)
        return r.error();
    if (auto r = tx.value().commit(); !r)
        return r.error();
    return sale;
}

Result<Sale> PaymentService::refund(const Context& ctx, const RefundInput& input)
{
    if (auto allowed = ctx.require(Permission::RequestRefund); !allowed)
        return allowed.error();

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();

    // Approval: the actor's own right, or an approver who holds it and is an active account.
    QVariant approvedBy = ctx.staffRef();
    if (input.approver) {
        const Actor& approver = *input.approver;
        if (!roleAllows(approver.role, Permission::ApproveRefund))
            return Error::forbidden(tr("%1 is not allowed to approve refunds.").arg(approver.displayName));
        if (!approver.isSystem()) {
            auto q = ctx.db.exec(QStringLiteral("SELECT role, active FROM staff WHERE id = ?"), {approver.staffId});
            if (!q)
                return q.error();
            if (!q.value().next() || !q.value().value(1).toBool()
                || roleFromKey(q.value().value(0).toString()) != approver.role)
                return Error::forbidden(tr("The approving staff account is not active."));
        }
        approvedBy = approver.isSystem() ? QVariant() : QVariant(approver.staffId);
    } else if (!roleAllows(ctx.actor.role, Permission::ApproveRefund)) {
        return Error::forbidden(
            tr("A refund requested by %1 needs the approval of an administrator.").arg(ctx.actor.displayName));
    }

    auto original = byId(ctx.db, input.saleId);
    if (!original) {
        if (original.error().kind == Error::Kind::NotFound)
            return Error::invalid(tr("The sale to refund does not exist."), QStringLiteral("saleId"));
        return original.error();
    }
    const Sale& sale = original.value();
    if (sale.isRefund())
        return Error::invalid(
            tr("%1 is itself a refund; refund the original sale.").arg(sale.receiptNo), QStringLiteral("saleId"));

    const QString reason = input.reason.trimmed();
    if (reason.isEmpty())
        return Error::invalid(tr("Give the reason for the refund."), QStringLiteral("reason"));
    if (input.lines.isEmpty())
        return Error::invalid(tr("Choose what to refund."), QStringLiteral("lines"));

    QList<PlannedLine> planned;
    QList<qint64> refundOf;
    QList<qint64> packs;
    QSet<qint64> seen;
    Money amount;
    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        const RefundLineInput& in = input.lines[i];
        const int n = int(i) + 1;
        const auto line = std::find_if(
            sale.lines.cbegin(), sale.lines.cend(), [&](const SaleLine& l) { return l.id == in.saleLineId; });
        if (line == sale.lines.cend())
            return Error::invalid(tr("Refund line %1 is not a line of receipt %2.").arg(n).arg(sale.receiptNo),
                lineField(i, "saleLineId"));
        if (seen.contains(in.saleLineId))
            return Error::invalid(tr("Refund line %1 repeats a line of the sale.").arg(n), lineField(i, "saleLineId"));
        seen.insert(in.saleLineId);
        if (in.amount.isNegative())
            return Error::invalid(tr("Refund line %1: the amount cannot be negative.").arg(n), lineField(i, "amount"));
        if (in.hours.isNegative())
            return Error::invalid(
                tr("Refund line %1: the class hours cannot be negative.").arg(n), lineField(i, "hours"));
        if (in.amount.isZero() && in.hours.isZero())
            return Error::invalid(
                tr("Refund line %1: enter an amount or class hours to give back.").arg(n), lineField(i, "amount"));
        if (in.amount > line->refundable())
            return Error::invalid(tr("Refund line %1: at most %2 of \"%3\" can still be refunded.")
                                      .arg(n)
                                      .arg(line->refundable().toPlainString(), line->description),
                lineField(i, "amount"));
        if (!in.hours.isZero()) {
            if (line->packId == 0)
                return Error::invalid(
                    tr("Refund line %1: only a class-hour pack has hours to give back.").arg(n), lineField(i, "hours"));
            auto balance = ClassHourLedger::balance(ctx.db, line->packId);
            if (!balance)
                return balance.error();
            if (in.hours > balance.value())
                return Error::invalid(
                    tr("Refund line %1: the pack has only %2 class hours left.").arg(n).arg(balance.value().toString()),
                    lineField(i, "hours"));
        }
        PlannedLine l;
        l.kind = line->kind;
        l.itemId = line->itemId;
        l.description = line->description;
        l.quantity = 1;
        l.unitPrice = -in.amount;
        l.classHours = -in.hours;
        planned.append(l);
        refundOf.append(line->id);
        packs.append(line->packId);
        amount += in.amount;
    }

    auto businessDate = DailyClose::currentBusinessDate(ctx.db, ctx.clock.nowUtc());
    if (!businessDate)
        return businessDate.error();
    auto number = ReceiptNumberSequence::next(ctx.db);
    if (!number)
        return number.error();
    const QString uuid = sql::newUuid();
    auto inserted = ctx.db.exec(
        QStringLiteral(
            "INSERT INTO sales (uuid, receipt_series, receipt_seq, receipt_no, kind, refund_of_id, "
            "student_id, staff_id, approved_by, method, subtotal_minor, discount_minor, total_minor, reason, "
            "created_at, business_date) VALUES (?, ?, ?, ?, 'refund', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
        {uuid, number->series, number->seq, number->text, sale.id,
            sale.studentId == 0 ? QVariant() : QVariant(sale.studentId), ctx.staffRef(), approvedBy,
            BillingNames::methodKey(input.method), (-amount).minor(), (-amount).minor(), reason,
            sql::fromDateTime(ctx.clock.nowUtc()), sql::fromDate(businessDate.value())});
    if (!inserted)
        return inserted.error();
    const qint64 refundId = inserted.value().lastInsertId().toLongLong();

    for (qsizetype i = 0; i < planned.size(); ++i) {
        qint64 lineId = 0;
        if (auto r = insertLine(ctx, refundId, int(i) + 1, planned[i], refundOf[i], &lineId); !r)
            return r.error();
        if (!planned[i].classHours.isZero()) {
            if (auto r = ClassHourLedger::refundHours(
                    ctx, packs[i], -planned[i].classHours, tr("Refund %1 of %2").arg(number->text, sale.receiptNo));
                !r)
                return r.error();
        }
    }

    auto refund = byId(ctx.db, refundId);
    if (!refund)
        return refund.error();
    if (auto r = AuditLog::record(ctx, QStringLiteral("sale"), uuid, QStringLiteral("refund"),
            QStringLiteral("%1 refunds %2: %3 by %4, approved by %5; reason: %6")
                .arg(number->text, sale.receiptNo, amount.toPlainString(), BillingNames::methodKey(input.method),
                    refund->approvedByName.isEmpty() ? ctx.actor.username : refund->approvedByName, reason));
        !r)
        return r.error();
    if (auto r
        = Outbox::append(ctx, QStringLiteral("sale"), uuid, QStringLiteral("add"), salePayload(ctx.db, refund.value()));
        !r)
        return r.error();
    if (auto r = tx.value().commit(); !r)
        return r.error();
    return refund;
}

Result<Sale> PaymentService::byId(const Database& db, qint64 saleId)
{
    return oneSale(db, QStringLiteral("WHERE s.id = ?"), {saleId}, tr("No sale or refund has this id."));
}

Result<Sale> PaymentService::byReceiptNumber(const Database& db, const QString& receiptNo)
{
    return oneSale(db, QStringLiteral("WHERE s.receipt_no = ?"), {receiptNo.trimmed()},
        tr("No receipt has the number %1.").arg(receiptNo.trimmed()));
}

Result<QList<Sale>> PaymentService::refundsOf(const Database& db, qint64 saleId)
{
    return salesWhere(db, QStringLiteral("WHERE s.refund_of_id = ? ORDER BY s.receipt_seq"), {saleId});
}

Result<Money> PaymentService::refundableAmount(const Database& db, qint64 saleLineId)
{
    auto q = db.exec(QStringLiteral("SELECT l.total_minor + coalesce((SELECT sum(r.total_minor) FROM sale_lines r "
                                    "WHERE r.refund_of_line_id = l.id), 0), s.kind FROM sale_lines l "
                                    "JOIN sales s ON s.id = l.sale_id WHERE l.id = ?"),
        {saleLineId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No sale line has this id."));
    if (q.value().value(1).toString() != QLatin1String("sale"))
        return Money();
    return Money::fromMinor(q.value().value(0).toLongLong());
}

Result<QList<Sale>> PaymentService::salesOfStudent(const Database& db, qint64 studentId)
{
    return salesWhere(
        db, QStringLiteral("WHERE s.student_id = ? ORDER BY s.created_at DESC, s.receipt_seq DESC"), {studentId});
}

Result<QList<Sale>> PaymentService::salesBetween(const Database& db, QDate from, QDate to)
{
    return salesWhere(db, QStringLiteral("WHERE s.business_date BETWEEN ? AND ? ORDER BY s.receipt_seq"),
        {sql::fromDate(from), sql::fromDate(to)});
}

} // namespace td
