// The back office screens: account maintenance and history, service orders, mail payment batches, the supervisor's
// review, the activity report and the bank deposits. Every rule and refusal is the station's; this turns its answers into QML values.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "app/feedback.h"
#include "station/station.h"
#include "station/batches.h"
#endif

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;

class BackOfficeController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The last refusal in one sentence ("" after a success) and the last success in one sentence.
    Q_PROPERTY(QString today READ today NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap account READ account NOTIFY dataChanged) // number, name, mailingAddress, phone, email, bills
    Q_PROPERTY(QVariantList history READ history NOTIFY dataChanged)
    Q_PROPERTY(QVariantList orders READ orders NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap batch READ batch NOTIFY dataChanged) // the batch on screen, with items; {} when none
    // day, approved, approvedSeq, checkpoint, entries, office, approvalBlocked ("" when the day may be approved, else why not)
    Q_PROPERTY(QVariantMap review READ review NOTIFY dataChanged)
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY dataChanged) // work that came back to the signed-in cashier
    Q_PROPERTY(QVariantMap activity READ activity NOTIFY dataChanged) // from, to, cashiers, funds, postings
    // The bank deposits, newest first: id, day, bag, seal, status (DepositStatus), cash, floatKept, checks,
    // moneyOrders, total, drawers, batches, items, preparedBy; once confirmed: confirmed, bankDate, reference,
    // difference, reason, confirmedBy.
    Q_PROPERTY(QVariantList deposits READ deposits NOTIFY dataChanged)
    // The notice reports an exception (a remittance that goes to the exceptions, a batch closed with some to mail
    // back): the screen shows it in the warning colour rather than as a plain success.

public:
    // Where a bank deposit stands: prepared by the station, or confirmed with what the bank credited.
    enum DepositStatus { DepositPrepared, DepositConfirmed };
    Q_ENUM(DepositStatus)

    BackOfficeController(station::Station& station, SessionController& session, QObject* parent = nullptr);
    static void setInstance(BackOfficeController* instance);
    static BackOfficeController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    // The lists on screen are asked of the station again, so their words and sentences follow the new language.
    void retranslate() override;

    QString today() const;
    QVariantMap account() const { return m_account; }
    QVariantList history() const { return m_history; }
    QVariantList orders() const { return m_orders; }
    QVariantMap batch() const { return m_batch; }
    QVariantMap review() const { return m_review; }
    QVariantList rejected() const { return m_rejected; }
    QVariantMap activity() const { return m_activity; }
    QVariantList deposits() const { return m_deposits; }

    // Accounts: kind is "" (everything), "payment.", "bill.adjusted", "arrangement.", "check.returned", "account.", "order."
    Q_INVOKABLE bool loadAccount(const QString& number, const QString& kind);
    Q_INVOKABLE bool changeContact(const QString& number, const QString& name, const QString& mailingAddress,
                                   const QString& phone, const QString& email, const QString& reason,
                                   const QString& language = {});
    Q_INVOKABLE bool addNote(const QString& number, const QString& text);
    // "" when the clerk may adjust alone, else what the supervisor approves.
    Q_INVOKABLE QString adjustmentApproval(const QString& bill, const QString& amount, const QString& reason);
    Q_INVOKABLE bool adjustBill(const QString& bill, const QString& amount, const QString& reason,
                                const QString& supervisorId = {}, const QString& pin = {});
    // Service orders.
    Q_INVOKABLE bool loadOrders(const QString& status);
    Q_INVOKABLE bool createOrder(const QString& number, const QString& type, const QString& address,
                                 const QString& date, const QString& reason, const QString& deposit);
    Q_INVOKABLE bool updateOrder(const QString& id, const QString& status, const QString& date, const QString& reading,
                                 const QString& note);
    // Mail batches. resumeBatch shows the signed-in clerk's open batch, if there is one.
    Q_INVOKABLE bool resumeBatch();
    Q_INVOKABLE bool openBatch(const QString& count, const QString& total, const QString& note);
    // accountOrScan: an account number, or the stub's 21-digit scan line (spaces allowed).
    Q_INVOKABLE bool keyRemittance(const QString& accountOrScan, const QString& amount, const QString& micr,
                                   const QString& checkDate);
    Q_INVOKABLE bool removeItem(int item, const QString& reason);
    Q_INVOKABLE bool closeBatch();
    Q_INVOKABLE void clearBatch();
    // Review (the signed-in operator reviews; approving needs the supervisor role).
    Q_INVOKABLE bool loadReview(const QString& day);
    Q_INVOKABLE bool approveWork(const QString& subject, const QString& id);
    Q_INVOKABLE bool rejectWork(const QString& subject, const QString& id, const QString& reason);
    Q_INVOKABLE bool resubmitWork(const QString& subject, const QString& id, const QString& answer);
    Q_INVOKABLE bool approveDay(const QString& day);
    Q_INVOKABLE void loadRejected();
    // Activity report.
    Q_INVOKABLE bool loadActivity(const QString& from, const QString& to);
    // Bank deposits: the signed-in supervisor prepares the day's deposit from its closed
    // drawers, mail batches and drops, and keys the bank's confirmation later; the station refuses what it must.
    Q_INVOKABLE bool loadDeposits();
    Q_INVOKABLE bool prepareDeposit(const QString& day, const QString& bag, const QString& seal);
    // date: the bank's date, YYYY-MM-DD ("" for today); reason: needed when the amount differs from the deposit.
    Q_INVOKABLE bool confirmDeposit(const QString& id, const QString& amount, const QString& date,
                                    const QString& reference, const QString& reason);

signals:
    void dataChanged();

private:
    // failurePrefix: a QT_TR_NOOP source ("Not changed: ") put before the refusal, in the language of the moment.
    bool run(const std::function<void()>& work, const char* failurePrefix = nullptr);
    void showBatch(const station::MailBatch& b);
    std::string operatorId() const;

    station::Station& m_station;
    SessionController& m_session;
    QVariantMap m_account;
    QVariantList m_history;
    QVariantList m_orders;
    QVariantMap m_batch;
    QVariantMap m_review;
    QVariantList m_rejected;
    QVariantMap m_activity;
    QVariantList m_deposits;
    QString m_historyKind;
    QString m_batchOperator; // whose batch m_batch is
    QString m_shownFor; // the operator the screens were filled for
    QString m_orderStatus;
};

} // namespace tillbook::app
