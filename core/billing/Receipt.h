#pragma once

#include "billing/Sale.h"
#include "common/ClassHours.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace td {

class Database;

// What a printed receipt (or credit note) says, gathered from the sale and the center's settings.
// A value type, so the desk can show it, print it or save it as PDF (ui/billing/ReceiptPdf).
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(td::Receipt)

public:
    struct Line
    {
        QString description;
        qint64 quantity = 0;
        Money unitPrice;
        Money discount;
        Money total;
        ClassHours classHours; // pack lines (taken back, for refunds)
        QDate expiresOn;
    };

    QString centerName;
    QString centerAddress;
    QString centerPhone;
    QString header;
    QString footer;
    QString currencyCode;

    QString receiptNo;
    QDateTime issuedAt; // in the center's time zone
    QString studentCode;
    QString studentName;
    QList<Line> lines;
    Money subtotal;
    Money discount;
    Money total; // refunds: the amount given back, positive
    PaymentMethod method = PaymentMethod::Cash;
    std::optional<Money> tendered;
    Money change;
    QString staffName;

    bool isRefund = false;
    QString originalReceiptNo;
    QString reason;
    QString approvedByName;

    static Result<Receipt> forSale(const Database& db, qint64 saleId);
    static Receipt fromSale(const Database& db, const Sale& sale);

    // A self-contained HTML page (labels translated, amounts in the locale's format).
    QString toHtml(const QLocale& locale = QLocale()) const;
};

} // namespace td
