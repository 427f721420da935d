// Payment arrangements: a delinquent balance paid in installments under a promissory note.
#pragma once

#include "core/arrangement.h"
#include "printing/documents.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


// What the clerk asks for; the station fills in the principal (the account's open balance) and today.
struct ArrangementRequest {
    std::string operatorId;
    std::string account;
    Money down;
    int installments = 0;
    Frequency frequency = Frequency::Monthly;
    std::int64_t rateMilliPercent = 0;
    InterestMethod method = InterestMethod::Amortized;
    std::string firstDue; // YYYY-MM-DD
};

struct ArrangementInfo {
    std::string id; // "CITYHALL-01-P000007"
    std::string account;
    std::string status; // active, broken, paid
    std::uint64_t seq = 0;
    Money principal;
    Money down;
    Money open; // what is still owed on its installments
    Schedule schedule;
    std::string frequency;
    std::string method;
    std::int64_t rateMilliPercent = 0;
};

class ArrangementService : public StationService {
public:
    using StationService::StationService;

    // Payment arrangements: a delinquent balance paid in installments under a promissory note.
    // The quote for the account's open balance with these terms; throws CommandRefused with the reason.
    Schedule quoteArrangement(const ArrangementRequest& request);
    ApprovalRequest arrangementRequest(const ArrangementRequest& request);
    // What a supervisor must approve for this arrangement (a balance above arrangements.approval), or nothing:
    // the screen asks this before it asks for a PIN, and createArrangement applies the same rule.
    std::optional<ApprovalRequest> arrangementApproval(const ArrangementRequest& request);
    // Records the arrangement: the financed part of the balance moves off the account's bills (newest first; the down
    // payment stays on the oldest, to be paid now) onto one bill per installment.
    ArrangementInfo createArrangement(const ArrangementRequest& request, std::string_view approvalId = {});
    std::optional<ArrangementInfo> arrangement(std::string_view id) const;
    std::vector<ArrangementInfo> forAccount(std::string_view account) const;
    // Breaks every active arrangement with an installment unpaid `arrangements.grace_days` after it was due: the
    // remaining principal (future interest is not charged) becomes due today. One record per broken arrangement.
    std::vector<ArrangementInfo> reviewArrangements(std::string_view actor);
    printing::PromissoryNoteDocument promissoryNoteDocument(std::string_view arrangementId);
};

} // namespace tillbook::station
