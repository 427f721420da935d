// Checkpoint notes: text, signature line, parsing and verification.
#include "ledger/checkpoint.h"

#include "core/text.h"

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
    c.signatures.push_back(NoteSignature{std::string(origin), keyHintOf(signer.publicKey()),
                                         signer.sign(asBytes(checkpointText(origin, size, root)))});
    return c;
}

std::string formatCheckpointNote(const Checkpoint& c)
{
    std::string note = checkpointText(c.origin, c.size, c.root);
    note += '\n';
    for (const NoteSignature& s : c.signatures) {
        Bytes blob{static_cast<std::uint8_t>(s.keyHint >> 24), static_cast<std::uint8_t>(s.keyHint >> 16),
                   static_cast<std::uint8_t>(s.keyHint >> 8), static_cast<std::uint8_t>(s.keyHint)};
        blob.insert(blob.end(), s.signature.begin(), s.signature.end());
        note += kEmDash;
        note += ' ';
        note += s.keyName;
        note += ' ';
        note += toBase64(blob);
        note += '\n';
    }
    return note;
}

std::variant<Checkpoint, std::string> parseCheckpointNote(std::string_view note)
{
    // C2SP signed-note: valid UTF-8 with no control character but the line feed.
    for (std::size_t i = 0; i < note.size(); ++i) {
        auto byte = static_cast<unsigned char>(note[i]);
        if (byte < 0x20 && byte != '\n')
            return std::string("checkpoint holds a control character");
        if (byte >= 0x80) {
            std::size_t length = utf8SequenceLength(note, i);
            if (length == 0)
                return std::string("checkpoint is not valid UTF-8");
            i += length - 1;
        }
    }
    bool ok = true;
    std::string_view rest = note;
    std::string_view origin = nextLine(rest, ok);
    std::string_view sizeText = nextLine(rest, ok);
    std::string_view rootText = nextLine(rest, ok);
    std::string_view blank = nextLine(rest, ok);
    if (!ok || rest.empty())
        return std::string("checkpoint is not an origin, size and root line, a blank line and its signature lines");
    if (!blank.empty())
        return std::string("checkpoint has extension lines after its root, which Tillbook checkpoints never have");
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
    while (!rest.empty()) {
        std::string_view line = nextLine(rest, ok);
        if (!ok)
            return std::string("checkpoint does not end with a line feed");
        if (c.signatures.size() == kMaxNoteSignatures)
            return std::string("checkpoint has more than ") + std::to_string(kMaxNoteSignatures) + " signature lines";
        std::string prefix = std::string(kEmDash) + " ";
        if (!line.starts_with(prefix))
            return std::string("checkpoint signature line does not start with an em dash and a space");
        line.remove_prefix(prefix.size());
        auto space = line.find(' ');
        std::string_view name = line.substr(0, space);
        if (space == std::string_view::npos || name.empty() || name.find('+') != std::string_view::npos)
            return std::string("checkpoint signature line has no key name (non-empty, without spaces or '+')");
        auto blob = fromBase64(line.substr(space + 1));
        if (!blob || blob->size() < 5)
            return std::string("checkpoint signature is not base64 of a key hint and a signature");
        NoteSignature s;
        s.keyName = name;
        s.keyHint = std::uint32_t((*blob)[0]) << 24 | std::uint32_t((*blob)[1]) << 16
                    | std::uint32_t((*blob)[2]) << 8 | (*blob)[3];
        s.signature.assign(blob->begin() + 4, blob->end());
        c.signatures.push_back(std::move(s));
    }
    return c;
}

std::optional<std::string> checkpointSignatureProblem(const Checkpoint& c, const PublicKey& key)
{
    std::uint32_t hint = keyHintOf(key);
    std::string text = checkpointText(c.origin, c.size, c.root);
    bool found = false;
    for (const NoteSignature& s : c.signatures) {
        if (s.keyName != c.origin || s.keyHint != hint)
            continue; // another key's line: a cosigner, or a key this check was not asked about
        if (!key.verify(asBytes(text), s.signature))
            return std::string("checkpoint signature invalid");
        found = true;
    }
    if (!found)
        return "checkpoint is not signed by the key in force (key id " + toHex(std::span(key.keyId()).first(8)) + ")";
    return std::nullopt;
}

bool verifyCheckpoint(const Checkpoint& c, const PublicKey& key)
{
    return !checkpointSignatureProblem(c, key);
}

} // namespace tillbook::ledger
