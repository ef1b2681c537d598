#pragma once

#include <QObject>
#include <QTimer>

namespace td::ui {

// Watches the application's keyboard and mouse input and says when the desk has been left alone for
// the configured number of minutes (CenterSettings IdleLockMinutes; 0 never).
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setMinutes(int minutes);
    void setPaused(bool paused);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    bool m_paused = false;
};

} // namespace td::ui
