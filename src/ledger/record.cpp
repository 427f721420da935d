// Canonical record encoding. Integers are big-endian; strings are a 4-byte big-endian length then UTF-8 bytes.
#include "ledger/record.h"

#include <stdexcept>

namespace tillbook::ledger {

namespace {

template <typename Sink>
void putUint(Sink& sink, std::uint64_t value, int bytes)
{
    std::uint8_t buffer[8];
    for (int i = 0; i < bytes; ++i)
        buffer[i] = static_cast<std::uint8_t>(value >> (8 * (bytes - 1 - i)));
    sink(std::span<const std::uint8_t>(buffer, static_cast<std::size_t>(bytes)));
}

template <typename Sink>
void putString(Sink& sink, std::string_view text)
{
    if (text.size() > 0xffffffffu)
        throw std::invalid_argument("record field longer than 4 GiB");
    putUint(sink, text.size(), 4);
    sink(asBytes(text));
}

template <typename Sink>
void encode(const Record& r, Sink& sink)
{
    sink(asBytes(kRecordDomainTag));
    putUint(sink, r.version, 1);
    putUint(sink, r.algorithm, 1);
    sink(std::span<const std::uint8_t>(r.prevHash));
    putUint(sink, r.seq, 8);
    putUint(sink, static_cast<std::uint64_t>(r.timeMs), 8);
    sink(std::span<const std::uint8_t>(r.keyId));
    putString(sink, r.station);
    putString(sink, r.operatorId);
    putString(sink, r.approver);
    putString(sink, r.kind);
    putString(sink, r.body);
}

} // namespace

Bytes canonicalBytes(const Record& record)
{
    Bytes out;
    out.reserve(128 + record.body.size());
    auto sink = [&out](std::span<const std::uint8_t> bytes) { out.insert(out.end(), bytes.begin(), bytes.end()); };
    encode(record, sink);
    return out;
}

Hash computeRecordHash(const Record& record, Sha256& hasher)
{
    auto sink = [&hasher](std::span<const std::uint8_t> bytes) { hasher.update(bytes); };
    encode(record, sink);
    return hasher.finish();
}

Hash computeRecordHash(const Record& record)
{
    Sha256 hasher;
    return computeRecordHash(record, hasher);
}

} // namespace tillbook::ledger
