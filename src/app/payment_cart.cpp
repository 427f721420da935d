// The payment cart: the screen's state for one payment, and conversions between QML values and station types.
#include "app/payment_cart.h"
#include "app/local_time.h"
#include "app/message_text.h"

#include "app/session_controller.h"
#include "station/accounts.h"
#include "station/checks.h"
#include "station/operators.h"
#include "station/payments.h"

#include <QCoreApplication>
#include <QUuid>

namespace tillbook::app {

namespace {

QString money(Money m)
{
    return QString::fromStdString(formatMoney(m));
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::optional<TenderKind> tenderKind(const QString& kind)
{
    if (kind == QLatin1String("cash"))
        return TenderKind::Cash;
    if (kind == QLatin1String("check"))
        return TenderKind::Check;
    if (kind == QLatin1String("money_order"))
        return TenderKind::MoneyOrder;
    if (kind == QLatin1String("card"))
        return TenderKind::Card;
    return std::nullopt;
}

QVariantMap summaryMap(const station::AccountSummary& a)
{
    return {{QStringLiteral("number"), qs(a.number)},     {QStringLiteral("name"), qs(a.name)},
            {QStringLiteral("address"), qs(a.serviceAddress)}, {QStringLiteral("phone"), qs(a.phone)},
            {QStringLiteral("status"), qs(a.status)},     {QStringLiteral("balance"), money(a.balance)},
            {QStringLiteral("credit"), money(a.credit)}};
}

// What the customer knows a bill as (its bills() map): the description billing gave it, else its kind in the session's
// language, read as it is asked for so a language switch shows the new word.
QString billTitle(const QVariantMap& bill)
{
    QString description = bill.value(QStringLiteral("description")).toString();
    return description.isEmpty() ? renderWord("bill_kind", bill.value(QStringLiteral("kind")).toString()) : description;
}

} // namespace

PaymentCart::PaymentCart(station::Station& station, SessionController& session, QObject* parent)
    : QObject(parent)
    , m_station(station)
    , m_session(session)
{
}

QVariantList PaymentCart::fees() const
{
    QVariantList out;
    for (const auto& f : m_station.accounts().fees())
        out.append(QVariantMap{{QStringLiteral("code"), qs(f.code)},
                               {QStringLiteral("description"), qs(f.description)},
                               {QStringLiteral("amount"), money(f.amount)}});
    return out;
}

QVariantList PaymentCart::lines() const
{
    QVariantList out;
    // A bill reads as on the account's list: by what the customer knows it as, with its number.
    for (const auto& a : m_billAmounts) {
        QVariantMap bill;
        for (const QVariant& b : m_bills) {
            if (b.toMap().value(QStringLiteral("id")).toString() == qs(a.billId))
                bill = b.toMap();
        }
        out.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("bill")},
                               {QStringLiteral("id"), qs(a.billId)},
                               {QStringLiteral("label"), bill.isEmpty() ? QCoreApplication::translate("PaymentController", "Bill %1").arg(qs(a.billId))
                                                                        : billTitle(bill)},
                               {QStringLiteral("detail"), bill.isEmpty() ? QString() : qs(a.billId)},
                               {QStringLiteral("amount"), money(a.amount)}});
    }
    for (const auto& [code, quantity] : m_fees) {
        for (const auto& f : m_station.accounts().fees()) {
            if (f.code == code)
                out.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("fee")},
                                       {QStringLiteral("id"), qs(code)},
                                       {QStringLiteral("label"), quantity > 1 ? QCoreApplication::translate("PaymentController", "%1 \u00d7 %2").arg(qs(f.description)).arg(quantity)
                                                                              : qs(f.description)},
                                       {QStringLiteral("amount"), money(f.amount.times(quantity))}});
        }
    }
    for (const auto& f : m_quote.convenienceFees)
        out.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("convenience_fee")},
                               {QStringLiteral("id"), qs(f.fund)},
                               {QStringLiteral("label"), QCoreApplication::translate("PaymentController", "Card convenience fee (%1)").arg(qs(f.fund))},
                               {QStringLiteral("amount"), money(f.amount)}});
    return out;
}

QVariantList PaymentCart::tenders() const
{
    QVariantList out;
    for (std::size_t i = 0; i < m_tenders.size(); ++i) {
        const auto& t = m_tenders[i];
        QString number = m_itemNumbers.value(qs(t.reference), qs(t.reference));
        // A card reads as on the receipt and the terminal's slip: "VISA ****4242 approval 123456".
        QString label = t.kind == TenderKind::Card    ? QCoreApplication::translate("PaymentController", "%1 ****%2 approval %3")
                                                            .arg(qs(normalizedBrand(t.card.brand)), qs(t.card.last4), qs(t.card.approval))
                        : t.kind == TenderKind::Cash  ? QCoreApplication::translate("PaymentController", "Cash")
                        : t.kind == TenderKind::Check ? QCoreApplication::translate("PaymentController", "Check %1").arg(number)
                                                      : QCoreApplication::translate("PaymentController", "Money order %1").arg(number);
        // What the tender comes to: a card's with its convenience fee, as the terminal charges it.
        Money amount = i < m_quote.charged.size() ? m_quote.charged[i] : t.amount;
        out.append(QVariantMap{{QStringLiteral("label"), label.trimmed()}, {QStringLiteral("amount"), money(amount)}});
    }
    return out;
}

station::PaymentRequest PaymentCart::request(std::vector<station::TenderInput> tenders) const
{
    station::PaymentRequest r;
    r.operatorId = m_session.operatorId().toStdString();
    r.requestId = m_requestId;
    r.billAmounts = m_billAmounts;
    r.fees = m_fees;
    r.tenders = std::move(tenders);
    return r;
}

station::PaymentQuote PaymentCart::quoteWith(const std::vector<station::TenderInput>& tenders) const
{
    try {
        return m_station.payments().quote(request(tenders));
    } catch (const std::exception&) { // refused, or an amount typed past what Money holds
        station::PaymentQuote q;
        for (const auto& a : m_billAmounts)
            q.lines += a.amount;
        for (const auto& [code, quantity] : m_fees) {
            for (const auto& f : m_station.accounts().fees()) {
                if (f.code == code)
                    q.lines += f.amount.times(quantity);
            }
        }
        q.due = q.lines;
        for (const auto& t : tenders) {
            q.charged.push_back(t.amount);
            q.tendered += t.amount;
        }
        return q;
    }
}

void PaymentCart::changed()
{
    m_quote = quoteWith(m_tenders);
    emit cartChanged();
}

QString PaymentCart::convenienceFee() const
{
    return m_quote.convenienceFee.isPositive() ? money(m_quote.convenienceFee) : QString();
}

QVariantMap PaymentCart::cardFeePreview(const QString& amount) const
{
    Money base = due() - tenderedMoney();
    if (!amount.trimmed().isEmpty()) {
        auto parsed = parseMoney(amount.toStdString());
        base = parsed.value ? *parsed.value : Money();
    }
    if (!base.isPositive())
        return {{QStringLiteral("fee"), QString()}, {QStringLiteral("charge"), QString()}};
    std::vector<station::TenderInput> tenders = m_tenders;
    tenders.push_back(station::TenderInput{TenderKind::Card, base, {}});
    station::PaymentQuote q = quoteWith(tenders);
    Money fee = q.charged.back() - base;
    return {{QStringLiteral("fee"), fee.isPositive() ? money(fee) : QString()},
            {QStringLiteral("charge"), money(q.charged.back())}};
}

QString PaymentCart::totalDue() const
{
    return money(due());
}

QString PaymentCart::tendered() const
{
    return money(tenderedMoney());
}

QString PaymentCart::remaining() const
{
    Money left = due() - tenderedMoney();
    return money(left.isNegative() ? Money() : left);
}

QString PaymentCart::remainingPlain() const
{
    Money left = due() - tenderedMoney();
    return QString::fromStdString(formatPlain(left.isNegative() ? Money() : left));
}

bool PaymentCart::stillDue() const
{
    return (due() - tenderedMoney()).isPositive();
}

QStringList PaymentCart::quickCash() const
{
    QStringList out;
    Money left = due() - tenderedMoney();
    if (!left.isPositive())
        return out;
    for (std::int64_t step : {500, 1000, 2000, 5000}) {
        std::int64_t rounded = (left.cents() + step - 1) / step * step;
        QString text = QString::fromStdString(formatPlain(Money::fromCents(rounded)));
        if (rounded > left.cents() && !out.contains(text))
            out.append(text);
    }
    return out;
}

bool PaymentCart::canComplete() const
{
    return due().isPositive() && tenderedMoney() >= due();
}

void PaymentCart::search(const QString& query)
{
    m_searchResults.reset(m_station.accounts().searchAccounts(query.toStdString(), 20));
}

QVariantList PaymentCart::bills() const
{
    QVariantList out;
    for (const QVariant& bill : m_bills) {
        QVariantMap b = bill.toMap();
        b[QStringLiteral("kindText")] = renderWord("bill_kind", b.value(QStringLiteral("kind")).toString());
        b[QStringLiteral("title")] = billTitle(b);
        // Dates in the session's form, made on each read so that a language switch shows them anew.
        const auto date = [&b](const char* iso) {
            const std::string text = b.value(QLatin1String(iso)).toString().toStdString();
            return text.empty() ? QString() : localDate(text);
        };
        b[QStringLiteral("dueDate")] = date("dueIso");
        b[QStringLiteral("periodStart")] = date("periodStartIso");
        b[QStringLiteral("periodEnd")] = date("periodEndIso");
        // What this payment puts on the bill (nothing once the cashier typed 0), so the list shows it when made anew.
        const std::string id = b.value(QStringLiteral("id")).toString().toStdString();
        const auto paying = std::find_if(m_billAmounts.begin(), m_billAmounts.end(),
                                         [&id](const Allocation& a) { return a.billId == id; });
        // A closed account takes nothing: its list shows what is open.
        const bool closed = m_account.value(QStringLiteral("status")).toString() == QLatin1String("closed");
        b[QStringLiteral("payingPlain")] = closed ? b.value(QStringLiteral("openPlain")).toString()
                                           : paying == m_billAmounts.end() ? QStringLiteral("0.00")
                                                                           : qs(formatPlain(paying->amount));
        out.append(b);
    }
    return out;
}

void PaymentCart::loadAccount(const std::string& number)
{
    auto detail = m_station.accounts().account(number);
    m_bills.clear();
    m_account.clear();
    m_accountNumber.clear();
    if (!detail)
        return;
    m_accountNumber = number;
    m_account = summaryMap(detail->summary);
    m_account[QStringLiteral("mailingAddress")] = qs(detail->mailingAddress);
    m_account[QStringLiteral("returnedChecks")] = static_cast<int>(detail->returnedChecks);
    for (const auto& b : detail->openBills) {
        m_bills.append(QVariantMap{{QStringLiteral("id"), qs(b.id)},
                                   {QStringLiteral("kind"), qs(b.kind)},
                                   {QStringLiteral("dueIso"), qs(b.dueDate)},
                                   {QStringLiteral("open"), money(b.open)},
                                   {QStringLiteral("openPlain"), qs(formatPlain(b.open))},
                                   {QStringLiteral("fund"), qs(b.fund)},
                                   {QStringLiteral("description"), qs(b.description)},
                                   {QStringLiteral("periodStartIso"), qs(b.periodStart)},
                                   {QStringLiteral("periodEndIso"), qs(b.periodEnd)},
                                   {QStringLiteral("pastDue"), b.pastDue}});
    }
}

bool PaymentCart::selectAccount(const QString& number)
{
    clear();
    loadAccount(number.toStdString());
    if (m_accountNumber.empty()) {
        emit errorMade([arg = number] { return QCoreApplication::translate("PaymentController", "There is no account %1.").arg(arg); });
        emit accountChanged();
        return false;
    }
    if (m_account.value(QStringLiteral("status")).toString() == QLatin1String("closed"))
        emit errorMade([arg = number] { return QCoreApplication::translate("PaymentController", "Account %1 is closed; payments cannot be taken on it.").arg(arg); });
    if (m_account.value(QStringLiteral("status")).toString() != QLatin1String("closed"))
        m_billAmounts = m_station.payments().defaultBills(m_accountNumber);
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    emit accountChanged();
    changed();
    return true;
}

std::optional<Money> PaymentCart::typedAmount(const QString& amount, Money blank)
{
    if (amount.trimmed().isEmpty())
        return blank;
    auto parsed = parseMoney(amount.toStdString());
    if (!parsed.value) {
        emit errorReported(QString::fromStdString(parsed.error));
        return std::nullopt;
    }
    return *parsed.value;
}

bool PaymentCart::setBillAmount(const QString& billId, const QString& amount)
{
    std::string id = billId.toStdString();
    auto typed = typedAmount(amount, Money());
    if (!typed)
        return false;
    Money value = *typed;
    std::erase_if(m_billAmounts, [&](const Allocation& a) { return a.billId == id; });
    if (value.isPositive()) {
        // Keep the account's bill order, so the payment reads oldest first.
        auto detail = m_station.accounts().account(m_accountNumber);
        std::vector<Allocation> ordered;
        for (const auto& b : detail ? detail->openBills : std::vector<station::BillInfo>{}) {
            if (b.id == id)
                ordered.push_back(Allocation{id, m_accountNumber, value});
            for (const auto& a : m_billAmounts) {
                if (a.billId == b.id)
                    ordered.push_back(a);
            }
        }
        m_billAmounts = std::move(ordered);
    }
    emit errorReported({});
    changed();
    return true;
}

void PaymentCart::addFee(const QString& code)
{
    if (m_requestId.empty())
        m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    for (auto& [c, quantity] : m_fees) {
        if (c == code.toStdString()) {
            ++quantity;
            changed();
            return;
        }
    }
    m_fees.emplace_back(code.toStdString(), 1);
    changed();
}

void PaymentCart::removeFee(const QString& code)
{
    std::erase_if(m_fees, [&](const auto& f) { return f.first == code.toStdString(); });
    changed();
}

std::optional<Money> PaymentCart::tenderAmount(const QString& amount)
{
    auto typed = typedAmount(amount, due() - tenderedMoney());
    if (typed && !typed->isPositive()) {
        emit errorMade([] { return QCoreApplication::translate("PaymentController", "A tender must be more than $0.00."); });
        return std::nullopt;
    }
    return typed;
}

bool PaymentCart::addTender(const QString& kind, const QString& amount, const QString& reference)
{
    auto k = tenderKind(kind);
    if (!k || *k == TenderKind::Card) // a card comes with its slip's details: addCardTender
        return false;
    auto value = tenderAmount(amount);
    if (!value)
        return false;
    m_tenders.push_back(station::TenderInput{*k, *value, reference.trimmed().toStdString()});
    emit errorReported({});
    changed();
    return true;
}

bool PaymentCart::addCardTender(const QString& amount, const QString& approval, const QString& brand,
                                const QString& last4, const QString& terminal, const QString& entry)
{
    auto value = tenderAmount(amount);
    if (!value)
        return false;
    CardDetails card{approval.trimmed().toStdString(), brand.trimmed().toStdString(), last4.trimmed().toStdString(),
                     terminal.trimmed().toStdString(), entry.trimmed().toStdString()};
    // Asked now, not only at completion: the payment on the screen is kept on disk, and a card number never is.
    if (auto problem = m_station.payments().cardTenderProblem(card)) {
        emit errorMade([message = *problem] { return renderMessage(message); });
        return false;
    }
    station::TenderInput tender{TenderKind::Card, *value, card.approval};
    tender.card = std::move(card);
    m_tenders.push_back(std::move(tender));
    emit errorReported({});
    changed();
    return true;
}

void PaymentCart::removeTender(int index)
{
    if (index < 0 || index >= static_cast<int>(m_tenders.size()))
        return;
    m_tenders.erase(m_tenders.begin() + index);
    changed();
}

bool PaymentCart::complete()
{
    if (!m_session.signedIn()) {
        emit errorMade([] { return QCoreApplication::translate("PaymentController", "Payment not recorded: nobody is signed in."); });
        return false;
    }
    try {
        auto outcome = m_station.payments().takePayment(request(m_tenders));
        auto info = m_station.payments().receipt(outcome.receipt);
        m_recentReceipt = qs(outcome.receipt);
        m_lastReceipt = CompletedPayment{qs(outcome.receipt),
                                         static_cast<qulonglong>(outcome.seq),
                                         info ? money(info->total) : QString(),
                                         info ? money(info->tendered) : QString(),
                                         info ? money(info->change) : QString(),
                                         m_account.value(QStringLiteral("name")).toString(),
                                         outcome.duplicate};
    } catch (const station::CommandRefused& e) {
        emit errorMade(failureText(e));
        return false;
    } catch (const std::exception& e) {
        emit errorMade([why = failureText(e)] { return QCoreApplication::translate("PaymentController", "Payment not recorded: %1").arg(why()); });
        return false;
    }
    clear();
    emit lastReceiptChanged();
    return true;
}

void PaymentCart::clear()
{
    m_billAmounts.clear();
    m_fees.clear();
    m_tenders.clear();
    m_requestId.clear();
    m_account.clear();
    m_bills.clear();
    m_accountNumber.clear();
    emit errorReported({});
    emit accountChanged();
    changed();
}
bool PaymentCart::verifyItem(const QString& kind, const QString& micr, const QString& amount, const QString& date,
                                   bool thirdParty, bool twoParty, const QString& micrSource,
                                   const QString& micrSymbols)
{
    auto parsedAmount = parseMoney(amount.toStdString());
    if (!parsedAmount.value) {
        emit errorReported(QString::fromStdString(parsedAmount.error));
        return false;
    }
    station::CheckInput input;
    input.micr = micr.toStdString();
    input.amount = *parsedAmount.value;
    input.date = date.trimmed().toStdString();
    input.customerAccount = m_accountNumber;
    input.amountDue = due() - tenderedMoney();
    input.thirdParty = thirdParty;
    input.twoParty = twoParty;
    input.micrSource = micrSource.toStdString();
    // A reader's own symbol set applies to what it read; typed lines are recognized in any set.
    if (micrSource == QLatin1String("reader") && !micrSymbols.isEmpty())
        input.micrSymbols = parseMicrSymbols(micrSymbols.toStdString()).value_or(MicrSymbols::Auto);
    if (kind == QLatin1String("money_order"))
        input.instrument = CheckInstrument::MoneyOrder;
    try {
        auto v = m_station.checks().verifyCheck(m_session.operatorId().toStdString(), input);
        QVariantList reasons;
        for (const auto& r : v.decision.reasons)
            reasons.append(QVariantMap{{QStringLiteral("code"), qs(r.code)},
                                       {QStringLiteral("message"), renderMessage(r.message)},
                                       {QStringLiteral("overridable"), r.overridable}});
        // Only the last four digits of the bank account are shown, as on the receipt.
        auto bank = m_station.checks().routing(v.micr.routing);
        m_pendingCheck = {{QStringLiteral("id"), qs(v.id)},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("amount"), money(input.amount)},
                          {QStringLiteral("amountPlain"), qs(formatPlain(input.amount))},
                          {QStringLiteral("routing"), qs(v.micr.routing)},
                          {QStringLiteral("account"), qs(v.maskedAccount())},
                          {QStringLiteral("serial"), qs(v.micr.serial)},
                          {QStringLiteral("bank"), qs(bank ? bank->name : std::string())},
                          {QStringLiteral("decision"), qs(std::string(checkDecisionName(v.decision.kind)))},
                          {QStringLiteral("reasons"), reasons},
                          {QStringLiteral("overridden"), false},
                          {QStringLiteral("usable"), v.usable()}};
    } catch (const std::exception& e) {
        emit errorMade(failureText(e));
        return false;
    }
    emit errorReported({});
    emit pendingCheckChanged();
    return true;
}

QString PaymentCart::overrideDescription()
{
    try {
        return renderMessage(m_station.checks().checkOverrideRequest(m_session.operatorId().toStdString(),
                                                 m_pendingCheck.value(QStringLiteral("id")).toString().toStdString())
                      .description);
    } catch (const std::exception&) {
        return {};
    }
}

bool PaymentCart::overrideItem(const QString& supervisorId, const QString& pin)
{
    std::string op = m_session.operatorId().toStdString();
    std::string id = m_pendingCheck.value(QStringLiteral("id")).toString().toStdString();
    try {
        auto approval = m_station.operators().approve(m_station.checks().checkOverrideRequest(op, id), supervisorId.toStdString(),
                                          pin.toStdString());
        if (!approval.ok) {
            emit errorMade([message = *approval.message] { return renderMessage(message); });
            return false;
        }
        m_station.checks().overrideCheck(op, id, approval.approvalId);
    } catch (const std::exception& e) {
        emit errorMade(failureText(e));
        return false;
    }
    m_pendingCheck[QStringLiteral("overridden")] = true;
    m_pendingCheck[QStringLiteral("usable")] = station::checkUsable(
        parseCheckDecision(m_pendingCheck.value(QStringLiteral("decision")).toString().toStdString())
            .value_or(CheckDecisionKind::Decline),
        true);
    emit errorReported({});
    emit pendingCheckChanged();
    return true;
}

bool PaymentCart::takeItem()
{
    if (!m_pendingCheck.value(QStringLiteral("usable")).toBool())
        return false;
    m_itemNumbers.insert(m_pendingCheck.value(QStringLiteral("id")).toString(),
                         m_pendingCheck.value(QStringLiteral("serial")).toString());
    bool ok = addTender(m_pendingCheck.value(QStringLiteral("kind")).toString(),
                        m_pendingCheck.value(QStringLiteral("amountPlain")).toString(),
                        m_pendingCheck.value(QStringLiteral("id")).toString());
    if (ok)
        discardItem();
    return ok;
}

void PaymentCart::discardItem()
{
    m_pendingCheck.clear();
    emit pendingCheckChanged();
}

void PaymentCart::dismissReceipt()
{
    m_lastReceipt = {};
    emit lastReceiptChanged();
}
void PaymentCart::forgetRecentReceipt()
{
    m_recentReceipt.clear();
    emit lastReceiptChanged();
}

PaymentDraft PaymentCart::draft() const
{
    PaymentDraft d;
    d.request = m_requestId;
    d.account = m_accountNumber;
    d.bills = m_billAmounts;
    d.fees = m_fees;
    for (const auto& t : m_tenders)
        d.tenders.push_back({std::string(tenderKindName(t.kind)), t.amount, t.reference,
                             m_itemNumbers.value(qs(t.reference)).toStdString(), t.card});
    d.due = due();
    return d;
}

void PaymentCart::restore(const PaymentDraft& draft)
{
    clear();
    if (!draft.account.empty())
        loadAccount(draft.account);
    m_billAmounts = draft.bills;
    m_fees = draft.fees;
    for (const auto& t : draft.tenders) {
        auto kind = tenderKind(qs(t.kind));
        if (!kind)
            continue;
        m_tenders.push_back(station::TenderInput{*kind, t.amount, t.reference, t.card});
        if (!t.number.empty())
            m_itemNumbers.insert(qs(t.reference), qs(t.number));
    }
    m_requestId = draft.request;
    emit accountChanged();
    changed();
}

} // namespace tillbook::app
