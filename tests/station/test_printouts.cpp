// Documents from the ledger: letterhead settings, X/Z reports, deposit slips, refund-check requests, and printing
// (PDF kept under the data directory, sent to a CUPS queue through lp).
#include "printing/pdf.h"
#include "station/rebuild.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace tillbook;
using station::DocumentKind;
using station::PaymentRequest;

namespace {

using test::m;
using test::rolled;

struct Office : test::DemoStation {
    station::PaymentOutcome pay(std::vector<station::TenderInput> tenders, Money amount, std::string account = "100101")
    {
        PaymentRequest r;
        r.operatorId = "ana";
        r.requestId = "r" + std::to_string(++requests);
        r.accountAmounts.emplace_back(account, amount);
        r.tenders = std::move(tenders);
        return st->payments().takePayment(r);
    }
    // Opens ana's drawer, takes cash and a check, counts and closes it; returns the drawer id.
    std::string closedDrawer()
    {
        st->drawers().openDrawer("ana", rolled(m(20000)));
        pay({{TenderKind::Cash, m(3000), ""}}, m(3000));
        pay({{TenderKind::Check, m(4500), test::verifiedItem(*st, "ana", m(4500))}}, m(4500));
        std::string id = st->drawers().openDrawer()->id;
        CashCount counted;
        counted.pieces[static_cast<std::size_t>(Denomination::Bill100)] = 2;
        counted.pieces[static_cast<std::size_t>(Denomination::Bill20)] = 1;
        counted.pieces[static_cast<std::size_t>(Denomination::Bill10)] = 1;
        st->drawers().countDrawer("ana", counted, {{TenderKind::Check, m(4500), "1001"}});
        st->drawers().closeDrawer("ana", "");
        return id;
    }

    int requests = 0;
};

// A stand-in for lp: records its arguments, answers like lp, and fails when asked to.
struct FakeLp {
    explicit FakeLp(const std::filesystem::path& dir, bool fail = false)
        : script(dir / "fake-lp")
        , log(dir / "lp-args.txt")
    {
        std::ofstream out(script);
        out << "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" << log.string() << "'\n";
        if (fail)
            out << "echo 'lp: The printer or class does not exist.' >&2\nexit 1\n";
        else
            out << "echo 'request id is Front-17 (1 file(s))'\n";
        out.close();
        chmod(script.c_str(), 0755);
        setenv("TILLBOOK_LP", script.c_str(), 1);
    }
    ~FakeLp() { unsetenv("TILLBOOK_LP"); }
    std::string args() const
    {
        std::ifstream in(log);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    std::filesystem::path script;
    std::filesystem::path log;
};

} // namespace

TEST_CASE("letterhead settings are text settings recorded in the ledger")
{
    Office o;
    CHECK(o.st->documents().letterhead().organization == "City of Springfield Utilities"); // the demo's
    auto record = o.st->settings().changeTextSetting(station::kSystemActor, "organization.name", "Ville de Québec: Services");
    CHECK(record.kind == "settings.changed");
    CHECK(nlohmann::json::parse(record.body)["new"] == "Ville de Québec: Services");
    CHECK(o.st->documents().letterhead().organization == "Ville de Québec: Services");
    o.st->settings().changeTextSetting("ada", "organization.address", "2 Rue des Jardins");
    CHECK(o.st->settings().textSetting("organization.address") == "2 Rue des Jardins");
    auto rebuilt = station::rebuildAndCompare(o.st->paths());
    CHECK_FALSE(rebuilt.difference);
}

TEST_CASE("text settings refuse bad values in one sentence and record nothing")
{
    Office o;
    auto before = o.st->store().size();
    CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ana", "organization.name", "x"), Catch::Contains("admin"));
    CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ada", "organization.name", "two\nlines"), Catch::Contains("one line"));
    CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ada", "organization.name", std::string(81, 'x')),
                      Catch::Contains("at most 80"));
    CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ada", "organization.name", "bad \xff byte"), Catch::Contains("UTF-8"));
    CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ada", "printing.paper", "a4"), Catch::Contains("letter|roll80"));
    CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ada", "printing.cups_queue", "-o evil"), Catch::Contains("CUPS queue"));
    CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ada", "no.such", "x"), Catch::Contains("no setting"));
    CHECK(o.st->store().size() == before);
    // 80 characters, not 80 bytes: accented names are not cut short.
    o.st->settings().changeTextSetting("ada", "organization.name", std::string(40, 'a') + [] {
        std::string s;
        for (int i = 0; i < 40; ++i)
            s += "é";
        return s;
    }());
}

TEST_CASE("receipts print the organization from the settings")
{
    Office o;
    o.st->settings().changeTextSetting("ada", "organization.name", "Town of Ærøskøbing");
    o.st->drawers().openDrawer("ana", rolled(m(20000)));
    auto paid = o.pay({{TenderKind::Cash, m(5000), ""}}, m(4304));
    auto doc = o.st->documents().receiptDocument(paid.receipt, false);
    CHECK(doc.letterhead.organization == "Town of Ærøskøbing");
    CHECK(doc.change == m(696));
}

TEST_CASE("a Z report and a deposit slip are for a closed drawer and tie out to its count")
{
    Office o;
    o.st->drawers().openDrawer("ana", rolled(m(20000)));
    std::string openId = o.st->drawers().openDrawer()->id;
    CHECK_THROWS_WITH(o.st->documents().drawerReportDocument(openId, true), Catch::Contains("still open"));
    CHECK_THROWS_WITH(o.st->documents().depositSlipDocument(openId), Catch::Contains("not closed"));
    auto x = o.st->documents().drawerReportDocument(openId, false, "sam");
    CHECK_FALSE(x.z);
    CHECK_FALSE(x.closing);
    CHECK(x.approvedBy == "Sam Ærøskøbing");
    CHECK(x.checkpointNote.empty());
    o.st->drawers().countDrawer("ana", rolled(m(20000)), {});
    o.st->drawers().closeDrawer("ana", "");

    Office c;
    std::string id = c.closedDrawer();
    auto z = c.st->documents().drawerReportDocument(id, true);
    REQUIRE(z.closing);
    CHECK(z.closing->cash == m(23000));
    CHECK(z.closing->overShort.total == m(0));
    CHECK(z.totals.cashReceived == m(3000));
    CHECK(z.items.size() == 1);
    REQUIRE_FALSE(z.checkpointNote.empty());
    auto verified = station::verifyReceiptPayload(c.st->paths(), z.checkpointNote);
    CHECK(verified.ok);
    CHECK_THAT(verified.message, Catch::Contains("matches the ledger"));

    // The opening float stays for the next day: only what was taken goes to the bank.
    auto slip = c.st->documents().depositSlipDocument(id);
    CHECK(slip.cashOnHand == m(23000));
    CHECK(slip.floatKept == m(20000));
    CHECK(slip.cashTotal == m(3000));
    CHECK(slip.cash.pieces[static_cast<std::size_t>(Denomination::Bill100)] == 2);
    CHECK(slip.itemsTotal == m(4500));
    CHECK(slip.total == m(7500));
    CHECK(slip.preparedBy == "Ana Núñez");
}

TEST_CASE("a Z report's checkpoint code fails when it was changed or is not this station's")
{
    Office c;
    std::string id = c.closedDrawer();
    std::string note = c.st->documents().drawerReportDocument(id, true).checkpointNote;
    std::string changedSize = note;
    auto firstLineEnd = changedSize.find('\n');
    changedSize.replace(firstLineEnd + 1, changedSize.find('\n', firstLineEnd + 1) - firstLineEnd - 1, "3");
    auto bad = station::verifyReceiptPayload(c.st->paths(), changedSize);
    CHECK_FALSE(bad.ok);
    CHECK_THAT(bad.message, Catch::Contains("signature"));
    std::string otherStation = note;
    otherStation.replace(0, otherStation.find('\n'), "tillbook.local/OTHER-02");
    CHECK_FALSE(station::verifyReceiptPayload(c.st->paths(), otherStation).ok);
    CHECK_FALSE(station::verifyReceiptPayload(c.st->paths(), "not\na checkpoint").ok);
}

TEST_CASE("a refund-check request names the payee the amount and who approved it")
{
    Office o;
    o.st->drawers().openDrawer("ana", rolled(m(20000)));
    auto paid = o.pay({{TenderKind::Cash, m(10000), ""}}, m(10000));
    auto id = o.approve(o.st->payments().refundRequest("ana", paid.receipt, m(2500), "check_request"));
    auto refund = o.st->payments().refundPayment("ana", paid.receipt, m(2500), "check_request", id);
    auto doc = o.st->documents().refundCheckRequestDocument(refund.seq);
    CHECK(doc.amount == m(2500));
    CHECK(doc.receipt == paid.receipt);
    CHECK(doc.accounts == std::vector<std::string>{"100101"});
    CHECK_FALSE(doc.payee.empty());
    CHECK(doc.payee == o.st->accounts().account("100101")->summary.name);
    CHECK(doc.requestedBy == "Ana Núñez");
    CHECK(doc.approvedBy == "Sam Ærøskøbing");
    CHECK(doc.requestNumber == "TEST-01-RF" + std::to_string(refund.seq));

    auto cashId = o.approve(o.st->payments().refundRequest("ana", paid.receipt, m(500), "cash"));
    auto cashRefund = o.st->payments().refundPayment("ana", paid.receipt, m(500), "cash", cashId);
    CHECK_THROWS_WITH(o.st->documents().refundCheckRequestDocument(cashRefund.seq), Catch::Contains("paid in cash"));
    CHECK_THROWS_WITH(o.st->documents().refundCheckRequestDocument(paid.seq), Catch::Contains("not a refund"));
}

TEST_CASE("printing keeps the PDF under the data directory and records nothing")
{
    Office o;
    o.st->drawers().openDrawer("ana", rolled(m(20000)));
    auto paid = o.pay({{TenderKind::Cash, m(5000), ""}}, m(4304));
    auto before = o.st->store().size();
    auto first = o.st->documents().print({DocumentKind::Receipt, paid.receipt, false, {}});
    auto again = o.st->documents().print({DocumentKind::Receipt, paid.receipt, true, {}});
    CHECK(o.st->store().size() == before);
    CHECK_FALSE(first.sent);
    CHECK_THAT(tillbook::englishOf(first.message), Catch::Contains("no printer queue"));
    REQUIRE(std::filesystem::exists(first.path));
    REQUIRE(std::filesystem::exists(again.path));
    CHECK(first.path != again.path);
    CHECK(first.path.parent_path().parent_path() == o.st->paths().printoutsDir);
    CHECK(first.path.parent_path().filename() == "2026-11-01");
    CHECK(std::filesystem::file_size(first.path) == first.bytes);
    CHECK_THAT(again.path.filename().string(), Catch::Contains("reprint"));
}

TEST_CASE("printing sends the PDF to the configured CUPS queue with lp")
{
    Office o;
    o.st->settings().changeTextSetting("ada", "printing.cups_queue", "Front_Counter");
    o.st->settings().changeTextSetting("ada", "printing.paper", "roll80");
    o.st->drawers().openDrawer("ana", rolled(m(20000)));
    auto paid = o.pay({{TenderKind::Cash, m(5000), ""}}, m(4304));
    SECTION("a queue that accepts the job")
    {
        FakeLp lp(o.dir.path());
        auto out = o.st->documents().print({DocumentKind::Receipt, paid.receipt, false, {}});
        CHECK(out.sent);
        CHECK_THAT(tillbook::englishOf(out.message), Catch::Contains("sent to printer Front_Counter"));
        CHECK(lp.args() == "-d\nFront_Counter\n-t\nReceipt " + paid.receipt + "\n--\n" + out.path.string() + "\n");
    }
    SECTION("a queue that refuses it: kept, not printed, and the cashier is told why")
    {
        FakeLp lp(o.dir.path(), true);
        auto out = o.st->documents().print({DocumentKind::Receipt, paid.receipt, false, {}});
        CHECK_FALSE(out.sent);
        CHECK_THAT(tillbook::englishOf(out.message), Catch::Contains("saved but not printed") && Catch::Contains("does not exist"));
        CHECK(std::filesystem::exists(out.path));
    }
    SECTION("no lp on the machine")
    {
        setenv("TILLBOOK_LP", "/nonexistent/lp", 1);
        auto out = o.st->documents().print({DocumentKind::Receipt, paid.receipt, false, {}});
        unsetenv("TILLBOOK_LP");
        CHECK_FALSE(out.sent);
        CHECK_THAT(tillbook::englishOf(out.message), Catch::Contains("cups-client"));
    }
}

TEST_CASE("a Spanish-speaking customer's receipt and promissory note print in Spanish - others stay English")
{
    Office o;
    station::AccountChange change;
    change.language = "fr";
    auto size = o.st->store().size();
    CHECK_THROWS_WITH(o.st->maintenance().changeAccount("ana", "100101", change, ""), Catch::Contains("English (en) or Spanish (es)"));
    CHECK(o.st->store().size() == size);
    change.language = "es";
    o.st->maintenance().changeAccount("ana", "100101", change, "customer asked");
    CHECK(o.st->accounts().account("100101")->language == "es");
    CHECK(o.st->accounts().account("100108")->language == "en");
    // The billing system's next file without the column keeps what the clerk set; with it, it sets it.
    o.st->accounts().importAccounts("system", "number,name,status\n100101,María Núñez,active\n", "accounts-1.csv");
    CHECK(o.st->accounts().account("100101")->language == "es");
    o.st->accounts().importAccounts("system", "number,name,status,language\n100108,James Haddad,active,es\n", "accounts-2.csv");
    CHECK(o.st->accounts().account("100108")->language == "es");
    o.st->accounts().importAccounts("system", "number,name,status,language\n100108,James Haddad,active,en\n", "accounts-3.csv");
    CHECK(o.st->accounts().account("100108")->language == "en");

    o.st->drawers().openDrawer("ana", rolled(m(20000)));
    // An older bill that billing did not describe, paid first: the receipt names it by its kind, in Spanish. (The demo
    // bill after it keeps the description billing gave it: data, printed as given.)
    o.st->accounts().importBills("system", "id,account,kind,due_date,amount,fund\nU-OLD,100101,utility,2026-08-01,5.00,WATER\n",
                                 "bills-undescribed.csv");
    // Cash and a check with change and a credit left on the account: every phrase a receipt can print.
    auto paid = o.pay({{TenderKind::Check, m(3000), test::verifiedItem(*o.st, "ana", m(3000))}}, m(3000));
    auto doc = o.st->documents().receiptDocument(paid.receipt, true);
    CHECK(doc.language == printing::Language::Spanish);
    auto layout = printing::receiptLayout(doc);
    std::string all;
    for (const auto& text : printing::layoutTexts(layout))
        all += text + "\n";
    CHECK_THAT(all, Catch::Contains("REIMPRESIÓN"));
    CHECK_THAT(all, Catch::Contains("Recibo " + paid.receipt));
    CHECK_THAT(all, Catch::Contains("Total pagado"));
    CHECK_THAT(all, Catch::Contains("Cheque 1"));
    CHECK_THAT(all, Catch::Contains("(cuenta ****0001)"));
    CHECK_THAT(all, Catch::Contains("La cuenta 100101 ahora debe") && Catch::Contains("tiene un crédito de"));
    CHECK_THAT(all, Catch::Contains("sujetos a cobro"));
    CHECK_THAT(all, !Catch::Contains("Total paid") && !Catch::Contains("now owes"));
    // Its data words and dates in Spanish too: the kind of bill, the mark, the footer, the date with its month named.
    CHECK_THAT(all, Catch::Contains("Factura de servicios") && Catch::Contains("PAGADO")
                        && Catch::Contains("Gracias por su pago.") && Catch::Contains("Registro n.º"));
    CHECK_THAT(all, Catch::Contains("Water service") && Catch::Contains("Factura B100101-1, servicio del"));
    CHECK_THAT(all, Catch::Contains("Cuenta\n100101\n") && Catch::Contains("Cliente\nMaría Núñez"));
    CHECK_THAT(all, !Catch::Contains("Utility bill") && !Catch::Contains("Thank you"));
    CHECK_FALSE(std::isdigit(static_cast<unsigned char>(doc.dateTime.at(2)))); // "27 nov 2026 ...", not "2026-11-27"
    // The PDF renders it (accented capitals in the core font subset).
    auto pdf = printing::renderPdf(layout, printing::Paper::Letter);
    CHECK(pdf.size() > 1000);

    auto english = printing::receiptLayout(o.st->documents().receiptDocument(o.pay({{TenderKind::Cash, m(500), ""}}, m(500), "100108").receipt, false));
    std::string en;
    for (const auto& text : printing::layoutTexts(english))
        en += text + "\n";
    CHECK_THAT(en, Catch::Contains("Total paid") && Catch::Contains("Account 100108 now owes"));

    // A promissory note with its notary block, for the Spanish-speaking borrower.
    o.st->settings().changeSetting("system", "arrangements.notary_block", 1);
    auto account = std::string("100122");
    change.language = "es";
    o.st->maintenance().changeAccount("ana", account, change, "");
    station::ArrangementRequest r;
    r.operatorId = "ana";
    r.account = account;
    r.installments = 3;
    r.firstDue = "2026-12-15";
    r.rateMilliPercent = 6000;
    r.method = InterestMethod::Simple;
    auto a = o.st->arrangements().createArrangement(r);
    auto note = o.st->arrangements().promissoryNoteDocument(a.id);
    std::string noteText;
    for (const auto& text : printing::layoutTexts(printing::promissoryNoteLayout(note)))
        noteText += text + "\n";
    CHECK_THAT(noteText, Catch::Contains("PAGARÉ " + a.id) && Catch::Contains("Deudor:")
                             && Catch::Contains("de interés simple") && Catch::Contains("Reconocimiento ante notario")
                             && Catch::Contains("Incumplimiento:") && Catch::Contains("Pago anticipado:"));
    CHECK_THAT(noteText, !Catch::Contains("Borrower") && !Catch::Contains("Schedule"));
    CHECK_THAT(noteText, Catch::Contains("15 dic 2026") && !Catch::Contains("2026-12-15"));
    CHECK_THAT(noteText, Catch::Contains("puede verificar este pagaré con su código.") && !Catch::Contains("tillctl"));
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
}

TEST_CASE("a Z report prints the latest checkpoint the office cosigned, and nothing of an office before one")
{
    Office c;
    std::string id = c.closedDrawer();
    CHECK(c.st->documents().drawerReportDocument(id, true).officeCheckpointNote.empty());
    auto layoutText = [&] {
        std::string text;
        for (const auto& block : printing::drawerReportLayout(c.st->documents().drawerReportDocument(id, true)).blocks)
            text += block.left + "\n";
        return text;
    };
    CHECK_THAT(layoutText(), !Catch::Contains("cosigned by the office"));

    // As the sync keeps them (office/station_link.cpp): beside the ledger, newest by size.
    ledger::Db& db = c.st->store().db();
    db.exec("CREATE TABLE office_cosignatures (size INTEGER PRIMARY KEY CHECK (size >= 1), note TEXT NOT NULL, "
            "pulled_ms INTEGER NOT NULL) STRICT");
    const std::string older = "tillbook.local/DEMO-01\n5\nAAAA\n\n\u2014 tillbook.office/office.example AAAA\n";
    const std::string latest = "tillbook.local/DEMO-01\n9\nBBBB\n\n\u2014 tillbook.local/DEMO-01 CCCC\n"
                               "\u2014 tillbook.office/office.example BBBB\n";
    auto insert = db.prepare("INSERT INTO office_cosignatures (size, note, pulled_ms) VALUES (?, ?, 0)");
    insert.bind(1, std::int64_t{9}).bind(2, latest).run();
    insert.reset();
    insert.bind(1, std::int64_t{5}).bind(2, older).run();

    auto z = c.st->documents().drawerReportDocument(id, true);
    CHECK(z.officeCheckpointNote == latest);
    CHECK(c.st->documents().drawerReportDocument(id, false).officeCheckpointNote.empty()); // an X report does not
    std::string text = layoutText();
    CHECK_THAT(text, Catch::Contains("Latest checkpoint cosigned by the office\ntillbook.local/DEMO-01\n9\nBBBB\n"
                                     "\u2014 tillbook.office/office.example BBBB\n"));
    CHECK_THAT(text, !Catch::Contains("AAAA"));
    CHECK_THAT(text, !Catch::Contains("CCCC")); // the station's own signature line: the Z report's code carries one
}

namespace {

std::string allText(const printing::Layout& layout)
{
    std::string all;
    for (const auto& text : printing::layoutTexts(layout))
        all += text + "\n";
    return all;
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

TEST_CASE("a receipt speaks to the customer: labelled, the bill's description and period, PAID, no developer words")
{
    Office o;
    // The billing system's newer file describes its bills; an older file without the columns still imports.
    o.st->accounts().importBills("system",
                                 "id,account,kind,due_date,amount,fund,description,period_start,period_end\n"
                                 "W-2026-10,100101,utility,2026-11-20,43.04,WATER,\"Water and sewer, October\",2026-10-01,2026-10-31\n"
                                 "P-77,100101,permit,2026-11-25,10.00,GEN,,,\n",
                                 "bills-described.csv");
    o.st->drawers().openDrawer("ana", rolled(m(20000)));
    PaymentRequest r;
    r.operatorId = "ana";
    r.requestId = "described";
    r.billAmounts = {{"W-2026-10", "100101", m(4304)}, {"P-77", "100101", m(1000)}};
    r.tenders = {{TenderKind::Cash, m(6000), ""}};
    auto paid = o.st->payments().takePayment(r);
    auto doc = o.st->documents().receiptDocument(paid.receipt, false);
    REQUIRE(doc.lines.size() == 2);
    CHECK(doc.lines[0].label == "Water and sewer, October");
    CHECK(doc.lines[0].detail == "Bill W-2026-10, service 2026-10-01 to 2026-10-31");
    CHECK(doc.lines[1].label == "Permit"); // no description: the kind of bill, and its due date
    CHECK(doc.lines[1].detail == "Bill P-77, due 2026-11-25");
    REQUIRE(doc.customers.size() == 1);
    CHECK(doc.mailTo.name == doc.customers[0].name);
    std::string text = allText(printing::receiptLayout(doc));
    CHECK_THAT(text, Catch::Contains("Account\n100101\n") && Catch::Contains("Customer\n")
                         && Catch::Contains("Service address\n"));
    CHECK_THAT(text, Catch::Contains("PAID") && Catch::Contains("Thank you for your payment."));
    CHECK_THAT(text, Catch::Contains("Record no. " + std::to_string(paid.seq)));
    CHECK_THAT(text, Catch::Contains("City of Springfield Utilities can check this receipt from its code."));
    CHECK_THAT(lower(text), !Catch::Contains("tillctl") && !Catch::Contains("hash") && !Catch::Contains("(water)"));
    // With no verification page set, the code is the bare proof.
    CHECK(doc.qrPayload.rfind("TB1|", 0) == 0);

    // The office's words, and its verification page: the code becomes that page's address with the proof as its
    // code parameter, which verify-receipt reads back.
    o.st->settings().changeTextSetting("ada", "receipt.verify_url", "https://pay.springfield.example/check");
    o.st->settings().changeTextSetting("ada", "receipt.thank_you", "Thanks from the Water Department!");
    o.st->settings().changeTextSetting("ada", "receipt.contact", "Questions: 217-555-0100, weekdays 8 to 5");
    doc = o.st->documents().receiptDocument(paid.receipt, true);
    text = allText(printing::receiptLayout(doc));
    CHECK_THAT(text, Catch::Contains("Scan to check this receipt at pay.springfield.example/check"));
    CHECK_THAT(text, Catch::Contains("Thanks from the Water Department!") && Catch::Contains("weekdays 8 to 5"));
    const std::string prefix = "https://pay.springfield.example/check?code=TB1%7C";
    REQUIRE(doc.qrPayload.rfind(prefix, 0) == 0);
    CHECK(doc.qrPayload.substr(prefix.size()).find_first_of("|+/= ") == std::string::npos);
    auto verified = station::verifyReceiptPayload(o.st->paths(), doc.qrPayload);
    CHECK(verified.ok);
    CHECK_THAT(verified.message, Catch::Contains("receipt " + paid.receipt));
    CHECK_FALSE(station::verifyReceiptPayload(o.st->paths(), "https://pay.springfield.example/check?other=1").ok);
    std::string changed = doc.qrPayload;
    changed[changed.size() - 4] = changed[changed.size() - 4] == 'A' ? 'B' : 'A';
    CHECK_FALSE(station::verifyReceiptPayload(o.st->paths(), changed).ok);
    o.st->settings().changeTextSetting("ada", "receipt.verify_text", "Check me online");
    CHECK(o.st->documents().receiptDocument(paid.receipt, false).footer.verifyText == "Check me online");

    // A later file in the old form keeps the descriptions the billing system gave.
    o.st->accounts().importBills("system", "id,account,kind,due_date,amount,fund\nW-2026-10,100101,utility,2026-11-20,43.04,WATER\n",
                                 "bills-old.csv");
    CHECK(o.st->documents().receiptDocument(paid.receipt, false).lines[0].label == "Water and sewer, October");
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
}

TEST_CASE("a bills file with a bad description or period is refused whole, at its line")
{
    Office o;
    auto before = o.st->store().size();
    std::vector<std::string> problems;
    try {
        o.st->accounts().importBills("system",
                                     "id,account,kind,due_date,amount,fund,description,period_start,period_end\n"
                                     "G-1,100101,utility,2026-11-20,5.00,WATER,Water,2026-10-01,2026-10-31\n"
                                     "G-2,100101,utility,2026-11-20,5.00,WATER,Water,2026-10-31,2026-10-01\n",
                                     "bad-period.csv");
    } catch (const station::ImportRefused& refused) {
        problems = refused.problems;
    }
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::StartsWith("line 3, column period_end: the service period ends on 2026-10-01"));
    auto account = o.st->accounts().account("100101");
    REQUIRE(account);
    for (const auto& bill : account->openBills)
        CHECK(bill.id != "G-1"); // the good line was not imported either
    CHECK(o.st->store().size() == before);
}

TEST_CASE("the verification page must be a web address, refused in one sentence and recorded nowhere")
{
    Office o;
    auto before = o.st->store().size();
    for (const char* bad : {"pay.springfield.example/check", "ftp://pay.springfield.example", "https://",
                            "https://pay.springfield.example/check me", "https://pay.springfield.example/#check",
                            "https:///check"}) {
        INFO(bad);
        CHECK_THROWS_WITH(o.st->settings().changeTextSetting("ada", "receipt.verify_url", bad),
                          Catch::Contains("receipt.verify_url is a web address starting with https://"));
    }
    CHECK(o.st->store().size() == before);
    o.st->settings().changeTextSetting("ada", "receipt.verify_url", "https://pay.springfield.example/check?town=7");
    o.st->settings().changeTextSetting("ada", "receipt.verify_url", "");
    CHECK(o.st->store().size() == before + 2);
}
