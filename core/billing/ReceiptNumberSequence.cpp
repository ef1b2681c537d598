#include "ReceiptNumberSequence.h"

#include "settings/CenterSettings.h"
#include "storage/Database.h"

namespace td {

Result<ReceiptNumberSequence::Number> ReceiptNumberSequence::next(const Database& db)
{
    Q_ASSERT(db.transactionDepth() > 0);
    auto max = db.scalar(QStringLiteral("SELECT coalesce(max(receipt_seq), 0) FROM sales"));
    if (!max)
        return max.error();
    const qint64 seq = max.value().toLongLong() + 1;
    return Number {seq, format(CenterSettings(db).text(CenterSettings::Key::ReceiptPrefix), seq)};
}

QString ReceiptNumberSequence::format(const QString& prefix, qint64 seq)
{
    return prefix + QStringLiteral("%1").arg(seq, kDigits, 10, QLatin1Char('0'));
}

} // namespace td
