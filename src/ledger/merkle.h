// RFC 6962 / RFC 9162 Merkle trees: hashing, compact ranges, proofs from stored nodes, and proof checks.
#pragma once

#include "ledger/hash.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace tillbook::ledger {

// SHA-256(0x00 || data); the prefix keeps a leaf from ever being mistaken for an inner node.
Hash merkleLeafHash(std::span<const std::uint8_t> leafData);
// SHA-256(0x01 || left || right).
Hash merkleNodeHash(const Hash& left, const Hash& right);
// SHA-256 of nothing: the root of a tree with no leaves.
Hash merkleEmptyRoot();

// A complete, aligned subtree: level L, index i covers leaves [i * 2^L, (i + 1) * 2^L).
// Level 0 is a leaf hash.
struct NodeRef {
    unsigned level = 0;
    std::uint64_t index = 0;
    Hash hash{};

    bool operator==(const NodeRef&) const = default;
};

// Returns the hash of the complete aligned node (level, index). The proof functions below only
// ask for nodes that are complete in the tree they are given, so a store that persists every
// NodeRef reported by CompactRange::append can always answer. Throw to report a missing node.
using NodeLookup = std::function<Hash(unsigned level, std::uint64_t index)>;

// The roots of the perfect subtrees that make up a tree (at most one per bit of its size), so a
// tree of any size is appended to and hashed in O(log n) memory.
class CompactRange {
public:
    // Rebuilds the range of a stored tree of the given size from its persisted nodes.
    static CompactRange restore(std::uint64_t size, const NodeLookup& lookup);

    // Appends to *completedOut (without clearing it) every node this leaf completes, lowest
    // level first, starting with the leaf itself at level 0.
    void append(const Hash& leafHash, std::vector<NodeRef>* completedOut = nullptr);

    std::uint64_t size() const;
    Hash root() const; // merkleEmptyRoot() when empty
    // The peaks, largest (leftmost) first: with size() all a range needs to go on (restore takes them back).
    const std::vector<Hash>& peaks() const { return m_peaks; }

private:
    std::uint64_t m_size = 0;
    std::vector<Hash> m_peaks; // largest (leftmost) subtree first
};

// MTH of leaves [begin, end). The range must be a subtree the RFC 6962 recursion produces:
// begin a multiple of the smallest power of two >= end - begin. An empty range is allowed only
// at begin 0 and yields merkleEmptyRoot(). Throws std::invalid_argument otherwise.
// Uses at most one lookup per set bit of end - begin.
Hash rangeRoot(std::uint64_t begin, std::uint64_t end, const NodeLookup& lookup);

// RFC 6962 PATH(index, D[size]), lowest sibling first. Throws std::invalid_argument when
// index >= size. Uses O(log size) lookups.
std::vector<Hash> inclusionProof(std::uint64_t index, std::uint64_t size, const NodeLookup& lookup);

// RFC 6962 PROOF(size1, D[size2]). Empty when size1 == 0 or size1 == size2 (note that
// verifyConsistency rejects size1 == 0 all the same: the empty tree proves nothing).
// Throws std::invalid_argument when size1 > size2. Uses O(log size2) lookups.
std::vector<Hash> consistencyProof(std::uint64_t size1, std::uint64_t size2, const NodeLookup& lookup);

struct ProofCheck {
    bool ok = false;
    std::string error; // empty when ok
};

// RFC 9162 section 2.1.3.2; a proof of the wrong length is rejected up front.
ProofCheck verifyInclusion(std::uint64_t index, std::uint64_t size, const Hash& leafHash,
                           const std::vector<Hash>& proof, const Hash& root);

// RFC 9162 section 2.1.4.2 for 0 < size1 < size2. Equal sizes need an empty proof and equal
// roots. size1 == 0 is always an error, as in transparency-dev/merkle since PR #236: RFC 6962
// defines consistency only from a non-empty tree, so there is nothing to check.
ProofCheck verifyConsistency(std::uint64_t size1, std::uint64_t size2, const std::vector<Hash>& proof,
                             const Hash& root1, const Hash& root2);

// Every complete node held in memory: for tests and small trees.
class MemoryTree {
public:
    void append(const Hash& leafHash);

    std::uint64_t size() const;
    Hash root() const;
    // Root as it was when the tree had `size` leaves; throws std::out_of_range past size().
    Hash root(std::uint64_t size) const;

    // Throws std::out_of_range for a node that is not complete.
    Hash node(unsigned level, std::uint64_t index) const;
    // Valid while this tree lives.
    NodeLookup lookup() const;
    // All complete nodes, ordered by level and then index.
    std::vector<NodeRef> nodes() const;

    std::vector<Hash> inclusionProof(std::uint64_t index, std::uint64_t size) const;
    std::vector<Hash> consistencyProof(std::uint64_t size1, std::uint64_t size2) const;

private:
    std::vector<std::vector<Hash>> m_levels; // m_levels[L][i] is node (L, i)
};

} // namespace tillbook::ledger
