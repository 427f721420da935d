// Checkpoint notes: text, signature line, parsing and verification.
#include "ledger/checkpoint.h"

#include <charconv>

namespace tillbook::ledger {

namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94"; // U+2014, as C2SP signed notes require

std::string_view nextLine(std::string_view& rest, bool& ok)
{
    auto end = rest.find('\n');
    if (end == std::string_view::npos) {
        ok = false;
        return {};
    }
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end + 1);
    return line;
}

} // namespace

std::string checkpointOrigin(std::string_view station)
{
    return "tillbook.local/" + std::string(station);
}

std::string checkpointText(std::string_view origin, std::uint64_t size, const Hash& root)
{
    std::string text(origin);
    text += '\n';
    text += std::to_string(size);
    text += '\n';
    text += toBase64(root);
    text += '\n';
    return text;
}

std::uint32_t keyHintOf(const PublicKey& key)
{
    const Hash& id = key.keyId();
    return std::uint32_t(id[0]) << 24 | std::uint32_t(id[1]) << 16 | std::uint32_t(id[2]) << 8 | id[3];
}

Checkpoint signCheckpoint(std::string_view origin, std::uint64_t size, const Hash& root, const Signer& signer)
{
    Checkpoint c;
    c.origin = origin;
    c.size = size;
    c.root = root;
    c.keyHint = keyHintOf(signer.publicKey());
    c.signature = signer.sign(asBytes(checkpointText(origin, size, root)));
    return c;
}

std::string formatCheckpointNote(const Checkpoint& c)
{
    Bytes blob{static_cast<std::uint8_t>(c.keyHint >> 24), static_cast<std::uint8_t>(c.keyHint >> 16),
               static_cast<std::uint8_t>(c.keyHint >> 8), static_cast<std::uint8_t>(c.keyHint)};
    blob.insert(blob.end(), c.signature.begin(), c.signature.end());
    std::string note = checkpointText(c.origin, c.size, c.root);
    note += '\n';
    note += kEmDash;
    note += ' ';
    note += c.origin;
    note += ' ';
    note += toBase64(blob);
    note += '\n';
    return note;
}

std::variant<Checkpoint, std::string> parseCheckpointNote(std::string_view note)
{
    bool ok = true;
    std::string_view rest = note;
    std::string_view origin = nextLine(rest, ok);
    std::string_view sizeText = nextLine(rest, ok);
    std::string_view rootText = nextLine(rest, ok);
    std::string_view blank = nextLine(rest, ok);
    std::string_view sigLine = nextLine(rest, ok);
    if (!ok || !blank.empty() || !rest.empty())
        return std::string("checkpoint is not an origin, size and root line, a blank line and one signature line");
    if (origin.empty())
        return std::string("checkpoint has an empty origin line");
    Checkpoint c;
    c.origin = origin;
    auto [end, ec] = std::from_chars(sizeText.data(), sizeText.data() + sizeText.size(), c.size);
    if (ec != std::errc() || end != sizeText.data() + sizeText.size() || sizeText.empty()
        || (sizeText.size() > 1 && sizeText[0] == '0'))
        return std::string("checkpoint tree size \"" + std::string(sizeText) + "\" is not a decimal number");
    auto root = hashFromBase64(rootText);
    if (!root)
        return std::string("checkpoint root is not a base64 SHA-256 hash");
    c.root = *root;
    std::string prefix = std::string(kEmDash) + " " + std::string(origin) + " ";
    if (sigLine.substr(0, prefix.size()) != prefix)
        return std::string("checkpoint signature line does not name the origin's key");
    auto blob = fromBase64(sigLine.substr(prefix.size()));
    if (!blob || blob->size() < 5)
        return std::string("checkpoint signature is not base64");
    c.keyHint = std::uint32_t((*blob)[0]) << 24 | std::uint32_t((*blob)[1]) << 16 | std::uint32_t((*blob)[2]) << 8
                | (*blob)[3];
    c.signature.assign(blob->begin() + 4, blob->end());
    return c;
}

bool verifyCheckpoint(const Checkpoint& c, const PublicKey& key)
{
    if (c.keyHint != keyHintOf(key))
        return false;
    return key.verify(asBytes(checkpointText(c.origin, c.size, c.root)), c.signature);
}

} // namespace tillbook::ledger
