// lp, spawned directly (posix_spawnp, no shell), its answer read from a pipe.
#include "printing/cups.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

extern char** environ;

namespace tillbook::printing {

bool validQueueName(std::string_view queue)
{
    if (queue.empty() || queue.size() > 127 || queue.front() == '-')
        return false;
    for (char c : queue) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                  || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

CupsResult submitToCups(std::string_view queue, const std::filesystem::path& pdf, std::string_view title)
{
    if (!validQueueName(queue))
        return {false, "the printer queue name \"" + std::string(queue) + "\" is not one CUPS accepts"};
    const char* program = std::getenv("TILLBOOK_LP");
    std::string lp = program && *program ? program : "lp";
    std::string queueArg(queue);
    std::string titleArg(title);
    std::string file = pdf.string();
    std::vector<char*> argv{lp.data(),       const_cast<char*>("-d"), queueArg.data(), const_cast<char*>("-t"),
                            titleArg.data(), const_cast<char*>("--"), file.data(),     nullptr};

    std::array<int, 2> fds{};
    if (pipe2(fds.data(), O_CLOEXEC) != 0)
        return {false, std::string("could not start lp: ") + std::strerror(errno)};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    pid_t pid = 0;
    int spawned = posix_spawnp(&pid, lp.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (spawned != 0) {
        close(fds[0]);
        return {false, "could not run " + lp + " (" + std::strerror(spawned) + "); install cups-client"};
    }
    std::string answer;
    std::array<char, 512> buffer{};
    for (;;) {
        ssize_t n = read(fds[0], buffer.data(), buffer.size());
        if (n > 0) {
            answer.append(buffer.data(), static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    close(fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    while (!answer.empty() && (answer.back() == '\n' || answer.back() == '\r'))
        answer.pop_back();
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!ok && answer.empty())
        answer = lp + " failed";
    return {ok, answer};
}

} // namespace tillbook::printing
