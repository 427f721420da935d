// Ledger test fixture.
#include "support/ledger_fixture.h"

#include "ledger/canonical_json.h"
#include "station/services.h"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace tillbook::test {

namespace fs = std::filesystem;

std::string problemOf(const ledger::VerifyReport& report)
{
    return report.problem ? report.problem->message : std::string("(intact)");
}

void checkProblem(const ledger::VerifyReport& report, std::uint64_t seq, const std::string& message)
{
    INFO(problemOf(report));
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->message == message);
    CHECK(report.problem->seq == seq);
}

LedgerFixture::LedgerFixture(std::string station)
    : paths(dir.path())
{
    station::Station::create(dir.path(), station, clock);
    signer = ledger::SoftwareSigner::loadFile(paths.privateKey);
    openWriter();
}

LedgerFixture::~LedgerFixture() = default;

void LedgerFixture::openWriter()
{
    db = std::make_unique<ledger::Db>(paths.database.string(), ledger::Db::Mode::ReadWrite);
    store = std::make_unique<ledger::LedgerStore>(*db);
    writer = std::make_unique<ledger::LedgerWriter>(*store, *signer, clock);
}

void LedgerFixture::append(int count)
{
    if (!db)
        openWriter();
    for (int i = 0; i < count; ++i) {
        clock.advance(1000);
        ledger::Transaction tx(*db);
        writer->append("payment.taken", "ana", i % 5 == 0 ? "sam" : "",
                       {{"account", "10" + std::to_string(i)}, {"amount", 1250 + i}, {"note", "Núñez Ærø"}});
        tx.commit();
    }
}

void LedgerFixture::close()
{
    writer.reset();
    store.reset();
    db.reset();
}

ledger::VerifyReport LedgerFixture::verify(ledger::VerifyOptions options)
{
    ledger::Db reader(paths.database.string(), ledger::Db::Mode::ReadOnly);
    if (!options.expectedCurrentKeyId && fs::exists(paths.privateKey)) {
        options.expectedCurrentKeyId = ledger::SoftwareSigner::loadFile(paths.privateKey)->publicKey().keyId();
        options.expectedCurrentKeyName = paths.privateKey.string();
    }
    return ledger::verifyLedger(reader, options);
}

void LedgerFixture::tamper(const std::string& sql)
{
    close();
    ledger::Db raw(paths.database.string(), ledger::Db::Mode::ReadWrite);
    raw.exec("DROP TRIGGER IF EXISTS ledger_records_no_update; DROP TRIGGER IF EXISTS ledger_records_no_delete;"
             "DROP TRIGGER IF EXISTS ledger_keys_no_update; DROP TRIGGER IF EXISTS ledger_keys_no_delete;");
    raw.exec(sql);
}

} // namespace tillbook::test

namespace tillbook::test {

void LedgerFixture::flipByte(std::uint64_t seq, const std::string& column)
{
    tamper("SELECT 1");
    ledger::Db raw(paths.database.string(), ledger::Db::Mode::ReadWrite);
    // Column names come from the test's own table, never from input: building SQL from them is safe here.
    auto read = raw.prepare("SELECT " + column + ", typeof(" + column + ") FROM ledger_records WHERE seq = ?");
    read.bind(1, static_cast<std::int64_t>(seq));
    if (!read.step())
        throw std::runtime_error("no record " + std::to_string(seq));
    std::string type = read.columnText(1);
    auto write = raw.prepare("UPDATE ledger_records SET " + column + " = ? WHERE seq = ?");
    write.bind(2, static_cast<std::int64_t>(seq));
    if (type == "integer") {
        write.bind(1, read.columnInt(0) ^ (column == "seq" ? 1024 : 1));
    } else if (type == "text") {
        std::string text = read.columnText(0);
        if (text.empty())
            throw std::runtime_error("column " + column + " is empty at seq " + std::to_string(seq));
        text[text.size() / 2] ^= 0x01;
        write.bind(1, text);
    } else {
        auto blob = read.columnBlob(0);
        ledger::Bytes bytes(blob.begin(), blob.end());
        bytes[bytes.size() / 2] ^= 0x01;
        write.bindBlob(1, bytes);
    }
    read.reset();
    write.run();
}

} // namespace tillbook::test

namespace tillbook::test {

ledger::Record LedgerFixture::forge(std::string_view kind, const nlohmann::json& body, const ledger::Signer& by)
{
    if (!db)
        openWriter();
    clock.advance(1000);
    auto previous = store->last();
    ledger::Record r;
    r.seq = previous ? previous->seq + 1 : 1;
    r.timeMs = clock.nowMs();
    r.station = store->station();
    r.operatorId = "system";
    r.kind = kind;
    r.body = ledger::canonicalJson(body);
    r.prevHash = previous ? previous->hash : ledger::Hash{};
    r.keyId = by.publicKey().keyId();
    r.hash = ledger::computeRecordHash(r);
    r.signature = by.sign(r.hash);
    ledger::Transaction tx(*db);
    store->insert(r);
    tx.commit();
    return r;
}

void LedgerFixture::rewriteFrom(std::uint64_t seq, const std::function<void(ledger::Record&)>& change)
{
    if (!db)
        openWriter();
    std::vector<ledger::Record> records;
    store->forEach(seq, [&](const ledger::Record& r) {
        records.push_back(r);
        return true;
    });
    tamper("DELETE FROM ledger_keys WHERE seq >= " + std::to_string(seq) + "; DELETE FROM ledger_records WHERE seq >= "
           + std::to_string(seq));
    openWriter();
    auto previous = store->last();
    ledger::Transaction tx(*db);
    for (std::size_t i = 0; i < records.size(); ++i) {
        ledger::Record& r = records[i];
        if (i == 0)
            change(r);
        r.prevHash = previous ? previous->hash : ledger::Hash{};
        r.hash = ledger::computeRecordHash(r);
        r.signature = signer->sign(r.hash);
        store->insert(r);
        previous = r;
    }
    tx.commit();
}

} // namespace tillbook::test
