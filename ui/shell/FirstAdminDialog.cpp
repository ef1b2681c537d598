#include "FirstAdminDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

FirstAdminDialog::FirstAdminDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Welcome to TrainingDesk"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    auto* intro = new QLabel(
        tr("This center database has no administrator yet. Create the first administrator account: the center "
           "manager who sets up staff accounts, classes and settings."),
        this);
    intro->setWordWrap(true);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("firstAdminUsername"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setPlaceholderText(tr("e.g. manager"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("firstAdminDisplayName"));
    m_displayName->setAccessibleName(tr("Full name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("firstAdminPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, StaffService::kMinimumPasswordLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("firstAdminRepeat"));
    m_repeat->setAccessibleName(tr("Repeat password"));
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), m_errors.wrap(QStringLiteral("username"), m_username));
    form->addRow(tr("&Full name:"), m_errors.wrap(QStringLiteral("displayName"), m_displayName));
    form->addRow(tr("&Password:"), m_errors.wrap(QStringLiteral("password"), m_password));
    form->addRow(tr("&Repeat password:"), m_errors.wrap(QStringLiteral("repeat"), m_repeat));

    m_generalError->setObjectName(QStringLiteral("firstAdminError"));
    m_generalError->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    auto* create = buttons->addButton(tr("Create Administrator"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("firstAdminCreate"));
    create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_username->setFocus();
}

void FirstAdminDialog::accept()
{
    m_errors.clear();
    if (m_password->text() != m_repeat->text()) {
        m_errors.show(Error::invalid(tr("The two passwords differ."), QStringLiteral("repeat")));
        return;
    }
    auto admin = StaffService::createFirstAdmin(
        m_db, m_clock, m_username->text().trimmed(), m_displayName->text(), m_password->text());
    if (!admin) {
        m_errors.show(admin.error());
        return;
    }
    m_admin = admin.value();
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace td::ui
