// The payment in progress at the counter, as QML sees it (the PaymentController singleton): account search, the
// account's bills and fees, tenders, completion; voids and refunds; the payment kept on disk across a stop. It
// delegates to its three parts, PaymentCart, PaymentReversals and DraftStore, which forward the cashier's choices to
// src/station, which decides everything.
#pragma once

#include "app/feedback.h"
#include "app/draft_store.h"
#include "app/payment_cart.h"
#include "app/payment_reversals.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;

class PaymentController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(AccountSearchModel* searchResults READ searchResults CONSTANT)
    Q_PROPERTY(QVariantMap account READ account NOTIFY accountChanged)
    Q_PROPERTY(QVariantList bills READ bills NOTIFY accountChanged)
    Q_PROPERTY(QVariantList fees READ fees CONSTANT)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY cartChanged)
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY cartChanged)
    Q_PROPERTY(QString totalDue READ totalDue NOTIFY cartChanged)
    // The card convenience fees included in totalDue ("$2.35"), "" when the payment carries none.
    Q_PROPERTY(QString convenienceFee READ convenienceFee NOTIFY cartChanged)
    Q_PROPERTY(QString tendered READ tendered NOTIFY cartChanged)
    Q_PROPERTY(QString remaining READ remaining NOTIFY cartChanged)
    Q_PROPERTY(QString remainingPlain READ remainingPlain NOTIFY cartChanged)
    Q_PROPERTY(QStringList quickCash READ quickCash NOTIFY cartChanged)
    // True while the tenders do not cover the total due: the "Exact $142.05" button tenders `remaining` in cash.
    Q_PROPERTY(bool stillDue READ stillDue NOTIFY cartChanged)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY cartChanged)
    Q_PROPERTY(bool inProgress READ inProgress NOTIFY cartChanged)
    Q_PROPERTY(CompletedPayment lastReceipt READ lastReceipt NOTIFY lastReceiptChanged)
    // The number of the last payment this cashier completed, kept after the confirmation is dismissed (for a void).
    Q_PROPERTY(QString recentReceipt READ recentReceipt NOTIFY lastReceiptChanged)
    Q_PROPERTY(QVariantMap pendingCheck READ pendingCheck NOTIFY pendingCheckChanged)
    Q_PROPERTY(QString today READ today CONSTANT)
    // A receipt looked up to void or refund it: number, time, total, refunded, refundable, status, lastRefundSeq.
    Q_PROPERTY(QVariantMap foundReceipt READ foundReceipt NOTIFY foundReceiptChanged)
    // A payment that was on the screen when the station stopped (crash, power loss): account, name, due, tenders,
    // saved, recordedAs (the receipt, when it was in fact recorded). {} when there is none.
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY draftChanged)

public:
    PaymentController(station::Station& station, SessionController& session, QObject* parent = nullptr);
    static void setInstance(PaymentController* instance);
    static PaymentController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    // The session's language changed: the account's bills and the payment's lines are read again (their words and
    // dates are made on each read), with the last sentence.
    void retranslate() override
    {
        emit accountChanged();
        emit cartChanged();
        FeedbackController::retranslate();
    }

    AccountSearchModel* searchResults() { return m_cart.searchResults(); }
    QVariantMap account() const { return m_cart.account(); }
    QVariantList bills() const { return m_cart.bills(); }
    QVariantList fees() const { return m_cart.fees(); }
    QVariantList lines() const { return m_cart.lines(); }
    QVariantList tenders() const { return m_cart.tenders(); }
    QString totalDue() const { return m_cart.totalDue(); }
    QString convenienceFee() const { return m_cart.convenienceFee(); }
    QString tendered() const { return m_cart.tendered(); }
    QString remaining() const { return m_cart.remaining(); }
    QString remainingPlain() const { return m_cart.remainingPlain(); }
    QStringList quickCash() const { return m_cart.quickCash(); }
    bool stillDue() const { return m_cart.stillDue(); }
    bool canComplete() const { return m_cart.canComplete(); }
    bool inProgress() const { return m_cart.inProgress(); }
    CompletedPayment lastReceipt() const { return m_cart.lastReceipt(); }
    QString recentReceipt() const { return m_cart.recentReceipt(); }
    QVariantMap pendingCheck() const { return m_cart.pendingCheck(); }
    QString today() const;

    Q_INVOKABLE void search(const QString& query);
    // Opens the account and puts every open bill in the payment at its full open balance.
    Q_INVOKABLE bool selectAccount(const QString& number);
    // The amount paid on one bill ("" or "0" takes it out of the payment). False, with `error`, when not an amount.
    Q_INVOKABLE bool setBillAmount(const QString& billId, const QString& amount);
    Q_INVOKABLE void addFee(const QString& code);
    Q_INVOKABLE void removeFee(const QString& code);
    // kind: "cash", "check", "money_order". An empty amount means what is still due.
    Q_INVOKABLE bool addTender(const QString& kind, const QString& amount, const QString& reference = {});
    // A card charged on the external terminal, as keyed from its slip (an empty amount means what is still due). The
    // station says whether the details are usable; a refusal (a full card number, no approval, a last four that is
    // not four digits) is `error` and nothing is added.
    Q_INVOKABLE bool addCardTender(const QString& amount, const QString& approval, const QString& brand,
                                   const QString& last4, const QString& terminal = {}, const QString& entry = {});
    Q_INVOKABLE void removeTender(int index);
    // What a card of `amount` ("" = what is still due) would carry before the cashier charges it: {fee, charge}, the
    // station's convenience fee for the payment's funds ("" when none) and what the terminal is to charge.
    Q_INVOKABLE QVariantMap cardFeePreview(const QString& amount) const { return m_cart.cardFeePreview(amount); }
    // Records the payment (once, however often it is pressed). False, with `error` saying "not recorded".
    Q_INVOKABLE bool complete();
    // Checks and money orders: verify (a recorded decision with reasons), override with a supervisor when the
    // reasons allow it, then take the item as a tender.
    // micrSource: "reader" when the line came from a check reader, "keyed" when typed, "" when not known.
    Q_INVOKABLE bool verifyItem(const QString& kind, const QString& micr, const QString& amount, const QString& date,
                                bool thirdParty, bool twoParty, const QString& micrSource = {},
                                const QString& micrSymbols = {});
    Q_INVOKABLE QString overrideDescription();
    Q_INVOKABLE bool overrideItem(const QString& supervisorId, const QString& pin);
    Q_INVOKABLE bool takeItem();
    Q_INVOKABLE void discardItem();
    Q_INVOKABLE void clear();
    Q_INVOKABLE void dismissReceipt();
    // Voids and refunds (a supervisor approves each). kind: "void" or "refund"; method: "cash" or "check_request".
    Q_INVOKABLE bool findReceipt(const QString& number);
    Q_INVOKABLE QString reversalDescription(const QString& kind, const QString& amount, const QString& method);
    Q_INVOKABLE bool reverseReceipt(const QString& kind, const QString& amount, const QString& method,
                                    const QString& supervisorId, const QString& pin);
    QVariantMap foundReceipt() const { return m_reversals.foundReceipt(); }
    QVariantMap draft() const { return m_drafts.offered(); }
    Q_INVOKABLE bool resumeDraft();
    Q_INVOKABLE void discardDraft();

signals:
    void accountChanged();
    void cartChanged();
    void lastReceiptChanged();
    void pendingCheckChanged();
    void foundReceiptChanged();
    void draftChanged();

private:

    station::Station& m_station;
    SessionController& m_session;
    PaymentCart m_cart;
    PaymentReversals m_reversals;
    DraftStore m_drafts; // keeps m_cart
};

} // namespace tillbook::app
