// tillctl: the headless command line. Dispatches to subcommands and turns exceptions into one sentence.
#include "cli/args.h"
#include "cli/commands.h"
#include "ledger/hash.h"
#include "ledger/keys.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "station/data_dir.h"
#include "station/services.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace {

using namespace tillbook::cli;

constexpr const char* kUsage = R"(usage: tillctl <command> [options]

Station
  init --data DIR --station ID [--time-zone NAME]   create a station: database, signing key, genesis record; its
                                      time zone (station.time_zone) is the machine's (TZ, /etc/timezone) unless named
  demo --data DIR [--station ID] [--time-zone NAME]   create a demo station (setup dated 60 days back), or add what a demo station
                                      is missing; refuses a station that is not a demo station
  user add --data DIR --id ID --name NAME --role cashier|supervisor|admin   (PIN on stdin)
  user list --data DIR
  user disable --data DIR --id ID
  user reset-pin --data DIR --id ID                                          (new PIN on stdin)
  settings list --data DIR
  settings set --data DIR KEY VALUE          a ledger record, like every setting that changes outcomes
  settings set --data DIR card_fee.FUND none|2.35|2.5%   a card convenience fee on one fund (flat or percent)

Accounts and payments
  accounts import --data DIR FILE.csv          all or nothing; errors name line and column
  bills import --data DIR FILE.csv
  fees import --data DIR FILE.csv
  accounts search --data DIR TEXT              number, prefix, name, address or phone
  account change --data DIR --account A [--name N] [--mailing-address M] [--phone P] [--email E] [--language en|es]
                 [--reason R]              --language: what the customer's receipts and notes print in
  account adjust --data DIR --bill B --amount [-]X --reason R   a debit (or a negative credit) on a bill
  account note --data DIR --account A TEXT     the contact log ("called about a high bill")
  account history --data DIR --account A [--kind PREFIX] [--json]   payments, adjustments, arrangements, notes...
  orders create --data DIR --account A --type start|stop|transfer|installation --date YYYY-MM-DD --reason R
                [--address TEXT] [--deposit X]      a deposit is billed on the account and paid at the counter
  orders update --data DIR --id ID --status scheduled|done|cancelled [--date D] [--reading METER] [--note N]
  orders list|export --data DIR [--status S] [--out FILE]   export: CSV for field operations
  orders print --data DIR --id ID --pdf FILE
  batch open --data DIR --count N --total X [--note TEXT] [--operator ID]   a mail batch with its control figures
  batch key --data DIR --batch ID (--account A | --scan STUB) --amount X --micr LINE --date YYYY-MM-DD [--reader]
  batch remove --data DIR --batch ID --item N --reason R     a mis-keyed remittance
  batch close --data DIR --batch ID          only in balance; posts one payment per accepted check
  batch show|list|print --data DIR [--batch ID] [--json] [--pdf PROOF.pdf] [--slip DEPOSIT.pdf]
  review day --data DIR [--day D] [--json]   drawers and batches: open, balanced, approved or rejected
  review approve|reject|resubmit --data DIR (--drawer ID | --batch ID) [--reason R] --operator ID
  review approve-day --data DIR [--day D] --operator ID   every item approved; records a signed checkpoint
  export payments --data DIR --date YYYY-MM-DD [--out FILE]   postings CSV for the billing system
  deposit prepare --data DIR --day YYYY-MM-DD --bag B [--seal S] [--drawer ID]... --operator SUP [--json]
                 the day's closed drawers, closed mail batches and safe drops, less deposit.float_kept;
                 refused while a drawer or batch of the day is open. JSON: id, cash, checks, money_orders, total, items
  deposit confirm --data DIR --deposit ID --amount X --reference R [--date YYYY-MM-DD] [--reason R] --operator SUP
                 the bank's figure; a difference needs --reason
  deposit list --data DIR [--day YYYY-MM-DD] [--json]
  export gl --data DIR --day YYYY-MM-DD [--out FILE] [--format csv|json]   the general-ledger journal of the day's
                 deposits on the gl.* chart of accounts: date,account,fund,debit,credit,memo,seq; always balanced
  simulate --data DIR [--days N] [--seed S] [--cashiers K] [--no-deposits]   demo stations only: N (1-60) realistic
                 counter days before today; --no-deposits leaves the days' deposits to be prepared later (its office's)
  rebuild --data DIR --check                   replay the ledger into fresh projections and compare
  report x|z --data DIR [--drawer ID] [--json] a drawer's figures (X: open drawer; Z: a closed one, with deposit)
  report activity --data DIR --from YYYY-MM-DD --to YYYY-MM-DD [--json|--csv|--pdf FILE]   per cashier and fund

The counter without the screen (the same station commands; a supervisor's PIN on stdin, never on the command line)
  pay --data DIR --operator ID --account A [--bill B=AMOUNT]... [--fee CODE]... --tender T... [--override-by SUP]
      [--request ID] [--json] [--quote]   into the operator's open drawer; no --bill: every open bill, oldest first;
      --quote: what is due with the card convenience fees, recording nothing
      T: cash:AMOUNT  check:AMOUNT:MICR:YYYY-MM-DD  money-order:AMOUNT:MICR:YYYY-MM-DD (verified on the way; one that
      needs a supervisor is overridden by --override-by SUP)  card:AMOUNT:APPROVAL:BRAND:LAST4 (charged on the card
      terminal; never the card number) [--card-terminal ID] [--card-entry chip|tap|swipe|keyed]; all or nothing.
      card AMOUNT is what the card pays; the terminal charges it plus its fund's card_fee.FUND convenience fee
      JSON: receipt, seq, total, convenience_fee, convenience_fees [{fund, amount}], change (--quote: lines,
      convenience_fee, convenience_fees, due, tendered)
  void --data DIR --receipt R --operator ID --approver SUP
  refund --data DIR --receipt R --operator ID --approver SUP --method cash|check|card [--amount X]   default: all
      left; card: back to the card, naming the original approval; a card convenience fee is never refunded
  drawer list --data DIR [--json]
  drawer open --data DIR --operator ID (--float AMOUNT | --count DENOM=N...) [--approver SUP]
      a float other than drawer.float needs the approver; DENOM: bill_100..bill_1, coin_100..coin_1, rolled_coin
  drawer drop --data DIR --operator ID (--cash AMOUNT | --count DENOM=N...)   cash from the open drawer to the safe
  drawer close --data DIR --operator ID (--cash AMOUNT | --count DENOM=N...) [--item check:AMOUNT:REF]...
      [--item money-order:AMOUNT:REF]... [--card-batch X] [--reason R --approver SUP]   the blind count (and the card
      terminal's batch total) is recorded first; beyond
      drawer.tolerance the close needs a reason and the approver

Payment arrangements (docs/arrangements.md)
  arrangement quote --principal P [--down D] --installments N --frequency weekly|biweekly|monthly --rate PERCENT
                    [--method simple|amortized] --first YYYY-MM-DD [--today YYYY-MM-DD] [--json]
  arrangement create --data DIR --account A [--down D] --installments N --frequency F --rate PERCENT
                    [--method M] --first YYYY-MM-DD [--json]     the account's open balance, as a ledger record
  arrangement review --data DIR                breaks arrangements with an installment past the grace days
  arrangement show --data DIR --id ID [--json]

Checks and money orders
  routing import --data DIR FedACHdir.txt [--replace-smaller]
                                               the FedACH participant directory; all or nothing; a file that
                                               drops more than half of the directory in use needs --replace-smaller
  routing show --data DIR RTN
  check verify --data DIR --micr LINE --amount A --date YYYY-MM-DD [--account ACCT] [--due A]
               [--type personal|business|cashiers|money-order|postal-money-order] [--third-party] [--two-party] [--json]
  checks returned --data DIR --receipt R --routing RTN --account ACCT --reason R01|R02|R03|R04|R08|R10|R16

Documents
  print receipt --data DIR --receipt NUMBER [--reprint] OUTPUT    receipt with a verifiable QR code
  print x|z|slip --data DIR --drawer ID OUTPUT     X report, Z report (with the signed checkpoint), deposit slip
  print refund --data DIR --seq N OUTPUT           refund-check request for the finance office
  print deposit --data DIR --deposit ID OUTPUT     bank deposit slip, with how its cash ties out to the drawers
  print note --data DIR --arrangement ID OUTPUT    promissory note of a payment arrangement
    OUTPUT: --pdf FILE [--paper letter|roll80]  --escpos FILE [--columns 42|48]
            --send (as the counter does: kept under DIR/printouts, sent to the printing.cups_queue setting)
  print samples --out DIR [--columns 42|48]       every document with made-up figures, PDF and ESC/POS
  verify-receipt --data DIR PAYLOAD            check the text of a receipt's or Z report's QR code against the ledger

Devices (DIR/devices.json, see docs/devices.md)
  device status --data DIR                     the receipt printer's state in one sentence, and the drawer's
  device test-print --data DIR                 a SAMPLE receipt on the ESC/POS printer
  device test-drawer --data DIR --reason TEXT  records device.drawer_tested, then opens the drawer
  device read-check --data DIR                 reads one check from the serial MICR reader
  sim printer --out DIR [--listen HOST:PORT] [--offline] [--paper-out] [--cover-open] [--hold-drawer-open]
              [--offline-after-bytes N]        a network ESC/POS printer that keeps its jobs as files
  sim micr --line MICR [--count N] [--interval-ms M] [--delay-ms D] [--lf]   a serial check reader on a pty

Ledger (read-only unless noted)
  verify --data DIR [--json] [--chain-only] [--threads N] [--key PUB.pem] [--checkpoint FILE]...
  prove --data DIR --seq N [--size M]          inclusion proof of record N in the tree of size M
  prove --data DIR --from M [--size N]         consistency proof between tree sizes M and N
  checkpoint --data DIR                        sign and record a checkpoint (writes)
  export --data DIR --format jsonl             every record as one JSON line
  record show --data DIR --seq N               one record with its exact hashed bytes (hex), hash and signature
  key show --data DIR                          the ledger's public key (PEM) and key id
  key rotate --data DIR [--reason TEXT]        new signing key, introduced by the old one (writes)

The office (PostgreSQL; docs/office.md)
  office init --data OFFICEDIR --db URL --station-url URL --ca CA.pem [--time-zone NAME]   schema and office key;
                                      idempotent; --db: how the office connects; --station-url and --ca: what
                                      stations use (TLS); the office day's zone, once (default: the machine's)
  office add-station --data OFFICEDIR --station ID --out JOIN.json   the station's role and password (file 0600)
  office join --data DIR --file JOIN.json      the station keeps the office's URL, key and CA, and its password (0600)
  sync --data DIR [--json] [--batch N]         push the records the office lacks with a signed checkpoint, N records
                                               per transaction (500), pull the office's cosigned checkpoints and what
                                               it published from other windows; exit 3 when the office is unreachable,
                                               4 when the station UI runs there (it syncs by itself)
  office process --data OFFICEDIR              verify, store and cosign everything pending (exit 1: a station frozen)
  office serve --data OFFICEDIR [--interval S]  the same every S seconds (5) until SIGTERM or SIGINT, which end it
                                               between runs; a database away is said and tried again
  office status --data OFFICEDIR [--json]      per station: records, verified size, root, last sync, ok|forked|invalid;
                                               a PROBLEM line for each drawer or mail batch in two deposits
  office report day --data OFFICEDIR --day YYYY-MM-DD [--json]   every window's day: payments, reversals, funds,
                                               tenders, checks taken at two windows, drawers and mail batches in
                                               review and in two deposits, the office's approval (the office's
                                               business day)
  office export payments --data OFFICEDIR --date YYYY-MM-DD [--out FILE]   every window's postings CSV, each once
  office import accounts|bills|fees --data OFFICEDIR --file F   once for every window, checked as a station's
                                               import (all or nothing, by line and column), published signed
  office approve day --data OFFICEDIR --day YYYY-MM-DD --operator SUP   every window's drawers and mail batches of
                                               the day approved in review; stored and signed by the office key
  office settings list --data OFFICEDIR        the office's time zone and day start, and every change (signed)
  office settings set --data OFFICEDIR KEY VALUE   office.time_zone NAME or office.business_day_start HH:MM: the
                                               office day, in force from now on, stored append-only and signed
  office deposit prepare --data OFFICEDIR --day YYYY-MM-DD --bag B [--seal S] [--drawer ID]... --operator SUP [--json]
                                               one deposit across the windows: their closed drawers, mail batches
                                               and drops in no deposit yet; stored and signed by the office key
  office deposit confirm --data OFFICEDIR --deposit ID --amount X [--date YYYY-MM-DD] --reference R [--reason TEXT]
                         --operator SUP [--json]   the bank's confirmation; a difference needs a reason
  office deposit void --data OFFICEDIR --deposit ID --reason TEXT --operator SUP [--json]   the bank returned the
                                               bag: its drawers and batches may be deposited again; resolves a drawer
                                               a window deposited twice
  office deposit list --data OFFICEDIR [--day YYYY-MM-DD] [--json]
  office print deposit --data OFFICEDIR --deposit ID --pdf FILE   its slip: every window's drawers and batches, and
                                               how the cash ties out to them
  office export gl --data OFFICEDIR --day YYYY-MM-DD [--out FILE] [--format csv|json]   one balanced journal of the
                                               day across windows, in the columns of a station's

Benchmarks
  bench ledger [--records N] [--appends N]     JSON figures against this machine's own limits
  bench search [--accounts N] [--queries N]    account search latency over N generated accounts (JSON)
  bench print [--receipts N]                   receipt rendering time as PDF and ESC/POS (JSON)
  bench startup [--records N] [--accounts N] [--runs K] [--keep DIR]   tillbook ready for sign-in on a big station
  bench office [--stations N] [--records N] [--batch N] [--json]   the office on a throwaway PostgreSQL it starts:
                                               ingest with verification against this machine's ECDSA limit, report
                                               day, a sync after a day offline (10 stations, 100000 records)

DIR defaults to $TILLBOOK_DATA, else ~/.local/share/tillbook.
)";

struct Command {
    std::vector<std::string> words;
    std::function<int(const Argv&)> run;
};

// Whether a usage line's command token names `word`: "print" names print; "x|z|slip" names x, z and slip.
bool namesWord(std::string_view token, std::string_view word)
{
    while (!token.empty()) {
        auto bar = token.find('|');
        if (token.substr(0, bar) == word)
            return true;
        if (bar == std::string_view::npos)
            break;
        token.remove_prefix(bar + 1);
    }
    return false;
}

// `tillctl WORDS... --help`: the usage lines of that command (with their continuation lines), else of its group, else
// all of them. The words are the arguments before the first option.
std::string helpFor(const std::vector<std::string>& args)
{
    std::vector<std::string> words;
    for (const auto& a : args) {
        if (a.starts_with("-"))
            break;
        words.push_back(a);
    }
    std::vector<std::string> lines;
    std::istringstream usage(kUsage);
    for (std::string line; std::getline(usage, line);)
        lines.push_back(line);
    for (std::size_t depth = std::min<std::size_t>(words.size(), 2); depth > 0; --depth) {
        std::string out;
        bool inMatch = false;
        for (const auto& line : lines) {
            const bool commandLine = line.size() > 2 && line.starts_with("  ") && line[2] != ' ';
            if (commandLine) {
                std::istringstream tokens(line);
                std::string first, second;
                tokens >> first >> second;
                inMatch = first == words[0] && (depth == 1 || namesWord(second, words[1]));
            } else if (!line.starts_with("    ")) {
                inMatch = false;
            }
            if (inMatch)
                out += line + "\n";
        }
        if (!out.empty())
            return "usage: tillctl " + words[0] + (depth == 2 ? " " + words[1] : "") + " [options]\n" + out;
    }
    return kUsage;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty() || all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
        std::fputs(kUsage, all.empty() ? stderr : stdout);
        return all.empty() ? kExitUsage : kExitOk;
    }
    const std::vector<Command> commands = {
        {{"init"}, cmdInit},
        {{"demo"}, cmdDemo},
        {{"key", "show"}, cmdKeyShow},
        {{"key", "rotate"}, cmdKeyRotate},
        {{"verify"}, cmdVerify},
        {{"prove"}, cmdProve},
        {{"checkpoint"}, cmdCheckpoint},
        {{"export", "payments"}, cmdExportPayments},
        {{"export", "gl"}, cmdExportGl},
        {{"export"}, cmdExport},
        {{"accounts", "import"}, cmdAccountsImport},
        {{"accounts", "search"}, cmdAccountsSearch},
        {{"bills", "import"}, cmdBillsImport},
        {{"fees", "import"}, cmdFeesImport},
        {{"rebuild"}, cmdRebuild},
        {{"simulate"}, cmdSimulate},
        {{"report"}, cmdReport},
        {{"print"}, cmdPrint},
        {{"sim", "printer"}, cmdSimPrinter},
        {{"sim", "micr"}, cmdSimMicr},
        {{"device"}, cmdDevice},
        {{"arrangement"}, cmdArrangement},
        {{"account"}, cmdAccount},
        {{"orders"}, cmdOrders},
        {{"batch"}, cmdBatch},
        {{"review"}, cmdReview},
        {{"verify-receipt"}, cmdVerifyReceipt},
        {{"routing", "import"}, cmdRoutingImport},
        {{"routing", "show"}, cmdRoutingShow},
        {{"check", "verify"}, cmdCheckVerify},
        {{"checks", "returned"}, cmdChecksReturned},
        {{"bench", "search"}, cmdBenchSearch},
        {{"bench", "print"}, cmdBenchPrint},
        {{"bench", "startup"}, cmdBenchStartup},
        {{"bench", "office"}, cmdBenchOffice},
        {{"record", "show"}, cmdRecordShow},
        {{"user", "add"}, cmdUserAdd},
        {{"user", "list"}, cmdUserList},
        {{"user", "disable"}, cmdUserDisable},
        {{"user", "reset-pin"}, cmdUserResetPin},
        {{"pay"}, cmdPay},
        {{"void"}, cmdVoid},
        {{"refund"}, cmdRefund},
        {{"drawer"}, cmdDrawer},
        {{"deposit"}, cmdDeposit},
        {{"settings", "list"}, cmdSettingsList},
        {{"settings", "set"}, cmdSettingsSet},
        {{"bench", "ledger"}, cmdBenchLedger},
        {{"office", "init"}, cmdOfficeInit},
        {{"office", "add-station"}, cmdOfficeAddStation},
        {{"office", "join"}, cmdOfficeJoin},
        {{"office", "process"}, cmdOfficeProcess},
        {{"office", "status"}, cmdOfficeStatus},
        {{"office", "serve"}, cmdOfficeServe},
        {{"office", "report", "day"}, cmdOfficeReportDay},
        {{"office", "export", "payments"}, cmdOfficeExportPayments},
        {{"office", "import"}, cmdOfficeImport},
        {{"office", "approve", "day"}, cmdOfficeApproveDay},
        {{"office", "settings", "list"}, cmdOfficeSettingsList},
        {{"office", "settings", "set"}, cmdOfficeSettingsSet},
        {{"office", "deposit"}, cmdOfficeDeposit},
        {{"office", "export", "gl"}, cmdOfficeExportGl},
        {{"office", "print", "deposit"}, cmdOfficePrintDeposit},
        {{"sync"}, cmdSync},
    };
    for (const Command& command : commands) {
        if (all.size() < command.words.size() || !std::equal(command.words.begin(), command.words.end(), all.begin()))
            continue;
        Argv rest(all.begin() + static_cast<long>(command.words.size()), all.end());
        if (std::find_if(rest.begin(), rest.end(), [](const std::string& a) { return a == "--help" || a == "-h"; })
            != rest.end()) {
            std::fputs(helpFor(all).c_str(), stdout);
            return kExitOk;
        }
        try {
            return command.run(rest);
        } catch (const UsageError& e) {
            std::cerr << "tillctl: " << e.what() << " (see tillctl --help)\n";
            return kExitUsage;
        } catch (const tillbook::station::ImportRefused& e) {
            std::cerr << "tillctl: " << e.what() << "\n";
            for (const auto& problem : e.problems)
                std::cerr << "  " << problem << "\n";
            return kExitUsage;
        } catch (const tillbook::station::CommandRefused& e) {
            std::cerr << "tillctl: " << e.what() << "\n";
            return kExitUsage;
        } catch (const tillbook::ledger::FormatError& e) {
            std::cerr << "tillctl: " << e.what() << "\n";
            return kExitUsage;
        } catch (const tillbook::ledger::KeyFileError& e) {
            std::cerr << "tillctl: " << e.what() << "\n";
            return kExitUsage;
        } catch (const tillbook::station::StationUnavailable& e) {
            std::cerr << "tillctl: " << e.what() << "\n";
            return kExitUsage;
        } catch (const tillbook::station::StationBusy& e) {
            std::cerr << "tillctl: " << e.what() << "\n";
            return kExitError;
        } catch (const std::exception& e) {
            std::cerr << "tillctl: " << e.what() << "\n";
            return kExitError;
        }
    }
    if (std::find(all.begin(), all.end(), "--help") != all.end() || std::find(all.begin(), all.end(), "-h") != all.end()) {
        std::fputs(helpFor(all).c_str(), stdout); // a group such as "office": its commands
        return kExitOk;
    }
    std::cerr << "tillctl: unknown command \"" << all[0] << "\" (see tillctl --help)\n";
    return kExitUsage;
}
