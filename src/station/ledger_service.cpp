// The station's own ledger: checkpoints (and their copy outside the database), key rotation, the demo mark, clock steps.
#include "station/ledger_service.h"

#include "ledger/checkpoint.h"
#include "station/atomic_file.h"
#include "station/command_context.h"
#include "station/settings.h"
#include "station/projector.h"
#include "station/services.h"

#include <tuple>

namespace tillbook::station {

using ledger::Record;
namespace fs = std::filesystem;

bool LedgerService::isDemo() const
{
    // Only Station::create writes station.demo, and only as seq 2: a real station cannot be turned into a demo one.
    auto st = m_ctx.db().prepare("SELECT 1 FROM ledger_records WHERE seq = 2 AND kind = ?");
    st.bind(1, Station::kKindStationDemo);
    return st.step();
}

void LedgerService::requireDemo(std::string_view what)
{
    if (!isDemo())
        throw CommandRefused(Msg::StationNotDemo, {{"station", m_ctx.stationId()}, {"what", what}});
}

std::optional<LedgerService::ClockStep> LedgerService::recentClockStep() const
{
    auto st = m_ctx.db().prepare("SELECT seq, body FROM ledger_records WHERE kind = ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, ledger::kKindClockSteppedBack);
    if (!st.step())
        return std::nullopt;
    auto body = nlohmann::json::parse(st.columnTextView(1), nullptr, false);
    if (!body.is_object() || !body.value("last_record_ms", nlohmann::json()).is_number_integer()
        || !body.value("wall_clock_ms", nlohmann::json()).is_number_integer()
        || body["wall_clock_ms"].get<std::int64_t>() < m_ctx.clock().nowMs() - 24LL * 60 * 60 * 1000)
        return std::nullopt;
    return ClockStep{static_cast<std::uint64_t>(st.columnInt(0)), body["last_record_ms"].get<std::int64_t>(),
                     body["wall_clock_ms"].get<std::int64_t>()};
}

ledger::Checkpoint LedgerService::checkpoint(std::string_view actor)
{
    m_ctx.requireRole(actor, policyFor(ledger::kKindCheckpoint).role);
    ledger::Record record;
    ledger::Checkpoint checkpoint;
    m_ctx.inTransaction([&] {
        std::tie(record, checkpoint) = m_ctx.writer().appendCheckpoint(actor);
        m_ctx.noteCommitted(record);
    });
    // The witness outside the database: a truncated ledger cannot hide from it.
    try {
        writeFileAtomically(m_ctx.paths().latestCheckpoint, ledger::formatCheckpointNote(checkpoint));
    } catch (const std::exception& e) {
        const auto* writeError = dynamic_cast<const FileWriteError*>(&e);
        throw CheckpointMirrorFailed("the checkpoint of " + std::to_string(checkpoint.size)
                                     + " records is recorded in the ledger (seq " + std::to_string(record.seq)
                                     + "), but its copy at " + m_ctx.paths().latestCheckpoint.string()
                                     + " could not be written: " + (writeError ? writeError->reason() : e.what())
                                     + "; fix that and run tillctl checkpoint");
    }
    return checkpoint;
}

ledger::Checkpoint LedgerService::treeHead() const
{
    const std::uint64_t size = m_ctx.store().size();
    return ledger::signCheckpoint(ledger::checkpointOrigin(m_ctx.stationId()), size, m_ctx.store().root(size),
                                  m_ctx.signer());
}

Record LedgerService::rotateKey(std::string_view actor, std::string_view reason)
{
    m_ctx.requireRole(actor, policyFor(ledger::kKindKeyRotate).role);
    std::string why = requireOneLine(reason, Msg::FieldReason, 200, true); // before a key is made for nothing
    auto afterStep = [this](std::string_view step) {
        if (m_ctx.options().afterStep)
            m_ctx.options().afterStep(step);
    };
    auto next = ledger::SoftwareSigner::generate();
    std::error_code ignored;
    fs::remove(m_ctx.paths().nextKey, ignored); // left by a rotation that never committed: no record names it
    // The new key is on disk (0600, fsynced, its name too) before any record names it. If the commit fails it stays
    // as next.key: removing it could lose a key a record names after all, and the next rotation replaces it.
    next->saveFile(m_ctx.paths().nextKey);
    syncDirectory(m_ctx.paths().keysDir);
    afterStep("rotation.key_written");
    Record record;
    m_ctx.inTransaction([&] {
        record = m_ctx.writer().appendKeyRotation(*next, actor, why);
        m_ctx.noteCommitted(record);
    });
    afterStep("rotation.committed");
    // Durable from here: the ledger names the new key. open() finishes this rename if we stop now, and verify
    // accepts next.key until then.
    finishKeyRotation(m_ctx.paths(), *next);
    m_ctx.replaceSigner(std::move(next));
    return record;
}

const ledger::PublicKey& LedgerService::publicKey() const
{
    return m_ctx.signer().publicKey();
}

} // namespace tillbook::station
