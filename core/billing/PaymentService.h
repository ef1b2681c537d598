#pragma once

#include "auth/Context.h"
#include "billing/Sale.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace td {

class Database;

// Payments at the desk: an append-only ledger of sales and refunds (credit notes), each with its own
// gapless receipt number. Nothing is ever edited or deleted; a correction is a new entry.
//
// Validation errors name the field at fault: "studentId", "lines", "lines[N].itemId" /
// ".description" / ".quantity" / ".unitPrice" / ".discount" / ".classHours" / ".expiresOn" /
// ".saleLineId" / ".amount" / ".hours" (N counts from 0), "discount", "method", "tendered", "saleId",
// "reason", "approver".
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(td::PaymentService)

public:
    // Needs Sell. Records the sale and its lines, creates the class-hour packs of pack lines and
    // starts the memberships of membership lines, all in one transaction with one receipt number.
    static Result<Sale> sell(const Context& ctx, const SaleInput& input);

    // Needs RequestRefund, and ApproveRefund from the actor or from input.approver (Error::forbidden
    // otherwise). Appends a refund entry with its own receipt number referring to the sale.
    static Result<Sale> refund(const Context& ctx, const RefundInput& input);

    // A sale or refund with its lines (sale lines carry what was refunded so far) and refund ids.
    static Result<Sale> byId(const Database& db, qint64 saleId);
    static Result<Sale> byReceiptNumber(const Database& db, const QString& receiptNo);
    // The refunds issued against a sale, oldest first.
    static Result<QList<Sale>> refundsOf(const Database& db, qint64 saleId);
    // What remains refundable on one sale line: its total minus every earlier refund of it.
    static Result<Money> refundableAmount(const Database& db, qint64 saleLineId);
    // A student's sales and refunds, newest first.
    static Result<QList<Sale>> salesOfStudent(const Database& db, qint64 studentId);
    // Sales and refunds whose business date is within [from, to], in receipt order.
    static Result<QList<Sale>> salesBetween(const Database& db, QDate from, QDate to);
};

} // namespace td
