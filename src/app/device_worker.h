// The thread that talks to the counter hardware: every blocking device call (status, print job, drawer kick, check
// reader) runs here, so a printer that does not answer holds up this thread and never the screen.
#pragma once

// moc does not need the devices' types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "devices/device_hub.h"
#endif

#include "app/feedback.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QThread;

#include <atomic>
#include <memory>

namespace tillbook::app {

// Lives on DeviceController's device thread and owns the hub, so the transports are opened, used and closed on that
// one thread. Requests arrive as queued calls in order; each answer is a signal the controller receives queued on the
// GUI thread. Knows nothing of the station: jobs arrive as bytes.
class DeviceWorker : public QObject
{
    Q_OBJECT

public:
    explicit DeviceWorker(std::unique_ptr<devices::DeviceHub> hub);
    ~DeviceWorker() override;

    // Device calls made so far, and how many of them ran on the GUI thread (none should): read from any thread.
    int calls() const { return m_calls; }
    int callsOnGuiThread() const { return m_callsOnGuiThread; }
    // The controller is about to ask for the status (GUI thread). For tests: the most status questions ever out at
    // once, asked and not yet answered (one, when polls do not stack up).
    void statusAsked();
    int mostStatusQuestionsOut() const { return m_mostStatusOut; }

    // Each runs on the device thread and answers with the matching signal.
    void readStatus();
    void print(quint64 job, const QByteArray& bytes);
    void kickDrawer(bool test);
    void pollCheck();
    // Closes and drops the devices, on the device thread as it finishes; nothing is asked of them afterwards.
    void closeDevices();

signals:
    // state: ready, paper_end, cover_open, offline, error, unreachable; drawer: open, closed, unknown, none, or "" when
    // the sensor cannot be read. A message is made on the GUI thread, in the language of the moment, each time it is
    // shown.
    void statusRead(const QString& state, const tillbook::app::FeedbackText& message, const QString& drawer);
    void printed(quint64 job, bool printed, const tillbook::app::FeedbackText& message);
    // error: "" when the drawer opened.
    void drawerKicked(bool test, const QString& error);
    // line: "" when no check came whole; problem: "" when the reader is fine.
    void checkPolled(const QString& line, const QString& problem);

private:
    void noteCall();

    std::unique_ptr<devices::DeviceHub> m_hub;
    QThread* m_guiThread; // the application may be gone before this thread is: not asked of it at each call
    std::atomic<int> m_calls{0};
    std::atomic<int> m_callsOnGuiThread{0};
    std::atomic<int> m_statusOut{0};
    std::atomic<int> m_mostStatusOut{0}; // written by statusAsked only
};

} // namespace tillbook::app
