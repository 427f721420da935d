// CommandContext: the one commit path. A command's record and its projection update share one SQLite transaction;
// commits inside inTransaction join the outermost one, and observers hear of records only once they are durable.
#include "station/command_context.h"

#include "station/operators.h"
#include "station/projector.h"
#include "station/record_kinds.h"
#include "station/settings.h"

namespace tillbook::station {

using ledger::Record;

CommandContext::CommandContext(DataPaths paths, std::unique_ptr<DirLock> lock, std::unique_ptr<ledger::Db> db,
                               std::unique_ptr<ledger::SoftwareSigner> signer, const Clock& clock,
                               StationOptions options)
    : m_paths(std::move(paths))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_store(std::make_unique<ledger::LedgerStore>(*m_db))
    , m_signer(std::move(signer))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_writer(std::make_unique<ledger::LedgerWriter>(*m_store, *m_signer, m_clock))
    , m_projector(std::make_unique<Projector>(*m_db, m_paths.importsDir))
    , m_settings(std::make_unique<SettingsService>(*this))
    , m_stationId(m_store->station())
{
}

CommandContext::~CommandContext() = default;

std::string CommandContext::businessDay(std::int64_t timeMs)
{
    return m_projector->businessDay(timeMs);
}

const BusinessCalendar& CommandContext::calendar()
{
    return m_projector->calendar();
}

void CommandContext::replaceSigner(std::unique_ptr<ledger::SoftwareSigner> signer)
{
    m_signer = std::move(signer);
    m_writer->setSigner(*m_signer);
}

void CommandContext::markReplayed()
{
    m_replayed = true;
    m_projector->skipImportsWithoutFile();
}

Record CommandContext::commit(std::string_view kind, std::string_view actor, nlohmann::json body,
                              const CommitOptions& options)
{
    if (m_replayed)
        throw std::logic_error("a station replayed from its records records nothing (" + std::string(kind) + ")");
    Record record;
    inTransaction([&] {
        std::string approver(options.approver);
        const RecordKind* row = findRecordKind(kind);
        if (row == nullptr)
            throw std::logic_error("record kind " + std::string(kind) + " is not in the record-kind table");
        // A command's policy: its operator's role (the approver's, for an approval granted with a PIN). The records
        // the station writes on its own (sessions) are the operator's own acts and have none.
        if (row->writtenBy == WrittenBy::ByCommand) {
            const CommandPolicy& policy = row->policy;
            requireRole(approver.empty() ? actor : std::string_view(approver), policy.role);
            // Some commands always need an approval; others only in a case they detect (a float that differs,
            // over/short beyond the tolerance), which they signal by passing the request.
            if (policy.needsApproval || options.request != nullptr) {
                if (options.request == nullptr)
                    throw std::logic_error(std::string(kind) + " needs an approval request");
                approver = useApproval(options.approvalId, *options.request, actor);
                body["approval"] = options.approvalId;
            }
        }
        record = m_writer->append(kind, actor, approver, body);
        m_projector->apply(record); // also uses up the approval the body names
        if (options.sideEffect)
            options.sideEffect(record);
        m_committed.push_back(record);
    });
    return record;
}

void CommandContext::inTransaction(const std::function<void()>& work)
{
    if (m_depth > 0) {
        ++m_depth;
        struct Leave {
            int& depth;
            ~Leave() { --depth; }
        } leave{m_depth};
        work();
        return;
    }
    ledger::Transaction tx(*m_db);
    m_depth = 1;
    try {
        work();
        tx.commit();
    } catch (...) {
        m_depth = 0;
        m_committed.clear(); // rolled back: nothing to announce
        throw;
    }
    m_depth = 0;
    announce();
}

void CommandContext::announce()
{
    std::vector<Record> committed;
    committed.swap(m_committed);
    for (const Record& record : committed) {
        auto observers = m_observers; // an observer may remove itself
        for (const auto& [token, observer] : observers)
            observer(record);
    }
}

std::uint64_t CommandContext::onCommitted(Observer observer)
{
    m_observers.emplace_back(m_nextObserver, std::move(observer));
    return m_nextObserver++;
}

void CommandContext::removeObserver(std::uint64_t token)
{
    std::erase_if(m_observers, [&](const auto& entry) { return entry.first == token; });
}

void CommandContext::requireRole(std::string_view actor, Role role)
{
    if (actor == kSystemActor)
        return; // tillctl: whoever can open the data directory and its key is the station's administrator
    auto op = findOperator(*m_db, actor);
    if (!op || !op->active)
        throw CommandRefused(Msg::OperatorNotActive, {{"operator", actor}});
    if (!roleAtLeast(op->role, role))
        throw CommandRefused(Msg::RoleNeeded, {{"role", word("role", roleName(role))}, {"name", op->name},
                                               {"held", word("role", roleName(op->role))}});
}

std::string CommandContext::useApproval(std::string_view approvalId, const ApprovalRequest& request, std::string_view actor)
{
    if (approvalId.empty())
        throw CommandRefused(Msg::ApprovalNeeded);
    auto st = m_db->prepare("SELECT action, subject, amount_cents, requested_by, approver, description, expires_ms, "
                            "used_seq FROM approvals WHERE id = ?");
    st.bind(1, approvalId);
    if (!st.step())
        throw CommandRefused(Msg::ApprovalUnknown, {{"approval", approvalId}});
    ApprovalRequest granted{st.columnText(0), st.columnText(1), st.columnInt(2), st.columnText(3)};
    std::string grantedDescription = st.columnText(5);
    std::string approver = st.columnText(4);
    if (!st.columnIsNull(7))
        throw CommandRefused(Msg::ApprovalUsed, {MessageArg::number("seq", st.columnInt(7))});
    if (m_clock.nowMs() > st.columnInt(6))
        throw CommandRefused(Msg::ApprovalExpired);
    if (!granted.sameAction(request) || granted.requestedBy != actor)
        throw CommandRefused(Msg::ApprovalForOther, {{"granted", grantedDescription}, {"asked", request.description}});
    if (approver == actor)
        throw CommandRefused(Msg::ApprovalOwnAction);
    return approver;
}

} // namespace tillbook::station
