#include "LoginDialog.h"

#include "auth/StaffService.h"
#include "common/FormErrors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

LoginDialog::LoginDialog(Database& db, const QString& centerName, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(mode == Mode::SignIn ? tr("Sign in to TrainingDesk") : tr("TrainingDesk is locked"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("loginHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    heading->setText(centerName);

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::SignIn
            ? tr("Sign in with your staff account.")
            : tr("The desk was locked after a while without use. Enter your password to go on, or "
                 "sign in as another staff member."));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_username->setAccessibleName(tr("Username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in problem"));
    FormErrors::styleAsError(m_error);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(mode == Mode::SignIn ? tr("Sign In") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("loginButton"));
    m_signIn->setDefault(true);
    auto* cancel = buttons->addButton(
        mode == Mode::SignIn ? tr("Cancel") : tr("Quit TrainingDesk"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("loginCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signIn);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void LoginDialog::accept()
{
    m_error->hide();
    if (m_username->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your username."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto actor = StaffService::authenticate(m_db, m_username->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!actor) {
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_actor = actor.value();
    QDialog::accept();
}

void LoginDialog::reject()
{
    // The lock screen is left only by unlocking or by quitting on purpose (its Quit button), never by Esc.
    if (m_mode == Mode::Unlock && !sender())
        return;
    QDialog::reject();
}

} // namespace td::ui
