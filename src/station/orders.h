// Service orders: start, stop, transfer and installation orders for field staff.
#pragma once

#include "printing/documents.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


// What an order can be, and the statuses it moves through (the screens show each as a word: core/message.h wordMessage).
inline constexpr std::string_view kOrderTypes[] = {"start", "stop", "transfer", "installation"};
inline constexpr std::string_view kOrderStatuses[] = {"open", "scheduled", "done", "cancelled"};

// Start, stop, transfer and installation orders for field staff.
struct ServiceOrderRequest {
    std::string operatorId;
    std::string account;
    std::string type; // start, stop, transfer, installation
    std::string serviceAddress; // empty: the account's
    std::string requestedDate; // YYYY-MM-DD
    std::string reason;
    Money deposit; // billed on the account as a DEPOSIT bill, collected through the normal payment flow
};

struct ServiceOrder {
    std::string id; // "CITYHALL-01-S000012"
    std::string account;
    std::string type;
    std::string serviceAddress;
    std::string requestedDate;
    std::string reason;
    Money deposit;
    std::string depositBill;
    std::string status; // open, scheduled, done, cancelled
    std::string scheduledDate;
    std::string meterReading;
    std::string note;
    std::uint64_t createdSeq = 0;
};

class OrderService : public StationService {
public:
    using StationService::StationService;

    // Service orders: each change is a record. Status moves open -> scheduled -> done, or to cancelled; a done order
    // needs the closing meter reading for start, stop and transfer orders.
    ServiceOrder createServiceOrder(const ServiceOrderRequest& request);
    ServiceOrder updateServiceOrder(std::string_view operatorId, std::string_view id, std::string_view status,
                                    std::string_view scheduledDate, std::string_view meterReading, std::string_view note);
    std::optional<ServiceOrder> serviceOrder(std::string_view id) const;
    std::vector<ServiceOrder> serviceOrders(std::string_view status = {}) const;
    std::string exportServiceOrders(std::string_view status = {}) const; // CSV for field operations
    printing::TabularReportDocument serviceOrderDocument(std::string_view id);
};

} // namespace tillbook::station
