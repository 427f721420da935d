// Station: service orders. The order is the record; a deposit becomes a bill so the cashier collects it like any other.
#include "core/calendar.h"
#include "core/csv.h"
#include "core/ids.h"
#include "core/text.h"
#include "station/projector.h"
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

ServiceOrder OrderService::createServiceOrder(const ServiceOrderRequest& r)
{
    auto detail = m_station.accounts().account(r.account);
    if (!detail)
        throw CommandRefused(Msg::AccountUnknown, {{"account", quoteForMessage(r.account)}});
    if (detail->summary.status == "closed")
        throw CommandRefused(Msg::OrderAccountClosed, {{"account", r.account}});
    if (std::find(std::begin(kOrderTypes), std::end(kOrderTypes), r.type) == std::end(kOrderTypes))
        throw CommandRefused(Msg::OrderType, {{"type", quoteForMessage(r.type)}});
    auto requested = parseDate(r.requestedDate);
    if (!requested)
        throw CommandRefused(Msg::OrderDateFormat);
    if (*requested < *parseDate(m_ctx.today()))
        throw CommandRefused(Msg::OrderDatePast, {{"date", r.requestedDate}});
    const Money maxDeposit = Money::fromCents(10'000'000);
    if (r.deposit.isNegative() || r.deposit > maxDeposit)
        throw CommandRefused(Msg::OrderDeposit, {{"limit", maxDeposit}});
    std::string reason = requireOneLine(r.reason, Msg::FieldReason, 200, true);
    if (reason.empty())
        throw CommandRefused(Msg::OrderReasonNeeded);
    std::string address = requireOneLine(r.serviceAddress.empty() ? detail->summary.serviceAddress : r.serviceAddress,
                                         Msg::FieldServiceAddress, 160, true);
    auto counter = m_ctx.db().prepare("SELECT COALESCE((SELECT value FROM counters WHERE series = 'order'), 0)");
    counter.step();
    std::int64_t number = counter.columnInt(0) + 1;
    std::string id = stationScopedId(m_ctx.stationId(), "S", static_cast<std::uint64_t>(number));
    json body = {{"id", id},
                 {"order_number", number},
                 {"account", r.account},
                 {"type", r.type},
                 {"service_address", address},
                 {"requested_date", r.requestedDate},
                 {"reason", reason},
                 {"deposit", r.deposit.cents()},
                 {"deposit_bill", r.deposit.isPositive() ? "DEP-" + id : std::string()}};
    m_ctx.commit("order.created", r.operatorId, body);
    return *serviceOrder(id);
}

ServiceOrder OrderService::updateServiceOrder(std::string_view operatorId, std::string_view id, std::string_view status,
                                         std::string_view scheduledDate, std::string_view meterReading,
                                         std::string_view note)
{
    auto order = serviceOrder(id);
    if (!order)
        throw CommandRefused(Msg::OrderUnknown, {{"order", quoteForMessage(id)}});
    if (order->status == "done" || order->status == "cancelled")
        throw CommandRefused(order->status == "done" ? Msg::OrderDone : Msg::OrderCancelled, {{"order", order->id}});
    if (status != "scheduled" && status != "done" && status != "cancelled")
        throw CommandRefused(Msg::OrderStatus, {{"status", quoteForMessage(status)}});
    std::string date(scheduledDate);
    if (status == "scheduled" && !parseDate(date))
        throw CommandRefused(Msg::OrderScheduleDate);
    std::string reading = requireOneLine(meterReading, Msg::FieldMeterReading, 20, true);
    bool needsReading = order->type != "installation";
    if (status == "done" && needsReading) {
        if (reading.empty() || reading.find_first_not_of("0123456789.") != std::string::npos)
            throw CommandRefused(Msg::OrderReadingNeeded, {{"type", word("order_type", order->type)}});
    }
    json body = {{"id", order->id},
                 {"account", order->account},
                 {"status", std::string(status)},
                 {"scheduled_date", date},
                 {"meter_reading", reading},
                 {"note", requireOneLine(note, Msg::FieldNote, 200, true)}};
    if (status == "cancelled" && !order->depositBill.empty()) {
        auto bill = m_ctx.db().prepare("SELECT open_cents FROM bills WHERE id = ?");
        bill.bind(1, order->depositBill);
        std::int64_t open = bill.step() ? bill.columnInt(0) : 0;
        body["deposit_bill"] = order->depositBill;
        body["deposit_released"] = open; // what was paid stays paid (a refund is a separate act)
    }
    m_ctx.commit("order.updated", operatorId, body);
    return *serviceOrder(id);
}

namespace {

ServiceOrder orderFromRow(const ledger::Statement& st)
{
    ServiceOrder o;
    o.id = st.columnText(0);
    o.account = st.columnText(1);
    o.type = st.columnText(2);
    o.serviceAddress = st.columnText(3);
    o.requestedDate = st.columnText(4);
    o.reason = st.columnText(5);
    o.deposit = Money::fromCents(st.columnInt(6));
    o.depositBill = st.columnText(7);
    o.status = st.columnText(8);
    o.scheduledDate = st.columnText(9);
    o.meterReading = st.columnText(10);
    o.note = st.columnText(11);
    o.createdSeq = static_cast<std::uint64_t>(st.columnInt(12));
    return o;
}

constexpr const char* kOrderColumns = "id, account, type, service_address, requested_date, reason, deposit_cents, "
                                      "deposit_bill, status, scheduled_date, meter_reading, note, created_seq";

} // namespace

std::optional<ServiceOrder> OrderService::serviceOrder(std::string_view id) const
{
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kOrderColumns + " FROM service_orders WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return orderFromRow(st);
}

std::vector<ServiceOrder> OrderService::serviceOrders(std::string_view status) const
{
    std::string sql = std::string("SELECT ") + kOrderColumns + " FROM service_orders WHERE status = ? OR ? = 0 "
                      "ORDER BY requested_date, id";
    auto st = m_ctx.db().prepare(sql);
    st.bind(1, std::string(status)).bind(2, static_cast<std::int64_t>(status.size()));
    std::vector<ServiceOrder> out;
    while (st.step())
        out.push_back(orderFromRow(st));
    return out;
}

std::string OrderService::exportServiceOrders(std::string_view status) const
{
    CsvWriter csv;
    csv.row({"order", "account", "type", "service_address", "requested_date", "status", "scheduled_date", "reason",
             "deposit", "meter_reading"});
    for (const auto& o : serviceOrders(status)) {
        csv.text(o.id).text(o.account).text(o.type).text(o.serviceAddress).text(o.requestedDate).text(o.status);
        csv.text(o.scheduledDate).text(o.reason).amount(o.deposit).text(o.meterReading).endRow();
    }
    return csv.str();
}

printing::TabularReportDocument OrderService::serviceOrderDocument(std::string_view id)
{
    auto o = serviceOrder(id);
    if (!o)
        throw CommandRefused(Msg::OrderUnknown, {{"order", quoteForMessage(id)}});
    auto detail = m_station.accounts().account(o->account);
    printing::TabularReportDocument doc;
    doc.letterhead = m_station.documents().letterhead();
    doc.title = "Service order " + o->id;
    doc.printed = m_ctx.printedTime(m_ctx.clock().nowMs());
    doc.sections.push_back({"Order",
                            {{"Type", o->type},
                             {"Status", o->status},
                             {"Requested for", o->requestedDate},
                             {"Scheduled for", o->scheduledDate.empty() ? "(not yet)" : o->scheduledDate},
                             {"Reason", o->reason},
                             {"Deposit", formatMoney(o->deposit)}}});
    doc.sections.push_back({"Customer",
                            {{"Account", o->account},
                             {"Name", detail ? detail->summary.name : ""},
                             {"Phone", detail ? detail->summary.phone : ""},
                             {"Service address", o->serviceAddress}}});
    doc.sections.push_back({"Field report",
                            {{"Closing meter reading", o->meterReading.empty() ? "______________" : o->meterReading},
                             {"Completed on", "______________"},
                             {"Technician", "______________"}}});
    return doc;
}

} // namespace tillbook::station
