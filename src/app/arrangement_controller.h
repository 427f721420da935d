// The arrangement screen: a live schedule for the terms the clerk types, then the arrangement recorded (with a
// supervisor's approval above the setting). The arithmetic and every refusal are the station's.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "app/feedback.h"
#include "station/station.h"
#include "station/arrangements.h"
#endif

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;

class ArrangementController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList schedule READ schedule NOTIFY scheduleChanged)
    // financed, periodicPayment, totalInterest, totalOfPayments, balance (the account's), as "$1,234.56"
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY scheduleChanged)
    Q_PROPERTY(QString approvalNeeded READ approvalNeeded NOTIFY scheduleChanged) // "" or what the supervisor approves
    Q_PROPERTY(QString createdId READ createdId NOTIFY createdChanged)
    Q_PROPERTY(QString defaultFirstDue READ defaultFirstDue CONSTANT)

public:
    ArrangementController(station::Station& station, SessionController& session, QObject* parent = nullptr);
    static void setInstance(ArrangementController* instance);
    static ArrangementController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    QVariantList schedule() const { return m_schedule; }
    QVariantMap totals() const { return m_totals; }
    QString approvalNeeded() const { return m_approvalNeeded; }
    QString createdId() const { return m_createdId; }
    QString defaultFirstDue() const;

    // frequency: weekly, biweekly, monthly; method: amortized, simple; rate: "6.125"; down: "300.00".
    Q_INVOKABLE bool preview(const QString& account, const QString& down, const QString& installments,
                             const QString& frequency, const QString& rate, const QString& method,
                             const QString& firstDue);
    Q_INVOKABLE bool create(const QString& account, const QString& down, const QString& installments,
                            const QString& frequency, const QString& rate, const QString& method,
                            const QString& firstDue, const QString& supervisorId = {}, const QString& pin = {});
    Q_INVOKABLE void reset();

signals:
    void scheduleChanged();
    void createdChanged();

private:
    std::optional<station::ArrangementRequest> request(const QString& account, const QString& down,
                                                       const QString& installments, const QString& frequency,
                                                       const QString& rate, const QString& method,
                                                       const QString& firstDue);
    void show(const Schedule& schedule, const QString& account);
    void fail(const QString& error);
    void fail(Text make); // a refusal, made again in another language

    station::Station& m_station;
    SessionController& m_session;
    QVariantList m_schedule;
    QVariantMap m_totals;
    QString m_approvalNeeded;
    QString m_createdId;
};

} // namespace tillbook::app
