// Sending a finished PDF to a CUPS queue with the lp command (package cups-client), without a shell.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tillbook::printing {

struct CupsResult {
    bool ok = false;
    std::string message; // lp's answer ("request id is Front-12"), or why the job was not sent
};

// True for names CUPS accepts for a queue and that cannot be mistaken for an option: letters, digits, '_', '-', '.'.
bool validQueueName(std::string_view queue);
// Runs `lp -d QUEUE -t TITLE -- FILE` ($TILLBOOK_LP names another program, for tests) and waits for it.
CupsResult submitToCups(std::string_view queue, const std::filesystem::path& pdf, std::string_view title);

} // namespace tillbook::printing
