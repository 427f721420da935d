// Supervisor review of each drawer and batch, and the day's approval.
#pragma once

#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


// Supervisor review of the day's work: each drawer and mail batch is Open, Balanced (closed, waiting), Approved or
// Rejected (with a reason, back to its cashier, who answers and resubmits).
struct ReviewEntry {
    std::string subject; // drawer | batch
    std::string id;
    std::string operatorId;
    std::string day;
    std::string state; // open, balanced, approved, rejected
    std::string reason; // the rejection's reason, or the cashier's answer after resubmitting
    std::string reviewer;
    Money total; // a drawer's receipts, a batch's deposit
    Money overShort; // a drawer's closing over (+) / short (-)
    std::int64_t exceptions = 0; // a batch's declined checks
};

struct DayReview {
    std::string day;
    std::vector<ReviewEntry> entries;
    std::uint64_t approvedSeq = 0; // the day.approved record, 0 while not approved
    std::string checkpointNote; // the signed checkpoint recorded with the approval
    // The office's figures of the day across every window, as last pulled (JSON: station/office_feed.h); empty when
    // this station never pulled them.
    std::string officeDay;
    // Why the day cannot be approved now (work still waiting, nothing to approve, approved already); none when it can.
    // The screen shows it beside its disabled "Approve the day"; approveDay refuses with the same message.
    std::optional<Message> approvalBlocked;
};

// "drawer 3-0001", "mail batch 3-M0002": the work a refusal is about, in the reader's language; and its review state
// (open, balanced, approved, rejected) as a word. The office's day approval says them the same way.
Message reviewWorkMessage(std::string_view subject, std::string_view id);
Message reviewStateMessage(std::string_view state);

class ReviewService : public StationService {
public:
    using StationService::StationService;

    // Supervisor review.
    DayReview dayReview(std::string_view day) const;
    // The day a drawer or batch belongs to; sets its cashier and review state (open, balanced, approved, rejected).
    std::string workId(std::string_view subject, std::string_view typedId) const;
    std::string workDay(std::string_view subject, std::string_view id, std::string& operatorId, std::string& state) const;
    std::vector<ReviewEntry> rejectedFor(std::string_view operatorId) const; // what came back to this cashier
    ledger::Record approveWork(std::string_view supervisorId, std::string_view subject, std::string_view id);
    ledger::Record rejectWork(std::string_view supervisorId, std::string_view subject, std::string_view id,
                              std::string_view reason);
    ledger::Record resubmitWork(std::string_view operatorId, std::string_view subject, std::string_view id,
                                std::string_view answer);
    // Every drawer and batch of the day must be approved; records day.approved and a signed checkpoint after it.
    DayReview approveDay(std::string_view supervisorId, std::string_view day);
};

} // namespace tillbook::station
