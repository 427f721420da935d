// The general-ledger journal of a day's deposits: balanced lines on the chart of accounts in the gl.* settings.
#pragma once

#include "core/money.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tillbook::station {

struct JournalLine {
    std::string date; // the journal's day, YYYY-MM-DD
    std::string account; // from the chart of accounts (gl.* settings)
    std::string fund; // a revenue or receivable line's fund; "" otherwise
    Money debit; // one of debit and credit is zero
    Money credit;
    std::string memo;
    std::uint64_t seq = 0; // the ledger record the line comes from: a deposit, a refund, a returned check
};

struct Journal {
    std::string day;
    std::vector<std::string> deposits; // the deposits prepared for the day, in the order of their lines
    std::vector<JournalLine> lines;
    Money debits; // always equal to credits: the station refuses to hand out a journal that does not balance
    Money credits;
};

// As CSV through the one CSV writer: date,account,fund,debit,credit,memo,seq with amounts as 1234.50 and an empty
// cell for zero.
std::string journalCsv(const Journal& journal);

} // namespace tillbook::station
