// The draft store: one JSON file per operator, written whole (station::writeFileAtomically) after every change to
// the cart, read back field by field at sign-in.
#include "app/draft_store.h"
#include "app/local_time.h"

#include "app/payment_cart.h"
#include "station/accounts.h"
#include "station/atomic_file.h"
#include "station/payments.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>
#include <stdexcept>

namespace tillbook::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// A draft file read back: every field checked for its type, so a damaged file is set aside, never half-loaded.
struct DraftFile {
    PaymentDraft payment;
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
    d.payment.request = *request;
    d.payment.account = *account;
    d.payment.due = Money::fromCents(*due);
    d.savedMs = *saved;
    for (const auto& b : *bills) {
        auto bill = text(b, "bill"), acct = text(b, "account");
        auto amount = integer(b, "amount");
        if (!bill || !acct || !amount)
            throw std::runtime_error("a bill in the file is damaged");
        d.payment.bills.push_back(Allocation{*bill, *acct, Money::fromCents(*amount)});
    }
    for (const auto& f : *fees) {
        auto code = text(f, "code");
        auto quantity = integer(f, "quantity");
        if (!code || !quantity || *quantity < 1 || *quantity > 99)
            throw std::runtime_error("a fee in the file is damaged");
        d.payment.fees.emplace_back(*code, static_cast<int>(*quantity));
    }
    for (const auto& t : *tenders) {
        auto kind = text(t, "kind"), reference = text(t, "reference"), number = text(t, "number");
        auto amount = integer(t, "amount");
        if (!kind || !reference || !number || !amount)
            throw std::runtime_error("a tender in the file is damaged");
        CardDetails card;
        if (t.contains("card")) {
            const auto& c = t["card"];
            auto approval = text(c, "approval"), brand = text(c, "brand"), last4 = text(c, "last4"),
                 terminal = text(c, "terminal"), entry = text(c, "entry");
            if (!approval || !brand || !last4 || !terminal || !entry)
                throw std::runtime_error("a card tender in the file is damaged");
            card = {*approval, *brand, *last4, *terminal, *entry};
        }
        d.payment.tenders.push_back({*kind, Money::fromCents(*amount), *reference, *number, card});
    }
    return d;
}

} // namespace

DraftStore::DraftStore(station::Station& station, PaymentCart& cart, QObject* parent)
    : QObject(parent)
    , m_station(station)
    , m_cart(cart)
{
}

std::filesystem::path DraftStore::path() const
{
    return m_station.paths().dir / "drafts" / (m_operatorId.toStdString() + ".json");
}

void DraftStore::follow(const QString& operatorId)
{
    m_operatorId = operatorId;
    find();
}

void DraftStore::forget()
{
    m_operatorId.clear();
    m_offered.clear();
    emit draftChanged();
}

void DraftStore::save()
{
    // While a payment from before a stop waits for the cashier's answer, its file is left as it is.
    if (m_restoring || m_operatorId.isEmpty() || !m_offered.isEmpty())
        return;
    std::error_code ignored;
    auto file = path();
    if (m_cart.isEmpty()) {
        std::filesystem::remove(file, ignored); // nothing on the screen: nothing to keep
        return;
    }
    PaymentDraft d = m_cart.draft();
    nlohmann::json bills = nlohmann::json::array(), fees = nlohmann::json::array(), tenders = nlohmann::json::array();
    for (const auto& a : d.bills)
        bills.push_back({{"bill", a.billId}, {"account", a.account}, {"amount", a.amount.cents()}});
    for (const auto& [code, quantity] : d.fees)
        fees.push_back({{"code", code}, {"quantity", quantity}});
    for (const auto& t : d.tenders) {
        tenders.push_back(
            {{"kind", t.kind}, {"amount", t.amount.cents()}, {"reference", t.reference}, {"number", t.number}});
        // A card's details as the station accepted them (addCardTender asks it first): the slip's, never a number.
        if (t.kind == tenderKindName(TenderKind::Card))
            tenders.back()["card"] = {{"approval", t.card.approval}, {"brand", t.card.brand}, {"last4", t.card.last4},
                                      {"terminal", t.card.terminal}, {"entry", t.card.entry}};
    }
    nlohmann::json draft = {{"request", d.request}, {"account", d.account}, {"bills", bills},
                            {"fees", fees},         {"tenders", tenders},   {"due", d.due.cents()},
                            {"saved_ms", m_station.clock().nowMs()}};
    try {
        std::filesystem::create_directories(file.parent_path());
        station::writeFileAtomically(file, draft.dump());
    } catch (const std::exception& e) {
        emit errorReported(
            QCoreApplication::translate("PaymentController", "The payment on the screen could not be kept on disk: %1")
                .arg(QString::fromUtf8(e.what())));
    }
}

void DraftStore::find()
{
    m_offered.clear();
    auto file = path();
    try {
        if (auto draft = readDraft(file)) {
            m_offered = QVariantMap{{QStringLiteral("account"), qs(draft->payment.account)},
                                    {QStringLiteral("due"), qs(formatMoney(draft->payment.due))},
                                    {QStringLiteral("tenders"), static_cast<int>(draft->payment.tenders.size())},
                                    {QStringLiteral("saved"), localTime(draft->savedMs)}};
            if (auto detail = m_station.accounts().account(draft->payment.account))
                m_offered[QStringLiteral("name")] = qs(detail->summary.name);
            // Recorded after all (the station stopped between the record and the screen): say so, keep nothing.
            if (auto receipt = m_station.payments().receiptForRequest(draft->payment.request))
                m_offered[QStringLiteral("recordedAs")] = qs(*receipt);
        }
    } catch (const std::exception& e) {
        // A damaged file is kept aside for the IT person, and said, never half-loaded.
        std::error_code ignored;
        std::filesystem::rename(file, std::filesystem::path(file).replace_extension(".damaged"), ignored);
        emit errorReported(QCoreApplication::translate("PaymentController",
                                                       "The payment kept from before the station stopped could not be "
                                                       "read (%1); it was set aside.")
                               .arg(QString::fromUtf8(e.what())));
    }
    emit draftChanged();
}

bool DraftStore::resume()
{
    std::optional<DraftFile> draft;
    try {
        draft = readDraft(path());
    } catch (const std::exception&) {
        draft.reset();
    }
    if (!draft || m_offered.contains(QStringLiteral("recordedAs"))) {
        discard();
        return false;
    }
    m_restoring = true;
    m_cart.restore(draft->payment); // the same request id: completing it twice still records one payment
    m_restoring = false;
    m_offered.clear();
    emit draftChanged();
    save(); // now kept on disk again, as the payment on the screen
    return true;
}

void DraftStore::discard()
{
    std::error_code ignored;
    if (!m_operatorId.isEmpty())
        std::filesystem::remove(path(), ignored);
    m_offered.clear();
    emit draftChanged();
}

} // namespace tillbook::app
