#include "SyncSettingsBox.h"

#include "SyncController.h"
#include "SyncTokenStore.h"
#include "shell/Desk.h"
#include "sync/SyncSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td::ui {

SyncSettingsBox::SyncSettingsBox(Desk& desk, SyncController& sync, QWidget* parent)
    : QGroupBox(tr("Sync with the online platform"), parent)
    , m_desk(desk)
    , m_sync(sync)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("syncSettingsGroup"));
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("syncServerEdit"));
    m_server->setAccessibleName(tr("Sync server address"));
    m_server->setPlaceholderText(QStringLiteral("https://catalog.example.com"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("syncTokenEdit"));
    m_token->setAccessibleName(tr("Center token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("unchanged"));
    m_tokenNote = new QLabel(this);
    m_tokenNote->setObjectName(QStringLiteral("syncTokenNote"));
    m_tokenNote->setWordWrap(true);
    m_deskCode = new QLineEdit(this);
    m_deskCode->setObjectName(QStringLiteral("syncDeskCodeEdit"));
    m_deskCode->setAccessibleName(tr("Desk code"));
    m_deskCode->setMaxLength(4);
    m_deskCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,4}")), m_deskCode));
    m_deskCode->setToolTip(tr("Give each desk of a center its own code (A, B…) so their receipt numbers never "
                              "clash; leave it empty on a center's only desk."));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_interval->setAccessibleName(tr("Sync every"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));

    m_generalError->setObjectName(QStringLiteral("syncSettingsError"));
    m_generalError->setWordWrap(true);
    m_save = new QPushButton(tr("Save S&ync Settings"), this);
    m_save->setObjectName(QStringLiteral("syncSettingsSave"));
    connect(m_save, &QPushButton::clicked, this, &SyncSettingsBox::save);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("syncSettingsSaved"));

    auto* form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_errors.wrap(QStringLiteral("server"), m_server));
    form->addRow(tr("To&ken:"), m_token);
    form->addRow(QString(), m_tokenNote);
    form->addRow(tr("Sync e&very:"), m_errors.wrap(QStringLiteral("intervalMinutes"), m_interval));
    form->addRow(tr("Desk &code:"), m_errors.wrap(QStringLiteral("deskCode"), m_deskCode));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saved, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addLayout(saveRow);
    connect(m_server, &QLineEdit::returnPressed, this, &SyncSettingsBox::save);
    connect(m_token, &QLineEdit::returnPressed, this, &SyncSettingsBox::save);
    connect(m_deskCode, &QLineEdit::returnPressed, this, &SyncSettingsBox::save);

    connect(&m_sync.tokens(), &SyncTokenStore::tokenChanged, this, &SyncSettingsBox::updateTokenNote);
    connect(&desk, &Desk::actorChanged, this, &SyncSettingsBox::applyRole);
    applyRole();
    load();
}

void SyncSettingsBox::applyRole()
{
    const bool admin = m_desk.allows(Permission::ManageSettings);
    for (QLineEdit* edit : {m_server, m_token, m_deskCode})
        edit->setReadOnly(!admin);
    m_interval->setEnabled(admin);
    m_save->setVisible(admin);
}

void SyncSettingsBox::updateTokenNote()
{
    // Whether a token is set, never the token itself.
    const QString where = m_sync.tokens().persistenceText();
    m_tokenNote->setText(m_sync.tokens().token().isEmpty() ? tr("No token set.") : tr("A token is set. %1").arg(where));
}

void SyncSettingsBox::load()
{
    m_errors.clear();
    m_saved->clear();
    m_token->clear();
    auto values = SyncSettings::load(m_desk.db());
    if (!values) {
        m_errors.show(values.error());
        return;
    }
    m_server->setText(values->server.toString());
    m_interval->setValue(values->intervalMinutes);
    m_deskCode->setText(values->deskCode);
    updateTokenNote();
}

bool SyncSettingsBox::save()
{
    m_errors.clear();
    m_saved->clear();
    SyncSettings::Values values;
    values.server = QUrl(m_server->text().trimmed());
    values.intervalMinutes = m_interval->value();
    values.deskCode = m_deskCode->text().trimmed().toUpper();
    const QString token = m_token->text().trimmed();
    if (!values.server.isEmpty() && token.isEmpty() && m_sync.tokens().token().isEmpty()) {
        m_errors.show(Error::invalid(tr("Enter the center's token from the online platform.")));
        m_token->setFocus();
        return false;
    }
    if (auto configured = m_sync.configure(values, token); !configured) {
        m_errors.show(configured.error());
        return false;
    }
    m_token->clear();
    m_deskCode->setText(values.deskCode);
    m_saved->setText(
        values.server.isEmpty() ? tr("Saved; sync is off.") : tr("Saved; syncing with %1.").arg(values.server.host()));
    return true;
}

} // namespace td::ui
