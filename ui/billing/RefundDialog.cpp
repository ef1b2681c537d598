#include "RefundDialog.h"

#include "PaymentsModel.h"
#include "attendance/ClassHourLedger.h"
#include "auth/StaffService.h"
#include "billing/PaymentService.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QString amountField(int row)
{
    return QStringLiteral("amount%1").arg(row);
}

QString hoursField(int row)
{
    return QStringLiteral("hours%1").arg(row);
}

} // namespace

RefundDialog::RefundDialog(Desk& desk, const Sale& sale, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_sale(sale)
    , m_currency(CenterSettings(desk.db()).text(CenterSettings::Key::CurrencyCode))
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund %1").arg(sale.receiptNo));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_generalError->setObjectName(QStringLiteral("refundError"));
    m_generalError->setWordWrap(true);
    const QLocale locale;

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("refundSale"));
    heading->setWordWrap(true);
    heading->setText(
        tr("Receipt %1 of %2: %3 by %4")
            .arg(sale.receiptNo,
                locale.toString(sale.createdAt.toTimeZone(CenterSettings(desk.db()).timeZone()), QLocale::ShortFormat),
                formatMoney(sale.total, m_currency), BillingNames::methodDisplayName(sale.method))
        + (sale.studentName.isEmpty() ? QString() : QStringLiteral(" — ") + sale.studentName));

    auto* linesBox = new QGroupBox(tr("What to give back"), this);
    linesBox->setObjectName(QStringLiteral("refundLines"));
    auto* grid = new QGridLayout(linesBox);
    const QStringList headers {tr("Item"), tr("Paid"), tr("Still refundable"), tr("Refund amount"), tr("Class hours")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* header = new QLabel(headers[c], linesBox);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, c);
    }
    for (int i = 0; i < sale.lines.size(); ++i) {
        const SaleLine& line = sale.lines[i];
        LineRow row {line, new QLineEdit(linesBox), nullptr};
        const int r = i + 1;
        grid->addWidget(new QLabel(line.description, linesBox), r, 0);
        grid->addWidget(new QLabel(line.total.toString(locale), linesBox), r, 1, Qt::AlignRight);
        auto* refundable = new QLabel(line.refundable().toString(locale), linesBox);
        refundable->setObjectName(QStringLiteral("refundRefundable%1").arg(i));
        grid->addWidget(refundable, r, 2, Qt::AlignRight);
        row.amount->setObjectName(QStringLiteral("refundAmount%1").arg(i));
        row.amount->setAccessibleName(tr("Refund amount for %1").arg(line.description));
        row.amount->setPlaceholderText(tr("up to %1").arg(line.refundable().toString(locale)));
        row.amount->setEnabled(line.refundable() > Money());
        connect(row.amount, &QLineEdit::textChanged, this, &RefundDialog::updateTotal);
        grid->addWidget(m_errors.wrap(amountField(i), row.amount), r, 3);
        if (line.packId != 0) {
            row.hours = new QLineEdit(linesBox);
            row.hours->setObjectName(QStringLiteral("refundHours%1").arg(i));
            row.hours->setAccessibleName(tr("Class hours to take back from %1").arg(line.description));
            auto balance = ClassHourLedger::balance(desk.db(), line.packId);
            row.hours->setPlaceholderText(
                balance ? tr("up to %1 left").arg(balance->toString()) : balance.error().message);
            grid->addWidget(m_errors.wrap(hoursField(i), row.hours), r, 4);
        }
        m_rows.append(row);
    }
    grid->setColumnStretch(0, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("refundTotal"));
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_total->setFont(big);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setAccessibleName(tr("Reason for the refund"));
    m_reason->setPlaceholderText(tr("required, e.g. moved to another city"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("refundMethod"));
    m_method->setAccessibleName(tr("Refund method"));
    for (PaymentMethod method : BillingNames::allMethods())
        m_method->addItem(BillingNames::methodDisplayName(method), int(method));
    m_method->setCurrentIndex(m_method->findData(int(sale.method)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_errors.wrap(QStringLiteral("reason"), m_reason));
    form->addRow(tr("&Give back by:"), m_errors.wrap(QStringLiteral("method"), m_method));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_errors.wrap(QStringLiteral("lines"), linesBox));
    layout->addWidget(m_total, 0, Qt::AlignRight);
    layout->addLayout(form);

    if (!desk.allows(Permission::ApproveRefund)) {
        m_approval = new QGroupBox(tr("An administrator approves this refund"), this);
        m_approval->setObjectName(QStringLiteral("refundApproval"));
        m_approverName = new QLineEdit(m_approval);
        m_approverName->setObjectName(QStringLiteral("approverUsername"));
        m_approverName->setAccessibleName(tr("Administrator's username"));
        m_approverPassword = new QLineEdit(m_approval);
        m_approverPassword->setObjectName(QStringLiteral("approverPassword"));
        m_approverPassword->setAccessibleName(tr("Administrator's password"));
        m_approverPassword->setEchoMode(QLineEdit::Password);
        auto* approvalForm = new QFormLayout(m_approval);
        approvalForm->addRow(tr("&Username:"), m_approverName);
        approvalForm->addRow(tr("&Password:"), m_errors.wrap(QStringLiteral("approver"), m_approverPassword));
        layout->addWidget(m_approval);
    }

    m_confirm = new QPushButton(tr("&Refund"), this);
    m_confirm->setObjectName(QStringLiteral("refundConfirm"));
    m_confirm->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("refundCancel"));
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    updateTotal();
    for (const LineRow& row : std::as_const(m_rows)) {
        if (row.amount->isEnabled()) {
            row.amount->setFocus();
            break;
        }
    }
}

Result<RefundInput> RefundDialog::input(QList<int>* rowsOfLines) const
{
    RefundInput in;
    in.saleId = m_sale.id;
    in.reason = m_reason->text();
    in.method = static_cast<PaymentMethod>(m_method->currentData().toInt());
    for (int i = 0; i < m_rows.size(); ++i) {
        const LineRow& row = m_rows[i];
        const QString amountText = row.amount->text().trimmed();
        const QString hoursText = row.hours ? row.hours->text().trimmed() : QString();
        if (amountText.isEmpty() && hoursText.isEmpty())
            continue;
        RefundLineInput line;
        line.saleLineId = row.line.id;
        if (!amountText.isEmpty()) {
            const auto amount = Money::parse(amountText, QLocale());
            if (!amount)
                return Error::invalid(tr("Type an amount such as 100 or 100.50."), amountField(i));
            line.amount = *amount;
        }
        if (!hoursText.isEmpty()) {
            const auto hours = ClassHours::parse(hoursText);
            if (!hours)
                return Error::invalid(tr("Type class hours such as 2 or 1.5."), hoursField(i));
            line.hours = *hours;
        }
        in.lines.append(line);
        rowsOfLines->append(i);
    }
    return in;
}

void RefundDialog::updateTotal()
{
    Money total;
    for (const LineRow& row : std::as_const(m_rows))
        total += Money::parse(row.amount->text().trimmed(), QLocale()).value_or(Money());
    m_total->setText(tr("To give back: %1").arg(formatMoney(total, m_currency)));
}

void RefundDialog::showError(Error error, const QList<int>& rowsOfLines)
{
    // lines[N].amount / .hours name the Nth line given to the core: the row it came from.
    if (error.field.startsWith(QLatin1String("lines["))) {
        const int n = error.field.mid(6, error.field.indexOf(QLatin1Char(']')) - 6).toInt();
        const int row = n >= 0 && n < rowsOfLines.size() ? rowsOfLines[n] : -1;
        if (row >= 0)
            error.field = error.field.endsWith(QLatin1String(".hours")) && m_rows[row].hours ? hoursField(row)
                                                                                             : amountField(row);
    }
    if (error.field == QLatin1String("saleId"))
        error.field.clear();
    if (m_approval && error.kind == Error::Kind::Forbidden && error.field.isEmpty())
        error.field = QStringLiteral("approver");
    m_errors.show(error);
}

void RefundDialog::accept()
{
    m_errors.clear();
    QList<int> rowsOfLines;
    auto in = input(&rowsOfLines);
    if (!in) {
        m_errors.show(in.error());
        return;
    }
    if (m_approval) {
        auto approver = StaffService::authenticate(m_desk.db(), m_approverName->text(), m_approverPassword->text());
        if (!approver) {
            Error e = approver.error();
            e.field = QStringLiteral("approver");
            m_errors.show(e);
            m_approverPassword->clear();
            return;
        }
        in.value().approver = approver.value();
    }
    auto refunded = PaymentService::refund(m_desk.context(), in.value());
    if (!refunded) {
        showError(refunded.error(), rowsOfLines);
        return;
    }
    m_refund = refunded.value();
    m_desk.notifyChanged(QStringLiteral("sales"));
    QDialog::accept();
}

} // namespace td::ui
