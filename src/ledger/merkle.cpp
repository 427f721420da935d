// RFC 6962 Merkle hashing, compact ranges, proof generation from stored nodes and RFC 9162 checks.
#include "ledger/merkle.h"

#include <algorithm>
#include <array>
#include <bit>
#include <stdexcept>
#include <string>

namespace tillbook::ledger {

namespace {

constexpr std::uint8_t kLeafPrefix = 0x00;
constexpr std::uint8_t kNodePrefix = 0x01;

// Largest power of two strictly below n, the RFC 6962 split point; requires n >= 2.
std::uint64_t splitPoint(std::uint64_t n)
{
    return std::bit_floor(n - 1);
}

bool isPowerOfTwo(std::uint64_t n)
{
    return n != 0 && (n & (n - 1)) == 0;
}

// Number of proof hashes below and above the point where the paths to `index` and to the last
// leaf part; their sum is the only valid inclusion proof length.
struct ProofShape {
    unsigned inner = 0;
    unsigned border = 0;
};

ProofShape inclusionShape(std::uint64_t index, std::uint64_t size)
{
    ProofShape shape;
    shape.inner = static_cast<unsigned>(std::bit_width(index ^ (size - 1)));
    shape.border = shape.inner >= 64 ? 0u : static_cast<unsigned>(std::popcount(index >> shape.inner));
    return shape;
}

std::size_t inclusionLength(std::uint64_t index, std::uint64_t size)
{
    ProofShape shape = inclusionShape(index, size);
    return std::size_t(shape.inner) + shape.border;
}

// Requires 0 < size1 < size2.
std::size_t consistencyLength(std::uint64_t size1, std::uint64_t size2)
{
    ProofShape shape = inclusionShape(size1 - 1, size2);
    // The proof starts at the node of the largest perfect subtree ending at size1, not at a leaf.
    unsigned shift = static_cast<unsigned>(std::countr_zero(size1));
    std::size_t seed = isPowerOfTwo(size1) ? 0 : 1; // a power of two is root1 itself
    return seed + (shape.inner - shift) + shape.border;
}

std::string sizeText(std::size_t n)
{
    return std::to_string(n) + (n == 1 ? " hash" : " hashes");
}

ProofCheck fail(std::string error)
{
    return {false, std::move(error)};
}

} // namespace

Hash merkleLeafHash(std::span<const std::uint8_t> leafData)
{
    Sha256 hasher;
    hasher.update(kLeafPrefix);
    hasher.update(leafData);
    return hasher.finish();
}

Hash merkleNodeHash(const Hash& left, const Hash& right)
{
    // A stack buffer and one-shot digest: this runs once per level on every append and check.
    std::array<std::uint8_t, 1 + 2 * 32> buffer;
    buffer[0] = kNodePrefix;
    std::copy(left.begin(), left.end(), buffer.begin() + 1);
    std::copy(right.begin(), right.end(), buffer.begin() + 1 + 32);
    return sha256(std::span<const std::uint8_t>(buffer));
}

Hash merkleEmptyRoot()
{
    static const Hash empty = sha256(std::span<const std::uint8_t>());
    return empty;
}

CompactRange CompactRange::restore(std::uint64_t size, const NodeLookup& lookup)
{
    CompactRange range;
    std::uint64_t offset = 0;
    for (int level = 63; level >= 0; --level) {
        std::uint64_t width = std::uint64_t(1) << level;
        if ((size & width) == 0)
            continue;
        range.m_peaks.push_back(lookup(static_cast<unsigned>(level), offset >> level));
        offset += width;
    }
    range.m_size = size;
    return range;
}

void CompactRange::append(const Hash& leafHash, std::vector<NodeRef>* completedOut)
{
    if (m_size == UINT64_MAX)
        throw std::length_error("A Merkle tree cannot hold more than 2^64 - 1 leaves.");
    std::uint64_t newSize = m_size + 1;
    Hash hash = leafHash;
    if (completedOut != nullptr)
        completedOut->push_back({0, m_size, hash});
    // Each trailing one bit of the old size is a peak of the same height as the subtree being
    // carried up, so the two merge, exactly like a binary increment.
    unsigned level = 0;
    for (std::uint64_t bits = m_size; (bits & 1) != 0; bits >>= 1) {
        hash = merkleNodeHash(m_peaks.back(), hash);
        m_peaks.pop_back();
        ++level;
        if (completedOut != nullptr)
            completedOut->push_back({level, (newSize >> level) - 1, hash});
    }
    m_peaks.push_back(hash);
    m_size = newSize;
}

std::uint64_t CompactRange::size() const
{
    return m_size;
}

Hash CompactRange::root() const
{
    if (m_peaks.empty())
        return merkleEmptyRoot();
    // RFC 6962 splits off the largest power of two first, so the root folds the peaks from the right.
    Hash hash = m_peaks.back();
    for (auto it = m_peaks.rbegin() + 1; it != m_peaks.rend(); ++it)
        hash = merkleNodeHash(*it, hash);
    return hash;
}

Hash rangeRoot(std::uint64_t begin, std::uint64_t end, const NodeLookup& lookup)
{
    if (end < begin)
        throw std::invalid_argument("Merkle range end " + std::to_string(end) + " is before its begin "
                                    + std::to_string(begin) + ".");
    std::uint64_t length = end - begin;
    if (length == 0) {
        if (begin != 0)
            throw std::invalid_argument("An empty Merkle range is only a tree at begin 0.");
        return merkleEmptyRoot();
    }
    // bit_ceil is undefined above 2^63; such a range is a subtree only of a tree starting at 0.
    bool aligned = length > (std::uint64_t(1) << 63) ? begin == 0 : begin % std::bit_ceil(length) == 0;
    if (!aligned)
        throw std::invalid_argument("Merkle range [" + std::to_string(begin) + ", " + std::to_string(end)
                                    + ") is not a subtree of any RFC 6962 tree.");

    // Because begin is aligned, the set bits of the length, largest first, are the perfect
    // subtrees from left to right; fold them from the right as MTH does.
    Hash hash{};
    bool first = true;
    std::uint64_t position = end;
    for (std::uint64_t remaining = length; remaining != 0; remaining &= remaining - 1) {
        unsigned level = static_cast<unsigned>(std::countr_zero(remaining));
        position -= std::uint64_t(1) << level;
        Hash node = lookup(level, position >> level);
        hash = first ? node : merkleNodeHash(node, hash);
        first = false;
    }
    return hash;
}

std::vector<Hash> inclusionProof(std::uint64_t index, std::uint64_t size, const NodeLookup& lookup)
{
    if (index >= size)
        throw std::invalid_argument("Leaf index " + std::to_string(index) + " is not inside a tree of size "
                                    + std::to_string(size) + ".");
    // PATH walked top-down; the right sibling is an incomplete subtree at most once (after the
    // walk turns left it stays inside a perfect subtree), which keeps lookups at O(log n).
    std::vector<Hash> path;
    std::uint64_t begin = 0;
    std::uint64_t end = size;
    while (end - begin > 1) {
        std::uint64_t middle = begin + splitPoint(end - begin);
        if (index < middle) {
            path.push_back(rangeRoot(middle, end, lookup));
            end = middle;
        } else {
            path.push_back(rangeRoot(begin, middle, lookup));
            begin = middle;
        }
    }
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<Hash> consistencyProof(std::uint64_t size1, std::uint64_t size2, const NodeLookup& lookup)
{
    if (size1 > size2)
        throw std::invalid_argument("Cannot prove consistency from tree size " + std::to_string(size1)
                                    + " to the smaller size " + std::to_string(size2) + ".");
    std::vector<Hash> path;
    if (size1 == 0 || size1 == size2)
        return path;
    // SUBPROOF(m, D[begin:end], startFromOldRoot) walked top-down.
    std::uint64_t begin = 0;
    std::uint64_t end = size2;
    bool startFromOldRoot = true;
    while (true) {
        std::uint64_t m = size1 - begin;
        std::uint64_t n = end - begin;
        if (m == n) {
            // The verifier already holds the old root; any other subtree hash must be sent.
            if (!startFromOldRoot)
                path.push_back(rangeRoot(begin, end, lookup));
            break;
        }
        std::uint64_t middle = begin + splitPoint(n);
        if (size1 <= middle) {
            path.push_back(rangeRoot(middle, end, lookup));
            end = middle;
        } else {
            path.push_back(rangeRoot(begin, middle, lookup));
            begin = middle;
            startFromOldRoot = false;
        }
    }
    std::reverse(path.begin(), path.end());
    return path;
}

ProofCheck verifyInclusion(std::uint64_t index, std::uint64_t size, const Hash& leafHash,
                           const std::vector<Hash>& proof, const Hash& root)
{
    if (index >= size)
        return fail("Leaf index " + std::to_string(index) + " is not inside a tree of size " + std::to_string(size)
                    + ".");
    std::size_t expected = inclusionLength(index, size);
    if (proof.size() != expected)
        return fail("Inclusion proof has " + sizeText(proof.size()) + " but leaf " + std::to_string(index)
                    + " of a tree of size " + std::to_string(size) + " needs " + std::to_string(expected) + ".");

    // RFC 9162 2.1.3.2, step for step.
    std::uint64_t fn = index;
    std::uint64_t sn = size - 1;
    Hash r = leafHash;
    for (const Hash& p : proof) {
        if (sn == 0)
            return fail("Inclusion proof is longer than the path to the root.");
        if ((fn & 1) == 1 || fn == sn) {
            r = merkleNodeHash(p, r);
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = merkleNodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return fail("Inclusion proof is shorter than the path to the root.");
    if (r != root)
        return fail("Inclusion proof does not lead to the expected root hash.");
    return {true, {}};
}

ProofCheck verifyConsistency(std::uint64_t size1, std::uint64_t size2, const std::vector<Hash>& proof,
                             const Hash& root1, const Hash& root2)
{
    if (size1 > size2)
        return fail("First tree size " + std::to_string(size1) + " is larger than second tree size "
                    + std::to_string(size2) + ".");
    if (size1 == 0)
        return fail("A consistency proof from an empty tree proves nothing.");
    if (size1 == size2) {
        if (!proof.empty())
            return fail("Equal tree sizes need an empty consistency proof, not " + sizeText(proof.size()) + ".");
        if (root1 != root2)
            return fail("Equal tree sizes " + std::to_string(size1) + " have different root hashes.");
        return {true, {}};
    }
    std::size_t expected = consistencyLength(size1, size2);
    if (proof.empty())
        return fail("Consistency proof is empty but sizes " + std::to_string(size1) + " and " + std::to_string(size2)
                    + " need " + std::to_string(expected) + ".");
    if (proof.size() != expected)
        return fail("Consistency proof has " + sizeText(proof.size()) + " but sizes " + std::to_string(size1)
                    + " and " + std::to_string(size2) + " need " + std::to_string(expected) + ".");

    // RFC 9162 2.1.4.2, step for step; "prepend first_hash" becomes choosing the seed.
    bool seedIsRoot1 = isPowerOfTwo(size1);
    const Hash& seed = seedIsRoot1 ? root1 : proof.front();
    auto rest = proof.begin() + (seedIsRoot1 ? 0 : 1);

    std::uint64_t fn = size1 - 1;
    std::uint64_t sn = size2 - 1;
    while ((fn & 1) == 1) {
        fn >>= 1;
        sn >>= 1;
    }
    Hash fr = seed;
    Hash sr = seed;
    for (auto it = rest; it != proof.end(); ++it) {
        if (sn == 0)
            return fail("Consistency proof is longer than the path to the root.");
        if ((fn & 1) == 1 || fn == sn) {
            fr = merkleNodeHash(*it, fr);
            sr = merkleNodeHash(*it, sr);
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = merkleNodeHash(sr, *it);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return fail("Consistency proof is shorter than the path to the root.");
    if (fr != root1)
        return fail("Consistency proof does not lead to the first root hash.");
    if (sr != root2)
        return fail("Consistency proof does not lead to the second root hash.");
    return {true, {}};
}

void MemoryTree::append(const Hash& leafHash)
{
    Hash hash = leafHash;
    for (std::size_t level = 0;; ++level) {
        if (level == m_levels.size())
            m_levels.emplace_back();
        std::vector<Hash>& row = m_levels[level];
        row.push_back(hash);
        // An even count means the new node just paired up with its left sibling.
        if (row.size() % 2 != 0)
            break;
        hash = merkleNodeHash(row[row.size() - 2], row.back());
    }
}

std::uint64_t MemoryTree::size() const
{
    return m_levels.empty() ? 0 : m_levels.front().size();
}

Hash MemoryTree::root() const
{
    return root(size());
}

Hash MemoryTree::root(std::uint64_t size) const
{
    if (size > this->size())
        throw std::out_of_range("MemoryTree has " + std::to_string(this->size()) + " leaves, not "
                                + std::to_string(size) + ".");
    return rangeRoot(0, size, lookup());
}

Hash MemoryTree::node(unsigned level, std::uint64_t index) const
{
    if (level >= m_levels.size() || index >= m_levels[level].size())
        throw std::out_of_range("MemoryTree has no complete node at level " + std::to_string(level) + " index "
                                + std::to_string(index) + ".");
    return m_levels[level][index];
}

NodeLookup MemoryTree::lookup() const
{
    return [this](unsigned level, std::uint64_t index) { return node(level, index); };
}

std::vector<NodeRef> MemoryTree::nodes() const
{
    std::vector<NodeRef> out;
    for (std::size_t level = 0; level < m_levels.size(); ++level)
        for (std::size_t index = 0; index < m_levels[level].size(); ++index)
            out.push_back({static_cast<unsigned>(level), index, m_levels[level][index]});
    return out;
}

std::vector<Hash> MemoryTree::inclusionProof(std::uint64_t index, std::uint64_t size) const
{
    if (size > this->size())
        throw std::out_of_range("MemoryTree has " + std::to_string(this->size()) + " leaves, not "
                                + std::to_string(size) + ".");
    return ledger::inclusionProof(index, size, lookup());
}

std::vector<Hash> MemoryTree::consistencyProof(std::uint64_t size1, std::uint64_t size2) const
{
    if (size2 > this->size())
        throw std::out_of_range("MemoryTree has " + std::to_string(this->size()) + " leaves, not "
                                + std::to_string(size2) + ".");
    return ledger::consistencyProof(size1, size2, lookup());
}

} // namespace tillbook::ledger
