#pragma once

#include <QDateTime>

namespace td {

// Source of "now" for everything that depends on dates (attendance, expiry); tests inject a fixed one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide system clock.
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that says what it is told; for tests and the deterministic demo generator.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc);
    QDateTime nowUtc() const override;
    void set(const QDateTime& nowUtc);
    void advanceSecs(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace td
