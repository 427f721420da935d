// tillctl print receipt and verify-receipt: the receipt as PDF, and checking the code printed on it.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "printing/pdf.h"

#include <iostream>

namespace tillbook::cli {

int cmdPrintReceipt(const Argv& argv)
{
    Args args(argv, {"data", "receipt", "pdf"}, {"reprint"});
    auto st = openStation(args);
    auto document = st->receiptDocument(args.required("receipt"), args.flag("reprint"));
    auto pdf = printing::renderReceiptPdf(document);
    std::string out = args.required("pdf");
    station::writeFileAtomically(out, std::string(pdf.begin(), pdf.end()));
    std::cout << "wrote " << out << " (" << pdf.size() << " bytes)\n";
    return kExitOk;
}

int cmdVerifyReceipt(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    if (args.positionals().size() != 1)
        throw UsageError("give the text of the receipt's QR code");
    auto result = station::verifyReceiptPayload(station::DataPaths(dataDir(args)), args.positionals()[0]);
    std::cout << (result.ok ? "receipt verified: " : "receipt NOT verified: ") << result.message << "\n";
    return result.ok ? kExitOk : kExitProblem;
}

} // namespace tillbook::cli
