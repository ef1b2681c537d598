#include "Money.h"

#include <QLocale>
#include <QRegularExpression>
#include <QtNumeric>

#include <stdexcept>

namespace td {

namespace {

qint64 checkedAdd(qint64 a, qint64 b)
{
    qint64 r;
    if (qAddOverflow(a, b, &r))
        throw std::overflow_error("Money overflow");
    return r;
}

qint64 checkedMul(qint64 a, qint64 b)
{
    qint64 r;
    if (qMulOverflow(a, b, &r))
        throw std::overflow_error("Money overflow");
    return r;
}

} // namespace

Money Money::fromMajor(qint64 major)
{
    return Money(checkedMul(major, kMinorPerMajor));
}

std::optional<Money> Money::parse(const QString& text)
{
    return parse(text, QLocale::c());
}

std::optional<Money> Money::parse(const QString& text, const QLocale& locale)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    const QString group = locale.groupSeparator();
    if (!group.isEmpty() && group != locale.decimalPoint())
        s.remove(group);
    if (locale.decimalPoint() != QLatin1String("."))
        s.replace(locale.decimalPoint(), QLatin1String("."));
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(s);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 major = match.captured(2).toLongLong();
    QString fraction = match.captured(3);
    while (fraction.size() < kDecimals)
        fraction.append(QLatin1Char('0'));
    const qint64 minor = major * kMinorPerMajor + fraction.toLongLong();
    return Money(match.captured(1) == QLatin1String("-") ? -minor : minor);
}

Money Money::operator+(Money other) const
{
    return Money(checkedAdd(m_minor, other.m_minor));
}

Money Money::operator-(Money other) const
{
    return Money(checkedAdd(m_minor, checkedMul(other.m_minor, -1)));
}

Money Money::operator-() const
{
    return Money(checkedMul(m_minor, -1));
}

Money Money::operator*(qint64 factor) const
{
    return Money(checkedMul(m_minor, factor));
}

Money& Money::operator+=(Money other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(Money other)
{
    *this = *this - other;
    return *this;
}

Money Money::percentage(qint64 basisPoints, Rounding rounding) const
{
    return scaled(basisPoints, 10000, rounding);
}

Money Money::scaled(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    Q_ASSERT(denominator > 0);
    const qint64 product = checkedMul(m_minor, numerator);
    qint64 result = product / denominator; // truncates toward zero
    const qint64 remainder = product % denominator;
    if (remainder != 0 && rounding != Rounding::Down) {
        // Compare 2*|remainder| with the denominator without overflowing.
        const qint64 magnitude = remainder < 0 ? -remainder : remainder;
        const qint64 rest = denominator - magnitude;
        const bool aboveHalf = magnitude > rest;
        const bool exactlyHalf = magnitude == rest;
        if (aboveHalf || (exactlyHalf && (rounding == Rounding::HalfUp || result % 2 != 0)))
            result += product < 0 ? -1 : 1;
    }
    return Money(result);
}

QString Money::toPlainString() const
{
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    return (m_minor < 0 ? QStringLiteral("-") : QString()) % QString::number(magnitude / kMinorPerMajor)
        % QLatin1Char('.') % QStringLiteral("%1").arg(magnitude % kMinorPerMajor, kDecimals, 10, QLatin1Char('0'));
}

QString Money::toString(const QLocale& locale) const
{
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    return (m_minor < 0 ? locale.negativeSign() : QString()) % locale.toString(magnitude / kMinorPerMajor)
        % locale.decimalPoint() % QStringLiteral("%1").arg(magnitude % kMinorPerMajor, kDecimals, 10, QLatin1Char('0'));
}

} // namespace td
