// Device controller: opens the drawer for new durable records the station says need it, and turns device answers
// into the one line the cashier sees. It never waits on a device: requests go to the DeviceWorker on the device
// thread, and the answers come back as queued signals.
#include "app/device_controller.h"
#include "app/message_text.h"

#include "app/device_worker.h"
#include "app/session_controller.h"
#include "printing/escpos.h"
#include "printing/samples.h"
#include "station/drawers.h"
#include "station/settings.h"

#include <QQmlEngine>

namespace tillbook::app {

namespace {

DeviceController* s_instance = nullptr;

} // namespace

DeviceController::DeviceController(station::Station& station, SessionController& session, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
    , m_session(session)
{
    try {
        auto hub = std::make_unique<devices::DeviceHub>(
            devices::loadDeviceSettings(m_station.paths().dir / "devices.json"));
        // What the screens ask about the hub is fixed from now on; the hub itself belongs to the device thread.
        m_hasPrinter = hub->hasPrinter();
        m_hasDrawer = hub->hasDrawer();
        m_hasCheckReader = hub->hasSerialMicr();
        m_columns = hub->columns();
        m_micrSymbols = hub->settings().micr.symbols;
        m_worker = new DeviceWorker(std::move(hub));
    } catch (const std::exception& e) {
        m_setupError = QString::fromUtf8(e.what());
        setError(m_setupError);
    }
    if (m_worker) {
        m_thread.setObjectName(QStringLiteral("tillbook-devices"));
        m_worker->moveToThread(&m_thread);
        // The transports close on the thread that used them, as the thread finishes (finished is emitted there).
        connect(&m_thread, &QThread::finished, m_worker, &DeviceWorker::closeDevices, Qt::DirectConnection);
        connect(m_worker, &DeviceWorker::statusRead, this, &DeviceController::onStatusRead);
        connect(m_worker, &DeviceWorker::printed, this, &DeviceController::onPrinted);
        connect(m_worker, &DeviceWorker::drawerKicked, this, &DeviceController::onDrawerKicked);
        connect(m_worker, &DeviceWorker::checkPolled, this, &DeviceController::onCheckPolled);
        m_thread.start();
    }
    // Records already in the ledger never open the drawer; only what happens from now on.
    m_seenSeq = m_station.store().size();
    connect(&m_session, &SessionController::ledgerChanged, this, &DeviceController::onLedgerChanged);
    // What a device did for one session (a test receipt printed) is not news to the next, who may read another
    // language; warnings (the cash drawer still open) stay.
    connect(&m_session, &SessionController::sessionChanged, this, [this] {
        if (!notice().isEmpty())
            report({}, true);
    });
    if (hasCheckReader()) {
        m_micrPoll.setInterval(100);
        connect(&m_micrPoll, &QTimer::timeout, this, &DeviceController::pollCheck);
        m_micrPoll.start();
    }
    if (hasPrinter()) {
        m_printerState = QStringLiteral("unknown");
        m_poll.setInterval(30000);
        connect(&m_poll, &QTimer::timeout, this, &DeviceController::refresh);
        m_poll.start();
    }
}

DeviceController::~DeviceController()
{
    m_poll.stop();
    m_micrPoll.stop();
    // Requests still queued are dropped; a call in progress ends within its device timeout. The hub is closed on the
    // device thread as it finishes; the worker, idle for good once the thread has ended, is deleted here (deleteLater
    // would need an event loop that may already be gone when the application object is).
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

template <typename Call> void DeviceController::post(Call call)
{
    if (!m_worker)
        return;
    // Queued: m_worker lives on the device thread, so the call runs there, after the requests before it.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, call] { call(*worker); });
}

void DeviceController::setInstance(DeviceController* instance)
{
    s_instance = instance;
}

DeviceController* DeviceController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "DeviceController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

bool DeviceController::hasPrinter() const
{
    return m_hasPrinter;
}

bool DeviceController::hasDrawer() const
{
    return m_hasDrawer;
}

bool DeviceController::hasCheckReader() const
{
    return m_hasCheckReader;
}

QString DeviceController::micrSymbols() const
{
    return QString::fromUtf8(micrSymbolsName(m_micrSymbols));
}

int DeviceController::deviceCalls() const
{
    return m_worker ? m_worker->calls() : 0;
}

int DeviceController::deviceCallsOnGuiThread() const
{
    return m_worker ? m_worker->callsOnGuiThread() : 0;
}

int DeviceController::mostStatusQuestionsOut() const
{
    return m_worker ? m_worker->mostStatusQuestionsOut() : 0;
}

void DeviceController::wedgeKey(const QString& text, double timeMs)
{
    for (char32_t cp : text.toUcs4())
        m_wedge.key(cp, static_cast<std::int64_t>(timeMs));
}

bool DeviceController::wedgeEnter(double timeMs)
{
    return m_wedge.enter(static_cast<std::int64_t>(timeMs)).has_value();
}

void DeviceController::wedgeReset()
{
    m_wedge.reset();
}

QString DeviceController::printerStateText() const
{
    return renderWord("printer_state", m_printerState);
}

void DeviceController::refresh()
{
    if (!hasPrinter())
        return;
    // One question out at a time, so a printer that does not answer never gathers a queue of them.
    if (m_polling) {
        m_pollAgain = true;
        return;
    }
    m_polling = true;
    if (m_closeCheck == CloseCheck::Wanted)
        m_closeCheck = CloseCheck::Asked;
    if (m_worker)
        m_worker->statusAsked();
    post([](DeviceWorker& worker) { worker.readStatus(); });
}

void DeviceController::onStatusRead(const QString& state, const FeedbackText& message, const QString& drawer)
{
    m_polling = false;
    m_printerState = state;
    m_printerMessage = message;
    if (drawer == QStringLiteral("open"))
        m_drawerState = SensorOpen;
    else if (drawer == QStringLiteral("closed"))
        m_drawerState = SensorClosed;
    else if (drawer == QStringLiteral("unknown"))
        m_drawerState = SensorUnknown;
    else if (drawer == QStringLiteral("none"))
        m_drawerState = NoSensor;
    const bool closeCheck = m_closeCheck == CloseCheck::Asked;
    if (closeCheck)
        m_closeCheck = CloseCheck::None;
    emit stateChanged();
    if (closeCheck && m_drawerState == SensorOpen)
        report([] { return tr("The drawer is closed in the books but the cash drawer is still open: push it shut."); });
    if (m_pollAgain) {
        m_pollAgain = false;
        refresh();
    }
}

void DeviceController::pollCheck()
{
    if (m_checkPolling)
        return;
    m_checkPolling = true;
    post([](DeviceWorker& worker) { worker.pollCheck(); });
}

void DeviceController::onCheckPolled(const QString& line, const QString& problem)
{
    m_checkPolling = false;
    if (!line.isEmpty()) {
        m_lastCheckRead = line;
        emit checkRead(m_lastCheckRead);
    }
    // Said once: repeating it every poll would hide every other notice.
    if (!problem.isEmpty() && problem != m_lastReaderProblem) {
        m_lastReaderProblem = problem;
        report([problem] { return problem; });
    }
}

void DeviceController::onLedgerChanged()
{
    std::uint64_t last = m_station.store().size();
    bool closed = false;
    bool kicked = false;
    for (std::uint64_t seq = m_seenSeq + 1; seq <= last; ++seq) {
        auto record = m_station.store().at(seq);
        if (!record)
            continue;
        closed = closed || record->kind == "drawer.closed";
        // Durable now (the command committed before ledgerChanged), and one of the records that open the drawer.
        if (!kicked && hasDrawer() && station::opensDrawer(*record)) {
            post([test = m_testKick](DeviceWorker& worker) { worker.kickDrawer(test); });
            kicked = true;
        }
    }
    m_testKick = false;
    m_seenSeq = last;
    if (closed && hasDrawer() && hasPrinter()) {
        // Asked after the kick above, on the same thread, so the answer sees the drawer as the close left it.
        m_closeCheck = CloseCheck::Wanted;
        refresh();
    }
}

void DeviceController::onDrawerKicked(bool test, const QString& error)
{
    if (!error.isEmpty())
        report([error] { return tr("The drawer did not open (%1). What was done is recorded; open it with the key.").arg(error); });
    else if (test)
        report([] { return tr("The drawer was opened for the test."); }, true);
}

quint64 DeviceController::printLayout(const printing::Layout& layout)
{
    const quint64 job = m_nextJob++;
    QByteArray bytes = QByteArray::fromStdString(printing::renderEscPos(layout, {m_columns}));
    post([job, bytes](DeviceWorker& worker) { worker.print(job, bytes); });
    return job;
}

void DeviceController::onPrinted(quint64 job, bool printed, const FeedbackText& message)
{
    if (job == m_testJob) {
        m_testJob = 0;
        report(message, printed);
    }
    emit printFinished(job, printed, message);
    refresh();
}

bool DeviceController::testPrint()
{
    if (!hasPrinter()) {
        report([] { return tr("No receipt printer is set up in devices.json."); });
        return false;
    }
    m_testJob = printLayout(printing::sampleLayouts().front().second);
    report([] { return tr("Printing a test receipt…"); }, true);
    return true;
}

bool DeviceController::testDrawer()
{
    if (!hasDrawer()) {
        report([] { return tr("No cash drawer is set up in devices.json."); });
        return false;
    }
    report({}, true); // this test's outcome, not an earlier one's
    // The kick's answer says whether the test opened it; the record kicks through onLedgerChanged, like every other
    // record, as soon as it is durable (inside drawerTest), so this is set first.
    m_testKick = true;
    try {
        m_station.drawers().drawerTest(m_session.operatorId().toStdString(), "device test at the counter");
    } catch (const std::exception& e) {
        m_testKick = false;
        report(failureText(e));
        return false;
    }
    if (error().isEmpty() && notice().isEmpty())
        report([] { return tr("Opening the drawer…"); }, true);
    return true;
}

void DeviceController::clearNotice()
{
    report({}, true);
}

void DeviceController::report(Text make, bool ok)
{
    if (!make) // nothing to say: clears the last sentence
        setNotice({});
    else if (ok)
        setNoticeText(std::move(make));
    else
        setErrorText(std::move(make));
    emit stateChanged();
}

} // namespace tillbook::app
