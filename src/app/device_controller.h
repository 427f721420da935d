// The counter hardware for the screens: the receipt printer's state, the cash drawer opened after each durable record
// that needs it (and only then), a drawer left open after a close, and the device test screen's actions. The devices
// themselves are driven on a thread of their own (DeviceWorker); this only asks and shows the answers.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "app/feedback.h"
#include "devices/device_hub.h"
#include "printing/layout.h"
#include "station/station.h"
#endif

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;
class DeviceWorker;

class DeviceController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasPrinter READ hasPrinter CONSTANT)
    Q_PROPERTY(bool hasDrawer READ hasDrawer CONSTANT)
    // none, ready, paper_end, cover_open, offline, error, unreachable
    Q_PROPERTY(QString printerState READ printerState NOTIFY stateChanged)
    Q_PROPERTY(QString printerStateText READ printerStateText NOTIFY stateChanged) // the state as a word: "Ready"
    Q_PROPERTY(QString printerMessage READ printerMessage NOTIFY stateChanged)
    Q_PROPERTY(DrawerSensor drawerState READ drawerState NOTIFY stateChanged)
    // The latest thing the cashier must know about the devices ("The cash drawer is still open: close it."); "" if none.
    Q_PROPERTY(QString setupError READ setupError CONSTANT) // devices.json could not be used
    Q_PROPERTY(bool hasCheckReader READ hasCheckReader CONSTANT) // a serial MICR reader (a wedge reader types)
    Q_PROPERTY(QString micrSymbols READ micrSymbols CONSTANT) // the reader's symbol set from devices.json, or "auto"
    Q_PROPERTY(QString lastCheckRead READ lastCheckRead NOTIFY checkRead) // for the device test screen

public:
    // What the cash drawer's sensor says: no drawer (or no sensor), not known, open, closed.
    enum DrawerSensor { NoSensor, SensorUnknown, SensorOpen, SensorClosed };
    Q_ENUM(DrawerSensor)

    DeviceController(station::Station& station, SessionController& session, QObject* parent = nullptr);
    ~DeviceController() override;
    static void setInstance(DeviceController* instance);
    static DeviceController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    bool hasPrinter() const;
    bool hasDrawer() const;
    bool hasCheckReader() const;
    QString micrSymbols() const;
    QString lastCheckRead() const { return m_lastCheckRead; }
    QString printerState() const { return m_printerState; }
    // The states this controller adds to the driver's (PrinterStatus::state): no printer, not asked yet, no answer.
    static constexpr const char* kOwnPrinterStates[] = {"none", "unknown", "unreachable"};
    QString printerStateText() const;
    QString printerMessage() const { return m_printerMessage ? m_printerMessage() : QString(); }
    DrawerSensor drawerState() const { return m_drawerState; }
    QString setupError() const { return m_setupError; }

    // Asks the printer (and the drawer sensor through it); the answer arrives as stateChanged. One question is out at
    // a time: asking while one is out asks once more after it answers.
    Q_INVOKABLE void refresh();
    // Sends a sample receipt; the notice says "Printing…", then the outcome.
    Q_INVOKABLE bool testPrint();
    // The signed-in supervisor opens the drawer to test it: recorded first (device.drawer_tested), then the kick. The
    // station refuses a cashier.
    Q_INVOKABLE bool testDrawer();
    Q_INVOKABLE void clearNotice();
    // Keystrokes into the MICR field with their times (Date.now()), so a wedge reader's burst is told from typing.
    Q_INVOKABLE void wedgeKey(const QString& text, double timeMs);
    // At Enter: true when the line was typed by a reader.
    Q_INVOKABLE bool wedgeEnter(double timeMs);
    Q_INVOKABLE void wedgeReset();
    // For tests: device calls made so far, and how many ran on the GUI thread (none should).
    Q_INVOKABLE int deviceCalls() const;
    Q_INVOKABLE int deviceCallsOnGuiThread() const;
    // For tests: the most status questions ever out at once (polls do not stack up: one).
    Q_INVOKABLE int mostStatusQuestionsOut() const;

    // The device test screen's sample receipt is still out.
    bool testPrinting() const { return m_testJob != 0; }

    // For PrintController: queues a document for the receipt printer and returns the job's number; printFinished
    // answers it (false with a sentence when it did not print whole).
    quint64 printLayout(const printing::Layout& layout);

signals:
    void stateChanged();
    // A serial check reader sent a MICR line.
    void checkRead(const QString& line);
    void printFinished(quint64 job, bool printed, const tillbook::app::FeedbackText& message);

private:
    // A drawer close asks whether the cash drawer is still open: the question must be one sent after the close.
    enum class CloseCheck { None, Wanted, Asked };

    template <typename Call> void post(Call call);
    void onLedgerChanged();
    void onStatusRead(const QString& state, const FeedbackText& message, const QString& drawer);
    void onPrinted(quint64 job, bool printed, const FeedbackText& message);
    void onDrawerKicked(bool test, const QString& error);
    void onCheckPolled(const QString& line, const QString& problem);
    void pollCheck();
    // A device outcome for the screen: a notice when it went well, else an error; made again in another language.
    void report(Text make, bool ok = false);

    station::Station& m_station;
    SessionController& m_session;
    bool m_hasPrinter = false;
    bool m_hasDrawer = false;
    bool m_hasCheckReader = false;
    int m_columns = 42;
    MicrSymbols m_micrSymbols = MicrSymbols::Auto;
    QThread m_thread;
    DeviceWorker* m_worker = nullptr; // lives on m_thread; deleted once it has finished
    bool m_polling = false;
    bool m_pollAgain = false;
    CloseCheck m_closeCheck = CloseCheck::None;
    bool m_checkPolling = false;
    bool m_testKick = false;
    quint64 m_nextJob = 1;
    quint64 m_testJob = 0;
    std::uint64_t m_seenSeq = 0;
    QString m_printerState = QStringLiteral("none");
    FeedbackText m_printerMessage; // the printer's last answer as a sentence, in the language of the moment
    DrawerSensor m_drawerState = NoSensor;
    QString m_setupError;
    QTimer m_poll;
    QTimer m_micrPoll;
    devices::WedgeDetector m_wedge;
    QString m_lastCheckRead;
    QString m_lastReaderProblem;
};

} // namespace tillbook::app
