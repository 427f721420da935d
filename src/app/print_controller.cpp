// Print controller: which document, then the station's answer as the cashier reads it.
#include "app/print_controller.h"
#include "app/message_text.h"

#include "app/device_controller.h"
#include "app/drawer_controller.h"
#include "app/session_controller.h"
#include "station/batches.h"
#include "station/documents.h"
#include "station/orders.h"
#include "station/reports.h"
#include "station/settings.h"

#include <QQmlEngine>

namespace tillbook::app {

namespace {

PrintController* s_instance = nullptr;

} // namespace

PrintController::PrintController(station::Station& station, SessionController& session, DrawerController& drawers,
                                 DeviceController* devices, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
    , m_session(session)
    , m_drawers(drawers)
    , m_devices(devices)
{
    connect(&m_session, &SessionController::sessionChanged, this, [this] {
        ++m_sessionCount;
        clearFeedback();
    });
    if (m_devices)
        connect(m_devices, &DeviceController::printFinished, this, &PrintController::onPrintFinished);
}

void PrintController::setInstance(PrintController* instance)
{
    s_instance = instance;
}

PrintController* PrintController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "PrintController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

bool PrintController::printReceipt(const QString& number)
{
    bool reprint = m_printedReceipts.contains(number);
    return print({station::DocumentKind::Receipt, number.toStdString(), reprint, {}}, number);
}

bool PrintController::printXReport()
{
    std::string approvedBy = m_drawers.xApprovedBy();
    if (approvedBy.empty() || m_drawers.drawerId().isEmpty()) {
        setStatus(false, [] { return tr("Not printed: the X report prints after a supervisor approves showing it."); });
        return false;
    }
    return print({station::DocumentKind::XReport, m_drawers.drawerId().toStdString(), false, approvedBy});
}

bool PrintController::printClosed(const QString& kind, const QString& drawerId)
{
    if (kind != QStringLiteral("z") && kind != QStringLiteral("slip")) {
        setStatus(false, [kind] { return tr("Not printed: there is no document \"%1\" for a closed drawer.").arg(kind); });
        return false;
    }
    return print({kind == QStringLiteral("z") ? station::DocumentKind::ZReport : station::DocumentKind::DepositSlip,
                  drawerId.toStdString(), false, {}});
}

bool PrintController::printNote(const QString& arrangementId)
{
    return print({station::DocumentKind::PromissoryNote, arrangementId.toStdString(), false, {}});
}

bool PrintController::printDocument(const QString& kind, const QString& id)
{
    station::DocumentKind k = station::DocumentKind::ServiceOrder;
    if (kind == QStringLiteral("batch"))
        k = station::DocumentKind::MailBatch;
    else if (kind == QStringLiteral("batchSlip"))
        k = station::DocumentKind::BatchDepositSlip;
    else if (kind == QStringLiteral("activity"))
        k = station::DocumentKind::ActivityReport;
    else if (kind == QStringLiteral("refund"))
        k = station::DocumentKind::RefundCheckRequest;
    else if (kind == QStringLiteral("deposit"))
        k = station::DocumentKind::BankDeposit;
    else if (kind != QStringLiteral("order"))
        return false;
    return print({k, id.toStdString(), false, {}});
}

QString PrintController::documentTitle(const station::DocumentRequest& request)
{
    const QString id = QString::fromStdString(request.id);
    switch (request.kind) {
    case station::DocumentKind::Receipt:
        return tr("Receipt %1").arg(id);
    case station::DocumentKind::XReport:
        return tr("X report %1").arg(id);
    case station::DocumentKind::ZReport:
        return tr("Z report %1").arg(id);
    case station::DocumentKind::DepositSlip:
        return tr("Deposit slip %1").arg(id);
    case station::DocumentKind::RefundCheckRequest:
        return tr("Refund-check request");
    case station::DocumentKind::PromissoryNote:
        return tr("Promissory note %1").arg(id);
    case station::DocumentKind::ServiceOrder:
        return tr("Service order %1").arg(id);
    case station::DocumentKind::MailBatch:
        return tr("Mail batch %1 proof list").arg(id);
    case station::DocumentKind::BatchDepositSlip:
        return tr("Mail batch %1 deposit slip").arg(id);
    case station::DocumentKind::ActivityReport:
        return tr("Activity report");
    case station::DocumentKind::BankDeposit:
        return tr("Deposit %1").arg(id);
    }
    return id;
}

bool PrintController::print(const station::DocumentRequest& request, const QString& receipt)
{
    const QString document = QString::number(static_cast<int>(request.kind)) + QLatin1Char(':')
                             + QString::fromStdString(request.id);
    for (const Job& job : std::as_const(m_jobs)) {
        if (job.document == document) {
            setStatus(false, [request = job.request] { return tr("%1 is still printing: wait for it.").arg(documentTitle(request)); });
            return false;
        }
    }
    try {
        // The PDF is always kept (and sent to CUPS when a queue is set); a receipt printer prints it too.
        auto printout = m_station.documents().print(request);
        if (m_devices && m_devices->hasPrinter()) {
            printing::Layout layout = m_station.documents().documentLayout(request);
            m_jobs.insert(m_devices->printLayout(layout), Job{document, request, request.reprint, receipt, m_sessionCount});
            setStatus(true, [request] { return tr("%1 is printing…").arg(documentTitle(request)); });
            emit pendingChanged();
            return true;
        }
        bool ok = printout.sent || m_station.settings().textSetting("printing.cups_queue").empty();
        setStatus(ok, [message = *printout.message] { return renderMessage(message); });
        // A queue that refused the job did not print an original: the next print is not a reprint.
        if (ok && !receipt.isEmpty())
            m_printedReceipts.insert(receipt);
        return ok;
    } catch (const std::exception& e) {
        setStatus(false, [why = failureText(e)] { return tr("Not printed: %1").arg(why()); });
        return false;
    }
}

void PrintController::onPrintFinished(quint64 id, bool printed, const FeedbackText& message)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return; // the device test screen's job
    Job job = *it;
    m_jobs.erase(it);
    if (printed && !job.receipt.isEmpty())
        m_printedReceipts.insert(job.receipt);
    // The outcome is shown to the session that asked; after a sign-out it belongs to a screen that is gone.
    if (job.session == m_sessionCount) {
        setStatus(printed, [printed, job, message] {
            if (!printed)
                return tr("%1 The PDF is kept; print it again when the printer is ready.").arg(message());
            return (job.reprint ? tr("%1 printed again, marked REPRINT.") : tr("%1 printed.")).arg(documentTitle(job.request));
        });
    }
    emit pendingChanged();
}

void PrintController::setStatus(bool ok, Text make)
{
    if (ok)
        setNoticeText(std::move(make));
    else
        setErrorText(std::move(make));
}

} // namespace tillbook::app
