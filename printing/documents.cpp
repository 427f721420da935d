// How each document reads: the order of its parts and their wording. The renderers decide sizes and widths.
#include "printing/documents.h"

#include <algorithm>

namespace tillbook::printing {

namespace {

void letterhead(Layout& out, const Letterhead& head)
{
    out.text(head.organization, Style::Title);
    if (!head.address.empty())
        out.centered(head.address);
    if (!head.phone.empty())
        out.centered(head.phone);
    out.gap();
}

std::string count(std::int64_t n)
{
    return std::to_string(n);
}

void depositItems(Layout& out, const std::vector<DepositItem>& items)
{
    for (const auto& item : items)
        out.pair(item.kind + " " + item.reference + "  (receipt " + item.receipt + ")", formatMoney(item.amount));
}

// A count by denomination, one line per denomination present.
void cashLines(Layout& out, const CashCount& cash)
{
    for (const auto& d : denominations()) {
        std::int64_t n = cash.pieces[static_cast<std::size_t>(d.denomination)];
        if (n > 0)
            out.pair(std::to_string(n) + " x " + std::string(d.label), formatMoney(Money::fromCents(n * d.cents)));
    }
    if (cash.rolledCoin.isPositive())
        out.pair("Rolled coin", formatMoney(cash.rolledCoin));
    if (cash.unitemized.isPositive())
        out.pair("Cash, not by denomination", formatMoney(cash.unitemized));
}

// A name and address where a window envelope shows them; the address's own line breaks are kept.
void windowAddress(Layout& out, const Addressee& to)
{
    if (to.name.empty())
        return;
    std::vector<std::string> lines{to.name};
    std::size_t start = 0;
    while (start <= to.address.size() && !to.address.empty()) {
        std::size_t end = to.address.find('\n', start);
        std::string line = to.address.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            lines.push_back(line);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    out.window(std::move(lines));
}

// The thanks and the office's contact line, centered, at the end of a customer's paper.
void contactLines(Layout& out, const CustomerFooter& footer, bool thanks)
{
    if (thanks && !footer.thanks.empty())
        out.centered(footer.thanks, Style::Strong);
    if (!footer.contact.empty())
        out.centered(footer.contact);
}

// The code a customer or the office scans to check the paper against the ledger, with the settings' words under it,
// and the record number in small print: the proof itself is in the code, not in the customer's face.
void verification(Layout& out, Language l, const CustomerFooter& footer, std::uint64_t seq, const std::string& code)
{
    if (!code.empty())
        out.qr(code, footer.verifyText);
    out.text(say(l, "Record no. {1}", {std::to_string(seq)}), Style::Small);
}

std::string orNotSet(const std::string& value)
{
    return value.empty() ? std::string("(not set)") : value;
}

} // namespace

std::vector<std::string> layoutTexts(const Layout& layout)
{
    std::vector<std::string> texts{layout.title};
    for (const auto& block : layout.blocks) {
        if (block.kind == Block::Kind::Qr) {
            texts.push_back(block.right);
            continue;
        }
        texts.push_back(block.left);
        texts.push_back(block.right);
        texts.insert(texts.end(), block.cells.begin(), block.cells.end());
    }
    return texts;
}

Layout receiptLayout(const ReceiptDocument& r)
{
    const Language l = r.language;
    Layout out;
    out.title = "Receipt " + r.receiptNumber; // the file's name: always the same words
    if (r.reprint)
        out.banner(say(l, "REPRINT"));
    if (r.voided)
        out.banner(say(l, "VOIDED"));
    letterhead(out, r.letterhead);
    windowAddress(out, r.mailTo);
    out.text(say(l, "Receipt {1}", {r.receiptNumber}), Style::Strong);
    out.text(r.dateTime);
    out.text(say(l, "Station {1}   Cashier {2}", {r.station, r.cashier}));
    for (const auto& customer : r.customers) {
        out.rule();
        out.field(say(l, "Account"), customer.account);
        out.field(say(l, "Customer"), customer.name);
        if (!customer.serviceAddress.empty())
            out.field(say(l, "Service address"), customer.serviceAddress);
    }
    out.rule();
    // The account goes on each line only when the receipt pays more than one.
    std::vector<std::string> accounts;
    for (const auto& line : r.lines) {
        if (!line.account.empty() && std::find(accounts.begin(), accounts.end(), line.account) == accounts.end())
            accounts.push_back(line.account);
    }
    for (const auto& line : r.lines) {
        bool named = accounts.size() > 1 && !line.account.empty();
        out.pair(line.label, formatMoney(line.amount));
        std::string detail = line.detail;
        if (named)
            detail = say(l, "Account {1}", {line.account}) + (detail.empty() ? std::string() : ", " + detail);
        if (!detail.empty())
            out.text(detail, Style::Small);
    }
    out.rule();
    out.pair(say(l, "Total paid"), formatMoney(r.total), Style::Strong);
    if (!r.voided)
        out.banner(say(l, "PAID"));
    else
        out.gap();
    for (const auto& tender : r.tenders)
        out.pair(tender.label, formatMoney(tender.amount));
    out.pair(say(l, "Tendered"), formatMoney(r.tendered));
    out.pair(say(l, "Change"), formatMoney(r.change), Style::Strong);
    out.gap();
    for (const auto& balance : r.balances)
        out.text(balance);
    if (r.checksTaken) {
        out.gap();
        out.text(say(l, "Checks and money orders are accepted subject to collection. A returned item is charged the "
                        "returned-check fee and the payment is reversed."),
                 Style::Small);
    }
    out.rule();
    // On a letter page the code sits at the right margin, the record number, thanks and contact line beside it.
    verification(out, l, r.footer, r.seq, r.qrPayload);
    out.gap();
    contactLines(out, r.footer, true);
    return out;
}

Layout tabularReportLayout(const TabularReportDocument& r)
{
    Layout out;
    out.title = r.title;
    letterhead(out, r.letterhead);
    out.text(r.title, Style::Strong);
    out.text("Printed " + r.printed, Style::Small);
    for (const auto& section : r.sections) {
        out.rule();
        out.text(section.heading, Style::Strong);
        for (const auto& [label, figure] : section.rows)
            out.pair(label, figure);
    }
    return out;
}

Layout drawerReportLayout(const DrawerReportDocument& r)
{
    Layout out;
    out.title = std::string(r.z ? "Z report " : "X report ") + r.drawer;
    letterhead(out, r.letterhead);
    out.text(r.z ? "Z REPORT: drawer closed" : "X REPORT: drawer open", Style::Strong);
    if (!r.businessDay.empty())
        out.text("Business day " + r.businessDay, Style::Strong);
    out.text("Drawer " + r.drawer + "   Station " + r.station + "   Cashier " + r.cashier);
    out.text("Opened " + r.opened + (r.z ? "   Closed " + r.closed : std::string()) + "   Printed " + r.printed);
    if (!r.approvedBy.empty())
        out.text("Expected figures shown with the approval of " + r.approvedBy, Style::Small);
    out.rule();
    const DrawerTotals& t = r.totals;
    out.pair("Opening float (counted)", formatMoney(t.openingFloat));
    out.pair("Cash received", formatMoney(t.cashReceived));
    out.pair("Change given", formatMoney(-t.changeGiven));
    out.pair("Paid-outs and cash refunds", formatMoney(-t.paidOuts));
    out.pair("Drops to the safe", formatMoney(-t.drops));
    out.pair("Pickups", formatMoney(-t.pickups));
    out.pair("Expected cash", formatMoney(r.expectedCash), Style::Strong);
    out.gap();
    out.pair("Checks (" + count(t.checkCount) + ")", formatMoney(t.checks));
    out.pair("Money orders (" + count(t.moneyOrderCount) + ")", formatMoney(t.moneyOrders));
    if (t.cardCount > 0 || !t.cards.isZero()) // a drawer that took no card says nothing of cards
        out.pair("Cards (" + count(t.cardCount) + "), net of voids and refunds", formatMoney(t.cards));
    out.gap();
    out.text("Payments " + count(r.payments) + "   voids " + count(r.voids) + "   refunds " + count(r.refunds)
             + "   no-sales " + count(r.noSales) + "   drops " + count(r.drops));
    if (!r.movements.empty()) {
        out.rule();
        out.text("Cash movements", Style::Strong);
        for (const auto& [label, amount] : r.movements)
            out.pair(label, formatMoney(amount));
    }
    if (r.closing) {
        const ClosingCount& c = *r.closing;
        out.rule();
        out.text("Counted at close", Style::Strong);
        out.pair("Cash", formatMoney(c.cash));
        out.pair("Checks", formatMoney(c.checks));
        out.pair("Money orders", formatMoney(c.moneyOrders));
        bool cards = !c.cardBatch.isZero() || !c.overShort.cards.isZero();
        if (cards)
            out.pair("Card terminal batch", formatMoney(c.cardBatch));
        out.gap();
        out.pair("Over/short cash", formatMoney(c.overShort.cash));
        out.pair("Over/short checks", formatMoney(c.overShort.checks));
        out.pair("Over/short money orders", formatMoney(c.overShort.moneyOrders));
        if (cards)
            out.pair("Over/short cards", formatMoney(c.overShort.cards));
        out.pair("Over/short total", formatMoney(c.overShort.total), Style::Strong);
        if (!c.approver.empty())
            out.text("Approved by " + c.approver + ": " + c.reason, Style::Small);
    }
    if (!r.items.empty()) {
        out.rule();
        out.text("Checks and money orders in the drawer", Style::Strong);
        depositItems(out, r.items);
    }
    if (r.z) {
        out.rule();
        if (!r.checkpointNote.empty())
            out.qr(r.checkpointNote, "The ledger's signed checkpoint after the close, for the auditor");
        if (!r.officeCheckpointNote.empty()) {
            // As text: the checkpoint (origin, size, root) and the office's cosignature line, all that checking the
            // cosignature needs; the station's own signature line is left out, as the code above carries one.
            out.text("Latest checkpoint cosigned by the office", Style::Strong);
            const std::string& note = r.officeCheckpointNote;
            const std::string origin = note.substr(0, note.find('\n'));
            bool body = true;
            for (std::size_t start = 0; start < note.size();) {
                std::size_t end = std::min(note.find('\n', start), note.size());
                std::string line = note.substr(start, end - start);
                start = end + 1;
                if (line.empty())
                    body = false;
                else if (body || !line.starts_with("\u2014 " + origin + " "))
                    out.text(line, Style::Small);
            }
        }
        out.signature("Cashier");
        out.signature("Supervisor");
    }
    return out;
}

Layout depositSlipLayout(const DepositSlipDocument& s)
{
    Layout out;
    out.title = "Deposit slip " + s.drawer;
    letterhead(out, s.letterhead);
    out.text("DEPOSIT SLIP", Style::Strong);
    out.text("Bank: " + orNotSet(s.bankName));
    out.text("Account: " + orNotSet(s.bankAccount));
    out.text("Date " + s.date + "   " + s.source + " " + s.drawer);
    out.text("Station " + s.station + "   Prepared by " + s.preparedBy);
    out.rule();
    out.text("Currency and coin", Style::Strong);
    cashLines(out, s.cash);
    if (s.floatKept.isPositive()) {
        out.pair("Cash counted at the close and dropped to the safe", formatMoney(s.cashOnHand));
        out.pair("Less the float kept back", formatMoney(-s.floatKept));
    }
    out.pair("Total currency and coin", formatMoney(s.cashTotal), Style::Strong);
    out.rule();
    out.text("Checks and money orders (" + std::to_string(s.items.size()) + ")", Style::Strong);
    depositItems(out, s.items);
    out.pair("Total checks and money orders", formatMoney(s.itemsTotal), Style::Strong);
    out.rule();
    out.pair("TOTAL DEPOSIT", formatMoney(s.total), Style::Title);
    out.gap();
    out.signature("Prepared by");
    out.signature("Verified by");
    return out;
}

Layout bankDepositLayout(const BankDepositDocument& d)
{
    Layout out;
    out.title = "Deposit " + d.depositId;
    letterhead(out, d.letterhead);
    out.text("BANK DEPOSIT " + d.depositId, Style::Strong);
    out.text("Bank: " + orNotSet(d.bankName) + "   Routing " + orNotSet(d.bankRouting) + "   Account "
             + orNotSet(d.bankAccount));
    out.text("Business day " + d.day + "   Bag " + d.bag + (d.seal.empty() ? std::string() : "   Seal " + d.seal));
    out.text("Station " + d.station + "   Prepared by " + d.preparedBy);
    for (const auto& source : d.sources)
        out.text(source, Style::Small);
    out.rule();
    out.text("Currency and coin", Style::Strong);
    cashLines(out, d.cashOnHand);
    out.pair("Cash counted at the closes and dropped to the safe", formatMoney(d.cashOnHandTotal));
    out.pair("Less the float kept back for tomorrow", formatMoney(-d.floatKept));
    out.pair("Total currency and coin", formatMoney(d.cash), Style::Strong);
    out.rule();
    out.text("Checks and money orders (" + count(static_cast<std::int64_t>(d.items.size())) + ")", Style::Strong);
    for (const auto& item : d.items)
        // A money order often has no bank fields: the labels go with what is known, never printed empty.
        out.pair(item.kind + " " + item.serial + (item.routing.empty() ? std::string() : "  RTN " + item.routing)
                     + (item.account.empty() ? std::string() : "  acct " + item.account)
                     + (item.maker.empty() ? std::string() : "  " + item.maker),
                 formatMoney(item.amount));
    out.pair("Checks", formatMoney(d.checks));
    out.pair("Money orders", formatMoney(d.moneyOrders));
    out.pair("Total checks and money orders", formatMoney(d.checks + d.moneyOrders), Style::Strong);
    out.rule();
    out.pair("TOTAL DEPOSIT", formatMoney(d.total), Style::Title);
    out.rule();
    // The same cash from the other side: what the drawers' records say it must be.
    out.text("How the cash ties out", Style::Strong);
    out.pair("Opening floats", formatMoney(d.openingFloats));
    out.pair("Cash taken less change (after voids)", formatMoney(d.cashTaken));
    out.pair("Paid-outs and cash refunds", formatMoney(-d.paidOuts));
    out.pair("Over (+) or short (-) at the closes", formatMoney(d.overShort));
    out.pair("Less the float kept back", formatMoney(-d.floatKept));
    out.pair("Cash deposited", formatMoney(d.cash), Style::Strong);
    if (!d.confirmation.empty()) {
        out.rule();
        out.text("Bank confirmation", Style::Strong);
        for (const auto& line : d.confirmation)
            out.text(line);
    }
    out.gap();
    out.signature("Prepared by");
    out.signature("Bag sealed and witnessed by");
    return out;
}

Layout refundCheckRequestLayout(const RefundCheckRequestDocument& r)
{
    Layout out;
    out.title = "Refund-check request " + r.requestNumber;
    letterhead(out, r.letterhead);
    out.text("REFUND-CHECK REQUEST " + r.requestNumber, Style::Strong);
    out.text(r.dateTime + "   Station " + r.station);
    out.rule();
    out.text("Pay to", Style::Strong);
    out.text(r.payee);
    if (!r.mailingAddress.empty())
        out.text(r.mailingAddress);
    out.gap();
    out.pair("Amount", formatMoney(r.amount), Style::Title);
    out.gap();
    out.text("Refund of receipt " + r.receipt);
    for (const auto& account : r.accounts)
        out.text("Account " + account);
    out.text("Requested by " + r.requestedBy + "   approved by " + r.approvedBy);
    out.text("Record no. " + std::to_string(r.seq), Style::Small);
    out.rule();
    out.text("For the finance office", Style::Strong);
    out.signature("Approved for payment");
    out.signature("Check number and date issued");
    return out;
}

Layout promissoryNoteLayout(const PromissoryNoteDocument& n)
{
    const Language l = n.language;
    Layout out;
    out.title = "Promissory note " + n.noteNumber; // the file's name: always the same words
    letterhead(out, n.letterhead);
    windowAddress(out, {n.borrower, n.borrowerAddress});
    out.text(say(l, "PROMISSORY NOTE {1}", {n.noteNumber}), Style::Strong);
    out.text(say(l, "Date {1}   Account {2}", {printedDate(l, n.date), n.account}));
    out.text(say(l, "Borrower: {1}", {n.borrower}));
    out.rule();
    out.pair(say(l, "Original balance"), formatMoney(n.originalBalance));
    out.pair(say(l, "Down payment, paid at signing"), formatMoney(n.down));
    // The nominal rate and the APR side by side: they differ when the first period is shorter or longer than the rest.
    out.pair(say(l, "Interest rate, a year"), n.annualRate);
    out.pair(say(l, "Annual percentage rate"), n.apr);
    // The Truth-in-Lending box: the four figures with the meanings Regulation Z's model forms give them.
    out.boxStart();
    out.pair(say(l, "ANNUAL PERCENTAGE RATE"), n.apr, Style::Strong);
    out.text(say(l, "The cost of your credit as a yearly rate."), Style::Small);
    out.pair(say(l, "FINANCE CHARGE"), formatMoney(n.totalInterest), Style::Strong);
    out.text(say(l, "The dollar amount the credit will cost you."), Style::Small);
    out.pair(say(l, "Amount Financed"), formatMoney(n.principal), Style::Strong);
    out.text(say(l, "The amount of credit provided to you or on your behalf."), Style::Small);
    out.pair(say(l, "Total of Payments"), formatMoney(n.totalOfPayments), Style::Strong);
    out.text(say(l, "The amount you will have paid after you have made all payments as scheduled."), Style::Small);
    out.boxEnd();
    out.text(say(l, "Your payment schedule"), Style::Strong);
    // Runs of equal payments: how many, how often, from when; the amount flush right.
    for (std::size_t k = 0; k < n.schedule.size();) {
        std::size_t run = k + 1;
        while (run < n.schedule.size() && n.schedule[run].amount == n.schedule[k].amount)
            ++run;
        std::string count = std::to_string(run - k);
        const std::string due = printedDate(l, n.schedule[k].dueDate);
        std::string when = run - k == 1 ? say(l, "1 payment due {1}", {due})
                           : n.frequency == "weekly"   ? say(l, "{1} weekly payments from {2}", {count, due})
                           : n.frequency == "biweekly" ? say(l, "{1} payments every two weeks from {2}", {count, due})
                                                       : say(l, "{1} monthly payments from {2}", {count, due});
        out.pair(when, formatMoney(n.schedule[k].amount));
        k = run;
    }
    out.gap();
    for (const auto& line : {n.lateCharge, n.prepayment, n.whereToPay}) {
        if (!line.empty())
            out.text(line, Style::Small);
    }
    out.rule();
    out.text(say(l,
                 "For value received, the borrower promises to pay {1} the principal of {2} with interest at {3} a "
                 "year, in the installments below.",
                 {n.letterhead.organization, formatMoney(n.principal), n.annualRate}));
    out.gap();
    out.row({say(l, "No.  Due"), say(l, "Payment"), say(l, "Principal"), say(l, "Interest"), say(l, "Balance after")},
            Style::Strong);
    int number = 1;
    for (const auto& i : n.schedule)
        out.row({std::to_string(number++) + ".  " + printedDate(l, i.dueDate), formatMoney(i.amount), formatMoney(i.principal),
                 formatMoney(i.interest), formatMoney(i.balanceAfter)});
    out.rule();
    for (const auto& term : n.terms) {
        out.text(term, Style::Small);
        out.gap();
    }
    contactLines(out, n.footer, false);
    // On a letter page the code sits at the right margin and the signatures go beside it.
    verification(out, l, n.footer, n.seq, n.qrPayload);
    out.text(say(l, "I received a copy of this note."), Style::Strong);
    out.signature(say(l, "Borrower: {1}      Date", {n.borrower}));
    out.signature(say(l, "For {1}: {2}      Date", {n.letterhead.organization, n.cashier}));
    if (n.notaryBlock) {
        out.boxStart(); // kept on one page
        out.text(say(l, "Notary acknowledgment"), Style::Strong);
        out.text(say(l, "State of ____________________   County of ____________________"), Style::Small);
        out.text(say(l,
                     "On this ______ day of ____________________, 20____, before me personally appeared {1}, known to "
                     "me or proved on satisfactory evidence to be the person who signed this note, and acknowledged "
                     "signing it.",
                     {n.borrower}),
                 Style::Small);
        out.signature(say(l, "Notary public                                   My commission expires"));
        out.boxEnd();
    }
    return out;
}

} // namespace tillbook::printing
