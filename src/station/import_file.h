// Reading an import file from disk with limits, so a runaway line or file is refused before it fills memory.
#pragma once

#include "core/import_rows.h"
#include "station/common.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace tillbook::station {

// No line of an import file (accounts, bills, fees, the FedACH directory) is longer than this: the longest record the
// documented field limits allow is a few kilobytes. A quoted field may span lines; the CSV reader caps each field.
inline constexpr std::size_t kMaxImportLineBytes = 64 * 1024;
// Nor is a whole file larger than this (about a million accounts).
inline constexpr std::size_t kMaxImportFileBytes = std::size_t{256} * 1024 * 1024;

// The file's bytes, read in pieces: a line longer than kMaxImportLineBytes, or a file larger than
// kMaxImportFileBytes, throws CommandRefused naming the file and the line as soon as the reader gets there, as does
// a file that cannot be read. Nothing is imported either way.
std::string readImportFile(const std::filesystem::path& path);

// Refuses an import, all of it: ImportRefused with "FILE was not imported: N problems", each problem by line and
// column. For the station's imports and the office's, so both say it the same way.
[[noreturn]] void refuseImport(std::string_view sourceName, const std::vector<ImportError>& problems);

// The rows of a parsed import file, or its refusal.
template <typename Rows>
const Rows& rowsOrRefuse(const std::variant<Rows, std::vector<ImportError>>& parsed, std::string_view sourceName)
{
    if (const auto* errors = std::get_if<std::vector<ImportError>>(&parsed))
        refuseImport(sourceName, *errors);
    return std::get<Rows>(parsed);
}

} // namespace tillbook::station
