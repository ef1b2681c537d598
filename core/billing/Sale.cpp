#include "Sale.h"

namespace td {

namespace {

struct MethodInfo
{
    PaymentMethod method;
    const char* key;
};

const MethodInfo kMethods[] = {
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::BankCard, "bank_card"},
    {PaymentMethod::WeChatPay, "wechat_pay"},
    {PaymentMethod::Alipay, "alipay"},
    {PaymentMethod::BankTransfer, "bank_transfer"},
    {PaymentMethod::Other, "other"},
};

struct LineKindInfo
{
    SaleLineKind kind;
    const char* key;
};

const LineKindInfo kLineKinds[] = {
    {SaleLineKind::Pack, "pack"},
    {SaleLineKind::Membership, "membership"},
    {SaleLineKind::Course, "course"},
    {SaleLineKind::Material, "material"},
    {SaleLineKind::DropIn, "drop_in"},
};

} // namespace

QList<PaymentMethod> BillingNames::allMethods()
{
    QList<PaymentMethod> methods;
    for (const MethodInfo& m : kMethods)
        methods.append(m.method);
    return methods;
}

QString BillingNames::methodKey(PaymentMethod method)
{
    for (const MethodInfo& m : kMethods)
        if (m.method == method)
            return QString::fromLatin1(m.key);
    return {};
}

std::optional<PaymentMethod> BillingNames::methodFromKey(const QString& key)
{
    for (const MethodInfo& m : kMethods)
        if (key == QLatin1String(m.key))
            return m.method;
    return std::nullopt;
}

QString BillingNames::methodDisplayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::BankCard:
        return tr("Bank card");
    case PaymentMethod::WeChatPay:
        return tr("WeChat Pay");
    case PaymentMethod::Alipay:
        return tr("Alipay");
    case PaymentMethod::BankTransfer:
        return tr("Bank transfer");
    case PaymentMethod::Other:
        return tr("Other");
    }
    return {};
}

QString BillingNames::lineKindKey(SaleLineKind kind)
{
    for (const LineKindInfo& k : kLineKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<SaleLineKind> BillingNames::lineKindFromKey(const QString& key)
{
    for (const LineKindInfo& k : kLineKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString BillingNames::lineKindDisplayName(SaleLineKind kind)
{
    switch (kind) {
    case SaleLineKind::Pack:
        return tr("class-hour pack");
    case SaleLineKind::Membership:
        return tr("membership");
    case SaleLineKind::Course:
        return tr("course");
    case SaleLineKind::Material:
        return tr("material");
    case SaleLineKind::DropIn:
        return tr("drop-in ticket");
    }
    return {};
}

} // namespace td
