#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace td {

// A number of class hours (课时) in hundredths, so 1.5 hours is exact. Packs and their ledger use it.
class ClassHours
{
public:
    static constexpr qint64 kHundredthsPerHour = 100;

    constexpr ClassHours() = default;
    static constexpr ClassHours fromHundredths(qint64 hundredths) { return ClassHours(hundredths); }
    static constexpr ClassHours fromHours(qint64 hours) { return ClassHours(hours * kHundredthsPerHour); }
    // "2", "1.5", "0.25"; nullopt for anything else.
    static std::optional<ClassHours> parse(const QString& text);

    constexpr qint64 hundredths() const { return m_hundredths; }
    constexpr bool isNegative() const { return m_hundredths < 0; }
    constexpr bool isZero() const { return m_hundredths == 0; }

    constexpr ClassHours operator+(ClassHours o) const { return ClassHours(m_hundredths + o.m_hundredths); }
    constexpr ClassHours operator-(ClassHours o) const { return ClassHours(m_hundredths - o.m_hundredths); }
    constexpr ClassHours operator-() const { return ClassHours(-m_hundredths); }
    constexpr auto operator<=>(const ClassHours&) const = default;

    // "1.5", "2", "0.25": the shortest exact form.
    QString toString() const;

private:
    explicit constexpr ClassHours(qint64 hundredths)
        : m_hundredths(hundredths)
    {
    }

    qint64 m_hundredths = 0;
};

} // namespace td
