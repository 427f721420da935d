// Every document with made-up figures, marked SAMPLE: for checking a printer's setup (tillctl print samples), for
// looking at layouts, and as the fixed input of the byte-exact ESC/POS tests.
#pragma once

#include "printing/documents.h"

#include <string>
#include <utility>
#include <vector>

namespace tillbook::printing {

ReceiptDocument sampleReceipt(Language language = Language::English);
DrawerReportDocument sampleDrawerReport(bool z);
DepositSlipDocument sampleDepositSlip();
BankDepositDocument sampleBankDeposit();
RefundCheckRequestDocument sampleRefundCheckRequest();
PromissoryNoteDocument samplePromissoryNote();
// ("receipt", layout), ("receipt-spanish", ...), ("x-report", ...), ("z-report", ...), ("deposit-slip", ...), ("bank-deposit", ...),
// ("refund-check-request", ...),
// ("promissory-note", ...), each starting with a SAMPLE banner.
std::vector<std::pair<std::string, Layout>> sampleLayouts();

} // namespace tillbook::printing
