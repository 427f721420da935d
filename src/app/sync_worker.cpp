// Sync worker: one sync per request, caught and turned into a report; the network waits happen on this thread only.
#include "app/sync_worker.h"

#include "office/station_link.h"

#include <QThread>

namespace tillbook::app {

SyncWorker::SyncWorker(station::Station& owner)
    : m_owner(owner)
    , m_guiThread(QThread::currentThread()) // made by the controller, on the GUI thread
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::sync()
{
    ++m_calls;
    if (QThread::currentThread() == m_guiThread)
        ++m_callsOnGuiThread;
    OfficeSyncReport report;
    try {
        // Opened for this sync only: a key rotation at the counter since the last one is in the key file it loads.
        auto beside = station::Station::openBeside(m_owner);
        office::SyncOutcome out = office::syncWithOffice(*beside);
        report.ok = true;
        report.localSize = out.localSize;
        report.officeHas = out.officeHas;
        report.latestCosigned = out.latestCosigned;
        report.sent = out.sent;
        report.itemsPulled = out.itemsPulled;
        if (out.problem)
            report.problem = QString::fromStdString(*out.problem);
    } catch (const office::OfficeUnreachable& e) {
        report.unreachable = true;
        report.problem = QString::fromUtf8(e.what());
    } catch (const station::CommandRefused& e) {
        report.refusal = e.message();
        report.problem = QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        report.problem = QString::fromUtf8(e.what());
    }
    emit synced(report);
}

} // namespace tillbook::app
