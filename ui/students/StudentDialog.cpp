#include "StudentDialog.h"

#include "shell/Desk.h"
#include "storage/Transaction.h"
#include "students/StudentService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace td::ui {

namespace {

constexpr int kNotRecorded = -1;

// What the desk types for a date: 2015-06-01, 2015/6/1, 20150601 or the locale's short form.
QDate parseDate(const QString& text, bool* ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return {};
    for (const QString& format : {QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy.M.d"),
             QStringLiteral("yyyyMMdd"), QLocale().dateFormat(QLocale::ShortFormat)}) {
        const QDate date = QDate::fromString(t, format);
        if (date.isValid())
            return date;
    }
    *ok = false;
    return {};
}

QString guardianField(const QString& field)
{
    return field.startsWith(QLatin1String("guardian")) ? QStringLiteral("guardians") : field;
}

} // namespace

StudentDialog::StudentDialog(Desk& desk, qint64 studentId, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_studentId(studentId)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("studentDialog"));
    setWindowTitle(studentId == 0 ? tr("New Student") : tr("Edit Student"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    auto lineEdit = [this](const QString& objectName, const QString& accessibleName) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        return edit;
    };
    m_name = lineEdit(QStringLiteral("studentName"), tr("Name"));
    m_code = lineEdit(QStringLiteral("studentCode"), tr("Student code"));
    m_code->setPlaceholderText(tr("given automatically"));
    m_phone = lineEdit(QStringLiteral("studentPhone"), tr("Phone"));
    m_phone->setPlaceholderText(tr("e.g. 138 0013 8000"));
    m_email = lineEdit(QStringLiteral("studentEmail"), tr("Email"));
    m_birthDate = lineEdit(QStringLiteral("studentBirthDate"), tr("Birth date"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("studentGender"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("female"));
    m_gender->addItem(tr("Male"), QStringLiteral("male"));
    m_gender->addItem(tr("Other"), QStringLiteral("other"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("studentStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (StudentStatus status : {StudentStatus::Active, StudentStatus::Paused, StudentStatus::Archived})
        m_status->addItem(studentStatusDisplayName(status), studentStatusKey(status));
    m_tags = lineEdit(QStringLiteral("studentTags"), tr("Interests"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. piano, python"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("studentNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto* profileBox = new QGroupBox(tr("Profile"), this);
    auto* form = new QFormLayout(profileBox);
    form->addRow(tr("&Name:"), m_errors.wrap(QStringLiteral("name"), m_name));
    form->addRow(tr("&Code:"), m_errors.wrap(QStringLiteral("code"), m_code));
    form->addRow(tr("&Phone:"), m_errors.wrap(QStringLiteral("phone"), m_phone));
    form->addRow(tr("E&mail:"), m_errors.wrap(QStringLiteral("email"), m_email));
    form->addRow(tr("&Birth date:"), m_errors.wrap(QStringLiteral("birthDate"), m_birthDate));
    form->addRow(tr("&Gender:"), m_errors.wrap(QStringLiteral("gender"), m_gender));
    form->addRow(tr("&Status:"), m_errors.wrap(QStringLiteral("status"), m_status));
    form->addRow(tr("&Interests:"), m_errors.wrap(QStringLiteral("tags"), m_tags));
    form->addRow(tr("N&otes:"), m_errors.wrap(QStringLiteral("notes"), m_notes));

    auto* guardiansBox = new QGroupBox(tr("Guardians"), this);
    auto* guardiansLayout = new QVBoxLayout(guardiansBox);
    auto* guardiansHint = new QLabel(tr("Required for students under %1.").arg(StudentService::kAdultAge), this);
    guardiansHint->setWordWrap(true);
    guardiansLayout->addWidget(guardiansHint);
    m_guardianBox = new QWidget(this);
    m_guardianBox->setObjectName(QStringLiteral("studentGuardians"));
    m_guardianBox->setAccessibleName(tr("Guardians"));
    m_guardianGrid = new QGridLayout(m_guardianBox);
    m_guardianGrid->setContentsMargins(0, 0, 0, 0);
    m_guardianGrid->addWidget(new QLabel(tr("Name"), m_guardianBox), 0, 0);
    m_guardianGrid->addWidget(new QLabel(tr("Relation"), m_guardianBox), 0, 1);
    m_guardianGrid->addWidget(new QLabel(tr("Phone"), m_guardianBox), 0, 2);
    m_noGuardians = new QLabel(tr("No guardian."), m_guardianBox);
    m_noGuardians->setForegroundRole(QPalette::PlaceholderText);
    guardiansLayout->addWidget(m_errors.wrap(QStringLiteral("guardians"), m_guardianBox));
    m_addGuardian = new QPushButton(tr("&Add Guardian"), this);
    m_addGuardian->setObjectName(QStringLiteral("studentAddGuardian"));
    m_addGuardian->setAutoDefault(false);
    connect(m_addGuardian, &QPushButton::clicked, this, [this] { addGuardianRow().name->setFocus(); });
    guardiansLayout->addWidget(m_addGuardian, 0, Qt::AlignLeft);

    auto consentCombo = [this](const QString& objectName, const QString& accessibleName) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(objectName);
        combo->setAccessibleName(accessibleName);
        combo->addItem(tr("Not asked yet"), kNotRecorded);
        combo->addItem(tr("Given"), 1);
        combo->addItem(tr("Refused"), 0);
        return combo;
    };
    m_dataConsent
        = consentCombo(QStringLiteral("studentConsentData"), consentKindDisplayName(ConsentKind::DataProcessing));
    m_marketingConsent
        = consentCombo(QStringLiteral("studentConsentMarketing"), consentKindDisplayName(ConsentKind::Marketing));
    auto* consentBox = new QGroupBox(tr("Consent"), this);
    auto* consentForm = new QFormLayout(consentBox);
    consentForm->addRow(consentKindDisplayName(ConsentKind::DataProcessing) + QLatin1Char(':'), m_dataConsent);
    consentForm->addRow(consentKindDisplayName(ConsentKind::Marketing) + QLatin1Char(':'), m_marketingConsent);

    auto* right = new QVBoxLayout;
    right->addWidget(guardiansBox);
    right->addWidget(consentBox);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(profileBox, 1);
    columns->addLayout(right, 1);

    m_generalError->setObjectName(QStringLiteral("studentError"));
    m_generalError->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("studentSave"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("studentCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StudentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StudentDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    connect(m_birthDate, &QLineEdit::editingFinished, this, &StudentDialog::birthDateEdited);

    if (studentId != 0) {
        auto student = StudentService::byId(desk.context(), studentId);
        if (student)
            load(student.value());
        else
            m_errors.show(student.error());
    }
    relayGuardians();
    setMinimumWidth(fontMetrics().averageCharWidth() * 110);
    m_name->setFocus();
}

void StudentDialog::load(const Student& student)
{
    m_name->setText(student.name);
    m_code->setText(student.code);
    m_phone->setText(student.phone);
    m_email->setText(student.email);
    if (student.birthDate.isValid())
        m_birthDate->setText(student.birthDate.toString(Qt::ISODate));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(student.gender)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(studentStatusKey(student.status))));
    m_tags->setText(student.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(student.notes);
    m_originalGuardians = student.guardians;
    for (const Guardian& guardian : student.guardians) {
        GuardianRow& row = addGuardianRow();
        row.id = guardian.id;
        row.name->setText(guardian.name);
        row.relation->setText(guardian.relation);
        row.phone->setText(guardian.phone);
    }
    const std::pair<ConsentKind, QComboBox*> consents[]
        = {{ConsentKind::DataProcessing, m_dataConsent}, {ConsentKind::Marketing, m_marketingConsent}};
    for (const auto& [kind, combo] : consents) {
        auto current = StudentService::currentConsent(m_desk.db(), student.id, kind);
        if (current && current.value()) {
            // Once recorded, a decision can be changed but not taken back to "not asked".
            combo->removeItem(combo->findData(kNotRecorded));
            combo->setCurrentIndex(combo->findData(current.value()->granted ? 1 : 0));
        }
    }
}

StudentDialog::GuardianRow& StudentDialog::addGuardianRow()
{
    GuardianRow row;
    const int n = static_cast<int>(m_guardianRows.size());
    row.name = new QLineEdit(m_guardianBox);
    row.name->setObjectName(QStringLiteral("guardianName%1").arg(n));
    row.name->setAccessibleName(tr("Guardian %1 name").arg(n + 1));
    row.relation = new QLineEdit(m_guardianBox);
    row.relation->setObjectName(QStringLiteral("guardianRelation%1").arg(n));
    row.relation->setAccessibleName(tr("Guardian %1 relation").arg(n + 1));
    row.relation->setPlaceholderText(tr("e.g. mother"));
    auto* relations = new QCompleter(
        QStringList {tr("mother"), tr("father"), tr("grandmother"), tr("grandfather"), tr("aunt"), tr("uncle")},
        row.relation);
    relations->setCaseSensitivity(Qt::CaseInsensitive);
    row.relation->setCompleter(relations);
    row.phone = new QLineEdit(m_guardianBox);
    row.phone->setObjectName(QStringLiteral("guardianPhone%1").arg(n));
    row.phone->setAccessibleName(tr("Guardian %1 phone").arg(n + 1));
    row.remove = new QPushButton(tr("Remove"), m_guardianBox);
    row.remove->setObjectName(QStringLiteral("guardianRemove%1").arg(n));
    row.remove->setAccessibleName(tr("Remove guardian %1").arg(n + 1));
    row.remove->setAutoDefault(false);
    QPushButton* remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_guardianRows.size(); ++i)
            if (m_guardianRows.at(i).remove == remove)
                removeGuardianRow(i);
    });
    m_guardianRows.append(row);
    relayGuardians();
    return m_guardianRows.last();
}

void StudentDialog::removeGuardianRow(int index)
{
    const GuardianRow row = m_guardianRows.takeAt(index);
    for (QWidget* w : {static_cast<QWidget*>(row.name), static_cast<QWidget*>(row.relation),
             static_cast<QWidget*>(row.phone), static_cast<QWidget*>(row.remove)})
        w->deleteLater();
    relayGuardians();
    m_addGuardian->setFocus();
}

void StudentDialog::relayGuardians()
{
    for (const GuardianRow& row : std::as_const(m_guardianRows))
        for (QWidget* w : {static_cast<QWidget*>(row.name), static_cast<QWidget*>(row.relation),
                 static_cast<QWidget*>(row.phone), static_cast<QWidget*>(row.remove)})
            m_guardianGrid->removeWidget(w);
    m_guardianGrid->removeWidget(m_noGuardians);
    int line = 1;
    for (const GuardianRow& row : std::as_const(m_guardianRows)) {
        m_guardianGrid->addWidget(row.name, line, 0);
        m_guardianGrid->addWidget(row.relation, line, 1);
        m_guardianGrid->addWidget(row.phone, line, 2);
        m_guardianGrid->addWidget(row.remove, line, 3);
        ++line;
    }
    m_noGuardians->setVisible(m_guardianRows.isEmpty());
    if (m_guardianRows.isEmpty())
        m_guardianGrid->addWidget(m_noGuardians, 1, 0, 1, 4);

    // Keyboard order: the profile top to bottom, each guardian left to right, then consent and Save.
    QList<QWidget*> chain {m_name, m_code, m_phone, m_email, m_birthDate, m_gender, m_status, m_tags, m_notes};
    for (const GuardianRow& row : std::as_const(m_guardianRows))
        chain << row.name << row.relation << row.phone << row.remove;
    chain << m_addGuardian << m_dataConsent << m_marketingConsent;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void StudentDialog::birthDateEdited()
{
    bool ok = false;
    const QDate birth = parseDate(m_birthDate->text(), &ok);
    if (ok && birth.isValid()) {
        m_birthDate->setText(birth.toString(Qt::ISODate));
        // A minor needs a guardian: offer the row at once.
        if (StudentService::isMinor(birth, StudentService::today(m_desk.context())) && m_guardianRows.isEmpty())
            addGuardianRow();
    }
}

StudentProfile StudentDialog::profile(bool* dateOk) const
{
    StudentProfile p;
    p.name = m_name->text();
    p.code = m_code->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.birthDate = parseDate(m_birthDate->text(), dateOk);
    p.gender = m_gender->currentData().toString();
    p.status = studentStatusFromKey(m_status->currentData().toString()).value_or(StudentStatus::Active);
    for (const QString& tag : m_tags->text().split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            p.tags.append(tag.trimmed());
    p.notes = m_notes->toPlainText();
    return p;
}

QList<Guardian> StudentDialog::guardians() const
{
    QList<Guardian> list;
    for (const GuardianRow& row : m_guardianRows) {
        Guardian g;
        g.id = row.id;
        g.name = row.name->text();
        g.relation = row.relation->text();
        g.phone = row.phone->text();
        list.append(g);
    }
    return list;
}

Status StudentDialog::save()
{
    bool dateOk = false;
    const StudentProfile p = profile(&dateOk);
    if (!dateOk)
        return Error::invalid(
            tr("Type the birth date as year-month-day, e.g. 2015-06-01."), QStringLiteral("birthDate"));
    const Context ctx = m_desk.context();
    // One transaction around the profile, guardian and consent calls: all of it is saved or none.
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    qint64 id = m_studentId;
    const QList<Guardian> typed = guardians();
    if (id == 0) {
        auto created = StudentService::create(ctx, p, typed);
        if (!created)
            return created.error();
        id = created->id;
    } else {
        auto updated = StudentService::update(ctx, id, p);
        if (!updated)
            return updated.error();
        // Add and change first, remove last, so a minor is never left without a guardian in between.
        for (const Guardian& g : typed) {
            if (g.id == 0) {
                if (auto added = StudentService::addGuardian(ctx, id, g); !added)
                    return added.error();
                continue;
            }
            for (const Guardian& before : std::as_const(m_originalGuardians)) {
                if (before.id == g.id
                    && (before.name != g.name || before.relation != g.relation || before.phone != g.phone)) {
                    if (auto changed = StudentService::updateGuardian(ctx, g.id, g); !changed)
                        return changed.error();
                }
            }
        }
        for (const Guardian& before : std::as_const(m_originalGuardians)) {
            const bool kept
                = std::any_of(typed.cbegin(), typed.cend(), [&](const Guardian& g) { return g.id == before.id; });
            if (!kept)
                if (auto removed = StudentService::removeGuardian(ctx, before.id); !removed)
                    return removed.error();
        }
    }
    const std::pair<ConsentKind, QComboBox*> consents[]
        = {{ConsentKind::DataProcessing, m_dataConsent}, {ConsentKind::Marketing, m_marketingConsent}};
    for (const auto& [kind, combo] : consents) {
        const int choice = combo->currentData().toInt();
        if (choice == kNotRecorded)
            continue;
        auto current = StudentService::currentConsent(ctx.db, id, kind);
        if (!current)
            return current.error();
        if (current.value() && current.value()->granted == (choice == 1))
            continue;
        if (auto recorded = StudentService::recordConsent(ctx, id, kind, choice == 1); !recorded)
            return recorded.error();
    }
    if (auto committed = tx.value().commit(); !committed)
        return committed;
    m_studentId = id;
    return {};
}

void StudentDialog::accept()
{
    m_errors.clear();
    const Status saved = save();
    if (!saved) {
        Error error = saved.error();
        error.field = guardianField(error.field);
        m_errors.show(error);
        return;
    }
    QDialog::accept();
}

} // namespace td::ui
