#include "Clock.h"

namespace td {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(QDateTime nowUtc)
    : m_now(nowUtc.toUTC())
{
}

QDateTime FixedClock::nowUtc() const
{
    return m_now;
}

void FixedClock::set(const QDateTime& nowUtc)
{
    m_now = nowUtc.toUTC();
}

void FixedClock::advanceSecs(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace td
