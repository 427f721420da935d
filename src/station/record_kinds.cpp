// Lookups in the record-kind table, the drawer's body rule, and the test builds' extension rows.
#include "station/record_kinds.h"

#include <algorithm>
#include <iterator>
#include <list>
#include <string>

namespace tillbook::station {

namespace {

consteval bool kindsAreUnique()
{
    for (auto a = std::begin(kRecordKinds); a != std::end(kRecordKinds); ++a)
        for (auto b = a + 1; b != std::end(kRecordKinds); ++b)
            if (a->kind() == b->kind())
                return false;
    return true;
}
static_assert(kindsAreUnique(), "a record kind is listed twice in kRecordKinds");

struct Extension {
    std::string kind; // owns the text the row's kind points at
    RecordKind row;
    RecordKindExtension::Handler projection;
};

// A list: rows keep their addresses while others come and go.
std::list<Extension>& extensions()
{
    static std::list<Extension> rows;
    return rows;
}

const Extension* findExtension(std::string_view kind)
{
    for (const Extension& e : extensions()) {
        if (e.kind == kind)
            return &e;
    }
    return nullptr;
}

} // namespace

const RecordKind* findRecordKind(std::string_view kind)
{
    auto row = std::find_if(std::begin(kRecordKinds), std::end(kRecordKinds),
                            [&](const RecordKind& k) { return k.kind() == kind; });
    if (row != std::end(kRecordKinds))
        return &*row;
    const Extension* extension = findExtension(kind);
    return extension ? &extension->row : nullptr;
}

const CommandPolicy& policyFor(std::string_view kind)
{
    const RecordKind* row = findRecordKind(kind);
    if (!row || row->writtenBy != WrittenBy::ByCommand)
        throw std::logic_error("command " + std::string(kind) + " has no authorization policy");
    return row->policy;
}

UnknownRecordKind::UnknownRecordKind(std::uint64_t seq, std::string_view kind)
    : std::runtime_error("seq " + std::to_string(seq) + ": record kind \"" + std::string(kind)
                         + "\" is not one this station knows")
{
}

const RecordKind& recordKind(const ledger::Record& record)
{
    const RecordKind* row = findRecordKind(record.kind);
    if (!row)
        throw UnknownRecordKind(record.seq, record.kind);
    return *row;
}

bool opensDrawer(const ledger::Record& record)
{
    switch (recordKind(record).drawer) {
    case DrawerEffect::Never:
        return false;
    case DrawerEffect::Always:
        return true;
    case DrawerEffect::ByBody:
        return bodyOpensDrawer(record.kind, nlohmann::json::parse(record.body));
    }
    return false;
}

bool bodyOpensDrawer(std::string_view kind, const nlohmann::json& body)
{
    // A payment opens the drawer it was taken in; a mail batch's payments are in no drawer.
    if (kind == "payment.taken")
        return !body.value("drawer", "").empty();
    // A refund by check request or a void of a payment made without cash moves nothing in the drawer.
    if (kind == "payment.refunded")
        return body.value("method", "") == "cash";
    if (kind == "payment.voided")
        return body.value("cash", std::int64_t{0}) > 0 || body.value("change", std::int64_t{0}) > 0
               || body.value("checks", std::int64_t{0}) > 0 || body.value("money_orders", std::int64_t{0}) > 0;
    throw std::logic_error("record kind " + std::string(kind) + " has no drawer rule for its body");
}

RecordKindExtension::RecordKindExtension(const RecordKind& row, Handler projection)
    : m_kind(row.kind())
{
    if (findRecordKind(row.kind()))
        throw std::logic_error("record kind " + std::string(row.kind()) + " is already known");
    if (row.projection == Projection::Extension && !projection)
        throw std::logic_error("record kind " + std::string(row.kind()) + " needs its projection");
    Extension& added = extensions().emplace_back(Extension{std::string(row.kind()), row, std::move(projection)});
    added.row.policy.kind = added.kind;
}

RecordKindExtension::~RecordKindExtension()
{
    extensions().remove_if([&](const Extension& e) { return e.kind == m_kind; });
}

const RecordKindExtension::Handler& RecordKindExtension::projectionOf(std::string_view kind)
{
    const Extension* extension = findExtension(kind);
    if (!extension || extension->row.projection != Projection::Extension)
        throw std::logic_error("record kind " + std::string(kind) + " has no extension projection");
    return extension->projection;
}

} // namespace tillbook::station
