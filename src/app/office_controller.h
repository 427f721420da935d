// The office for the screens: the station UI syncs with its office by itself (every office.sync_seconds, after each
// payment, and again after a failure with a wait that doubles up to office.retry_max_seconds), on a thread of its own
// (SyncWorker), and the header shows how that stands in words. A station that never joined an office starts nothing.
#pragma once

#include "app/feedback.h"
#include "app/sync_worker.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;

class OfficeController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool joined READ joined CONSTANT)
    Q_PROPERTY(OfficeState state READ state NOTIFY stateChanged)
    // "Office: up to date", "Office: offline since 10:42, 37 records to send", ...; "" for a station without an office.
    Q_PROPERTY(QString text READ text NOTIFY stateChanged)
    Q_PROPERTY(int recordsToSend READ recordsToSend NOTIFY stateChanged)

public:
    // NoOffice: the station never joined one. Connecting: no sync has answered yet. UpToDate: the last sync reached the
    // office and nothing was written since. Sending: it reached the office and records written since wait for the next
    // one. Offline: the last sync failed (the error says why). Frozen: the office froze this station, or it forked.
    enum OfficeState { NoOffice, Connecting, UpToDate, Sending, Offline, Frozen };
    Q_ENUM(OfficeState)

    OfficeController(station::Station& station, SessionController& session, QObject* parent = nullptr);
    ~OfficeController() override;
    static void setInstance(OfficeController* instance);
    static OfficeController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    bool joined() const { return m_worker != nullptr; }
    OfficeState state() const;
    QString text() const;
    int recordsToSend() const;

    // Syncs now. One sync is out at a time: asking while one is out syncs once more after it answers.
    Q_INVOKABLE void syncNow();
    // For tests: syncs made so far, and how many ran on the GUI thread (none should).
    Q_INVOKABLE int syncCalls() const;
    Q_INVOKABLE int syncCallsOnGuiThread() const;

    // A sync's outcome, on the GUI thread: what the worker answers, and what tests and the screenshot script feed in.
    void applyReport(const OfficeSyncReport& report);

signals:
    void stateChanged();

private:
    void onCommitted(const std::string& kind);
    void scheduleNext(bool failed);

    station::Station& m_station;
    std::uint64_t m_observer = 0;
    QThread m_thread;
    SyncWorker* m_worker = nullptr; // lives on m_thread; deleted once it has finished
    bool m_syncing = false;
    bool m_syncAgain = false;
    OfficeState m_state = NoOffice; // as the last report left it (UpToDate stands for both UpToDate and Sending)
    std::uint64_t m_officeHas = 0; // what the office is known to hold
    qint64 m_offlineSinceMs = 0; // the first failed sync since the last one that reached the office
    int m_retrySeconds = 0; // the wait after the last failure; 0 after a sync that reached the office
    QTimer m_next;
};

} // namespace tillbook::app
