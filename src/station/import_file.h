// Reading an import file from disk with limits, so a runaway line or file is refused before it fills memory.
#pragma once

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

} // namespace tillbook::station
