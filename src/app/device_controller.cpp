// Device controller: opens the drawer for new durable records the station says need it, and turns device answers
// into the one line the cashier sees. Device I/O waits at most the timeouts in devices.json.
#include "app/device_controller.h"

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
    : QObject(parent)
    , m_station(station)
    , m_session(session)
{
    try {
        m_hub = std::make_unique<devices::DeviceHub>(
            devices::loadDeviceSettings(m_station.paths().dir / "devices.json"));
    } catch (const std::exception& e) {
        m_setupError = QString::fromUtf8(e.what());
        m_notice = m_setupError;
    }
    // Records already in the ledger never open the drawer; only what happens from now on.
    m_seenSeq = m_station.store().size();
    connect(&m_session, &SessionController::ledgerChanged, this, &DeviceController::onLedgerChanged);
    if (hasCheckReader()) {
        m_micrPoll.setInterval(100);
        connect(&m_micrPoll, &QTimer::timeout, this, [this] {
            try {
                if (auto line = m_hub->pollCheck()) {
                    m_lastCheckRead = QString::fromStdString(*line);
                    emit checkRead(m_lastCheckRead);
                }
            } catch (const std::exception& e) {
                // Said once: repeating it every poll would hide every other notice.
                QString problem = QString::fromUtf8(e.what());
                if (problem != m_lastReaderProblem) {
                    m_lastReaderProblem = problem;
                    setNotice(problem);
                }
            }
        });
        m_micrPoll.start();
    }
    if (hasPrinter()) {
        m_printerState = QStringLiteral("unknown");
        m_poll.setInterval(30000);
        connect(&m_poll, &QTimer::timeout, this, &DeviceController::refresh);
        m_poll.start();
    }
}

DeviceController::~DeviceController() = default;

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
    return m_hub && m_hub->hasPrinter();
}

bool DeviceController::hasDrawer() const
{
    return m_hub && m_hub->hasDrawer();
}

bool DeviceController::hasCheckReader() const
{
    return m_hub && m_hub->hasSerialMicr();
}

QString DeviceController::micrSymbols() const
{
    return QString::fromUtf8(micrSymbolsName(m_hub ? m_hub->settings().micr.symbols : MicrSymbols::Auto));
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

void DeviceController::refresh()
{
    if (!hasPrinter())
        return;
    try {
        auto status = m_hub->printerStatus();
        m_printerState = QString::fromStdString(status.state());
        m_printerMessage = QString::fromStdString(status.sentence());
        if (auto open = m_hub->drawerOpen())
            m_drawerState = *open ? QStringLiteral("open") : QStringLiteral("closed");
    } catch (const std::exception& e) {
        m_printerState = QStringLiteral("unreachable");
        m_printerMessage = QString::fromUtf8(e.what());
        m_drawerState = hasDrawer() ? QStringLiteral("unknown") : QStringLiteral("none");
    }
    emit stateChanged();
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
            try {
                m_hub->kickDrawer();
                kicked = true;
            } catch (const std::exception& e) {
                setNotice(tr("The drawer did not open (%1). What was done is recorded; open it with the key.")
                              .arg(QString::fromUtf8(e.what())));
            }
        }
    }
    m_seenSeq = last;
    if (closed && hasDrawer()) {
        refresh();
        if (m_drawerState == QStringLiteral("open"))
            setNotice(tr("The drawer is closed in the books but the cash drawer is still open: push it shut."));
    }
}

bool DeviceController::printLayout(const printing::Layout& layout, QString* message)
{
    auto outcome = m_hub->print(printing::renderEscPos(layout, {m_hub->columns()}));
    *message = QString::fromStdString(outcome.message);
    refresh();
    return outcome.printed;
}

bool DeviceController::testPrint()
{
    if (!hasPrinter()) {
        setNotice(tr("No receipt printer is set up in devices.json."));
        return false;
    }
    QString message;
    bool ok = printLayout(printing::sampleLayouts().front().second, &message);
    setNotice(message, ok);
    return ok;
}

bool DeviceController::testDrawer()
{
    if (!hasDrawer()) {
        setNotice(tr("No cash drawer is set up in devices.json."));
        return false;
    }
    setNotice({}, true); // this test's outcome, not an earlier one's
    try {
        m_station.drawers().drawerTest(m_session.operatorId().toStdString(), "device test at the counter");
    } catch (const std::exception& e) {
        setNotice(QString::fromUtf8(e.what()));
        emit m_session.ledgerChanged();
        return false;
    }
    emit m_session.ledgerChanged(); // kicks through onLedgerChanged, like every other record
    if (m_notice.isEmpty())
        setNotice(tr("The drawer was opened for the test."), true);
    return true;
}

void DeviceController::clearNotice()
{
    setNotice({}, true);
}

void DeviceController::setNotice(const QString& notice, bool ok)
{
    m_notice = notice;
    m_noticeOk = ok;
    emit stateChanged();
}

} // namespace tillbook::app
