#pragma once

#include "common/Result.h"

#include <QString>

namespace td {

class Database;

// Gapless receipt numbers for the center: sales and refunds (credit notes) share one sequence. The
// next number is max + 1, read inside the caller's write transaction (BEGIN IMMEDIATE holds the write
// lock), so a sale that fails rolls back and leaves no gap, and two desks never get the same number.
class ReceiptNumberSequence
{
public:
    static constexpr int kDigits = 6;

    struct Number
    {
        qint64 seq = 0;
        QString text; // the receipt prefix setting + zero-padded seq, e.g. "R000042"
    };

    // Must be called inside a transaction that then inserts the sales row with this number.
    static Result<Number> next(const Database& db);
    static QString format(const QString& prefix, qint64 seq);
};

} // namespace td
