#include "Desk.h"

namespace td::ui {

Desk::Desk(std::unique_ptr<Database> db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
{
}

Desk::~Desk() = default;

void Desk::signIn(const Actor& actor)
{
    m_actor = actor;
    Q_EMIT actorChanged();
}

Context Desk::context() const
{
    return Context {*m_db, m_clock, m_actor};
}

bool Desk::allows(Permission permission) const
{
    return signedIn() && roleAllows(m_actor.role, permission);
}

void Desk::notifyChanged(const QString& entity)
{
    Q_EMIT changed(entity);
}

} // namespace td::ui
