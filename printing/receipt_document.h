// What a printed receipt says, as plain data: the station fills it from the ledger; printing renders it.
#pragma once

#include "core/money.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tillbook::printing {

struct ReceiptLine {
    std::string label; // "Bill B100115-1 (WATER)", "Notary service", "Credit on account"
    std::string account; // the account it was paid on, or ""
    Money amount;
};

struct ReceiptTender {
    std::string label; // "Cash", "Check 1042 (account ****6789)"
    Money amount;
};

struct ReceiptDocument {
    std::string organization; // "City of Springfield Utilities"
    std::string address;
    std::string receiptNumber;
    std::string dateTime; // UTC, as printed
    std::string station;
    std::string cashier;
    std::vector<std::string> customers; // "100115 Aiko García"
    std::vector<ReceiptLine> lines;
    std::vector<ReceiptTender> tenders;
    Money total;
    Money tendered;
    Money change;
    std::vector<std::string> balances; // "100115 Aiko García: $0.00 open"
    bool checksTaken = false; // prints the returned-check notice
    bool reprint = false;
    bool voided = false;
    std::uint64_t seq = 0;
    std::string shortHash; // first 16 hex digits of the record hash
    std::string qrPayload; // verifiable: station, seq, record hash and signature
};

} // namespace tillbook::printing
