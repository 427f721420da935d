// Session controller: forwards to src/station and turns its answers into properties and one-sentence errors.
#include "app/session_controller.h"

#include <QQmlEngine>

namespace tillbook::app {

namespace {
SessionController* s_instance = nullptr;
}

SessionController::SessionController(station::Station& station, QObject* parent)
    : QObject(parent)
    , m_station(station)
{
    m_operators.reset(m_station.operators());
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

int SessionController::ledgerSize() const
{
    return static_cast<int>(m_station.store().size());
}

bool SessionController::signIn(const QString& operatorId, const QString& pin)
{
    try {
        station::SignInResult result = m_station.signIn(operatorId.toStdString(), pin.toStdString());
        emit ledgerChanged();
        if (!result.ok) {
            setError(QString::fromStdString(result.message));
            return false;
        }
        m_operatorId = QString::fromStdString(result.operatorInfo->id);
        m_operatorName = QString::fromStdString(result.operatorInfo->name);
        auto role = station::roleName(result.operatorInfo->role);
        m_operatorRole = QString::fromUtf8(role.data(), static_cast<qsizetype>(role.size()));
        setError({});
        emit sessionChanged();
        return true;
    } catch (const std::exception& e) {
        setError(tr("Sign-in failed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void SessionController::signOut()
{
    if (!signedIn())
        return;
    try {
        m_station.signOut(m_operatorId.toStdString());
        emit ledgerChanged();
    } catch (const std::exception& e) {
        setError(tr("Sign-out was not recorded: %1").arg(QString::fromUtf8(e.what())));
    }
    m_operatorId.clear();
    m_operatorName.clear();
    m_operatorRole.clear();
    emit sessionChanged();
}

void SessionController::clearError()
{
    setError({});
}

void SessionController::setError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace tillbook::app
