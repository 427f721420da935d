// tillctl arrangement quote|create|review|show: payment arrangements from the command line. The schedule arithmetic
// is core's; create and review are station commands.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "core/arrangement.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>

namespace tillbook::cli {

using nlohmann::json;

namespace {

Money moneyArg(const Args& args, const std::string& name, const std::string& fallback)
{
    auto parsed = parseMoney(args.value(name).value_or(fallback));
    if (!parsed.value)
        throw UsageError("--" + name + ": " + parsed.error);
    return *parsed.value;
}

struct CommonTerms {
    Money down;
    int installments = 0;
    Frequency frequency = Frequency::Monthly;
    std::int64_t rate = 0;
    InterestMethod method = InterestMethod::Amortized;
    std::string first;
};

CommonTerms commonTerms(const Args& args)
{
    CommonTerms t;
    t.down = moneyArg(args, "down", "0");
    std::string n = args.required("installments");
    if (n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos)
        throw UsageError("--installments must be a whole number, not \"" + n + "\"");
    t.installments = std::stoi(n);
    auto frequency = parseFrequency(args.required("frequency"));
    if (!frequency)
        throw UsageError("--frequency is weekly, biweekly or monthly");
    t.frequency = *frequency;
    auto rate = parseRate(args.required("rate"));
    if (!rate)
        throw UsageError("--rate is an annual percentage such as 6 or 6.125 (no sign, at most three decimals)");
    t.rate = *rate;
    auto method = parseInterestMethod(args.value("method").value_or("amortized"));
    if (!method)
        throw UsageError("--method is simple or amortized");
    t.method = *method;
    t.first = args.required("first");
    return t;
}

void printSchedule(const Schedule& s, bool asJson, const std::string& header)
{
    if (asJson) {
        json rows = json::array();
        for (const auto& i : s.installments)
            rows.push_back({{"n", i.n},
                            {"due", formatDate(i.due)},
                            {"payment", formatPlain(i.payment)},
                            {"interest", formatPlain(i.interest)},
                            {"principal", formatPlain(i.principal)},
                            {"balance", formatPlain(i.balance)}});
        json out = {{"financed", formatPlain(s.financed)},
                    {"periodic_payment", formatPlain(s.periodicPayment)},
                    {"installments", rows},
                    {"total_interest", formatPlain(s.totalInterest)},
                    {"total_of_payments", formatPlain(s.totalOfPayments)},
                    {"apr", formatApr(s.aprBasisPoints)}};
        std::cout << out.dump(2) << "\n";
        return;
    }
    if (!header.empty())
        std::cout << header << "\n";
    std::cout << "financed " << formatMoney(s.financed) << ", " << s.installments.size() << " installments of "
              << formatMoney(s.periodicPayment) << "\n";
    std::cout << "   n  due           payment    interest   principal     balance\n";
    for (const auto& i : s.installments)
        std::cout << std::setw(4) << i.n << "  " << formatDate(i.due) << std::setw(12) << formatMoney(i.payment)
                  << std::setw(12) << formatMoney(i.interest) << std::setw(12) << formatMoney(i.principal)
                  << std::setw(12) << formatMoney(i.balance) << "\n";
    std::cout << "finance charge " << formatMoney(s.totalInterest) << ", total of payments "
              << formatMoney(s.totalOfPayments) << ", annual percentage rate " << formatApr(s.aprBasisPoints) << "%\n";
}

} // namespace

int cmdArrangement(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("arrangement needs quote, create, review or show");
    std::string what = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    if (what == "quote") {
        Args args(rest, {"principal", "down", "installments", "frequency", "rate", "method", "first", "today"}, {"json"});
        CommonTerms c = commonTerms(args);
        ArrangementTerms t;
        t.principal = moneyArg(args, "principal", "");
        t.down = c.down;
        t.installments = c.installments;
        t.frequency = c.frequency;
        t.rateMilliPercent = c.rate;
        t.method = c.method;
        auto first = parseDate(c.first);
        if (!first)
            throw UsageError("--first must be a date written YYYY-MM-DD");
        t.firstDue = *first;
        auto today = args.value("today") ? parseDate(*args.value("today")) : std::optional<CivilDate>(civilFromDays(
                                                                                   station::SystemClock().nowMs() / 86'400'000));
        if (!today)
            throw UsageError("--today must be a date written YYYY-MM-DD");
        auto quoted = quoteArrangement(t, *today);
        if (auto* problem = std::get_if<Message>(&quoted))
            throw station::CommandRefused(*problem);
        printSchedule(std::get<Schedule>(quoted), args.flag("json"), "");
        return kExitOk;
    }
    if (what == "create") {
        Args args(rest, {"data", "account", "down", "installments", "frequency", "rate", "method", "first"}, {"json"});
        CommonTerms c = commonTerms(args);
        station::ArrangementRequest r;
        r.operatorId = std::string(station::kSystemActor);
        r.account = args.required("account");
        r.down = c.down;
        r.installments = c.installments;
        r.frequency = c.frequency;
        r.rateMilliPercent = c.rate;
        r.method = c.method;
        r.firstDue = c.first;
        auto st = openStation(args);
        auto a = st->arrangements().createArrangement(r);
        printSchedule(a.schedule, args.flag("json"),
                      "arrangement " + a.id + " recorded at seq " + std::to_string(a.seq) + " for account " + a.account);
        return kExitOk;
    }
    if (what == "review") {
        Args args(rest, {"data"}, {});
        auto st = openStation(args);
        auto broken = st->arrangements().reviewArrangements(station::kSystemActor);
        for (const auto& a : broken)
            std::cout << "arrangement " << a.id << " on account " << a.account << " is broken: " << formatMoney(a.open)
                      << " is due now\n";
        std::cout << broken.size() << " arrangement(s) broken\n";
        return kExitOk;
    }
    if (what == "show") {
        Args args(rest, {"data", "id"}, {"json"});
        auto st = openStation(args);
        auto a = st->arrangements().arrangement(args.required("id"));
        if (!a)
            throw station::CommandRefused(Msg::ArrangementUnknown, {{"arrangement", args.required("id")}});
        printSchedule(a->schedule, args.flag("json"),
                      "arrangement " + a->id + " (" + a->status + ") on account " + a->account + ", "
                          + formatMoney(a->open) + " still owed");
        return kExitOk;
    }
    throw UsageError("arrangement needs quote, create, review or show");
}

} // namespace tillbook::cli
