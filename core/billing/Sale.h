#pragma once

#include "auth/Context.h"
#include "common/ClassHours.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td {

enum class PaymentMethod { Cash, BankCard, WeChatPay, Alipay, BankTransfer, Other };

enum class SaleLineKind { Pack, Membership, Course, Material, DropIn };

// Stored and synced forms ("cash", "wechat_pay", "drop_in"...) and the names shown at the desk.
class BillingNames
{
    Q_DECLARE_TR_FUNCTIONS(td::BillingNames)

public:
    static QList<PaymentMethod> allMethods();
    static QString methodKey(PaymentMethod method);
    static std::optional<PaymentMethod> methodFromKey(const QString& key);
    static QString methodDisplayName(PaymentMethod method);

    static QString lineKindKey(SaleLineKind kind);
    static std::optional<SaleLineKind> lineKindFromKey(const QString& key);
    static QString lineKindDisplayName(SaleLineKind kind);
};

// One line the clerk puts on a sale. Fields left empty are taken from the catalog item.
struct SaleLineInput
{
    SaleLineKind kind = SaleLineKind::Material;
    qint64 itemId = 0; // catalog_items.id; required except for material
    QString description; // default: the item's title; required for material without an item
    qint64 quantity = 1;
    std::optional<Money> unitPrice; // default: the item's price; required for material without an item
    Money discount; // this line's own discount, an amount
    // Pack lines: hours for one unit (default: the item's class hours) and the expiry (default: today +
    // the item's duration in days, none when the item has no duration). Drop-in lines: expiresOn is the
    // day of the session the ticket is for (default: today; a ticket sold ahead admits on that day only),
    // and the hours of that session, kept in a pack of their own expiring that day; none when the session
    // takes no hours.
    std::optional<ClassHours> classHours;
    QDate expiresOn;
    // Membership lines: the first day (default: today in the center's time zone).
    QDate startsOn;
};

// An order-level discount: an amount, or a percentage of what the lines come to after their own
// discounts (in basis points, 1000 = 10 %, rounded half up to the minor unit).
struct OrderDiscount
{
    enum class Kind { None, Amount, Percent };
    Kind kind = Kind::None;
    Money amount;
    qint64 basisPoints = 0;

    static OrderDiscount none() { return {}; }
    static OrderDiscount ofAmount(Money amount) { return {Kind::Amount, amount, 0}; }
    static OrderDiscount ofPercent(qint64 basisPoints) { return {Kind::Percent, Money(), basisPoints}; }
};

struct SaleInput
{
    qint64 studentId = 0; // 0 = walk-in customer (not allowed for packs and memberships)
    QList<SaleLineInput> lines;
    OrderDiscount discount;
    PaymentMethod method = PaymentMethod::Cash;
    std::optional<Money> tendered; // cash only: what the customer handed over (default: the exact total)
};

// A stored line of a sale or of a refund (refund lines are negative: total, unit price, class hours).
struct SaleLine
{
    qint64 id = 0;
    int lineNo = 0;
    SaleLineKind kind = SaleLineKind::Material;
    qint64 itemId = 0;
    QString description;
    qint64 quantity = 0;
    Money unitPrice;
    Money discount; // line discount plus its share of the order discount
    Money total; // quantity × unit price − discount
    ClassHours classHours; // pack lines: hours bought (refund lines: hours taken back, negative)
    QDate expiresOn; // pack lines; drop-in lines: the day the ticket admits on
    qint64 packId = 0; // the class-hour pack a pack line created
    qint64 membershipId = 0; // the membership a membership line started
    qint64 refundOfLineId = 0; // refund lines: the sale line they refund
    // Sale lines: what earlier refunds gave back so far.
    Money refunded;
    ClassHours hoursRefunded;

    Money refundable() const { return total - refunded; }
};

// A receipt in the ledger: a sale, or a refund (credit note) referring to one.
struct Sale
{
    enum class Kind { Sale, Refund };

    qint64 id = 0;
    QString uuid;
    qint64 receiptSeq = 0;
    QString receiptNo;
    Kind kind = Kind::Sale;
    qint64 refundOfId = 0;
    QString refundOfReceiptNo;
    qint64 studentId = 0;
    QString studentCode;
    QString studentName;
    qint64 staffId = 0;
    QString staffName;
    qint64 approvedById = 0;
    QString approvedByName;
    PaymentMethod method = PaymentMethod::Cash;
    Money subtotal; // refunds: negative
    Money discount;
    Money total; // refunds: negative
    std::optional<Money> tendered; // cash sales
    Money change;
    QString reason; // refunds
    QDateTime createdAt; // UTC
    QDate businessDate; // the day whose close counts it
    QList<SaleLine> lines;
    QList<qint64> refundIds; // sales: the refunds issued against it, oldest first

    bool isRefund() const { return kind == Kind::Refund; }
};

// One line given back in a refund: money (at most what remains refundable on the line) and, for pack
// lines, class hours taken back out of the pack (at most its balance).
struct RefundLineInput
{
    qint64 saleLineId = 0;
    Money amount;
    ClassHours hours;
};

struct RefundInput
{
    qint64 saleId = 0;
    QList<RefundLineInput> lines;
    QString reason;
    PaymentMethod method = PaymentMethod::Cash;
    // Who approved: needed when the acting staff member may not approve refunds themselves. The desk
    // gets it from StaffService::authenticate with the approving admin's password.
    std::optional<Actor> approver;
};

} // namespace td
