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
        throw CommandRefused("cannot read " + path.string() + "; nothing was imported");
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
            throw CommandRefused(name + " was not imported: it is larger than "
                                 + std::to_string(kMaxImportFileBytes / (1024 * 1024))
                                 + " MiB, more than an import file may be; nothing was changed");
        for (std::size_t i = 0; i < got; ++i) {
            if (chunk[i] == '\n') {
                ++line;
                lineBytes = 0;
            } else if (++lineBytes > kMaxImportLineBytes) {
                throw CommandRefused(name + " was not imported: line " + std::to_string(line) + " is longer than "
                                     + std::to_string(kMaxImportLineBytes) + " bytes; nothing was changed");
            }
        }
        text.append(chunk.data(), got);
    }
    if (in.bad())
        throw CommandRefused("cannot read " + path.string() + "; nothing was imported");
    return text;
}

} // namespace tillbook::station
