#include "SaleDialog.h"

#include "PaymentsModel.h"
#include "billing/PaymentService.h"
#include "catalog/CatalogService.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"
#include "students/StudentDirectory.h"
#include "students/StudentService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

// Student and catalog look-ups here are a handful of indexed rows: they run on the UI thread, as the
// check-in scan does.

namespace td::ui {

namespace {

constexpr int kMaxStudentMatches = 8;
constexpr qint64 kMaterialEntry = -1;

// How a catalog item is sold at the desk.
SaleLineKind lineKindFor(const CatalogItem& item)
{
    switch (item.kind) {
    case CatalogItem::Kind::MembershipPlan:
        return SaleLineKind::Membership;
    case CatalogItem::Kind::OfflineCourse:
        return item.classHours.isZero() ? SaleLineKind::DropIn : SaleLineKind::Pack;
    case CatalogItem::Kind::Workshop:
        return SaleLineKind::DropIn;
    default:
        return SaleLineKind::Course;
    }
}

} // namespace

SaleDialog::SaleDialog(Desk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_currency(CenterSettings(desk.db()).text(CenterSettings::Key::CurrencyCode))
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    setObjectName(QStringLiteral("saleDialog"));
    setWindowTitle(tr("New Sale"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_generalError->setObjectName(QStringLiteral("saleError"));
    m_generalError->setWordWrap(true);

    m_studentSearch = new QLineEdit(this);
    m_studentSearch->setObjectName(QStringLiteral("saleStudentSearch"));
    m_studentSearch->setAccessibleName(tr("Find the student"));
    m_studentSearch->setPlaceholderText(tr("Name, phone or student code; Enter picks"));
    m_studentSearch->setClearButtonEnabled(true);
    m_studentSearch->installEventFilter(this);
    connect(m_studentSearch, &QLineEdit::textEdited, this, &SaleDialog::searchStudents);
    m_studentMatches = new QListWidget(this);
    m_studentMatches->setObjectName(QStringLiteral("saleStudentMatches"));
    m_studentMatches->setAccessibleName(tr("Matching students"));
    m_studentMatches->setFocusPolicy(Qt::NoFocus);
    m_studentMatches->setMaximumHeight(m_studentMatches->fontMetrics().height() * 6);
    m_studentMatches->hide();
    connect(m_studentMatches, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { pickStudent(m_studentMatches->row(item)); });
    m_student = new QLabel(tr("Walk-in customer (no student)"), this);
    m_student->setObjectName(QStringLiteral("saleStudent"));
    m_student->setAccessibleName(tr("Student of the sale"));
    QFont bold = m_student->font();
    bold.setBold(true);
    m_student->setFont(bold);

    auto* studentBox = new QWidget(this);
    studentBox->setObjectName(QStringLiteral("saleStudentBox"));
    auto* studentLayout = new QVBoxLayout(studentBox);
    studentLayout->setContentsMargins(0, 0, 0, 0);
    studentLayout->addWidget(m_student);
    studentLayout->addWidget(m_studentSearch);
    studentLayout->addWidget(m_studentMatches);

    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("saleItem"));
    m_item->setAccessibleName(tr("Catalog item to add"));
    m_item->installEventFilter(this);
    loadCatalog();
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("saleAddLine"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &SaleDialog::addChosenItem);
    auto* itemRow = new QHBoxLayout;
    itemRow->addWidget(m_item, 1);
    itemRow->addWidget(m_add);

    m_lines = new SaleLinesModel(this);
    connect(m_lines, &SaleLinesModel::totalChanged, this, &SaleDialog::updateTotals);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("saleLines"));
    m_table->setAccessibleName(tr("Lines of the sale"));
    m_table->setModel(m_lines);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SaleLinesModel::Description, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);
    m_remove = new QPushButton(tr("&Remove Line"), this);
    m_remove->setObjectName(QStringLiteral("saleRemoveLine"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_lines->removeLine(m_table->currentIndex().row());
        m_item->setFocus();
    });
    auto* linesBox = new QWidget(this);
    linesBox->setObjectName(QStringLiteral("saleLinesBox"));
    auto* linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addLayout(itemRow);
    linesLayout->addWidget(m_table, 1);
    auto* hint = new QLabel(tr("Type in a cell to change the quantity, price, discount, class hours or expiry."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* removeRow = new QHBoxLayout;
    removeRow->addWidget(hint, 1);
    removeRow->addWidget(m_remove);
    linesLayout->addLayout(removeRow);

    m_discount = new QLineEdit(this);
    m_discount->setObjectName(QStringLiteral("saleDiscount"));
    m_discount->setAccessibleName(tr("Discount on the whole sale"));
    m_discount->setPlaceholderText(tr("an amount, or a percentage such as 10%"));
    connect(m_discount, &QLineEdit::textChanged, this, &SaleDialog::updateTotals);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("saleMethod"));
    m_method->setAccessibleName(tr("Payment method"));
    for (PaymentMethod method : BillingNames::allMethods())
        m_method->addItem(BillingNames::methodDisplayName(method), int(method));
    connect(m_method, &QComboBox::currentIndexChanged, this, &SaleDialog::updateTotals);

    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("saleTendered"));
    m_tendered->setAccessibleName(tr("Cash tendered"));
    m_tendered->setPlaceholderText(tr("exact amount"));
    connect(m_tendered, &QLineEdit::textChanged, this, &SaleDialog::updateTotals);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("saleChange"));
    m_change->setAccessibleName(tr("Change to give"));
    m_change->setFont(bold);

    m_subtotal = new QLabel(this);
    m_subtotal->setObjectName(QStringLiteral("saleSubtotal"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("saleTotal"));
    m_total->setAccessibleName(tr("Total to pay"));
    QFont big = bold;
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* form = new QFormLayout;
    form->addRow(tr("&Student:"), m_errors.wrap(QStringLiteral("studentId"), studentBox));
    form->addRow(tr("&Item:"), m_errors.wrap(QStringLiteral("lines"), linesBox));
    form->addRow(tr("&Discount:"), m_errors.wrap(QStringLiteral("discount"), m_discount));
    form->addRow(tr("&Method:"), m_errors.wrap(QStringLiteral("method"), m_method));
    m_tenderedLabel = new QLabel(tr("&Cash tendered:"), this);
    m_tenderedLabel->setBuddy(m_tendered);
    auto* cashRow = new QHBoxLayout;
    cashRow->addWidget(m_errors.wrap(QStringLiteral("tendered"), m_tendered), 1);
    cashRow->addWidget(m_change);
    form->addRow(m_tenderedLabel, cashRow);
    // The buddies of the wrapped rows: Alt+S, Alt+I... jump to the input, not to its error box.
    for (auto [field, buddy] :
        {std::pair<int, QWidget*> {0, m_studentSearch}, {1, m_item}, {2, m_discount}, {3, m_method}})
        if (auto* label = qobject_cast<QLabel*>(form->itemAt(field, QFormLayout::LabelRole)->widget()))
            label->setBuddy(buddy);

    m_complete = new QPushButton(tr("&Complete Sale"), this);
    m_complete->setObjectName(QStringLiteral("saleComplete"));
    m_complete->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_complete, QDialogButtonBox::AcceptRole);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("saleCancel"));
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* totals = new QVBoxLayout;
    totals->addWidget(m_subtotal, 0, Qt::AlignRight);
    totals->addWidget(m_total, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(totals);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    setTabOrder(m_studentSearch, m_item);
    setTabOrder(m_item, m_add);
    setTabOrder(m_add, m_table);
    setTabOrder(m_table, m_remove);
    setTabOrder(m_remove, m_discount);
    setTabOrder(m_discount, m_method);
    setTabOrder(m_method, m_tendered);
    setTabOrder(m_tendered, m_complete);

    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
    m_studentSearch->setFocus();
    updateTotals();
}

void SaleDialog::loadCatalog()
{
    const QLocale locale;
    m_item->addItem(tr("Material or other item (type its name and price)"), kMaterialEntry);
    auto items = CatalogService::list(m_desk.db());
    if (!items) {
        m_generalError->setText(items.error().message);
        m_generalError->show();
        return;
    }
    for (const CatalogItem& item : items.value()) {
        QString label = tr("%1 — %2, %3")
                            .arg(item.title, BillingNames::lineKindDisplayName(lineKindFor(item)),
                                formatMoney(item.price, m_currency));
        if (lineKindFor(item) == SaleLineKind::Pack)
            label += tr(", %1 class hours").arg(item.classHours.toString());
        m_item->addItem(label, item.id);
    }
    // The first real item is the likelier choice than a typed material.
    m_item->setCurrentIndex(m_item->count() > 1 ? 1 : 0);
}

void SaleDialog::searchStudents(const QString& text)
{
    m_studentMatches->clear();
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        m_studentMatches->hide();
        return;
    }
    StudentFilter filter;
    filter.text = typed;
    auto found = StudentDirectory::find(m_desk.db(), filter, 0, kMaxStudentMatches);
    if (!found) {
        m_errors.show(Error::invalid(found.error().message, QStringLiteral("studentId")));
        return;
    }
    for (const StudentListRow& row : found.value()) {
        auto* item = new QListWidgetItem(tr("%1  %2  %3").arg(row.code, row.name, row.phone).trimmed());
        item->setData(Qt::UserRole, row.id);
        m_studentMatches->addItem(item);
    }
    if (m_studentMatches->count() == 0)
        m_studentMatches->addItem(tr("No student matches “%1”.").arg(typed));
    else
        m_studentMatches->setCurrentRow(0);
    m_studentMatches->show();
}

void SaleDialog::pickStudent(int row)
{
    QListWidgetItem* item = m_studentMatches->item(row);
    if (!item || item->data(Qt::UserRole).toLongLong() == 0)
        return;
    setStudent(item->data(Qt::UserRole).toLongLong());
    m_item->setFocus();
}

void SaleDialog::setStudent(qint64 studentId)
{
    auto student = StudentService::byId(m_desk.db(), studentId);
    if (!student) {
        m_errors.show(Error::invalid(student.error().message, QStringLiteral("studentId")));
        return;
    }
    m_studentId = studentId;
    m_student->setText(tr("%1 (%2)").arg(student->name, student->code));
    m_studentSearch->clear();
    m_studentMatches->clear();
    m_studentMatches->hide();
    m_errors.clear();
    m_item->setFocus();
}

void SaleDialog::focusPayment()
{
    if (method() == PaymentMethod::Cash)
        m_tendered->setFocus();
    else
        m_method->setFocus();
}

void SaleDialog::addChosenItem()
{
    const qint64 id = m_item->currentData().toLongLong();
    if (id == kMaterialEntry) {
        SaleLineDraft material;
        material.kind = SaleLineKind::Material;
        material.description = tr("Material");
        addLine(material);
        // The name and the price are what the clerk types next.
        m_table->setCurrentIndex(m_lines->index(int(m_lines->lines().size()) - 1, SaleLinesModel::Description));
        m_table->setFocus();
        return;
    }
    addCatalogItem(id);
}

void SaleDialog::addCatalogItem(qint64 itemId)
{
    auto item = CatalogService::get(m_desk.db(), itemId);
    if (!item) {
        m_errors.show(Error::invalid(item.error().message, QStringLiteral("lines")));
        return;
    }
    SaleLineDraft line;
    line.kind = lineKindFor(item.value());
    line.itemId = item->id;
    line.description = item->title;
    line.unitPrice = item->price;
    if (line.kind == SaleLineKind::Pack) {
        line.classHours = item->classHours;
        const QDate today = m_desk.clock().nowUtc().toTimeZone(CenterSettings(m_desk.db()).timeZone()).date();
        if (item->durationDays > 0)
            line.expiresOn = today.addDays(item->durationDays);
    }
    addLine(line);
}

void SaleDialog::addLine(const SaleLineDraft& line)
{
    m_lines->append(line);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SaleLinesModel::Description, QHeaderView::Stretch);
    m_table->setCurrentIndex(m_lines->index(int(m_lines->lines().size()) - 1, SaleLinesModel::Quantity));
}

std::optional<OrderDiscount> SaleDialog::discount() const
{
    QString text = m_discount->text().trimmed();
    if (text.isEmpty())
        return OrderDiscount::none();
    if (text.endsWith(QLatin1Char('%')) || text.endsWith(QChar(0xFF05))) {
        text.chop(1);
        // Percent with up to two decimals, as basis points (12.5% = 1250).
        const auto percent = Money::parse(text.trimmed(), QLocale());
        if (!percent || percent->isNegative())
            return std::nullopt;
        return OrderDiscount::ofPercent(percent->minor());
    }
    const auto amount = Money::parse(text, QLocale());
    if (!amount)
        return std::nullopt;
    return OrderDiscount::ofAmount(*amount);
}

Money SaleDialog::total() const
{
    const Money afterLines = m_lines->total();
    const auto d = discount().value_or(OrderDiscount::none());
    switch (d.kind) {
    case OrderDiscount::Kind::Amount:
        return afterLines - d.amount;
    case OrderDiscount::Kind::Percent:
        return afterLines - afterLines.percentage(d.basisPoints, Rounding::HalfUp);
    case OrderDiscount::Kind::None:
        break;
    }
    return afterLines;
}

PaymentMethod SaleDialog::method() const
{
    return static_cast<PaymentMethod>(m_method->currentData().toInt());
}

void SaleDialog::updateTotals()
{
    const QLocale locale;
    Money gross;
    for (const SaleLineDraft& l : m_lines->lines())
        gross += l.unitPrice * l.quantity;
    const Money total = this->total();
    const Money discounted = gross - total;
    m_subtotal->setText(discounted.isZero()
            ? QString()
            : tr("Subtotal %1, discount %2").arg(formatMoney(gross, m_currency), formatMoney(discounted, m_currency)));
    m_subtotal->setVisible(!discounted.isZero());
    m_total->setText(tr("Total %1").arg(formatMoney(total, m_currency)));

    const bool cash = method() == PaymentMethod::Cash;
    m_tenderedLabel->setVisible(cash);
    m_tendered->parentWidget()->setVisible(cash);
    m_change->setVisible(cash);
    if (!cash)
        return;
    const QString typed = m_tendered->text().trimmed();
    const auto tendered = typed.isEmpty() ? std::optional<Money>(total) : Money::parse(typed, locale);
    QPalette palette = m_change->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    m_change->setPalette(palette);
    if (!tendered) {
        m_change->setText(tr("Type an amount such as 100 or 100.50"));
        FormErrors::styleAsError(m_change);
    } else if (*tendered < total) {
        m_change->setText(tr("%1 short").arg(formatMoney(total - *tendered, m_currency)));
        FormErrors::styleAsError(m_change);
    } else {
        m_change->setText(tr("Change %1").arg(formatMoney(*tendered - total, m_currency)));
    }
}

QString SaleDialog::fieldOf(const QString& coreField) const
{
    if (coreField.startsWith(QLatin1String("lines")))
        return QStringLiteral("lines");
    return coreField;
}

void SaleDialog::accept()
{
    m_errors.clear();
    SaleInput input;
    input.studentId = m_studentId;
    input.lines = m_lines->inputs();
    const auto orderDiscount = discount();
    if (!orderDiscount) {
        m_errors.show(Error::invalid(
            tr("Type the discount as an amount (50) or a percentage (10%)."), QStringLiteral("discount")));
        return;
    }
    input.discount = *orderDiscount;
    input.method = method();
    if (input.method == PaymentMethod::Cash && !m_tendered->text().trimmed().isEmpty()) {
        input.tendered = Money::parse(m_tendered->text().trimmed(), QLocale());
        if (!input.tendered) {
            m_errors.show(Error::invalid(
                tr("Type the cash handed over as an amount such as 100 or 100.50."), QStringLiteral("tendered")));
            return;
        }
    }
    auto sold = PaymentService::sell(m_desk.context(), input);
    if (!sold) {
        Error e = sold.error();
        const QString field = e.field;
        e.field = fieldOf(field);
        m_errors.show(e);
        // lines[N].x: the row at fault.
        if (field.startsWith(QLatin1String("lines["))) {
            const int row = field.mid(6, field.indexOf(QLatin1Char(']')) - 6).toInt();
            m_table->setCurrentIndex(m_lines->index(row, SaleLinesModel::Description));
        }
        return;
    }
    m_sale = sold.value();
    m_desk.notifyChanged(QStringLiteral("sales"));
    QDialog::accept();
}

bool SaleDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_studentSearch) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_studentMatches->count() > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_studentMatches->setCurrentRow(
                std::clamp(m_studentMatches->currentRow() + step, 0, m_studentMatches->count() - 1));
            return true;
        }
        // Enter picks the student here; it completes the sale only from the last fields.
        if (enter && m_studentMatches->isVisible()) {
            pickStudent(m_studentMatches->currentRow());
            return true;
        }
        if (enter) {
            m_item->setFocus();
            return true;
        }
    }
    if (watched == m_item && enter) {
        addChosenItem();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace td::ui
