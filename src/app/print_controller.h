// Printing from the counter: receipts, the X report a supervisor approved, and the Z report and deposit slip of a
// drawer just closed. The station renders, keeps the PDF and sends it to CUPS; the receipt printer's job runs on the
// device thread. This says what happened in one sentence: "printing…" while the job is out, then the outcome.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "app/feedback.h"
#include "station/station.h"
#include "station/documents.h"
#endif

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;
class DrawerController;
class DeviceController;

class PrintController : public FeedbackController
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // A job is out on the receipt printer; the notice says which, until its outcome replaces it.
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)

public:
    // `devices` may be null (no hardware): documents go to PDF and the CUPS queue only.
    PrintController(station::Station& station, SessionController& session, DrawerController& drawers,
                    DeviceController* devices = nullptr, QObject* parent = nullptr);
    static void setInstance(PrintController* instance);
    static PrintController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    bool pending() const { return !m_jobs.isEmpty(); }

    // Each returns true when the document was kept and, with a receipt printer, its job queued (status: printing…);
    // the same document again while its job is out is refused. The first print of a receipt is the original; every
    // later one says REPRINT.
    Q_INVOKABLE bool printReceipt(const QString& number);
    Q_INVOKABLE bool printXReport();
    // kind: "z" or "slip", for a closed drawer.
    Q_INVOKABLE bool printClosed(const QString& kind, const QString& drawerId);
    // The promissory note of an arrangement.
    Q_INVOKABLE bool printNote(const QString& arrangementId);
    // Back office documents: "order" (id), "batch" (proof list), "batchSlip" (deposit slip), "activity" (FROM..TO),
    // "refund" (the refund-check request, by the refund record's seq), "deposit" (a bank deposit's slip, by its id).
    Q_INVOKABLE bool printDocument(const QString& kind, const QString& id);

signals:
    void pendingChanged();

private:
    // A job out on the receipt printer.
    struct Job {
        QString document; // kind and id: the same document is not queued twice
        station::DocumentRequest request; // its title is made in the language of the moment (documentTitle)
        bool reprint = false;
        QString receipt; // the receipt's number, for a receipt
        quint64 session = 0; // which session asked (m_sessionCount): another session's outcome is not shown
    };

    bool print(const station::DocumentRequest& request, const QString& receipt = {});
    // The document's name in the notices, in the session's language ("Recibo DEMO-01-R000001").
    static QString documentTitle(const station::DocumentRequest& request);
    void onPrintFinished(quint64 job, bool printed, const FeedbackText& message);
    // A notice when ok, else an error; made again in another language.
    void setStatus(bool ok, Text make);

    station::Station& m_station;
    SessionController& m_session;
    DrawerController& m_drawers;
    DeviceController* m_devices;
    QSet<QString> m_printedReceipts;
    QHash<quint64, Job> m_jobs;
    quint64 m_sessionCount = 0; // counts sign-ins and sign-outs
};

} // namespace tillbook::app
