#include "ReceiptNumberSequence.h"

#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "sync/SyncSettings.h"

namespace td {

Result<ReceiptNumberSequence::Number> ReceiptNumberSequence::next(const Database& db)
{
    Q_ASSERT(db.transactionDepth() > 0);
    auto series = SyncSettings::deskCode(db);
    if (!series)
        return series.error();
    auto max = db.scalar(
        QStringLiteral("SELECT coalesce(max(receipt_seq), 0) FROM sales WHERE receipt_series = ?"), {series.value()});
    if (!max)
        return max.error();
    const qint64 seq = max.value().toLongLong() + 1;
    return Number {
        series.value(), seq, format(CenterSettings(db).text(CenterSettings::Key::ReceiptPrefix), series.value(), seq)};
}

QString ReceiptNumberSequence::format(const QString& prefix, const QString& series, qint64 seq)
{
    const QString digits = QStringLiteral("%1").arg(seq, kDigits, 10, QLatin1Char('0'));
    if (series.isEmpty())
        return prefix + digits;
    return prefix + series + QLatin1Char('-') + digits;
}

} // namespace td
