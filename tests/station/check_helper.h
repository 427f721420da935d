// Tests that take checks verify them first, as a cashier must: this gives a verification id to use as the tender's
// reference, overriding with the demo supervisor when the station has no routing directory loaded.
#pragma once

#include "station/services.h"

#include <string>

namespace tillbook::test {

inline std::string verifiedItem(station::Station& st, const std::string& operatorId, Money amount,
                                TenderKind kind = TenderKind::Check)
{
    static int serial = 1100;
    station::CheckInput input;
    input.micr = "T021000021T 5550001U " + std::to_string(++serial);
    input.amount = amount;
    input.date = "2026-10-25";
    if (kind == TenderKind::MoneyOrder)
        input.instrument = CheckInstrument::MoneyOrder;
    auto v = st.checks().verifyCheck(operatorId, input);
    if (v.decision.kind == CheckDecisionKind::NeedsApproval) {
        auto approval = st.operators().approve(st.checks().checkOverrideRequest(operatorId, v.id), "sam", "2468");
        st.checks().overrideCheck(operatorId, v.id, approval.approvalId);
    }
    return v.id;
}

} // namespace tillbook::test
