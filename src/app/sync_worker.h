// The thread that syncs the station UI with its office: every sync (libpq, TLS, the push and the pull) runs here, so an
// office that does not answer holds up this thread and never the screen.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "core/message.h"
#include "station/station.h"
#endif

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace tillbook::app {

#ifndef Q_MOC_RUN
// How one sync went, for OfficeController on the GUI thread.
struct OfficeSyncReport {
    bool ok = false; // the sync ran to its end (the station may still be frozen: `problem`)
    bool unreachable = false; // not ok: the office could not be reached, or the connection broke
    std::uint64_t localSize = 0; // when ok: the ledger's size the sync looked at
    std::uint64_t officeHas = 0; // when ok: the largest seq the office holds
    std::uint64_t latestCosigned = 0;
    std::uint64_t sent = 0;
    std::uint64_t itemsPulled = 0;
    // ok: the office froze this station, or it forked (sync's one sentence); not ok: why it failed, in English.
    QString problem;
    std::optional<Message> refusal; // not ok: the station's refusal (not joined, unknown to the office), as its code
};
#endif

// Lives on OfficeController's office thread. Each sync opens a second handle on the station the app holds
// (Station::openBeside: its own SQLite connection, no lock of its own), runs tillctl sync's syncWithOffice through it and
// closes it, so the GUI thread's connection is never touched here and SQLite serializes the two connections' writes.
// Requests arrive as queued calls; each answer is a signal the controller receives queued on the GUI thread.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(station::Station& owner);
    ~SyncWorker() override;

    // Runs on the office thread and answers with synced.
    void sync();
    // Syncs made so far, and how many ran on the GUI thread (none should): read from any thread.
    int calls() const { return m_calls; }
    int callsOnGuiThread() const { return m_callsOnGuiThread; }

signals:
    void synced(const tillbook::app::OfficeSyncReport& report);

private:
    station::Station& m_owner;
    QThread* m_guiThread;
    std::atomic<int> m_calls{0};
    std::atomic<int> m_callsOnGuiThread{0};
};

} // namespace tillbook::app

#ifndef Q_MOC_RUN
Q_DECLARE_METATYPE(tillbook::app::OfficeSyncReport)
#endif
