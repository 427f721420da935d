// Device worker: each request is one blocking call on the hub, caught and turned into a signal with the sentence the
// cashier reads. Device I/O waits at most the timeouts in devices.json, on this thread only.
#include "app/device_worker.h"
#include "app/message_text.h"

#include <QThread>

namespace tillbook::app {

DeviceWorker::DeviceWorker(std::unique_ptr<devices::DeviceHub> hub)
    : m_hub(std::move(hub))
    , m_guiThread(QThread::currentThread()) // made by the controller, on the GUI thread
{
}

DeviceWorker::~DeviceWorker() = default;

void DeviceWorker::noteCall()
{
    ++m_calls;
    if (QThread::currentThread() == m_guiThread)
        ++m_callsOnGuiThread;
}

void DeviceWorker::statusAsked()
{
    int out = ++m_statusOut;
    if (out > m_mostStatusOut)
        m_mostStatusOut = out;
}

void DeviceWorker::readStatus()
{
    noteCall();
    QString state;
    FeedbackText message;
    QString drawer;
    try {
        auto status = m_hub->printerStatus();
        state = QString::fromStdString(status.state());
        message = [sentence = status.sentence()] { return renderMessage(sentence); };
        if (auto open = m_hub->drawerOpen())
            drawer = *open ? QStringLiteral("open") : QStringLiteral("closed");
    } catch (const std::exception& e) {
        state = QStringLiteral("unreachable");
        message = [text = QString::fromUtf8(e.what())] { return text; };
        drawer = m_hub->hasDrawer() ? QStringLiteral("unknown") : QStringLiteral("none");
    }
    --m_statusOut; // answered: before the controller hears it and may ask again
    emit statusRead(state, message, drawer);
}

void DeviceWorker::print(quint64 job, const QByteArray& bytes)
{
    noteCall();
    try {
        auto outcome = m_hub->print(bytes.toStdString());
        emit printed(job, outcome.printed, [message = outcome.message] { return renderMessage(message); });
    } catch (const std::exception& e) {
        // The driver says what happened as an outcome; anything else must still answer, or the job stays pending.
        emit printed(job, false, [text = QString::fromUtf8(e.what())] { return text; });
    }
}

void DeviceWorker::kickDrawer(bool test)
{
    noteCall();
    try {
        m_hub->kickDrawer();
        emit drawerKicked(test, {});
    } catch (const std::exception& e) {
        emit drawerKicked(test, QString::fromUtf8(e.what()));
    }
}

void DeviceWorker::pollCheck()
{
    noteCall();
    try {
        auto line = m_hub->pollCheck();
        emit checkPolled(line ? QString::fromStdString(*line) : QString(), {});
    } catch (const std::exception& e) {
        emit checkPolled({}, QString::fromUtf8(e.what()));
    }
}

void DeviceWorker::closeDevices()
{
    m_hub.reset();
}

} // namespace tillbook::app
