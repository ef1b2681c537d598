#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace td::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setMinutes(int minutes)
{
    m_timer.setInterval(std::max(0, minutes) * 60 * 1000);
    restart();
}

void IdleWatcher::setPaused(bool paused)
{
    m_paused = paused;
    restart();
}

void IdleWatcher::restart()
{
    if (m_paused || m_timer.interval() <= 0)
        m_timer.stop();
    else
        m_timer.start();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td::ui
