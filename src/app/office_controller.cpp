// Office controller: asks the SyncWorker for a sync on a timer and after each payment, never waits for one, and turns
// the reports into the header's words. What it counts ("records to send") it reads from the station on this thread.
#include "app/office_controller.h"

#include "app/message_text.h"
#include "app/session_controller.h"
#include "office/station_link.h"
#include "station/office_feed.h"
#include "station/settings.h"

#include <QQmlEngine>

#include <algorithm>

namespace tillbook::app {

namespace {

OfficeController* s_instance = nullptr;

} // namespace

OfficeController::OfficeController(station::Station& station, SessionController& session, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
{
    // Until a sync answers, the office is known to hold what it cosigned.
    if (auto cosigned = station::latestCosignature(m_station.store().db()))
        m_officeHas = cosigned->first;
    connect(&session, &SessionController::ledgerChanged, this, &OfficeController::stateChanged);
    if (!std::filesystem::exists(office::OfficeLinkPaths(m_station.paths()).config))
        return; // no office: no thread, no timer, no connection
    qRegisterMetaType<OfficeSyncReport>();
    m_state = Connecting;
    m_worker = new SyncWorker(m_station);
    m_thread.setObjectName(QStringLiteral("tillbook-office"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::synced, this, &OfficeController::applyReport);
    m_thread.start();
    m_observer = m_station.onCommitted([this](const ledger::Record& record) { onCommitted(record.kind); });
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &OfficeController::syncNow);
    syncNow(); // at start: the header says how things stand as soon as the office answers
}

OfficeController::~OfficeController()
{
    m_next.stop();
    if (m_observer)
        m_station.removeObserver(m_observer);
    // A sync under way ends within libpq's connect timeout or its statement; requests still queued are dropped. The
    // worker, idle for good once the thread has ended, is deleted here.
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void OfficeController::setInstance(OfficeController* instance)
{
    s_instance = instance;
}

OfficeController* OfficeController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "OfficeController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

int OfficeController::recordsToSend() const
{
    const std::uint64_t size = m_station.store().size();
    return size > m_officeHas ? static_cast<int>(size - m_officeHas) : 0;
}

OfficeController::OfficeState OfficeController::state() const
{
    if (m_state == UpToDate && recordsToSend() > 0)
        return Sending;
    return m_state;
}

QString OfficeController::text() const
{
    switch (state()) {
    case NoOffice:
        return {};
    case Connecting:
        return renderMessage(Message(Msg::OfficeConnecting));
    case UpToDate:
        return renderMessage(Message(Msg::OfficeUpToDate));
    case Sending:
        return renderMessage(Message(Msg::OfficeSending));
    case Frozen:
        return renderMessage(Message(Msg::OfficeFrozen));
    case Offline:
        break;
    }
    const int count = recordsToSend();
    const MessageArg since = MessageArg::time("time", m_offlineSinceMs);
    if (count == 0)
        return renderMessage(Message(Msg::OfficeOfflineNothing, {since}));
    if (count == 1)
        return renderMessage(Message(Msg::OfficeOfflineOne, {since}));
    return renderMessage(Message(Msg::OfficeOffline, {since, MessageArg::number("count", count)}));
}

void OfficeController::syncNow()
{
    if (!m_worker)
        return;
    // One sync out at a time, so an office that does not answer never gathers a queue of them.
    if (m_syncing) {
        m_syncAgain = true;
        return;
    }
    m_syncing = true;
    m_next.stop();
    // Queued: m_worker lives on the office thread, so the sync runs there.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::sync, Qt::QueuedConnection);
}

int OfficeController::syncCalls() const
{
    return m_worker ? m_worker->calls() : 0;
}

int OfficeController::syncCallsOnGuiThread() const
{
    return m_worker ? m_worker->callsOnGuiThread() : 0;
}

void OfficeController::onCommitted(const std::string& kind)
{
    // A payment goes to the office at once; other records wait for the timer.
    if (kind == "payment.taken")
        syncNow();
}

void OfficeController::applyReport(const OfficeSyncReport& report)
{
    m_syncing = false;
    if (report.ok) {
        m_officeHas = report.officeHas; // what it says it holds now, even if less than before (a restored office)
        m_offlineSinceMs = 0;
        if (report.problem.isEmpty()) {
            m_state = UpToDate;
            clearFeedback();
        } else {
            m_state = Frozen;
            setError(report.problem);
        }
    } else {
        if (m_state != Offline || m_offlineSinceMs == 0)
            m_offlineSinceMs = m_station.clock().nowMs();
        m_state = Offline;
        if (report.refusal)
            setErrorText([refusal = *report.refusal] { return renderMessage(refusal); });
        else
            setError(report.problem);
    }
    emit stateChanged();
    if (m_syncAgain) {
        m_syncAgain = false;
        syncNow();
        return;
    }
    scheduleNext(!report.ok);
}

void OfficeController::scheduleNext(bool failed)
{
    if (!m_worker)
        return;
    const auto& settings = m_station.settings();
    const int interval = static_cast<int>(settings.setting("office.sync_seconds"));
    const int most = static_cast<int>(settings.setting("office.retry_max_seconds"));
    m_retrySeconds = failed ? std::min(most, m_retrySeconds > 0 ? m_retrySeconds * 2 : interval) : 0;
    m_next.start((failed ? m_retrySeconds : interval) * 1000);
}

} // namespace tillbook::app
