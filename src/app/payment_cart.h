// The payment being built at the counter: the account and its bills, fees, tenders (checks and money orders verified
// first), the totals, and recording it. Part of PaymentController, which is what QML sees; no business rules.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "app/completed_payment.h"
#include "app/feedback.h"
#include "app/account_search_model.h"
#include "station/station.h"
#include "station/payments.h"
#endif

#include <QHash>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tillbook::app {

class SessionController;

// The payment on the screen as the draft store keeps it on disk (see DraftStore).
struct PaymentDraft {
    struct Tender {
        std::string kind; // "cash", "check", "money_order", "card"
        Money amount;
        std::string reference; // the verification id of a check or money order; a card's approval
        std::string number; // the item's own number, for the tender list
        CardDetails card = {}; // a card: what the terminal's slip says (the station checked it; never a card number)
    };
    std::string request;
    std::string account;
    std::vector<Allocation> bills;
    std::vector<std::pair<std::string, int>> fees;
    std::vector<Tender> tenders;
    Money due;
};

class PaymentCart : public QObject
{
    Q_OBJECT

public:
    PaymentCart(station::Station& station, SessionController& session, QObject* parent = nullptr);

    AccountSearchModel* searchResults() { return &m_searchResults; }
    QVariantMap account() const { return m_account; }
    // Each with kindText, its kind in the session's language, rendered as it is read: a language switch shows the new
    // word; and title, what the customer knows it as (its description, else that kind word).
    QVariantList bills() const;
    QVariantList fees() const;
    // The payment's lines, {kind, id, label, amount}; a bill's label is its title, with detail (its number).
    QVariantList lines() const;
    QVariantList tenders() const;
    QString totalDue() const;
    QString convenienceFee() const; // the card convenience fees in the total due, "" when there are none
    QString tendered() const;
    QString remaining() const;
    QString remainingPlain() const;
    QStringList quickCash() const;
    bool stillDue() const;
    bool canComplete() const;
    bool inProgress() const { return !m_billAmounts.empty() || !m_fees.empty() || !m_tenders.empty(); }
    CompletedPayment lastReceipt() const { return m_lastReceipt; }
    QString recentReceipt() const { return m_recentReceipt; }
    QVariantMap pendingCheck() const { return m_pendingCheck; }

    // The same operations, and the same answers, as PaymentController's (see there).
    void search(const QString& query);
    bool selectAccount(const QString& number);
    bool setBillAmount(const QString& billId, const QString& amount);
    void addFee(const QString& code);
    void removeFee(const QString& code);
    bool addTender(const QString& kind, const QString& amount, const QString& reference);
    bool addCardTender(const QString& amount, const QString& approval, const QString& brand, const QString& last4,
                       const QString& terminal, const QString& entry);
    void removeTender(int index);
    // Before a card is added: the convenience fee a card of `amount` ("" = what is still due) would carry and what the
    // terminal is to charge: {fee, charge} as "$2.35", "$102.35"; fee "" when it carries none.
    QVariantMap cardFeePreview(const QString& amount) const;
    bool complete();
    bool verifyItem(const QString& kind, const QString& micr, const QString& amount, const QString& date,
                    bool thirdParty, bool twoParty, const QString& micrSource, const QString& micrSymbols);
    QString overrideDescription();
    bool overrideItem(const QString& supervisorId, const QString& pin);
    bool takeItem();
    void discardItem();
    void clear();
    void dismissReceipt();
    void forgetRecentReceipt(); // at sign-out: the next cashier's void offers nothing of this one's

    // Nothing on the screen worth keeping: no account, fee or tender.
    bool isEmpty() const { return m_accountNumber.empty() && m_fees.empty() && m_tenders.empty(); }
    PaymentDraft draft() const;
    // Puts a kept payment back on the screen, with its own request id (so completing it again still records one
    // payment); tenders of a kind this station does not know are left out.
    void restore(const PaymentDraft& draft);

signals:
    void accountChanged();
    void cartChanged();
    void lastReceiptChanged();
    void pendingCheckChanged();
    // One sentence for the screen, or "" when the last action went through.
    void errorReported(const QString& error);
    // The same, made again when the session's language changes (a refusal from the station).
    void errorMade(const tillbook::app::FeedbackText& make);

private:
    Money due() const { return m_quote.due; }
    Money tenderedMoney() const { return m_quote.tendered; }
    station::PaymentRequest request(std::vector<station::TenderInput> tenders) const;
    // The station's figures for the cart with these tenders, card convenience fees included. While the cart is not
    // yet a payment the station would take (nothing chosen, an amount over a bill), its plain sums and no fee.
    station::PaymentQuote quoteWith(const std::vector<station::TenderInput>& tenders) const;
    void changed(); // the cart changed: the station quotes it again, then cartChanged
    void loadAccount(const std::string& number);
    // What the cashier typed, or `blank` when they typed nothing; nullopt (the error reported) when not an amount.
    std::optional<Money> typedAmount(const QString& amount, Money blank);
    // A tender's amount as typed, what is still due when blank; nullopt (the error reported) when not more than $0.00.
    std::optional<Money> tenderAmount(const QString& amount);

    station::Station& m_station;
    SessionController& m_session;
    AccountSearchModel m_searchResults;
    QVariantMap m_account;
    QVariantList m_bills;
    std::string m_accountNumber;
    std::vector<Allocation> m_billAmounts; // in the account's bill order
    std::vector<std::pair<std::string, int>> m_fees;
    std::vector<station::TenderInput> m_tenders;
    std::string m_requestId; // one per payment: the double-tap guard
    station::PaymentQuote m_quote; // the station's figures for the cart as it stands
    CompletedPayment m_lastReceipt;
    QString m_recentReceipt;
    QVariantMap m_pendingCheck;
    QHash<QString, QString> m_itemNumbers; // verification id -> the check's own number, for the tender list
};

} // namespace tillbook::app
