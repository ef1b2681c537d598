#include "SyncTokenStore.h"

#include <QDir>
#include <QFileInfo>

#ifdef TD_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace td::ui {

namespace {

bool g_keychainEnabled = true;

const QString kService = QStringLiteral("TrainingDesk sync");

} // namespace

SyncTokenStore::SyncTokenStore(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_key(QStringLiteral("center:") + QFileInfo(databasePath).absoluteFilePath())
{
}

void SyncTokenStore::setKeychainEnabled(bool enabled)
{
    g_keychainEnabled = enabled;
}

QString SyncTokenStore::persistenceText() const
{
    switch (m_persistence) {
    case Persistence::Keychain:
        return tr("The token is kept in the system keychain.");
    case Persistence::SessionOnly:
        return tr("No system keychain is available (%1): the token is kept only until TrainingDesk closes.")
            .arg(m_keychainProblem);
    case Persistence::Unknown:
        break;
    }
    return {};
}

void SyncTokenStore::fallBack(const QString& reason)
{
    m_persistence = Persistence::SessionOnly;
    m_keychainProblem = reason;
}

void SyncTokenStore::setSessionToken(const QString& token)
{
    m_token = token;
    fallBack(tr("a token given for this session"));
    Q_EMIT tokenChanged();
}

void SyncTokenStore::read()
{
#ifdef TD_HAVE_KEYCHAIN
    if (g_keychainEnabled) {
        auto* job = new QKeychain::ReadPasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(m_key);
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
                m_persistence = Persistence::Keychain;
                if (job->error() == QKeychain::NoError)
                    m_token = job->textData();
            } else if (m_persistence != Persistence::SessionOnly) {
                fallBack(job->errorString());
            }
            Q_EMIT tokenChanged();
        });
        job->start();
        return;
    }
#endif
    if (m_persistence != Persistence::SessionOnly)
        fallBack(tr("no keychain service on this computer"));
    Q_EMIT tokenChanged();
}

void SyncTokenStore::write(const QString& token)
{
    m_token = token;
#ifdef TD_HAVE_KEYCHAIN
    if (g_keychainEnabled) {
        QKeychain::Job* job = nullptr;
        if (token.isEmpty()) {
            auto* remove = new QKeychain::DeletePasswordJob(kService, this);
            remove->setKey(m_key);
            job = remove;
        } else {
            auto* writeJob = new QKeychain::WritePasswordJob(kService, this);
            writeJob->setKey(m_key);
            writeJob->setTextData(token);
            job = writeJob;
        }
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
                m_persistence = Persistence::Keychain;
            else
                fallBack(job->errorString());
            Q_EMIT stored();
            Q_EMIT tokenChanged();
        });
        job->start();
        return;
    }
#endif
    fallBack(tr("no keychain service on this computer"));
    Q_EMIT stored();
    Q_EMIT tokenChanged();
}

} // namespace td::ui
