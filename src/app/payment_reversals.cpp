// Payment reversals: the receipt found for a void or refund, and the approved reversal sent to the station.
#include "app/payment_reversals.h"
#include "app/local_time.h"
#include "app/message_text.h"

#include "app/session_controller.h"
#include "station/operators.h"
#include "station/payments.h"

#include <QCoreApplication>

namespace tillbook::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

PaymentReversals::PaymentReversals(station::Station& station, SessionController& session, QObject* parent)
    : QObject(parent)
    , m_station(station)
    , m_session(session)
{
}

bool PaymentReversals::findReceipt(const QString& number)
{
    auto r = m_station.payments().receipt(number.trimmed().toStdString());
    if (!r) {
        m_foundReceipt.clear();
        emit foundReceiptChanged();
        emit errorMade([arg = number.trimmed()] { return QCoreApplication::translate("PaymentController", "There is no receipt %1.").arg(arg); });
        return false;
    }
    Money refundable = r->refundable();
    m_foundReceipt = QVariantMap{{QStringLiteral("number"), qs(r->number)},
                                 {QStringLiteral("time"), localTime(r->timeMs)},
                                 {QStringLiteral("operator"), qs(r->operatorId)},
                                 {QStringLiteral("total"), qs(formatMoney(r->total))},
                                 {QStringLiteral("refunded"), qs(formatMoney(r->refunded))},
                                 {QStringLiteral("refundable"), qs(formatPlain(refundable))},
                                 {QStringLiteral("status"), qs(r->status)},
                                 {QStringLiteral("lastRefundSeq"), m_foundReceipt.value(QStringLiteral("number")) == qs(r->number)
                                                                       ? m_foundReceipt.value(QStringLiteral("lastRefundSeq"))
                                                                       : QVariant(qint64(0))}};
    emit foundReceiptChanged();
    emit errorReported({});
    return true;
}

QString PaymentReversals::reversalDescription(const QString& kind, const QString& amount, const QString& method)
{
    std::string op = m_session.operatorId().toStdString();
    std::string number = m_foundReceipt.value(QStringLiteral("number")).toString().toStdString();
    try {
        if (kind == QStringLiteral("void"))
            return renderMessage(m_station.payments().voidRequest(op, number).description);
        auto parsed = parseMoney(amount.trimmed().toStdString());
        if (!parsed.value) {
            emit errorMade([arg = qs(parsed.error)] { return QCoreApplication::translate("PaymentController", "Refund amount: %1").arg(arg); });
            return {};
        }
        return renderMessage(m_station.payments().refundRequest(op, number, *parsed.value, method.toStdString()).description);
    } catch (const std::exception& e) {
        emit errorMade(failureText(e));
        return {};
    }
}

bool PaymentReversals::reverseReceipt(const QString& kind, const QString& amount, const QString& method,
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
                emit errorMade([arg = qs(parsed.error)] { return QCoreApplication::translate("PaymentController", "Refund amount: %1").arg(arg); });
                return false;
            }
            value = *parsed.value;
        }
        auto request = isVoid ? m_station.payments().voidRequest(op, number) : m_station.payments().refundRequest(op, number, value, method.toStdString());
        auto approval = m_station.operators().approve(request, supervisorId.toStdString(), pin.toStdString());
        if (!approval.ok) {
            emit errorMade([message = *approval.message] { return renderMessage(message); });
            return false;
        }
        auto record = isVoid ? m_station.payments().voidPayment(op, number, approval.approvalId)
                             : m_station.payments().refundPayment(op, number, value, method.toStdString(), approval.approvalId);
        m_foundReceipt[QStringLiteral("lastRefundSeq")] =
            !isVoid && method == QStringLiteral("check_request") ? QVariant(static_cast<qint64>(record.seq)) : QVariant(qint64(0));
        findReceipt(qs(number));
        return true;
    } catch (const std::exception& e) {
        emit errorMade([why = failureText(e)] { return QCoreApplication::translate("PaymentController", "Not recorded: %1").arg(why()); });
        return false;
    }
}

void PaymentReversals::forget()
{
    m_foundReceipt.clear();
    emit foundReceiptChanged();
}

} // namespace tillbook::app
