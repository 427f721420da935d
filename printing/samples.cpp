// Made-up documents. Names with marks (Núñez, Ærø, Łódź) are here on purpose: they are what breaks printing.
#include "printing/samples.h"

#include "core/text.h"

namespace tillbook::printing {

namespace {

Letterhead sampleLetterhead()
{
    return {"City of Springfield Utilities", "100 Main Street, Springfield, IL 62701", "(217) 555-0100"};
}

Money cents(std::int64_t c)
{
    return Money::fromCents(c);
}

Layout marked(Layout layout)
{
    layout.blocks.insert(layout.blocks.begin(), Block{Block::Kind::Banner, Style::Title, "SAMPLE", {}, {}});
    return layout;
}

} // namespace

CustomerFooter sampleFooter(Language l, bool note)
{
    return {say(l, "Thank you for your payment."), say(l, "Questions? Call {1}.", {"(217) 555-0100"}),
            say(l, note ? "Scan to check this note at {1}" : "Scan to check this receipt at {1}", {"pay.springfield.example"})};
}

ReceiptDocument sampleReceipt(Language l)
{
    ReceiptDocument r;
    r.language = l;
    r.letterhead = sampleLetterhead();
    r.mailTo = {"Søren Ærø", "PO Box 77\nSpringfield, IL 62705"};
    r.receiptNumber = "SPRING-01-R000123";
    r.dateTime = printedDate(l, "2026-11-27 10:15 CST");
    r.station = "SPRING-01";
    r.cashier = "Ana Núñez";
    r.customers = {{"100115", "Søren Ærø", "126 River Road, Springfield"}, {"100122", "Łucja Wójcik", "9 Elm Court, Springfield"}};
    auto period = [&](const char* bill, const char* from, const char* to) {
        return say(l, "Bill {1}, service {2} to {3}", {bill, printedDate(l, from), printedDate(l, to)});
    };
    r.lines = {{l == Language::Spanish ? "Agua, octubre" : "Water, October", period("B100115-1", "2026-10-01", "2026-10-31"), "100115", cents(4304)},
               {l == Language::Spanish ? "Alcantarillado, octubre" : "Sewer, October", period("B100115-2", "2026-10-01", "2026-10-31"), "100115", cents(2950)},
               {"Reconnection fee", "", "100122", cents(4500)},
               {"Notary service", "", "", cents(500)}};
    r.tenders = {{say(l, "{1} {2} (account {3})", {say(l, "Check"), "1042", "****6789"}), cents(10000)}, {say(l, "Cash"), cents(5000)}};
    r.total = cents(12254);
    r.tendered = cents(15000);
    r.change = cents(2746);
    r.balances = {say(l, "Account {1} now owes {2}", {"100115", "$0.00"}), say(l, "Account {1} now owes {2}", {"100122", "$12.75"})};
    r.checksTaken = true;
    r.footer = sampleFooter(l, false);
    r.seq = 123;
    r.qrPayload = "https://pay.springfield.example/check?code="
                  + percentEncode("TB1|SPRING-01|123|gPE1OuzHJazx+PaeKJeUBWN2qjI8mLOPE5dLaTOCu+E=|"
                                  "MEUCIQDQORtWQoyDrp/7Uv/qBkTs5UvYOjfHd3F8rxx8ajJkzAIgPql1oDL8FR778NqUEwH027vVSXnDVouP5vwQaOKA5js=");
    return r;
}

DrawerReportDocument sampleDrawerReport(bool z)
{
    DrawerReportDocument d;
    d.letterhead = sampleLetterhead();
    d.z = z;
    d.drawer = "SPRING-01-D000042";
    d.station = "SPRING-01";
    d.cashier = "Ana Núñez";
    d.businessDay = "2026-11-27";
    d.opened = "2026-11-27 08:01 CST";
    d.closed = z ? "2026-11-27 17:04 CST" : "";
    d.printed = z ? "2026-11-27 17:05 CST" : "2026-11-27 12:30 CST";
    d.approvedBy = z ? "" : "Sam Okafor";
    d.totals.openingFloat = cents(20000);
    d.totals.cashReceived = cents(184250);
    d.totals.changeGiven = cents(12735);
    d.totals.paidOuts = cents(1500);
    d.totals.drops = cents(100000);
    d.totals.checks = cents(96420);
    d.totals.checkCount = 3;
    d.totals.moneyOrders = cents(15000);
    d.totals.moneyOrderCount = 1;
    d.expectedCash = cents(90015);
    d.payments = 61;
    d.voids = 1;
    d.refunds = 1;
    d.noSales = 2;
    d.drops = 1;
    d.movements = {{"Drop to the safe", cents(100000)}, {"Paid-out: postage for certified letters", cents(1500)}};
    d.items = {{"Check", "1042", "SPRING-01-R000123", cents(10000)},
               {"Check", "5518", "SPRING-01-R000131", cents(46420)},
               {"Check", "210", "SPRING-01-R000140", cents(40000)},
               {"Money order", "88812345", "SPRING-01-R000151", cents(15000)}};
    if (z) {
        ClosingCount c;
        c.cash = cents(90010);
        c.checks = cents(96420);
        c.moneyOrders = cents(15000);
        c.overShort = {cents(-5), cents(0), cents(0), cents(-5), cents(0)};
        d.closing = c;
        d.checkpointNote = "tillbook.local/SPRING-01\n1187\nq5Yb0vVt3o8wPuVQ2pJq0m8y4hQ2cUoGh7kz2dJvYxI=\n\n"
                           "\u2014 tillbook.local/SPRING-01 AbCdEfMEUCIQCx0l2H5vVq8h2nA7P0Vw4k5m9pXo2Q6fR1t8sY3bU"
                           "c7wIgQ2m5t1wB8pZ3kN6rV0xH4yJ7cL2eF9aD1sG5uT8oI3w=\n";
        d.officeCheckpointNote = "tillbook.local/SPRING-01\n1180\nH1x0cV9mQe2kT7pZ4rW8yB3nL6fJ5aD0sG2uK9oI1wE=\n\n"
                                 "\u2014 tillbook.local/SPRING-01 AbCdEfMEQCIB7k2pQ9xN4vT1mZ8rH3cW6yL5fJ0aD2sG9uK1oI4w"
                                 "E7bAiA5nP2qR8tV3xY6zB1cD4fG7hJ0kL3mN6pQ9rS2tU5vW8x=\n"
                                 "\u2014 tillbook.office/office.example.gov 9xYzAAAAAGdPq1wB3mN6pQ9rS2tU5vW8xY1zA4bC7dE"
                                 "0fG3hJ6kL9mN2pQ5rS8tU1vW4xY7zA0bC3dE6fG9hJ2kL5mN8pQ1rS4tU7vW0xY3zA6bC9dE2fA==\n";
    }
    return d;
}

DepositSlipDocument sampleDepositSlip()
{
    DepositSlipDocument s;
    s.letterhead = sampleLetterhead();
    s.bankName = "First Prairie Bank";
    s.bankAccount = "000123456789";
    s.drawer = "SPRING-01-D000042";
    s.station = "SPRING-01";
    s.preparedBy = "Ana Núñez";
    s.date = "2026-11-27";
    auto piece = [&](Denomination d, std::int64_t n) { s.cash.pieces[static_cast<std::size_t>(d)] = n; };
    piece(Denomination::Bill100, 2);
    piece(Denomination::Bill20, 28);
    piece(Denomination::Bill10, 7);
    piece(Denomination::Bill5, 6);
    piece(Denomination::Bill1, 28);
    piece(Denomination::Coin25, 36);
    piece(Denomination::Coin10, 11);
    s.cash.rolledCoin = cents(1000);
    s.cashTotal = cents(90010);
    s.items = sampleDrawerReport(true).items;
    for (const auto& item : s.items)
        s.itemsTotal += item.amount;
    s.total = s.cashTotal + s.itemsTotal;
    return s;
}

// A day's bank deposit of two drawers and a safe drop; its cash ties out: 400.00 + 1,715.00 - 15.00 - 0.05 - 200.00
// = 1,899.95, and the counted pieces add up to that plus the float kept back (2,099.95).
BankDepositDocument sampleBankDeposit()
{
    BankDepositDocument d;
    d.letterhead = sampleLetterhead();
    d.depositId = "SPRING-01-DP000018";
    d.day = "2026-11-27";
    d.bag = "B-0418";
    d.seal = "S-771204";
    d.station = "SPRING-01";
    d.preparedBy = "Sam Okafor";
    d.bankName = "First Prairie Bank";
    d.bankRouting = "071900003";
    d.bankAccount = "****6789";
    d.sources = {"Drawer SPRING-01-D000042 (Ana Núñez)", "Drawer SPRING-01-D000043 (Ben Okafor)",
                 "Safe drop from drawer SPRING-01-D000042"};
    auto piece = [&](Denomination denomination, std::int64_t n) {
        d.cashOnHand.pieces[static_cast<std::size_t>(denomination)] = n;
    };
    piece(Denomination::Bill100, 10);
    piece(Denomination::Bill20, 40);
    piece(Denomination::Bill10, 20);
    piece(Denomination::Bill5, 15);
    piece(Denomination::Bill1, 19);
    piece(Denomination::Coin25, 19);
    piece(Denomination::Coin10, 12);
    d.cashOnHandTotal = cents(209995);
    d.floatKept = cents(20000);
    d.cash = cents(189995);
    d.openingFloats = cents(40000);
    d.cashTaken = cents(171500);
    d.paidOuts = cents(1500);
    d.overShort = cents(-5);
    d.items = {{"Check", "071900003", "****4417", "1042", "Søren Ærø", cents(10000)},
               {"Check", "071900016", "****0932", "5518", "Łucja Wójcik", cents(46420)},
               {"Money order", "", "", "88812345", "", cents(15000)}};
    d.checks = cents(56420);
    d.moneyOrders = cents(15000);
    d.total = d.cash + d.checks + d.moneyOrders;
    return d;
}

RefundCheckRequestDocument sampleRefundCheckRequest()
{
    RefundCheckRequestDocument r;
    r.letterhead = sampleLetterhead();
    r.requestNumber = "SPRING-01-RF1190";
    r.dateTime = "2026-11-27 15:42 CST";
    r.station = "SPRING-01";
    r.receipt = "SPRING-01-R000131";
    r.payee = "Søren Ærø";
    r.mailingAddress = "PO Box 77, Springfield, IL 62705";
    r.accounts = {"100115"};
    r.amount = cents(46420);
    r.requestedBy = "Ana Núñez";
    r.approvedBy = "Sam Okafor";
    r.seq = 1190;
    return r;
}

PromissoryNoteDocument samplePromissoryNote()
{
    PromissoryNoteDocument n;
    n.letterhead = sampleLetterhead();
    n.noteNumber = "SPRING-01-PN0007";
    n.date = "2026-11-27";
    n.borrower = "Łucja Wójcik";
    n.borrowerAddress = "9 Elm Court, Springfield, IL 62704";
    n.account = "100122";
    n.originalBalance = cents(70000);
    n.down = cents(10000);
    n.principal = cents(60000);
    n.annualRate = "6.000%";
    n.apr = "6.00%";
    n.frequency = "monthly";
    n.schedule = {{"2026-12-27", cents(20200), cents(19900), cents(300), cents(40100)},
                  {"2027-01-27", cents(20200), cents(19999), cents(201), cents(20101)},
                  {"2027-02-27", cents(20202), cents(20101), cents(101), cents(0)}};
    for (const auto& i : n.schedule) {
        n.totalInterest += i.interest;
        n.totalOfPayments += i.amount;
    }
    n.lateCharge = "Late charge: none.";
    n.prepayment = "Prepayment: the borrower may pay any part early without penalty; interest not yet earned is not "
                   "charged.";
    n.whereToPay = "Where and how to pay: at " + n.letterhead.organization + ", " + n.letterhead.address
                   + ", in cash, by check or by money order, quoting account 100122.";
    n.footer = sampleFooter(Language::English, true);
    n.terms = {"An installment not paid within 10 days of its due date is late and the whole unpaid balance may be "
               "called due; service may be disconnected as the utility's rules provide."};
    n.cashier = "Ana Núñez";
    n.notaryBlock = true;
    n.seq = 1201;
    n.qrPayload = "https://pay.springfield.example/check?code="
                  + percentEncode("TB1|SPRING-01|1201|nAThobPSX2Dc0Q3vV9kTq1m2Zr8yWx4uJ5hK7gF3eAs=|"
                                  "MEQCIFq0b8w2kL5nR7tY3xC9vZ1mA4sD6fG8hJ2kL4zX6cVbAiB3nM5qW7eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC7vB9nM0=");
    return n;
}

std::vector<std::pair<std::string, Layout>> sampleLayouts()
{
    return {{"receipt", marked(receiptLayout(sampleReceipt()))},
            {"receipt-spanish", marked(receiptLayout(sampleReceipt(Language::Spanish)))},
            {"x-report", marked(drawerReportLayout(sampleDrawerReport(false)))},
            {"z-report", marked(drawerReportLayout(sampleDrawerReport(true)))},
            {"deposit-slip", marked(depositSlipLayout(sampleDepositSlip()))},
            {"bank-deposit", marked(bankDepositLayout(sampleBankDeposit()))},
            {"refund-check-request", marked(refundCheckRequestLayout(sampleRefundCheckRequest()))},
            {"promissory-note", marked(promissoryNoteLayout(samplePromissoryNote()))}};
}

} // namespace tillbook::printing
