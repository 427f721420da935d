// The cash drawer at this station, for the screens: open with a counted float, drop to the safe, blind count and
// close. Counts come from QML as text per denomination; the station decides everything.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "app/feedback.h"
#include "station/station.h"
#include "station/drawers.h"
#endif

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;

class DrawerController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY drawerChanged)
    Q_PROPERTY(bool isMine READ isMine NOTIFY drawerChanged)
    Q_PROPERTY(QString drawerId READ drawerId NOTIFY drawerChanged)
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY drawerChanged)
    Q_PROPERTY(Level level READ level NOTIFY drawerChanged) // how full, with no amounts (blind)
    // key, label (in the session's language: made again when it changes), cents
    Q_PROPERTY(QVariantList denominations READ denominations NOTIFY denominationsChanged)
    Q_PROPERTY(QString expectedFloat READ expectedFloat NOTIFY drawerChanged)
    Q_PROPERTY(QVariantMap countResult READ countResult NOTIFY countResultChanged)
    // The last X report shown (xReport): label, amount, expected; its labels in the session's language, made again
    // when it changes. Empty until a supervisor approves one in this session.
    Q_PROPERTY(QVariantList xReportRows READ xReportRows NOTIFY xReportChanged)
    Q_PROPERTY(QString lastClosedId READ lastClosedId NOTIFY lastClosedIdChanged) // for the Z report and deposit slip

public:
    // How much cash the open drawer holds against the pickup settings; Normal when no drawer is open.
    enum Level { Normal, Warn, DropRequired };
    Q_ENUM(Level)
    // How the recorded count stands (countResult.verdict): only Balanced is good news.
    enum Verdict { Balanced, Within, Beyond };
    Q_ENUM(Verdict)

    DrawerController(station::Station& station, SessionController& session, QObject* parent = nullptr);
    static void setInstance(DrawerController* instance);
    static DrawerController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    bool isOpen() const { return m_open.has_value(); }
    bool isMine() const;
    QString drawerId() const;
    QString ownerName() const;
    Level level() const;
    QVariantList denominations() const;
    QString expectedFloat() const;
    QVariantMap countResult() const { return m_countResult; }
    // The count's sentence on screen is made again in the new language.
    void retranslate() override;
    QString lastClosedId() const { return m_lastClosedId; }
    // The supervisor who approved showing the X report of the open drawer, until the session or drawer changes.
    std::string xApprovedBy() const { return m_xApprovedBy; }

    // `pieces`: 13 texts (counts per denomination, display order); `rolled`: dollars of rolled coin.
    Q_INVOKABLE QString total(const QVariantList& pieces, const QString& rolled) const;
    // When the counted float differs from the expected one, what the supervisor will approve; else "".
    Q_INVOKABLE QString floatApprovalNeeded(const QVariantList& pieces, const QString& rolled);
    Q_INVOKABLE bool openDrawer(const QVariantList& pieces, const QString& rolled, const QString& supervisorId = {},
                                const QString& pin = {});
    Q_INVOKABLE bool drop(const QVariantList& pieces, const QString& rolled);
    // items: [{kind: "check"|"money_order", amount: "12.00", reference: "1001"}]; cardBatch: the card terminal's batch
    // settlement total as keyed from its report ("" when it settled nothing).
    Q_INVOKABLE bool count(const QVariantList& pieces, const QString& rolled, const QVariantList& items,
                           const QString& cardBatch = {});
    Q_INVOKABLE QString closeApprovalDescription();
    Q_INVOKABLE bool close(const QString& reason, const QString& supervisorId = {}, const QString& pin = {});
    Q_INVOKABLE QString paidOutApprovalNeeded(const QString& amount, const QString& reason);
    Q_INVOKABLE bool paidOut(const QString& amount, const QString& reason, const QString& supervisorId = {},
                             const QString& pin = {});
    Q_INVOKABLE QString xReportDescription();
    // The report as label/amount rows, after the supervisor approves; empty on refusal (see error).
    Q_INVOKABLE QVariantList xReport(const QString& supervisorId, const QString& pin);
    QVariantList xReportRows() const;
    Q_INVOKABLE void refresh();

signals:
    void lastClosedIdChanged();
    void drawerChanged();
    void countResultChanged();
    void denominationsChanged();
    void xReportChanged();

private:
    std::optional<CashCount> parseCount(const QVariantList& pieces, const QString& rolled, QString* error) const;

    station::Station& m_station;
    SessionController& m_session;
    std::optional<station::DrawerInfo> m_open;
    QVariantMap m_countResult;
    std::optional<Message> m_countSummary; // countResult's "summary", as the station said it
    QString m_lastClosedId;
    std::string m_xApprovedBy;
    std::string m_xApprovedDrawer;
    std::optional<station::DrawerInfo> m_xReport; // the figures of the last X report shown, for xReportRows
};

} // namespace tillbook::app
