// Mail payment batches keyed against their control figures.
#pragma once

#include "printing/documents.h"
#include "station/checks.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


// Mail payment batches: remittances keyed in the back office against the envelope tallies (docs/mail-batches.md).
struct MailBatchRequest {
    std::string operatorId;
    std::int64_t controlCount = 0; // remittances in the envelope pile
    Money controlTotal; // their amounts added up on the tally tape
    std::string note; // "Mail 2026-11-27, lockbox 2"
};

struct RemittanceInput {
    std::string account; // typed; or empty and the scan line names it
    std::string scanLine; // the bill stub's 21 digits, when the stub came with the check
    Money amount; // the check's amount: what the customer pays
    std::string micr;
    std::string checkDate; // YYYY-MM-DD written on the check
    std::string micrSource; // reader | keyed
    MicrSymbols micrSymbols = MicrSymbols::Auto;
};

// A keyed item is accepted, an exception (declined: mailed back, not posted) or removed (mis-keyed).
inline constexpr std::string_view kBatchItemStatuses[] = {"accepted", "exception", "removed"};

struct BatchItem {
    std::int64_t n = 0; // 1, 2, ... in keying order
    std::string account;
    Money amount;
    std::string verification; // the check.verified record's id
    std::string serial;
    std::string status; // one of kBatchItemStatuses
    std::string reason; // an exception's reasons, a removal's reason
    std::string receipt; // once the batch is closed and the item posted
    std::string payer; // the account holder's name, so the clerk sees whose check it is ("" for an unknown account)
    // An exception's reasons as messages, for a screen in its reader's language (`reason` is their English). Empty
    // for an item keyed by a build from before they were kept: show `reason` as it is.
    std::vector<Message> reasons;
};

struct MailBatch {
    std::string id; // "CITYHALL-01-M000003"
    std::string operatorId;
    std::string note;
    std::string status; // open, closed
    std::string day; // the UTC day it was opened
    std::int64_t controlCount = 0;
    Money controlTotal;
    std::int64_t keyedCount = 0; // accepted and exceptions: every remittance in the pile
    Money keyedTotal;
    std::int64_t exceptionCount = 0;
    Money exceptionTotal;
    Money depositTotal; // accepted checks: the batch's deposit
    std::vector<BatchItem> items;
    bool balanced() const { return keyedCount == controlCount && keyedTotal == controlTotal; }
};

class BatchService : public StationService {
public:
    using StationService::StationService;

    // Mail payment batches. Keying verifies the check (a decline goes to the batch's exceptions, since no customer is
    // there to take it back); closing needs the keyed count and total to equal the control figures, and posts one
    // payment.taken per accepted remittance in the same transaction as batch.closed.
    MailBatch openBatch(const MailBatchRequest& request);
    BatchItem keyRemittance(std::string_view operatorId, std::string_view batchId, const RemittanceInput& input);
    ledger::Record removeRemittance(std::string_view operatorId, std::string_view batchId, std::int64_t item,
                                    std::string_view reason);
    MailBatch closeBatch(std::string_view operatorId, std::string_view batchId);
    std::optional<MailBatch> batch(std::string_view id) const;
    std::vector<MailBatch> list(std::string_view status = {}) const; // without their items
    printing::TabularReportDocument batchDocument(std::string_view id); // the proof list with the exceptions
    printing::DepositSlipDocument batchDepositSlipDocument(std::string_view id);
};

} // namespace tillbook::station
