// Test fixture: a fresh station directory with a ledger that tests append to, tamper with and verify.
#pragma once

#include "core/clock.h"
#include "ledger/keys.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "ledger/verifier.h"
#include "ledger/writer.h"
#include "station/data_dir.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace tillbook::test {

// What the verifier says: its first problem's message, or "(intact)".
std::string problemOf(const ledger::VerifyReport& report);
// The first problem the verifier reports is `message`, at `seq`.
void checkProblem(const ledger::VerifyReport& report, std::uint64_t seq, const std::string& message);

class LedgerFixture {
public:
    explicit LedgerFixture(std::string station = "TEST-01");
    ~LedgerFixture();

    // Appends `count` payment-like records, one transaction each, one second apart.
    void append(int count);
    void close(); // releases the write connection so a test can edit the file
    ledger::VerifyReport verify(ledger::VerifyOptions options = {});
    // Runs SQL directly on the database file with the append-only triggers dropped.
    void tamper(const std::string& sql);
    // Changes one byte of one column of one record in place (an integer's lowest bit, a text's or blob's
    // middle byte), the way an editor of the raw file would.
    void flipByte(std::uint64_t seq, const std::string& column);
    // Appends a record built by hand (any kind, any body) and signed by `by`, as someone holding that key could.
    ledger::Record forge(std::string_view kind, const nlohmann::json& body, const ledger::Signer& by);
    // Rewrites the ledger from `seq` on: `change` edits record `seq`, then every record from there is re-chained,
    // re-hashed and re-signed with `signer`, as someone holding the station's key could.
    void rewriteFrom(std::uint64_t seq, const std::function<void(ledger::Record&)>& change);

    FixedClock clock;
    TempDir dir;
    station::DataPaths paths;
    std::unique_ptr<ledger::SoftwareSigner> signer;
    std::unique_ptr<ledger::Db> db;
    std::unique_ptr<ledger::LedgerStore> store;
    std::unique_ptr<ledger::LedgerWriter> writer;

private:
    void openWriter();
};

} // namespace tillbook::test
