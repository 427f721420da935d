// Demo data goes in through the ordinary station commands and the ordinary import path, so it is signed into the
// ledger like real data.
#include "station/demo.h"

#include <array>

namespace tillbook::station {

namespace {

constexpr std::array<std::string_view, 12> kGiven = {"María", "James", "Aiko", "Oluwaseun", "Søren", "Fatima",
                                                      "Liam", "Chen", "Priya", "Zoë", "Mateo", "Grace"};
constexpr std::array<std::string_view, 12> kFamily = {"Núñez", "O'Brien", "Tanaka", "Adeyemi", "Ærø", "Haddad",
                                                      "Walsh", "Li", "Raman", "Brandt", "García", "Kim"};
constexpr std::array<std::string_view, 8> kStreets = {"Oak St", "Maple Ave", "River Rd", "Hill St",
                                                      "Cedar Ln", "Main St", "Lake Dr", "Elm Ct"};
constexpr std::array<std::string_view, 5> kFunds = {"WATER", "SEWER", "TRASH", "PERMITS", "LICENSES"};

std::string csvQuoted(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// One FedACH directory record (155 columns, docs in core/routing.h) of a fictitious bank.
std::string fedAchLine(std::string_view routing, char recordType, std::string_view newRouting, std::string_view name,
                       std::string_view city, std::string_view zip)
{
    auto field = [](std::string_view text, std::size_t width) {
        std::string out(text.substr(0, width));
        out.resize(width, ' ');
        return out;
    };
    std::string line;
    line += field(routing, 9);
    line += 'O';
    line += "081000045"; // the servicing Federal Reserve office
    line += recordType;
    line += "110126"; // changed 2026-11-01
    line += field(newRouting.empty() ? "000000000" : newRouting, 9);
    line += field(name, 36);
    line += field("100 DEMO PLAZA", 36);
    line += field(city, 20);
    line += "IL";
    line += field(zip, 5);
    line += "0000";
    line += "2175550100";
    line += "11";
    line += "     ";
    return line + "\n";
}

} // namespace

std::string demoRoutingDirectory()
{
    std::string text;
    for (const DemoBank& bank : kDemoBanks)
        text += fedAchLine(bank.routing, bank.replacedBy.empty() ? '1' : '2', bank.replacedBy, bank.name, bank.city, "62701");
    return text;
}

namespace {

// 40 accounts with Unicode names, quotes and commas in addresses: the demo exercises the importer, too.
std::string demoAccountsCsv()
{
    std::string csv = "number,name,service_address,mailing_address,phone,email,status\n";
    for (int i = 0; i < 40; ++i) {
        std::string number = std::to_string(100101 + i * 7);
        std::string name = std::string(kGiven[i % 12]) + " " + std::string(kFamily[(i * 5 + i / 12) % 12]);
        std::string street = std::to_string(100 + i * 13) + " " + std::string(kStreets[i % 8]);
        std::string mailing = i % 5 == 0 ? "PO Box " + std::to_string(400 + i) + ", Springfield" : street + ", Springfield";
        std::string phone = "(555) 01" + std::to_string(10 + i) + "-" + std::to_string(2000 + i * 37);
        std::string status = i == 13 ? "closed" : i == 21 ? "cash_only" : "active";
        csv += number + "," + csvQuoted(name) + "," + csvQuoted(street) + "," + csvQuoted(mailing) + "," + phone + ","
               + (i % 3 == 0 ? "" : "customer" + std::to_string(i) + "@example.org") + "," + status + "\n";
    }
    return csv;
}

// What each demo fund's bills are called, as a billing system's file says it (the import's description column).
std::string_view demoBillDescription(std::string_view fund)
{
    return fund == "WATER"      ? "Water service"
           : fund == "SEWER"    ? "Sewer service"
           : fund == "TRASH"    ? "Trash collection"
           : fund == "PERMITS"  ? "Building permit"
                                : "Business license";
}

// Two or three bills for most accounts, some overdue, a permit and a license here and there. Each with a description
// and, but for a permit, a service period (a utility bill's month before it is due; a license's coming year), in the
// optional columns a real bills file has: the demo's screens and receipts read as a real station's do.
std::string demoBillsCsv()
{
    std::string csv = "id,account,kind,due_date,amount,open_balance,fund,description,period_start,period_end\n";
    for (int i = 0; i < 40; ++i) {
        if (i == 13)
            continue; // the closed account owes nothing
        std::string account = std::to_string(100101 + i * 7);
        int bills = 1 + i % 3;
        for (int b = 0; b < bills; ++b) {
            std::int64_t cents = 2350 + (i * 977 + b * 1931) % 14000;
            std::string amount = std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "")
                                 + std::to_string(cents % 100);
            std::string due = "2026-" + std::string(b == 0 ? "10" : b == 1 ? "11" : "12") + "-"
                              + (i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
            std::string kind = i % 11 == 4 && b == 1 ? "permit" : i % 13 == 6 && b == 2 ? "license" : "utility";
            std::string fund = kind == "permit" ? "PERMITS" : kind == "license" ? "LICENSES"
                                                                                : std::string(kFunds[(i + b) % 3]);
            std::string period = kind == "permit"    ? ","
                                 : kind == "license" ? "2027-01-01,2027-12-31"
                                 : b == 0            ? "2026-09-01,2026-09-30"
                                 : b == 1            ? "2026-10-01,2026-10-31"
                                                     : "2026-11-01,2026-11-30";
            csv += "B" + account + "-" + std::to_string(b + 1) + "," + account + "," + kind + "," + due + "," + amount
                   + "," + amount + "," + fund + "," + std::string(demoBillDescription(fund)) + "," + period + "\n";
        }
    }
    return csv;
}

std::string demoFeesCsv()
{
    return "code,description,amount,fund\n"
           "COPY,Copies (per page),0.25,GENERAL\n"
           "NOTARY,Notary service,5.00,GENERAL\n"
           "DOG-LIC,Dog license,15.00,LICENSES\n"
           "YARD-SALE,Yard sale permit,10.00,PERMITS\n"
           "RECONNECT,Service reconnection,45.00,WATER\n"
           "NSF,Returned check fee,35.00,GENERAL\n"
           "BURN,\"Burn permit, residential\",20.00,PERMITS\n";
}

} // namespace

int seedDemoChart(Station& station)
{
    station.ledger().requireDemo("a demo chart of accounts");
    static constexpr std::pair<std::string_view, std::string_view> kChart[] = {
        {"gl.account.bank", "1010"},           {"gl.account.card_clearing", "1015"},
        {"gl.account.change_fund", "1020"},    {"gl.account.returned_items", "1210"},
        {"gl.account.refunds_payable", "2020"}, {"gl.account.customer_credit", "2210"},
        {"gl.account.over_short", "6810"},     {"gl.account.paid_outs", "6820"},
        {"gl.account.convenience_fees", "4950"}, // card convenience fee revenue
        {"gl.fund.WATER", "4110"},             {"gl.fund.SEWER", "4120"},
        {"gl.fund.TRASH", "4130"},             {"gl.fund.PERMITS", "4210"},
        {"gl.fund.LICENSES", "4220"},          {"gl.fund.GENERAL", "4900"},
        {"gl.fund.DEPOSIT", "2230"}, // service deposits billed by orders: held for the customer, a liability
    };
    // Every demo fund has its account, and so do GENERAL (the fee catalog's) and DEPOSIT (service orders').
    static_assert(std::size(kChart) == 9 + kFunds.size() + 2);
    static constexpr std::pair<std::string_view, std::string_view> kBank[] = {
        {"deposit.bank_name", "First Prairie Bank"},
        {"deposit.bank_routing", "071900003"}, // DEMO PRAIRIE STATE BANK
        {"deposit.bank_account", "000123456789"},
    };
    int written = 0;
    auto seed = [&](const auto& settings) {
        for (const auto& [key, value] : settings) {
            if (station.settings().textSetting(key).empty()) {
                station.settings().changeTextSetting(kSystemActor, key, value);
                ++written;
            }
        }
    };
    seed(kChart);
    seed(kBank);
    return written;
}

int seedDemo(Station& station)
{
    station.ledger().requireDemo("demo operators, accounts and bills");
    int written = 0;
    for (const DemoOperator& op : kDemoOperators) {
        if (station.operators().findOperator(op.id))
            continue;
        station.operators().addOperator(kSystemActor, op.id, op.name, op.role, op.pin);
        ++written;
    }
    // Imports are idempotent by content: a station that has the demo accounts gets nothing again.
    if (station.accounts().openAccountNumbers().empty()) {
        station.accounts().importAccounts(kSystemActor, demoAccountsCsv(), "demo-accounts.csv");
        station.accounts().importBills(kSystemActor, demoBillsCsv(), "demo-bills.csv");
        station.accounts().importFees(kSystemActor, demoFeesCsv(), "demo-fees.csv");
        written += 3;
    }
    // A small routing directory of fictitious banks, marked DEMO, whose numbers the demo's checks use: the demo
    // accepts and declines checks as a real station does. A real FedACH import replaces it.
    if (station.checks().routingDirectoryState().first == 0) {
        station.checks().importRoutingDirectory(kSystemActor, demoRoutingDirectory(), "demo-routing-directory.txt");
        ++written;
    }
    // The letterhead and deposit account a demo's documents print; set once, like any admin would.
    if (station.settings().textSetting("organization.name") == "Payments counter") {
        const std::pair<const char*, const char*> letterhead[] = {
            {"organization.name", "City of Springfield Utilities"},
            {"organization.address", "100 Main Street, Springfield, IL 62701"},
            {"organization.phone", "(217) 555-0100"},
            {"deposit.bank_name", "First Prairie Bank"},
            {"deposit.bank_account", "000123456789"},
            {"deposit.bank_routing", "071900003"}, // DEMO PRAIRIE STATE BANK
        };
        for (const auto& [key, value] : letterhead) {
            station.settings().changeTextSetting(kSystemActor, key, value);
            ++written;
        }
    }
    return written;
}

} // namespace tillbook::station
