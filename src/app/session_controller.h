// Who is signed in at the station: sign-in, sign-out and the facts every screen shows. No business rules.
#pragma once

#include "app/feedback.h"
#include "app/operator_model.h"
// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "station/station.h"
#endif

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString stationId READ stationId CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString clockNotice READ clockNotice NOTIFY ledgerChanged)
    Q_PROPERTY(OperatorModel* operators READ operators CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString operatorId READ operatorId NOTIFY sessionChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY sessionChanged)
    Q_PROPERTY(QString operatorRole READ operatorRole NOTIFY sessionChanged)
    Q_PROPERTY(int maxPinLength READ maxPinLength CONSTANT)
    Q_PROPERTY(int ledgerSize READ ledgerSize NOTIFY ledgerChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY sessionChanged)
    Q_PROPERTY(int idleLockMs READ idleLockMs CONSTANT)
    Q_PROPERTY(QString approvalError READ approvalError NOTIFY approvalErrorChanged)

public:
    explicit SessionController(station::Station& station, QObject* parent = nullptr);
    ~SessionController() override;

    // The instance QML sees; main() and test setups install it before the engine loads anything.
    static void setInstance(SessionController* instance);
    static SessionController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    QString stationId() const;
    bool demo() const;
    // Empty, or one sentence when the station's clock was set back within the last day.
    QString clockNotice() const;
    OperatorModel* operators() { return &m_operators; }
    bool signedIn() const { return !m_operatorId.isEmpty(); }
    QString operatorId() const { return m_operatorId; }
    QString operatorName() const { return m_operatorName; }
    QString operatorRole() const { return m_operatorRole; }
    int maxPinLength() const { return static_cast<int>(station::kMaxPinLength); }
    int ledgerSize() const;

    bool locked() const { return m_locked; }
    int idleLockMs() const { return m_idle.interval(); }
    QString approvalError() const { return m_approvalError; }

    Q_INVOKABLE bool signIn(const QString& operatorId, const QString& pin);
    Q_INVOKABLE void signOut();

    // Locking keeps the work on screen for the same operator; switching signs them out.
    Q_INVOKABLE void lock();
    Q_INVOKABLE bool unlock(const QString& pin);
    Q_INVOKABLE void switchOperator();

    // Supervisor approvals: who may approve, what they see, and the approved actions.
    Q_INVOKABLE QVariantList approvers(const QString& excludeOperatorId) const;
    Q_INVOKABLE bool isLockedOut(const QString& operatorId) const;
    Q_INVOKABLE QString clearLockoutDescription(const QString& operatorId) const;
    Q_INVOKABLE bool clearLockout(const QString& operatorId, const QString& supervisorId, const QString& pin);
    Q_INVOKABLE void clearApprovalError();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void sessionChanged();
    void ledgerChanged();
    void approvalErrorChanged();

private:
    void setApprovalError(const QString& error);
    void lockFor(std::string_view reason);

    station::Station& m_station;
    std::uint64_t m_observer = 0;
    OperatorModel m_operators;
    QString m_operatorId;
    QString m_operatorName;
    QString m_operatorRole;
    QString m_approvalError;
    bool m_locked = false;
    QTimer m_idle;
};

} // namespace tillbook::app
