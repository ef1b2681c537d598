#pragma once

#include "auth/Context.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

namespace td::ui {

// The center database this desk has open (the UI thread's connection) and who is signed in. Pages get
// their Context from here; workers open their own connection to databasePath().
class Desk : public QObject
{
    Q_OBJECT

public:
    explicit Desk(std::unique_ptr<Database> db, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~Desk() override;

    Database& db() const { return *m_db; }
    QString databasePath() const { return m_db->path(); }
    const Clock& clock() const { return m_clock; }

    const Actor& actor() const { return m_actor; }
    bool signedIn() const { return m_actor.staffId != 0; }
    void signIn(const Actor& actor);
    Context context() const;
    // Whether the signed-in staff member's role allows it (screens hide what is not allowed; the services
    // refuse it anyway).
    bool allows(Permission permission) const;

    // Pages call this after a write so other pages showing the same things refresh.
    void notifyChanged(const QString& entity);

Q_SIGNALS:
    void actorChanged();
    // entity: "students", "attendance", "sales", "schedule", "settings", ...
    void changed(const QString& entity);

private:
    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    Actor m_actor {0, {}, {}, Role::Instructor};
};

} // namespace td::ui
