// Session controller: forwards to src/station and turns its answers into properties and one-sentence errors.
#include "app/session_controller.h"
#include "app/local_time.h"
#include "app/message_text.h"
#include "station/ledger_service.h"
#include "station/operators.h"
#include "station/settings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQmlEngine>

namespace tillbook::app {

namespace {
SessionController* s_instance = nullptr;
}

SessionController::SessionController(station::Station& station, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
{
    // The one place the screens hear that the ledger grew: every record, once durable, whoever wrote it.
    m_observer = m_station.onCommitted([this](const ledger::Record&) { emit ledgerChanged(); });
    m_operators.reset(m_station.operators().list());
    // The idle lock is a station setting (a ledger record), read once at start.
    m_idle.setSingleShot(true);
    m_idle.setInterval(static_cast<int>(m_station.settings().setting("session.idle_lock_seconds") * 1000));
    connect(&m_idle, &QTimer::timeout, this, [this] { lockFor("idle"); });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

SessionController::~SessionController()
{
    m_station.removeObserver(m_observer);
}

bool SessionController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (signedIn() && !m_locked)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::lockFor(std::string_view reason)
{
    if (!signedIn() || m_locked)
        return;
    try {
        m_station.operators().lockSession(m_operatorId.toStdString(), reason);
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("The lock was not recorded: %1").arg(why()); });
    }
    // Lock the screen even if recording failed: an unattended station must not stay open.
    m_locked = true;
    m_idle.stop();
    emit sessionChanged();
}

void SessionController::lock()
{
    lockFor("manual");
}

bool SessionController::unlock(const QString& pin)
{
    if (!m_locked)
        return true;
    try {
        auto result = m_station.operators().unlockSession(m_operatorId.toStdString(), pin.toStdString());
        if (!result.ok) {
            setErrorText([message = *result.message] { return renderMessage(message); });
            return false;
        }
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("Unlock failed: %1").arg(why()); });
        return false;
    }
    m_locked = false;
    setError({});
    m_idle.start();
    emit sessionChanged();
    return true;
}

void SessionController::switchOperator()
{
    if (!signedIn())
        return;
    try {
        m_station.operators().signOut(m_operatorId.toStdString(), "switched operator at the lock screen");
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("Sign-out was not recorded: %1").arg(why()); });
    }
    m_locked = false;
    m_operatorId.clear();
    m_operatorName.clear();
    m_operatorRole.clear();
    m_idle.stop();
    emit sessionChanged();
}

QVariantList SessionController::approvers(const QString& excludeOperatorId) const
{
    QVariantList out;
    for (const auto& op : m_station.operators().list()) {
        if (!station::roleAtLeast(op.role, station::Role::Supervisor) || QString::fromStdString(op.id) == excludeOperatorId)
            continue;
        auto role = station::roleName(op.role);
        out.append(QVariantMap{{QStringLiteral("operatorId"), QString::fromStdString(op.id)},
                               {QStringLiteral("name"), QString::fromStdString(op.name)},
                               {QStringLiteral("role"), QString::fromUtf8(role.data(), static_cast<qsizetype>(role.size()))}});
    }
    return out;
}

bool SessionController::isLockedOut(const QString& operatorId) const
{
    return m_station.operators().lockedOutFor(operatorId.toStdString()) > 0;
}

QString SessionController::clearLockoutDescription(const QString& operatorId) const
{
    try {
        return renderMessage(m_station.operators().clearLockoutRequest(operatorId.toStdString()).description);
    } catch (const std::exception&) {
        return {};
    }
}

bool SessionController::clearLockout(const QString& operatorId, const QString& supervisorId, const QString& pin)
{
    try {
        auto request = m_station.operators().clearLockoutRequest(operatorId.toStdString());
        auto approval = m_station.operators().approve(request, supervisorId.toStdString(), pin.toStdString());
        if (!approval.ok) {
            setApprovalError(renderMessage(*approval.message));
            return false;
        }
        m_station.operators().clearLockout(operatorId.toStdString(), approval.approvalId);
    } catch (const std::exception& e) {
        setApprovalError(tr("Not recorded: %1").arg(describeFailure(e)));
        return false;
    }
    setApprovalError({});
    setError({});
    return true;
}

void SessionController::clearApprovalError()
{
    setApprovalError({});
}

void SessionController::setApprovalError(const QString& error)
{
    if (error == m_approvalError)
        return;
    m_approvalError = error;
    emit approvalErrorChanged();
}

void SessionController::setInstance(SessionController* instance)
{
    s_instance = instance;
}

SessionController* SessionController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "SessionController::create", "main() must install the instance first");
    // The C++ side owns the controller; QML must not delete it when the engine goes away.
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

QString SessionController::stationId() const
{
    return QString::fromStdString(m_station.stationId());
}

bool SessionController::demo() const
{
    return m_station.ledger().isDemo();
}

QString SessionController::clockNotice() const
{
    auto step = m_station.ledger().recentClockStep();
    if (!step)
        return {};
    auto when = [](std::int64_t ms) { return localTime(ms); };
    return tr("The station's clock was set back from %1 to %2 (ledger record %3); records after it carry the clock's "
              "time. A supervisor should check the clock.")
        .arg(when(step->lastRecordMs), when(step->wallClockMs))
        .arg(step->seq);
}

int SessionController::ledgerSize() const
{
    return static_cast<int>(m_station.store().size());
}

bool SessionController::signIn(const QString& operatorId, const QString& pin)
{
    try {
        station::SignInResult result = m_station.operators().signIn(operatorId.toStdString(), pin.toStdString());
        if (!result.ok) {
            setErrorText([message = *result.message] { return renderMessage(message); });
            return false;
        }
        m_operatorId = QString::fromStdString(result.operatorInfo->id);
        m_operatorName = QString::fromStdString(result.operatorInfo->name);
        auto role = station::roleName(result.operatorInfo->role);
        m_operatorRole = QString::fromUtf8(role.data(), static_cast<qsizetype>(role.size()));
        m_locked = false;
        setError({});
        m_idle.start();
        emit sessionChanged();
        return true;
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("Sign-in failed: %1").arg(why()); });
        return false;
    }
}

void SessionController::signOut()
{
    if (!signedIn())
        return;
    try {
        m_station.operators().signOut(m_operatorId.toStdString());
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("Sign-out was not recorded: %1").arg(why()); });
    }
    m_operatorId.clear();
    m_operatorName.clear();
    m_operatorRole.clear();
    m_locked = false;
    m_idle.stop();
    emit sessionChanged();
}

} // namespace tillbook::app
