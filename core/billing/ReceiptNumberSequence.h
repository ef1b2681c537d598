#pragma once

#include "common/Result.h"

#include <QString>

namespace td {

class Database;

// Gapless receipt numbers: sales and refunds (credit notes) share one sequence per desk series. Each
// desk of a center numbers in its own series (its desk code, see SyncSettings), so two desks selling
// offline never hand out the same number; a center's only desk has the empty series. The next number is
// max + 1 of this desk's series, read inside the caller's write transaction (BEGIN IMMEDIATE holds the
// write lock), so a sale that fails rolls back and leaves no gap.
class ReceiptNumberSequence
{
public:
    static constexpr int kDigits = 6;

    struct Number
    {
        QString series; // this desk's code, "" for a center's only desk
        qint64 seq = 0;
        QString text; // receipt prefix setting + desk code and "-" + zero-padded seq: "R000042", "RB-000042"
    };

    // Must be called inside a transaction that then inserts the sales row with this number.
    static Result<Number> next(const Database& db);
    static QString format(const QString& prefix, const QString& series, qint64 seq);
    static QString format(const QString& prefix, qint64 seq) { return format(prefix, {}, seq); }
};

} // namespace td
