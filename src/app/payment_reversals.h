// Voids and refunds at the counter: a receipt looked up, the request a supervisor approves, and the reversal
// recorded. Part of PaymentController, which is what QML sees; the station decides what may be reversed.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "station/station.h"
#endif

#include "app/feedback.h"

#include <QObject>
#include <QVariantMap>

namespace tillbook::app {

class SessionController;

class PaymentReversals : public QObject
{
    Q_OBJECT

public:
    PaymentReversals(station::Station& station, SessionController& session, QObject* parent = nullptr);

    // number, time, operator, total, refunded, refundable, status, lastRefundSeq; {} when none was found.
    QVariantMap foundReceipt() const { return m_foundReceipt; }

    // The same operations, and the same answers, as PaymentController's (see there).
    bool findReceipt(const QString& number);
    QString reversalDescription(const QString& kind, const QString& amount, const QString& method);
    bool reverseReceipt(const QString& kind, const QString& amount, const QString& method, const QString& supervisorId,
                        const QString& pin);
    void forget(); // at sign-out

signals:
    void foundReceiptChanged();
    // One sentence for the screen, or "" when the last action went through.
    void errorReported(const QString& error);
    // The same, made again when the session's language changes (a refusal from the station).
    void errorMade(const tillbook::app::FeedbackText& make);

private:
    station::Station& m_station;
    SessionController& m_session;
    QVariantMap m_foundReceipt;
};

} // namespace tillbook::app
