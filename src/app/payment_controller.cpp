// Payment controller: the screen's state for one payment, and conversions between QML values and station types.
#include "app/payment_controller.h"

#include "app/session_controller.h"
#include "station/accounts.h"
#include "station/checks.h"
#include "station/operators.h"
#include "station/payments.h"

#include <QQmlEngine>

#include <nlohmann/json.hpp>

#include <fstream>
#include <QUuid>

namespace tillbook::app {

namespace {

PaymentController* s_instance = nullptr;

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
    return std::nullopt;
}

QVariantMap summaryMap(const station::AccountSummary& a)
{
    return {{QStringLiteral("number"), qs(a.number)},     {QStringLiteral("name"), qs(a.name)},
            {QStringLiteral("address"), qs(a.serviceAddress)}, {QStringLiteral("phone"), qs(a.phone)},
            {QStringLiteral("status"), qs(a.status)},     {QStringLiteral("balance"), money(a.balance)},
            {QStringLiteral("credit"), money(a.credit)}};
}

} // namespace

PaymentController::PaymentController(station::Station& station, SessionController& session, QObject* parent)
    : QObject(parent)
    , m_station(station)
    , m_session(session)
{
    connect(this, &PaymentController::cartChanged, this, &PaymentController::saveDraft);
    connect(&m_session, &SessionController::sessionChanged, this, [this] {
        if (m_session.signedIn() && m_session.operatorId() != m_draftOperator) {
            m_draftOperator = m_session.operatorId();
            findDraft();
        }
        if (!m_session.signedIn()) {
            clear(); // signing out discards the payment in progress: nothing was recorded yet
            m_draftOperator.clear();
            m_draft.clear();
            emit draftChanged();
            m_recentReceipt.clear();
            m_foundReceipt.clear();
            emit lastReceiptChanged();
            emit foundReceiptChanged();
        }
    });
}

void PaymentController::setInstance(PaymentController* instance)
{
    s_instance = instance;
}

PaymentController* PaymentController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "PaymentController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

QVariantList PaymentController::fees() const
{
    QVariantList out;
    for (const auto& f : m_station.accounts().fees())
        out.append(QVariantMap{{QStringLiteral("code"), qs(f.code)},
                               {QStringLiteral("description"), qs(f.description)},
                               {QStringLiteral("amount"), money(f.amount)}});
    return out;
}

QVariantList PaymentController::lines() const
{
    QVariantList out;
    for (const auto& a : m_billAmounts) {
        out.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("bill")},
                               {QStringLiteral("id"), qs(a.billId)},
                               {QStringLiteral("label"), tr("Bill %1").arg(qs(a.billId))},
                               {QStringLiteral("amount"), money(a.amount)}});
    }
    for (const auto& [code, quantity] : m_fees) {
        for (const auto& f : m_station.accounts().fees()) {
            if (f.code == code)
                out.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("fee")},
                                       {QStringLiteral("id"), qs(code)},
                                       {QStringLiteral("label"), quantity > 1 ? tr("%1 \u00d7 %2").arg(qs(f.description)).arg(quantity)
                                                                              : qs(f.description)},
                                       {QStringLiteral("amount"), money(f.amount.times(quantity))}});
        }
    }
    return out;
}

QVariantList PaymentController::tenders() const
{
    QVariantList out;
    for (const auto& t : m_tenders) {
        QString number = m_itemNumbers.value(qs(t.reference), qs(t.reference));
        QString label = t.kind == TenderKind::Cash    ? tr("Cash")
                        : t.kind == TenderKind::Check ? tr("Check %1").arg(number)
                                                      : tr("Money order %1").arg(number);
        out.append(QVariantMap{{QStringLiteral("label"), label.trimmed()}, {QStringLiteral("amount"), money(t.amount)}});
    }
    return out;
}

Money PaymentController::due() const
{
    Money total;
    for (const auto& a : m_billAmounts)
        total += a.amount;
    for (const auto& [code, quantity] : m_fees) {
        for (const auto& f : m_station.accounts().fees()) {
            if (f.code == code)
                total += f.amount.times(quantity);
        }
    }
    return total;
}

Money PaymentController::tenderedMoney() const
{
    Money total;
    for (const auto& t : m_tenders)
        total += t.amount;
    return total;
}

QString PaymentController::totalDue() const
{
    return money(due());
}

QString PaymentController::tendered() const
{
    return money(tenderedMoney());
}

QString PaymentController::remaining() const
{
    Money left = due() - tenderedMoney();
    return money(left.isNegative() ? Money() : left);
}

QString PaymentController::remainingPlain() const
{
    Money left = due() - tenderedMoney();
    return QString::fromStdString(formatPlain(left.isNegative() ? Money() : left));
}

QStringList PaymentController::quickCash() const
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

bool PaymentController::canComplete() const
{
    return due().isPositive() && tenderedMoney() >= due();
}

void PaymentController::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void PaymentController::search(const QString& query)
{
    m_searchResults.clear();
    for (const auto& a : m_station.accounts().searchAccounts(query.toStdString(), 20))
        m_searchResults.append(summaryMap(a));
    emit searchResultsChanged();
}

void PaymentController::loadAccount(const std::string& number)
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
                                   {QStringLiteral("dueDate"), qs(b.dueDate)},
                                   {QStringLiteral("open"), money(b.open)},
                                   {QStringLiteral("openPlain"), qs(formatPlain(b.open))},
                                   {QStringLiteral("fund"), qs(b.fund)}});
    }
}

bool PaymentController::selectAccount(const QString& number)
{
    clear();
    loadAccount(number.toStdString());
    if (m_accountNumber.empty()) {
        setError(tr("There is no account %1.").arg(number));
        emit accountChanged();
        return false;
    }
    if (m_account.value(QStringLiteral("status")).toString() == QLatin1String("closed"))
        setError(tr("Account %1 is closed; payments cannot be taken on it.").arg(number));
    if (m_account.value(QStringLiteral("status")).toString() != QLatin1String("closed"))
        m_billAmounts = m_station.payments().defaultBills(m_accountNumber);
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    emit accountChanged();
    emit cartChanged();
    return true;
}

bool PaymentController::setBillAmount(const QString& billId, const QString& amount)
{
    std::string id = billId.toStdString();
    Money value;
    if (!amount.trimmed().isEmpty()) {
        auto parsed = parseMoney(amount.toStdString());
        if (!parsed.value) {
            setError(QString::fromStdString(parsed.error));
            return false;
        }
        value = *parsed.value;
    }
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
    setError({});
    emit cartChanged();
    return true;
}

void PaymentController::addFee(const QString& code)
{
    if (m_requestId.empty())
        m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    for (auto& [c, quantity] : m_fees) {
        if (c == code.toStdString()) {
            ++quantity;
            emit cartChanged();
            return;
        }
    }
    m_fees.emplace_back(code.toStdString(), 1);
    emit cartChanged();
}

void PaymentController::removeFee(const QString& code)
{
    std::erase_if(m_fees, [&](const auto& f) { return f.first == code.toStdString(); });
    emit cartChanged();
}

bool PaymentController::addTender(const QString& kind, const QString& amount, const QString& reference)
{
    auto k = tenderKind(kind);
    if (!k)
        return false;
    Money value = due() - tenderedMoney();
    if (!amount.trimmed().isEmpty()) {
        auto parsed = parseMoney(amount.toStdString());
        if (!parsed.value) {
            setError(QString::fromStdString(parsed.error));
            return false;
        }
        value = *parsed.value;
    }
    if (!value.isPositive()) {
        setError(tr("A tender must be more than $0.00."));
        return false;
    }
    m_tenders.push_back(station::TenderInput{*k, value, reference.trimmed().toStdString()});
    setError({});
    emit cartChanged();
    return true;
}

void PaymentController::removeTender(int index)
{
    if (index < 0 || index >= static_cast<int>(m_tenders.size()))
        return;
    m_tenders.erase(m_tenders.begin() + index);
    emit cartChanged();
}

bool PaymentController::complete()
{
    if (!m_session.signedIn()) {
        setError(tr("Payment not recorded: nobody is signed in."));
        return false;
    }
    station::PaymentRequest request;
    request.operatorId = m_session.operatorId().toStdString();
    request.requestId = m_requestId;
    request.billAmounts = m_billAmounts;
    request.fees = m_fees;
    request.tenders = m_tenders;
    try {
        auto outcome = m_station.payments().takePayment(request);
        auto info = m_station.payments().receipt(outcome.receipt);
        m_recentReceipt = qs(outcome.receipt);
        m_lastReceipt = {{QStringLiteral("receipt"), qs(outcome.receipt)},
                         {QStringLiteral("seq"), static_cast<qulonglong>(outcome.seq)},
                         {QStringLiteral("total"), info ? money(info->total) : QString()},
                         {QStringLiteral("tendered"), info ? money(info->tendered) : QString()},
                         {QStringLiteral("change"), info ? money(info->change) : QString()},
                         {QStringLiteral("account"), m_account.value(QStringLiteral("name"))},
                         {QStringLiteral("duplicate"), outcome.duplicate}};
    } catch (const station::CommandRefused& e) {
        setError(QString::fromUtf8(e.what()));
        return false;
    } catch (const std::exception& e) {
        setError(tr("Payment not recorded: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    clear();
    emit lastReceiptChanged();
    return true;
}

void PaymentController::clear()
{
    m_billAmounts.clear();
    m_fees.clear();
    m_tenders.clear();
    m_requestId.clear();
    m_account.clear();
    m_bills.clear();
    m_accountNumber.clear();
    setError({});
    emit accountChanged();
    emit cartChanged();
}

QString PaymentController::today() const
{
    return QString::fromStdString(m_station.today());
}

bool PaymentController::verifyItem(const QString& kind, const QString& micr, const QString& amount, const QString& date,
                                   bool thirdParty, bool twoParty, const QString& micrSource,
                                   const QString& micrSymbols)
{
    auto parsedAmount = parseMoney(amount.toStdString());
    if (!parsedAmount.value) {
        setError(QString::fromStdString(parsedAmount.error));
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
                                       {QStringLiteral("message"), qs(r.message)},
                                       {QStringLiteral("overridable"), r.overridable}});
        // Only the last four digits of the bank account are shown, as on the receipt.
        auto bank = m_station.checks().routing(v.micr.routing);
        std::string account = v.micr.account;
        std::string masked = account.size() > 4 ? std::string(account.size() - 4, '*') + account.substr(account.size() - 4)
                                                : account;
        m_pendingCheck = {{QStringLiteral("id"), qs(v.id)},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("amount"), money(input.amount)},
                          {QStringLiteral("amountPlain"), qs(formatPlain(input.amount))},
                          {QStringLiteral("routing"), qs(v.micr.routing)},
                          {QStringLiteral("account"), qs(masked)},
                          {QStringLiteral("serial"), qs(v.micr.serial)},
                          {QStringLiteral("bank"), qs(bank ? bank->name : std::string())},
                          {QStringLiteral("decision"), qs(std::string(checkDecisionName(v.decision.kind)))},
                          {QStringLiteral("reasons"), reasons},
                          {QStringLiteral("overridden"), false}};
    } catch (const std::exception& e) {
        setError(QString::fromUtf8(e.what()));
        return false;
    }
    setError({});
    emit pendingCheckChanged();
    return true;
}

QString PaymentController::overrideDescription()
{
    try {
        return qs(m_station.checks().checkOverrideRequest(m_session.operatorId().toStdString(),
                                                 m_pendingCheck.value(QStringLiteral("id")).toString().toStdString())
                      .description);
    } catch (const std::exception&) {
        return {};
    }
}

bool PaymentController::overrideItem(const QString& supervisorId, const QString& pin)
{
    std::string op = m_session.operatorId().toStdString();
    std::string id = m_pendingCheck.value(QStringLiteral("id")).toString().toStdString();
    try {
        auto approval = m_station.operators().approve(m_station.checks().checkOverrideRequest(op, id), supervisorId.toStdString(),
                                          pin.toStdString());
        if (!approval.ok) {
            setError(qs(approval.message));
            return false;
        }
        m_station.checks().overrideCheck(op, id, approval.approvalId);
    } catch (const std::exception& e) {
        setError(QString::fromUtf8(e.what()));
        return false;
    }
    m_pendingCheck[QStringLiteral("overridden")] = true;
    setError({});
    emit pendingCheckChanged();
    return true;
}

bool PaymentController::takeItem()
{
    QString decision = m_pendingCheck.value(QStringLiteral("decision")).toString();
    bool usable = decision == QLatin1String("accept")
                  || (decision == QLatin1String("needs_approval") && m_pendingCheck.value(QStringLiteral("overridden")).toBool());
    if (!usable)
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

void PaymentController::discardItem()
{
    m_pendingCheck.clear();
    emit pendingCheckChanged();
}

void PaymentController::dismissReceipt()
{
    m_lastReceipt.clear();
    emit lastReceiptChanged();
}

} // namespace tillbook::app

namespace tillbook::app {

bool PaymentController::findReceipt(const QString& number)
{
    auto r = m_station.payments().receipt(number.trimmed().toStdString());
    if (!r) {
        m_foundReceipt.clear();
        emit foundReceiptChanged();
        setError(tr("There is no receipt %1.").arg(number.trimmed()));
        return false;
    }
    Money refundable = r->refundable();
    m_foundReceipt = QVariantMap{{QStringLiteral("number"), qs(r->number)},
                                 {QStringLiteral("time"), qs(station::printedTime(r->timeMs))},
                                 {QStringLiteral("operator"), qs(r->operatorId)},
                                 {QStringLiteral("total"), qs(formatMoney(r->total))},
                                 {QStringLiteral("refunded"), qs(formatMoney(r->refunded))},
                                 {QStringLiteral("refundable"), qs(formatPlain(refundable))},
                                 {QStringLiteral("status"), qs(r->status)},
                                 {QStringLiteral("lastRefundSeq"), m_foundReceipt.value(QStringLiteral("number")) == qs(r->number)
                                                                       ? m_foundReceipt.value(QStringLiteral("lastRefundSeq"))
                                                                       : QVariant(qint64(0))}};
    emit foundReceiptChanged();
    setError({});
    return true;
}

QString PaymentController::reversalDescription(const QString& kind, const QString& amount, const QString& method)
{
    std::string op = m_session.operatorId().toStdString();
    std::string number = m_foundReceipt.value(QStringLiteral("number")).toString().toStdString();
    try {
        if (kind == QStringLiteral("void"))
            return qs(m_station.payments().voidRequest(op, number).description);
        auto parsed = parseMoney(amount.trimmed().toStdString());
        if (!parsed.value) {
            setError(tr("Refund amount: %1").arg(qs(parsed.error)));
            return {};
        }
        return qs(m_station.payments().refundRequest(op, number, *parsed.value, method.toStdString()).description);
    } catch (const std::exception& e) {
        setError(QString::fromUtf8(e.what()));
        return {};
    }
}

bool PaymentController::reverseReceipt(const QString& kind, const QString& amount, const QString& method,
                                       const QString& supervisorId, const QString& pin)
{
    std::string op = m_session.operatorId().toStdString();
    std::string number = m_foundReceipt.value(QStringLiteral("number")).toString().toStdString();
    try {
        bool isVoid = kind == QStringLiteral("void");
        Money value;
        if (!isVoid) {
            auto parsed = parseMoney(amount.trimmed().toStdString());
            if (!parsed.value) {
                setError(tr("Refund amount: %1").arg(qs(parsed.error)));
                return false;
            }
            value = *parsed.value;
        }
        auto request = isVoid ? m_station.payments().voidRequest(op, number) : m_station.payments().refundRequest(op, number, value, method.toStdString());
        auto approval = m_station.operators().approve(request, supervisorId.toStdString(), pin.toStdString());
        if (!approval.ok) {
            setError(qs(approval.message));
            return false;
        }
        auto record = isVoid ? m_station.payments().voidPayment(op, number, approval.approvalId)
                             : m_station.payments().refundPayment(op, number, value, method.toStdString(), approval.approvalId);
        m_foundReceipt[QStringLiteral("lastRefundSeq")] =
            !isVoid && method == QStringLiteral("check_request") ? QVariant(static_cast<qint64>(record.seq)) : QVariant(qint64(0));
        findReceipt(qs(number));
        return true;
    } catch (const std::exception& e) {
        setError(tr("Not recorded: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

} // namespace tillbook::app

namespace tillbook::app {

std::filesystem::path PaymentController::draftPath(const QString& operatorId) const
{
    return m_station.paths().dir / "drafts" / (operatorId.toStdString() + ".json");
}

void PaymentController::saveDraft()
{
    // While a payment from before a stop waits for the cashier's answer, its file is left as it is.
    if (m_restoring || m_draftOperator.isEmpty() || !m_draft.isEmpty())
        return;
    std::error_code ignored;
    auto path = draftPath(m_draftOperator);
    if (m_accountNumber.empty() && m_fees.empty() && m_tenders.empty()) {
        std::filesystem::remove(path, ignored); // nothing on the screen: nothing to keep
        return;
    }
    nlohmann::json bills = nlohmann::json::array(), fees = nlohmann::json::array(), tenders = nlohmann::json::array();
    for (const auto& a : m_billAmounts)
        bills.push_back({{"bill", a.billId}, {"account", a.account}, {"amount", a.amount.cents()}});
    for (const auto& [code, quantity] : m_fees)
        fees.push_back({{"code", code}, {"quantity", quantity}});
    for (const auto& t : m_tenders)
        tenders.push_back({{"kind", std::string(tenderKindName(t.kind))},
                           {"amount", t.amount.cents()},
                           {"reference", t.reference},
                           {"number", m_itemNumbers.value(qs(t.reference)).toStdString()}});
    nlohmann::json draft = {{"request", m_requestId}, {"account", m_accountNumber}, {"bills", bills},
                            {"fees", fees},           {"tenders", tenders},        {"due", due().cents()},
                            {"saved_ms", m_station.clock().nowMs()}};
    try {
        std::filesystem::create_directories(path.parent_path());
        station::writeFileAtomically(path, draft.dump());
    } catch (const std::exception& e) {
        setError(tr("The payment on the screen could not be kept on disk: %1").arg(QString::fromUtf8(e.what())));
    }
}

namespace {

// A draft file read back: every field checked for its type, so a damaged file is set aside, never half-loaded.
struct DraftFile {
    std::string request;
    std::string account;
    std::vector<Allocation> bills;
    std::vector<std::pair<std::string, int>> fees;
    std::vector<std::tuple<std::string, Money, std::string, std::string>> tenders; // kind, amount, reference, number
    Money due;
    std::int64_t savedMs = 0;
};

std::optional<DraftFile> readDraft(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    auto j = nlohmann::json::parse(in, nullptr, false);
    auto text = [](const nlohmann::json& o, const char* key) -> std::optional<std::string> {
        if (!o.is_object() || !o.contains(key) || !o[key].is_string())
            return std::nullopt;
        return o[key].get<std::string>();
    };
    auto integer = [](const nlohmann::json& o, const char* key) -> std::optional<std::int64_t> {
        if (!o.is_object() || !o.contains(key) || !o[key].is_number_integer())
            return std::nullopt;
        return o[key].get<std::int64_t>();
    };
    auto list = [](const nlohmann::json& o, const char* key) -> const nlohmann::json* {
        return o.is_object() && o.contains(key) && o[key].is_array() ? &o[key] : nullptr;
    };
    DraftFile d;
    auto request = text(j, "request");
    auto account = text(j, "account");
    auto due = integer(j, "due");
    auto saved = integer(j, "saved_ms");
    const auto* bills = list(j, "bills");
    const auto* fees = list(j, "fees");
    const auto* tenders = list(j, "tenders");
    if (!request || request->empty() || !account || !due || !saved || !bills || !fees || !tenders)
        throw std::runtime_error("the file is damaged");
    d.request = *request;
    d.account = *account;
    d.due = Money::fromCents(*due);
    d.savedMs = *saved;
    for (const auto& b : *bills) {
        auto bill = text(b, "bill"), acct = text(b, "account");
        auto amount = integer(b, "amount");
        if (!bill || !acct || !amount)
            throw std::runtime_error("a bill in the file is damaged");
        d.bills.push_back(Allocation{*bill, *acct, Money::fromCents(*amount)});
    }
    for (const auto& f : *fees) {
        auto code = text(f, "code");
        auto quantity = integer(f, "quantity");
        if (!code || !quantity || *quantity < 1 || *quantity > 99)
            throw std::runtime_error("a fee in the file is damaged");
        d.fees.emplace_back(*code, static_cast<int>(*quantity));
    }
    for (const auto& t : *tenders) {
        auto kind = text(t, "kind"), reference = text(t, "reference"), number = text(t, "number");
        auto amount = integer(t, "amount");
        if (!kind || !reference || !number || !amount)
            throw std::runtime_error("a tender in the file is damaged");
        d.tenders.emplace_back(*kind, Money::fromCents(*amount), *reference, *number);
    }
    return d;
}

} // namespace

void PaymentController::findDraft()
{
    m_draft.clear();
    auto path = draftPath(m_draftOperator);
    try {
        if (auto draft = readDraft(path)) {
            m_draft = QVariantMap{{QStringLiteral("account"), qs(draft->account)},
                                  {QStringLiteral("due"), money(draft->due)},
                                  {QStringLiteral("tenders"), static_cast<int>(draft->tenders.size())},
                                  {QStringLiteral("saved"), qs(station::printedTime(draft->savedMs))}};
            if (auto detail = m_station.accounts().account(draft->account))
                m_draft[QStringLiteral("name")] = qs(detail->summary.name);
            // Recorded after all (the station stopped between the record and the screen): say so, keep nothing.
            if (auto receipt = m_station.payments().receiptForRequest(draft->request))
                m_draft[QStringLiteral("recordedAs")] = qs(*receipt);
        }
    } catch (const std::exception& e) {
        // A damaged file is kept aside for the IT person, and said, never half-loaded.
        std::error_code ignored;
        std::filesystem::rename(path, std::filesystem::path(path).replace_extension(".damaged"), ignored);
        setError(tr("The payment kept from before the station stopped could not be read (%1); it was set aside.")
                     .arg(QString::fromUtf8(e.what())));
    }
    emit draftChanged();
}

bool PaymentController::resumeDraft()
{
    std::optional<DraftFile> draft;
    try {
        draft = readDraft(draftPath(m_draftOperator));
    } catch (const std::exception&) {
        draft.reset();
    }
    if (!draft || m_draft.contains(QStringLiteral("recordedAs"))) {
        discardDraft();
        return false;
    }
    m_restoring = true;
    clear();
    if (!draft->account.empty())
        loadAccount(draft->account);
    m_billAmounts = draft->bills;
    m_fees = draft->fees;
    for (const auto& [kindName, amount, reference, number] : draft->tenders) {
        auto kind = tenderKind(qs(kindName));
        if (!kind)
            continue;
        m_tenders.push_back(station::TenderInput{*kind, amount, reference});
        if (!number.empty())
            m_itemNumbers.insert(qs(reference), qs(number));
    }
    // The same request id: completing it twice (here and before the stop) still records one payment.
    m_requestId = draft->request;
    m_restoring = false;
    m_draft.clear();
    emit draftChanged();
    emit accountChanged();
    emit cartChanged(); // now kept on disk again, as the payment on the screen
    return true;
}

void PaymentController::discardDraft()
{
    std::error_code ignored;
    if (!m_draftOperator.isEmpty())
        std::filesystem::remove(draftPath(m_draftOperator), ignored);
    m_draft.clear();
    emit draftChanged();
}

} // namespace tillbook::app
