// tillctl office deposit and office export gl: the office's deposits across windows and its journal of the day, in
// the shapes of a station's own (deposit_commands.cpp).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "office/office.h"
#include "printing/documents.h"
#include "printing/pdf.h"
#include "station/atomic_file.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace tillbook::cli {

using nlohmann::json;

namespace {

// A deposit body (the office's whole, or one window's part of it) as a station's deposit prints, each line keeping the
// window it came from.
json bodyJson(const json& body, const office::OfficeDeposit& d)
{
    json full = body;
    for (const char* key : {"id", "day", "bag", "seal", "bank_name", "bank_routing", "bank_account"})
        full[key] = d.body.at(key);
    station::DepositInfo info = station::depositFromBody(full);
    info.seq = d.body.at("number").get<std::uint64_t>();
    json out = depositJson(info);
    out.erase("status");
    for (std::size_t i = 0; i < out["items"].size(); ++i)
        out["items"][i]["station"] = body["items"][i]["station"];
    for (std::size_t i = 0; i < out["drawers"].size(); ++i)
        out["drawers"][i]["station"] = body["drawers"][i]["station"];
    return out;
}

json officeDepositJson(const office::OfficeDeposit& d)
{
    json out = bodyJson(d.body, d);
    out.erase("seq");
    out["number"] = d.body.at("number");
    out["status"] = d.voided ? "voided" : d.confirmation ? "confirmed" : "prepared";
    out["prepared_by"] = d.preparedBy;
    out["prepared_at"] = d.preparedAt;
    out["bank_name"] = d.body.at("bank_name");
    out["bank_routing"] = d.body.at("bank_routing");
    out["bank_account"] = d.body.at("bank_account");
    out["signature_valid"] = d.signatureValid;
    json windows = json::array();
    for (const json& part : d.body.at("windows")) {
        json w = bodyJson(part, d);
        for (const char* key : {"id", "seq", "day", "bag", "seal", "status"})
            w.erase(key);
        w["station"] = part.at("station");
        w["verified_size"] = part.at("verified_size");
        windows.push_back(std::move(w));
    }
    out["windows"] = windows;
    if (d.confirmation) {
        const json& c = *d.confirmation;
        out["confirmed"] = formatPlain(Money::fromCents(c.at("amount").get<std::int64_t>()));
        out["bank_date"] = c.at("bank_date");
        out["reference"] = c.at("reference");
        out["difference"] = formatPlain(Money::fromCents(c.at("difference").get<std::int64_t>()));
        out["reason"] = c.at("reason");
        out["confirmed_by"] = d.confirmedBy;
        out["confirmation_signature_valid"] = d.confirmationSignatureValid;
    }
    if (d.voided) {
        out["voided_by"] = d.voidedBy;
        out["void_reason"] = (*d.voided).at("reason");
        out["void_signature_valid"] = d.voidSignatureValid;
    }
    return out;
}

void printOfficeDeposit(const office::OfficeDeposit& d)
{
    auto money = [&](const char* key) { return formatMoney(Money::fromCents(d.body.at(key).get<std::int64_t>())); };
    std::cout << "office deposit " << d.id << " (" << (d.voided ? "voided" : d.confirmation ? "confirmed" : "prepared") << ") for "
              << d.body.at("day").get<std::string>() << ", bag " << d.body.at("bag").get<std::string>() << ": cash "
              << money("cash") << " (float kept back " << money("float_kept") << "), checks " << money("checks")
              << ", money orders " << money("money_orders") << ", total " << money("total") << "; "
              << d.body.at("windows").size() << " window(s), " << d.body.at("drawers").size() << " drawer(s), "
              << d.body.at("batches").size() << " mail batch(es), " << d.body.at("items").size() << " item(s)"
              << (d.signatureValid ? "" : "; NOT signed by the office key") << "\n";
    if (d.confirmation) {
        const json& c = *d.confirmation;
        const Money difference = Money::fromCents(c.at("difference").get<std::int64_t>());
        std::cout << "  confirmed " << formatMoney(Money::fromCents(c.at("amount").get<std::int64_t>())) << " on "
                  << c.at("bank_date").get<std::string>() << ", reference " << c.at("reference").get<std::string>()
                  << (difference.isZero() ? std::string() : ", difference " + formatMoney(difference)) << "\n";
    }
    if (d.voided)
        std::cout << "  voided by " << d.voidedBy << ": " << (*d.voided).at("reason").get<std::string>()
                  << (d.voidSignatureValid ? "" : "; the void is NOT signed by the office key") << "\n";
}

void show(const Args& args, const office::OfficeDeposit& d)
{
    if (args.flag("json"))
        std::cout << officeDepositJson(d).dump(2) << "\n";
    else
        printOfficeDeposit(d);
}

} // namespace

// tillctl office deposit prepare|confirm|void|list
int cmdOfficeDeposit(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("office deposit needs prepare, confirm, void or list");
    const std::string what = argv[0];
    const Argv rest(argv.begin() + 1, argv.end());
    if (what == "prepare") {
        Args args(rest, {"data", "day", "bag", "seal", "operator", "drawer"}, {"json"});
        requiredDay(args, "day");
        station::DepositRequest request = depositRequest(args);
        auto officeDir = office::Office::open(args.required("data"));
        show(args, officeDir->prepareDeposit(request));
        return kExitOk;
    }
    if (what == "confirm") {
        Args args(rest, {"data", "deposit", "amount", "date", "reference", "reason", "operator"}, {"json"});
        station::DepositConfirmation c = depositConfirmation(args);
        auto officeDir = office::Office::open(args.required("data"));
        show(args, officeDir->confirmDeposit(c));
        return kExitOk;
    }
    if (what == "void") {
        Args args(rest, {"data", "deposit", "reason", "operator"}, {"json"});
        const std::string id = args.required("deposit");
        const std::string operatorId = args.required("operator");
        auto officeDir = office::Office::open(args.required("data"));
        show(args, officeDir->voidDeposit(id, args.value("reason").value_or(""), operatorId));
        return kExitOk;
    }
    if (what == "list") {
        Args args(rest, {"data", "day"}, {"json"});
        auto officeDir = office::Office::open(args.required("data"));
        auto all = officeDir->deposits(args.value("day").value_or(""));
        if (args.flag("json")) {
            json out = json::array();
            for (const auto& d : all)
                out.push_back(officeDepositJson(d));
            std::cout << out.dump(2) << "\n";
            return kExitOk;
        }
        for (const auto& d : all)
            printOfficeDeposit(d);
        std::cout << all.size() << " office deposit(s)\n";
        return kExitOk;
    }
    throw UsageError("office deposit needs prepare, confirm, void or list, not \"" + what + "\"");
}

// tillctl office print deposit: the office deposit's slip, with how its cash ties out to every window's drawers.
int cmdOfficePrintDeposit(const Argv& argv)
{
    Args args(argv, {"data", "deposit", "pdf"}, {});
    const std::string pdfPath = args.required("pdf");
    auto officeDir = office::Office::open(args.required("data"));
    auto pdf = printing::renderPdf(printing::bankDepositLayout(officeDir->depositDocument(args.required("deposit"))),
                                   printing::Paper::Letter);
    station::writeFileAtomically(pdfPath, std::string(pdf.begin(), pdf.end()));
    std::cout << "wrote " << pdfPath << "\n";
    return kExitOk;
}

// tillctl office export gl: one journal of the day across windows, in the columns of a station's.
int cmdOfficeExportGl(const Argv& argv)
{
    Args args(argv, {"data", "day", "out", "format"}, {});
    const std::string format = args.value("format").value_or("csv");
    if (format != "csv" && format != "json")
        throw UsageError("--format is csv or json, not \"" + format + "\"");
    const std::string day = requiredDay(args, "day");
    auto officeDir = office::Office::open(args.required("data"));
    auto journal = officeDir->journal(day);
    writeOutput(args, format == "json" ? journalJson(journal).dump(2) + "\n" : station::journalCsv(journal));
    return kExitOk;
}

} // namespace tillbook::cli
