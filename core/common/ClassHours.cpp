#include "ClassHours.h"

#include <QRegularExpression>

namespace td {

std::optional<ClassHours> ClassHours::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(3);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const qint64 value = match.captured(2).toLongLong() * kHundredthsPerHour + fraction.toLongLong();
    return ClassHours(match.captured(1) == QLatin1String("-") ? -value : value);
}

QString ClassHours::toString() const
{
    const qint64 magnitude = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    QString s = QString::number(magnitude / kHundredthsPerHour);
    const qint64 fraction = magnitude % kHundredthsPerHour;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        s += QLatin1Char('.') + digits;
    }
    return m_hundredths < 0 ? QLatin1Char('-') + s : s;
}

} // namespace td
