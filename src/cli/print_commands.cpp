// tillctl print and verify-receipt: documents as PDF or ESC/POS bytes, and checking the code printed on them.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "printing/escpos.h"
#include "printing/pdf.h"
#include "printing/samples.h"

#include <iostream>

namespace tillbook::cli {

namespace {

station::DocumentRequest documentRequest(const std::string& kind, const Args& args)
{
    station::DocumentRequest request;
    if (kind == "receipt") {
        request.kind = station::DocumentKind::Receipt;
        request.id = args.required("receipt");
        request.reprint = args.flag("reprint");
    } else if (kind == "x" || kind == "z" || kind == "slip") {
        request.kind = kind == "x"   ? station::DocumentKind::XReport
                       : kind == "z" ? station::DocumentKind::ZReport
                                     : station::DocumentKind::DepositSlip;
        request.id = args.required("drawer");
    } else if (kind == "note") {
        request.kind = station::DocumentKind::PromissoryNote;
        request.id = args.required("arrangement");
    } else if (kind == "deposit") {
        request.kind = station::DocumentKind::BankDeposit;
        request.id = args.required("deposit");
    } else if (kind == "refund") {
        request.kind = station::DocumentKind::RefundCheckRequest;
        request.id = args.required("seq");
    } else {
        throw UsageError("print needs receipt, x, z, slip, deposit, refund or note");
    }
    return request;
}

printing::Paper paperFrom(const std::string& name)
{
    if (name == "letter")
        return printing::Paper::Letter;
    if (name == "roll80")
        return printing::Paper::Roll80;
    throw UsageError("--paper is letter or roll80, not \"" + name + "\"");
}

int columnsFrom(const Args& args)
{
    std::uint64_t columns = args.number("columns", 42);
    if (columns != 42 && columns != 48)
        throw UsageError("--columns is 42 or 48");
    return static_cast<int>(columns);
}

void writeOut(const std::string& path, const std::string& bytes)
{
    station::writeFileAtomically(path, bytes);
    std::cout << "wrote " << path << " (" << bytes.size() << " bytes)\n";
}

} // namespace

int cmdPrint(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("print needs receipt, x, z, slip, deposit, refund or samples");
    std::string kind = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    if (kind == "samples") {
        Args args(rest, {"out", "columns"}, {});
        std::filesystem::path dir = args.required("out");
        std::filesystem::create_directories(dir);
        int columns = columnsFrom(args);
        for (const auto& [name, layout] : printing::sampleLayouts()) {
            auto letter = printing::renderPdf(layout, printing::Paper::Letter);
            auto roll = printing::renderPdf(layout, printing::Paper::Roll80);
            writeOut((dir / (name + "-letter.pdf")).string(), std::string(letter.begin(), letter.end()));
            writeOut((dir / (name + "-roll80.pdf")).string(), std::string(roll.begin(), roll.end()));
            writeOut((dir / (name + "-" + std::to_string(columns) + ".escpos")).string(),
                     printing::renderEscPos(layout, {columns}));
        }
        return kExitOk;
    }
    Args args(rest, {"data", "receipt", "drawer", "deposit", "seq", "arrangement", "pdf", "escpos", "paper", "columns"},
              {"reprint", "send"});
    station::DocumentRequest request = documentRequest(kind, args);
    if (!args.value("pdf") && !args.value("escpos") && !args.flag("send"))
        throw UsageError("say where the document goes: --pdf FILE, --escpos FILE or --send");
    auto st = openStation(args);
    if (args.flag("send")) {
        // As the counter prints: the station's paper, kept under printouts/, sent to the CUPS queue when one is set.
        auto printout = st->documents().print(request);
        std::cout << englishOf(printout.message) << "\n" << printout.path.string() << "\n";
        if (!printout.sent && !st->settings().textSetting("printing.cups_queue").empty())
            return kExitProblem;
    }
    printing::Layout layout = st->documents().documentLayout(request);
    if (auto pdfPath = args.value("pdf")) {
        auto paper = paperFrom(args.value("paper").value_or(st->settings().textSetting("printing.paper")));
        auto pdf = printing::renderPdf(layout, paper);
        writeOut(*pdfPath, std::string(pdf.begin(), pdf.end()));
    }
    if (auto escposPath = args.value("escpos"))
        writeOut(*escposPath, printing::renderEscPos(layout, {columnsFrom(args)}));
    return kExitOk;
}

int cmdVerifyReceipt(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    if (args.positionals().size() != 1)
        throw UsageError("give the text of the receipt's or Z report's QR code");
    auto result = station::verifyReceiptPayload(station::DataPaths(dataDir(args)), args.positionals()[0]);
    std::cout << (result.ok ? "verified: " : "NOT verified: ") << result.message << "\n";
    return result.ok ? kExitOk : kExitProblem;
}

} // namespace tillbook::cli
