#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

class QLocale;

namespace td {

enum class Rounding {
    HalfUp, // half away from zero: what a receipt printer does
    HalfEven, // banker's rounding: for splitting totals without drift
    Down, // toward zero
};

// An amount of the center's currency in integer minor units (fen, cents). Never a double.
class Money
{
public:
    static constexpr int kDecimals = 2;
    static constexpr qint64 kMinorPerMajor = 100;

    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }
    static Money fromMajor(qint64 major);

    // Parses "12", "12.3", "12.34", "-0.50" (dot or the locale's decimal separator, optional group
    // separators); nothing more precise than a minor unit. Returns nullopt on anything else.
    static std::optional<Money> parse(const QString& text);
    static std::optional<Money> parse(const QString& text, const QLocale& locale);

    constexpr qint64 minor() const { return m_minor; }
    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money operator*(qint64 factor) const;
    Money& operator+=(Money other);
    Money& operator-=(Money other);
    constexpr auto operator<=>(const Money&) const = default;

    // This amount times basisPoints/10000 (e.g. 1500 for 15 %), rounded as told.
    Money percentage(qint64 basisPoints, Rounding rounding) const;
    // This amount times numerator/denominator, rounded as told (pro-rata refunds).
    Money scaled(qint64 numerator, qint64 denominator, Rounding rounding) const;

    // "1234.50": machine form, always a dot, no grouping (CSV, JSON, the database's text dumps).
    QString toPlainString() const;
    // "1,234.50" in the given locale, without currency symbol.
    QString toString(const QLocale& locale) const;

private:
    explicit constexpr Money(qint64 minor)
        : m_minor(minor)
    {
    }

    qint64 m_minor = 0;
};

} // namespace td
