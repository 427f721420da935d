// tillctl subcommands. Each takes its own arguments (after the subcommand words) and returns the exit code.
#pragma once

#include <string>
#include <vector>

namespace tillbook::cli {

// Exit codes: 0 success, 1 verification found a problem, 2 bad usage or bad input, 3 anything else; 4 (tillctl sync
// only) the station UI holds the station and syncs with the office by itself.
inline constexpr int kExitOk = 0;
inline constexpr int kExitProblem = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitError = 3;
inline constexpr int kExitUiSyncs = 4;

using Argv = std::vector<std::string>;

int cmdInit(const Argv& args);
int cmdDemo(const Argv& args);
int cmdKeyShow(const Argv& args);
int cmdKeyRotate(const Argv& args);
int cmdVerify(const Argv& args);
int cmdProve(const Argv& args);
int cmdCheckpoint(const Argv& args);
int cmdExport(const Argv& args);
int cmdRecordShow(const Argv& args);
int cmdUserAdd(const Argv& args);
int cmdUserList(const Argv& args);
int cmdUserDisable(const Argv& args);
int cmdUserResetPin(const Argv& args);
int cmdSettingsList(const Argv& args);
int cmdSettingsSet(const Argv& args);
int cmdBenchLedger(const Argv& args);
int cmdBenchSearch(const Argv& args);
int cmdBenchPrint(const Argv& args);
int cmdBenchStartup(const Argv& args);
int cmdBenchOffice(const Argv& args);
int cmdAccountsImport(const Argv& args);
int cmdBillsImport(const Argv& args);
int cmdFeesImport(const Argv& args);
int cmdAccountsSearch(const Argv& args);
int cmdExportPayments(const Argv& args);
int cmdRebuild(const Argv& args);
int cmdSimulate(const Argv& args);
int cmdReport(const Argv& args);
int cmdRoutingImport(const Argv& args);
int cmdRoutingShow(const Argv& args);
int cmdCheckVerify(const Argv& args);
int cmdChecksReturned(const Argv& args);
int cmdPrint(const Argv& args);
int cmdSimPrinter(const Argv& args);
int cmdSimMicr(const Argv& args);
int cmdDevice(const Argv& args);
int cmdArrangement(const Argv& args);
int cmdAccount(const Argv& args);
int cmdOrders(const Argv& args);
int cmdBatch(const Argv& args);
int cmdReview(const Argv& args);
int cmdVerifyReceipt(const Argv& args);
int cmdPay(const Argv& args);
int cmdVoid(const Argv& args);
int cmdRefund(const Argv& args);
int cmdDrawer(const Argv& args);
int cmdOfficeInit(const Argv& args);
int cmdOfficeAddStation(const Argv& args);
int cmdOfficeJoin(const Argv& args);
int cmdOfficeProcess(const Argv& args);
int cmdOfficeStatus(const Argv& args);
int cmdOfficeServe(const Argv& args);
int cmdOfficeReportDay(const Argv& args);
int cmdOfficeExportPayments(const Argv& args);
int cmdOfficeImport(const Argv& args);
int cmdOfficeApproveDay(const Argv& args);
int cmdOfficeSettingsList(const Argv& args);
int cmdOfficeSettingsSet(const Argv& args);
int cmdSync(const Argv& args);
int cmdDeposit(const Argv& args);
int cmdExportGl(const Argv& args);
int cmdOfficeDeposit(const Argv& args);
int cmdOfficeExportGl(const Argv& args);
int cmdOfficePrintDeposit(const Argv& args);

} // namespace tillbook::cli
