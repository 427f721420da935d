// Reading an import file from disk with limits, so a runaway line or file is refused before it fills memory.
#include "station/import_file.h"

#include "station/station.h"

#include <array>
#include <fstream>

namespace tillbook::station {

std::string readImportFile(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CommandRefused(Msg::ImportUnreadable, {{"path", path.string()}});
    std::string text;
    std::array<char, 64 * 1024> chunk{};
    std::size_t line = 1;
    std::size_t lineBytes = 0; // of the line being read, without its LF
    while (in) {
        in.read(chunk.data(), chunk.size());
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0)
            break;
        if (text.size() + got > kMaxImportFileBytes)
            throw CommandRefused(Msg::ImportTooLarge, {{"file", name}, MessageArg::number("mib", static_cast<std::int64_t>(kMaxImportFileBytes / (1024 * 1024)))});
        for (std::size_t i = 0; i < got; ++i) {
            if (chunk[i] == '\n') {
                ++line;
                lineBytes = 0;
            } else if (++lineBytes > kMaxImportLineBytes) {
                throw CommandRefused(Msg::ImportLineTooLong, {{"file", name}, MessageArg::number("line", static_cast<std::int64_t>(line)),
                                                              MessageArg::number("max", static_cast<std::int64_t>(kMaxImportLineBytes))});
            }
        }
        text.append(chunk.data(), got);
    }
    if (in.bad())
        throw CommandRefused(Msg::ImportUnreadable, {{"path", path.string()}});
    return text;
}

void refuseImport(std::string_view sourceName, const std::vector<ImportError>& errors)
{
    std::vector<std::string> problems;
    for (const auto& e : errors)
        problems.push_back(formatImportError(e));
    // The message is built before the list is moved into the exception.
    Message what = problems.size() == 1
                       ? Message(Msg::ImportProblem, {{"file", sourceName}})
                       : Message(Msg::ImportProblems,
                                 {{"file", sourceName}, MessageArg::number("count", static_cast<std::int64_t>(problems.size()))});
    throw ImportRefused(what, std::move(problems));
}

} // namespace tillbook::station
