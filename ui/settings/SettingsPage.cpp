#include "SettingsPage.h"

#include "common/Translator.h"
#include "shell/Desk.h"
#include "shell/DeskStartup.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace td::ui {

namespace {

using Key = CenterSettings::Key;

QPlainTextEdit* newTextBox(QWidget* parent, const QString& objectName, const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

SettingsPage::SettingsPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    auto* content = new QWidget;

    // The center.
    auto* centerBox = new QGroupBox(tr("Center"), content);
    centerBox->setObjectName(QStringLiteral("centerSettingsGroup"));
    m_readOnlyNote = new QLabel(tr("Only an administrator can change the center's settings."), centerBox);
    m_readOnlyNote->setObjectName(QStringLiteral("settingsReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_name = new QLineEdit(centerBox);
    m_name->setObjectName(QStringLiteral("settingsCenterName"));
    m_name->setAccessibleName(tr("Center name"));
    m_address = newTextBox(centerBox, QStringLiteral("settingsCenterAddress"), tr("Address"), 2);
    m_phone = new QLineEdit(centerBox);
    m_phone->setObjectName(QStringLiteral("settingsCenterPhone"));
    m_phone->setAccessibleName(tr("Center phone"));
    m_currency = new QComboBox(centerBox);
    m_currency->setObjectName(QStringLiteral("settingsCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("SGD"),
        QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY")});
    m_timeZone = new QComboBox(centerBox);
    m_timeZone->setObjectName(QStringLiteral("settingsTimeZone"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_idleLock = new QSpinBox(centerBox);
    m_idleLock->setObjectName(QStringLiteral("settingsIdleLock"));
    m_idleLock->setAccessibleName(tr("Lock after idle minutes"));
    m_idleLock->setRange(0, 480);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("never"));
    m_lowBalance = new QSpinBox(centerBox);
    m_lowBalance->setObjectName(QStringLiteral("settingsLowBalance"));
    m_lowBalance->setAccessibleName(tr("Low class-hour balance reminder"));
    m_lowBalance->setRange(0, 999);
    m_lowBalance->setSuffix(tr(" class hours"));

    auto* centerForm = new QFormLayout;
    centerForm->addRow(tr("Center &name:"), m_errors.wrap(CenterSettings::storageKey(Key::CenterName), m_name));
    centerForm->addRow(tr("&Address:"), m_errors.wrap(CenterSettings::storageKey(Key::CenterAddress), m_address));
    centerForm->addRow(tr("P&hone:"), m_errors.wrap(CenterSettings::storageKey(Key::CenterPhone), m_phone));
    centerForm->addRow(tr("&Currency:"), m_errors.wrap(CenterSettings::storageKey(Key::CurrencyCode), m_currency));
    centerForm->addRow(tr("&Time zone:"), m_errors.wrap(CenterSettings::storageKey(Key::TimeZone), m_timeZone));
    centerForm->addRow(
        tr("&Lock the desk after:"), m_errors.wrap(CenterSettings::storageKey(Key::IdleLockMinutes), m_idleLock));
    centerForm->addRow(tr("Remind when a pack is &below:"),
        m_errors.wrap(CenterSettings::storageKey(Key::LowBalanceHours), m_lowBalance));

    m_receiptHeader = newTextBox(centerBox, QStringLiteral("settingsReceiptHeader"), tr("Receipt header"), 3);
    m_receiptFooter = newTextBox(centerBox, QStringLiteral("settingsReceiptFooter"), tr("Receipt footer"), 3);
    centerForm->addRow(
        tr("Receipt &header:"), m_errors.wrap(CenterSettings::storageKey(Key::ReceiptHeader), m_receiptHeader));
    centerForm->addRow(
        tr("Receipt &footer:"), m_errors.wrap(CenterSettings::storageKey(Key::ReceiptFooter), m_receiptFooter));

    m_generalError->setObjectName(QStringLiteral("settingsError"));
    m_generalError->setWordWrap(true);
    m_save = new QPushButton(tr("&Save Center Settings"), centerBox);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    m_saved = new QLabel(centerBox);
    m_saved->setObjectName(QStringLiteral("settingsSaved"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saved, 1);

    auto* centerLayout = new QVBoxLayout(centerBox);
    centerLayout->addWidget(m_readOnlyNote);
    centerLayout->addLayout(centerForm);
    centerLayout->addWidget(m_generalError);
    centerLayout->addLayout(saveRow);

    // This desk.
    auto* deskBox = new QGroupBox(tr("This desk"), content);
    deskBox->setObjectName(QStringLiteral("deskSettingsGroup"));
    m_language = new QComboBox(deskBox);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QStringLiteral("system"));
    // Each language in its own name, so it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(deskLanguagePreference())));
    m_languageNote = new QLabel(deskBox);
    m_languageNote->setObjectName(QStringLiteral("settingsLanguageNote"));
    m_languageNote->setWordWrap(true);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        setDeskLanguagePreference(m_language->currentData().toString());
        m_languageNote->setText(tr("The new language is used from the next time TrainingDesk starts."));
    });
    auto* databasePath = new QLabel(QDir::toNativeSeparators(m_desk.databasePath()), deskBox);
    databasePath->setObjectName(QStringLiteral("settingsDatabasePath"));
    databasePath->setAccessibleName(tr("Database location"));
    databasePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    databasePath->setWordWrap(true);

    auto* deskForm = new QFormLayout(deskBox);
    deskForm->addRow(tr("Lan&guage:"), m_language);
    deskForm->addRow(QString(), m_languageNote);
    deskForm->addRow(tr("Database:"), databasePath);

    m_sections = new QVBoxLayout(content);
    m_sections->addWidget(centerBox);
    m_sections->addWidget(deskBox);
    m_sections->addStretch();
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 110);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&desk, &Desk::actorChanged, this, &SettingsPage::applyRole);
    applyRole();
    load();
}

void SettingsPage::addSection(QWidget* section)
{
    m_sections->insertWidget(m_sections->count() - 1, section);
}

void SettingsPage::applyRole()
{
    const bool admin = m_desk.allows(Permission::ManageSettings);
    m_readOnlyNote->setVisible(!admin);
    m_save->setVisible(admin);
    for (QLineEdit* edit : {m_name, m_phone})
        edit->setReadOnly(!admin);
    for (QPlainTextEdit* edit : {m_address, m_receiptHeader, m_receiptFooter})
        edit->setReadOnly(!admin);
    for (QWidget* w : {static_cast<QWidget*>(m_currency), static_cast<QWidget*>(m_timeZone),
             static_cast<QWidget*>(m_idleLock), static_cast<QWidget*>(m_lowBalance)})
        w->setEnabled(admin);
}

void SettingsPage::load()
{
    const CenterSettings settings(m_desk.db());
    m_name->setText(settings.text(Key::CenterName));
    m_address->setPlainText(settings.text(Key::CenterAddress));
    m_phone->setText(settings.text(Key::CenterPhone));
    m_currency->setCurrentText(settings.text(Key::CurrencyCode));
    m_timeZone->setCurrentText(settings.text(Key::TimeZone));
    m_receiptHeader->setPlainText(settings.text(Key::ReceiptHeader));
    m_receiptFooter->setPlainText(settings.text(Key::ReceiptFooter));
    m_idleLock->setValue(settings.number(Key::IdleLockMinutes));
    m_lowBalance->setValue(settings.number(Key::LowBalanceHours));
    m_errors.clear();
    m_saved->clear();
}

QString SettingsPage::valueOf(CenterSettings::Key key) const
{
    switch (key) {
    case Key::CenterName:
        return m_name->text();
    case Key::CenterAddress:
        return m_address->toPlainText();
    case Key::CenterPhone:
        return m_phone->text();
    case Key::CurrencyCode:
        return m_currency->currentText().trimmed().toUpper();
    case Key::TimeZone:
        return m_timeZone->currentText();
    case Key::ReceiptHeader:
        return m_receiptHeader->toPlainText();
    case Key::ReceiptFooter:
        return m_receiptFooter->toPlainText();
    case Key::IdleLockMinutes:
        return QString::number(m_idleLock->value());
    case Key::LowBalanceHours:
        return QString::number(m_lowBalance->value());
    default:
        return {};
    }
}

bool SettingsPage::save()
{
    m_errors.clear();
    m_saved->clear();
    const Context ctx = m_desk.context();
    CenterSettings settings(ctx.db);
    auto tx = Transaction::begin(ctx.db);
    if (!tx) {
        m_errors.show(tx.error());
        return false;
    }
    for (Key key : {Key::CenterName, Key::CenterAddress, Key::CenterPhone, Key::CurrencyCode, Key::TimeZone,
             Key::IdleLockMinutes, Key::LowBalanceHours, Key::ReceiptHeader, Key::ReceiptFooter}) {
        const QString value = valueOf(key);
        if (value.trimmed() == settings.text(key))
            continue;
        if (auto set = settings.set(ctx, key, value); !set) {
            m_errors.show(set.error());
            return false;
        }
    }
    if (auto committed = tx.value().commit(); !committed) {
        m_errors.show(committed.error());
        return false;
    }
    m_saved->setText(tr("Saved."));
    m_desk.notifyChanged(QStringLiteral("settings"));
    return true;
}

} // namespace td::ui
