// The simulated printer's byte handling: real-time status (DLE EOT n) is answered at once, even offline, as real
// printers do; ESC p opens the drawer; ESC @ ... GS V is one job. Offline, it drops what it is sent.
#include "devices/printer_simulator.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace tillbook::devices {

PrinterSimulator::PrinterSimulator(PrinterSimOptions options)
    : m_options(std::move(options))
    , m_offline(m_options.offline)
    , m_paperOut(m_options.paperOut)
    , m_coverOpen(m_options.coverOpen)
    , m_silent(m_options.silent)
    , m_holdDrawerOpen(m_options.holdDrawerOpen)
{
}

PrinterSimulator::~PrinterSimulator()
{
    stop();
}

std::string PrinterSimulator::address() const
{
    auto colon = m_options.listen.rfind(':');
    return m_options.listen.substr(0, colon) + ":" + std::to_string(m_port);
}

void PrinterSimulator::start()
{
    auto colon = m_options.listen.rfind(':');
    if (colon == std::string::npos)
        throw std::runtime_error("listen on HOST:PORT, not \"" + m_options.listen + "\"");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(std::stoi(m_options.listen.substr(colon + 1))));
    if (::inet_pton(AF_INET, m_options.listen.substr(0, colon).c_str(), &addr.sin_addr) != 1)
        throw std::runtime_error("the simulator listens on an IPv4 address, not \"" + m_options.listen + "\"");
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(m_listenFd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_listenFd, 4) != 0) {
        std::string why = std::strerror(errno);
        ::close(m_listenFd);
        m_listenFd = -1;
        throw std::runtime_error("cannot listen on " + m_options.listen + ": " + why);
    }
    socklen_t len = sizeof addr;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    if (!m_options.outDir.empty())
        std::filesystem::create_directories(m_options.outDir);
    if (::pipe2(m_wake, O_CLOEXEC) != 0)
        throw std::runtime_error("cannot make the simulator's wake-up pipe");
    m_thread = std::thread([this] { serve(); });
}

void PrinterSimulator::stop()
{
    if (m_thread.joinable()) {
        char c = 'q';
        [[maybe_unused]] ssize_t n = ::write(m_wake[1], &c, 1);
        m_thread.join();
    }
    for (int& fd : {std::ref(m_listenFd), std::ref(m_wake[0]), std::ref(m_wake[1])}) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void PrinterSimulator::serve()
{
    for (;;) {
        pollfd p[2] = {{m_listenFd, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (::poll(p, 2, -1) < 0 && errno != EINTR)
            return;
        if (p[1].revents)
            return;
        if (p[0].revents & POLLIN) {
            int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                handle(client);
                ::close(client);
            }
        }
    }
}

void PrinterSimulator::handle(int client)
{
    std::string buffer(4096, '\0');
    for (;;) {
        pollfd p[2] = {{client, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        // A silent printer takes nothing in (its bytes wait in the socket) and looks every 20 ms whether it has been
        // told to answer again.
        const bool silent = m_silent;
        int ready = silent ? ::poll(p + 1, 1, 20) : ::poll(p, 2, -1);
        if (ready < 0 && errno != EINTR)
            return;
        if (p[1].revents)
            return;
        if (silent || ready <= 0)
            continue;
        ssize_t n = ::read(client, buffer.data(), buffer.size());
        if (n <= 0) {
            if (m_inJob)
                finishJob(false); // the connection dropped mid-job
            return;
        }
        consume(client, buffer.substr(0, static_cast<std::size_t>(n)));
    }
}

unsigned char PrinterSimulator::statusByte(int n)
{
    bool offline = m_offline || m_paperOut || m_coverOpen;
    switch (n) {
    case 1:
        return static_cast<unsigned char>(0x12 | (drawerOpen() ? 0x04 : 0) | (offline ? 0x08 : 0));
    case 2:
        return static_cast<unsigned char>(0x12 | (m_coverOpen ? 0x04 : 0) | (m_paperOut ? 0x20 : 0));
    case 3:
        return 0x12;
    default:
        return static_cast<unsigned char>(0x12 | (m_paperOut ? 0x60 : 0));
    }
}

void PrinterSimulator::consume(int client, const std::string& bytes)
{
    std::string data = m_pending + bytes;
    m_pending.clear();
    std::size_t i = 0;
    while (i < data.size()) {
        auto b = static_cast<unsigned char>(data[i]);
        if (b == 0x10 || b == 0x1B || b == 0x1D) {
            // Commands the simulator acts on; wait for the rest of one split across reads.
            std::size_t need = b == 0x10 ? 3 : b == 0x1B && i + 1 < data.size() && data[i + 1] == 'p' ? 5 : 2;
            if (i + need > data.size()) {
                m_pending = data.substr(i);
                return;
            }
            if (b == 0x10 && data[i + 1] == 0x04) {
                unsigned char answer = statusByte(static_cast<unsigned char>(data[i + 2]));
                [[maybe_unused]] ssize_t n = ::write(client, &answer, 1);
                i += 3;
                continue;
            }
            if (b == 0x1B && data[i + 1] == 'p') {
                if (!(m_offline || m_paperOut || m_coverOpen)) {
                    std::lock_guard lock(m_mutex);
                    m_drawerOpen = true;
                    m_drawerOpenedAt = std::chrono::steady_clock::now();
                    ++m_kicks;
                }
                i += 5;
                continue;
            }
            if (b == 0x1D && data[i + 1] == 'r') {
                if (i + 3 > data.size()) {
                    m_pending = data.substr(i);
                    return;
                }
                // In sequence, after everything before it: an offline printer processes nothing, so it does not answer.
                if (!(m_offline || m_paperOut || m_coverOpen)) {
                    unsigned char answer = 0x00;
                    [[maybe_unused]] ssize_t n = ::write(client, &answer, 1);
                }
                i += 3;
                continue;
            }
            if (b == 0x1B && data[i + 1] == '@' && !m_inJob) {
                m_inJob = true;
                m_jobDamaged = false;
                m_job.clear();
            }
        }
        bool offline = m_offline || m_paperOut || m_coverOpen;
        if (m_options.offlineAfterBytes >= 0 && m_jobBytes >= m_options.offlineAfterBytes) {
            m_options.offlineAfterBytes = -1; // once: it stays offline until told "online"
            m_offline = true;
            offline = true;
        }
        if (m_inJob) {
            if (offline) {
                m_jobDamaged = true; // a printer that is offline prints nothing of what it is sent
            } else {
                m_job += data[i];
                ++m_jobBytes;
            }
            // GS V m n: the cut ends the job, printed or not.
            m_tail = (m_tail + data[i]).substr(m_tail.size() >= 4 ? 1 : 0);
            if (m_tail.size() == 4 && m_tail[0] == 0x1D && m_tail[1] == 'V')
                finishJob(!m_jobDamaged);
        }
        ++i;
    }
}

void PrinterSimulator::finishJob(bool complete)
{
    std::lock_guard lock(m_mutex);
    ++m_jobNumber;
    char name[64];
    std::snprintf(name, sizeof name, "job-%04d%s.bin", m_jobNumber, complete ? "" : ".incomplete");
    std::filesystem::path path = m_options.outDir.empty() ? std::filesystem::path(name) : m_options.outDir / name;
    if (!m_options.outDir.empty())
        std::ofstream(path, std::ios::binary) << m_job;
    m_jobs.push_back(path);
    m_inJob = false;
    m_job.clear();
    m_tail.clear();
}

void PrinterSimulator::setHoldDrawerOpen(bool v)
{
    std::lock_guard lock(m_mutex);
    m_holdDrawerOpen = v;
    if (!v)
        m_drawerOpenedAt = std::chrono::steady_clock::now();
}

bool PrinterSimulator::drawerOpen()
{
    std::lock_guard lock(m_mutex);
    if (m_drawerOpen && !m_holdDrawerOpen
        && std::chrono::steady_clock::now() - m_drawerOpenedAt >= std::chrono::milliseconds(m_options.drawerClosesAfterMs))
        m_drawerOpen = false;
    return m_drawerOpen;
}

std::vector<std::filesystem::path> PrinterSimulator::jobs()
{
    std::lock_guard lock(m_mutex);
    return m_jobs;
}

bool PrinterSimulator::control(const std::string& word)
{
    if (word == "offline")
        setOffline(true);
    else if (word == "online")
        setOffline(false);
    else if (word == "paper-out")
        setPaperOut(true);
    else if (word == "paper-in")
        setPaperOut(false);
    else if (word == "cover-open")
        setCoverOpen(true);
    else if (word == "cover-close")
        setCoverOpen(false);
    else if (word == "hold-drawer")
        setHoldDrawerOpen(true);
    else if (word == "release-drawer")
        setHoldDrawerOpen(false);
    else if (word == "silent")
        setSilent(true);
    else if (word == "respond")
        setSilent(false);
    else
        return false;
    return true;
}

} // namespace tillbook::devices
