// Arrangement controller: the screen's texts to an ArrangementRequest, the station's schedule back to rows.
#include "app/arrangement_controller.h"
#include "app/message_text.h"

#include "app/session_controller.h"
#include "station/accounts.h"
#include "station/arrangements.h"
#include "station/operators.h"
#include "station/settings.h"

#include <QQmlEngine>

namespace tillbook::app {

namespace {

ArrangementController* s_instance = nullptr;

QString money(Money m)
{
    return QString::fromStdString(formatMoney(m));
}

} // namespace

ArrangementController::ArrangementController(station::Station& station, SessionController& session, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
    , m_session(session)
{
}

void ArrangementController::setInstance(ArrangementController* instance)
{
    s_instance = instance;
}

ArrangementController* ArrangementController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "ArrangementController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

QString ArrangementController::defaultFirstDue() const
{
    auto today = parseDate(m_station.today());
    return today ? QString::fromStdString(formatDate(addMonths(*today, 1))) : QString();
}

std::optional<station::ArrangementRequest> ArrangementController::request(const QString& account, const QString& down,
                                                                          const QString& installments,
                                                                          const QString& frequency, const QString& rate,
                                                                          const QString& method, const QString& firstDue)
{
    station::ArrangementRequest r;
    r.operatorId = m_session.operatorId().toStdString();
    r.account = account.toStdString();
    auto parsedDown = parseMoney(down.trimmed().isEmpty() ? std::string("0") : down.toStdString());
    if (!parsedDown.value) {
        fail(tr("Down payment: %1").arg(QString::fromStdString(parsedDown.error)));
        return std::nullopt;
    }
    r.down = *parsedDown.value;
    bool ok = false;
    r.installments = installments.trimmed().toInt(&ok);
    if (!ok) {
        fail(tr("The number of installments must be a whole number."));
        return std::nullopt;
    }
    auto f = parseFrequency(frequency.toStdString());
    auto m = parseInterestMethod(method.toStdString());
    auto pct = parseRate(rate.trimmed().toStdString());
    if (!f || !m) {
        fail(tr("Choose how often and how interest is charged."));
        return std::nullopt;
    }
    if (!pct) {
        fail(tr("The annual rate is a percentage such as 6 or 6.125, with no sign."));
        return std::nullopt;
    }
    r.frequency = *f;
    r.method = *m;
    r.rateMilliPercent = *pct;
    r.firstDue = firstDue.trimmed().toStdString();
    return r;
}

void ArrangementController::show(const Schedule& s, const QString& account)
{
    m_schedule.clear();
    for (const auto& i : s.installments)
        m_schedule.append(QVariantMap{{QStringLiteral("n"), i.n},
                                      {QStringLiteral("due"), QString::fromStdString(formatDate(i.due))},
                                      {QStringLiteral("payment"), money(i.payment)},
                                      {QStringLiteral("interest"), money(i.interest)},
                                      {QStringLiteral("principal"), money(i.principal)},
                                      {QStringLiteral("balance"), money(i.balance)}});
    auto detail = m_station.accounts().account(account.toStdString());
    m_totals = QVariantMap{{QStringLiteral("financed"), money(s.financed)},
                           {QStringLiteral("periodicPayment"), money(s.periodicPayment)},
                           {QStringLiteral("totalInterest"), money(s.totalInterest)},
                           {QStringLiteral("totalOfPayments"), money(s.totalOfPayments)},
                           {QStringLiteral("balance"), detail ? money(detail->summary.balance) : QString()}};
    clearFeedback();
}

bool ArrangementController::preview(const QString& account, const QString& down, const QString& installments,
                                    const QString& frequency, const QString& rate, const QString& method,
                                    const QString& firstDue)
{
    auto r = request(account, down, installments, frequency, rate, method, firstDue);
    if (!r)
        return false;
    try {
        Schedule s = m_station.arrangements().quoteArrangement(*r);
        show(s, account);
        auto approval = m_station.arrangements().arrangementApproval(*r);
        m_approvalNeeded = approval ? renderMessage(approval->description) : QString();
        emit scheduleChanged();
        return true;
    } catch (const std::exception& e) {
        fail(failureText(e));
        return false;
    }
}

bool ArrangementController::create(const QString& account, const QString& down, const QString& installments,
                                   const QString& frequency, const QString& rate, const QString& method,
                                   const QString& firstDue, const QString& supervisorId, const QString& pin)
{
    auto r = request(account, down, installments, frequency, rate, method, firstDue);
    if (!r)
        return false;
    try {
        std::string approvalId;
        if (!supervisorId.isEmpty()) {
            auto approval = m_station.operators().approve(m_station.arrangements().arrangementRequest(*r), supervisorId.toStdString(), pin.toStdString());
            if (!approval.ok) {
                fail([message = *approval.message] { return renderMessage(message); });
                return false;
            }
            approvalId = approval.approvalId;
        }
        auto a = m_station.arrangements().createArrangement(*r, approvalId);
        show(a.schedule, account);
        m_createdId = QString::fromStdString(a.id);
        emit scheduleChanged();
        emit createdChanged();
        return true;
    } catch (const std::exception& e) {
        fail([why = failureText(e)] { return tr("The arrangement was not recorded: %1").arg(why()); });
        return false;
    }
}

void ArrangementController::reset()
{
    m_schedule.clear();
    m_totals.clear();
    clearFeedback();
    m_approvalNeeded.clear();
    m_createdId.clear();
    emit scheduleChanged();
    emit createdChanged();
}

void ArrangementController::fail(const QString& error)
{
    fail([error] { return error; });
}

void ArrangementController::fail(Text make)
{
    setErrorText(std::move(make));
    m_schedule.clear();
    m_totals.clear();
    emit scheduleChanged();
}

} // namespace tillbook::app
