// POSIX transports: non-blocking descriptors and poll(), so every wait has a deadline and a pulled cable is an error
// in one sentence, never a hung counter.
#include "devices/transport.h"

#include "devices/serial_transport.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tillbook::devices {

namespace {

int msLeft(std::chrono::steady_clock::time_point deadline)
{
    auto left = std::chrono::duration_cast<Millis>(deadline - std::chrono::steady_clock::now()).count();
    return left < 0 ? 0 : static_cast<int>(left);
}

std::string capitalized(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// Writes all of `bytes` to a non-blocking descriptor before `timeout` runs out.
void writeAll(int fd, std::string_view bytes, Millis timeout, const std::string& what)
{
    auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t done = 0;
    while (done < bytes.size()) {
        // A socket closed by the printer must be an error here, not SIGPIPE for the whole station.
        ssize_t n = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == ENOTSOCK)
            n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            throw DeviceError("The connection to " + what + " was lost (" + std::strerror(errno) + ").");
        pollfd p{fd, POLLOUT, 0};
        int left = msLeft(deadline);
        if (left == 0 || ::poll(&p, 1, left) == 0)
            throw DeviceError(capitalized(what) + " stopped taking data: " + std::to_string(done) + " of "
                              + std::to_string(bytes.size()) + " bytes were sent.");
        if (p.revents & (POLLERR | POLLHUP))
            throw DeviceError("The connection to " + what + " was lost.");
    }
}

std::string readSome(int fd, std::size_t max, Millis timeout, const std::string& what)
{
    pollfd p{fd, POLLIN, 0};
    int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    if (ready <= 0)
        return {};
    std::string out(max, '\0');
    ssize_t n = ::read(fd, out.data(), max);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return {};
    // Readable but nothing to read: the other end closed the connection.
    if (n == 0 || (n < 0 && (p.revents & (POLLHUP | POLLERR))))
        throw DeviceError("The connection to " + what + " was lost.");
    if (n < 0)
        throw DeviceError("Reading from " + what + " failed (" + std::string(std::strerror(errno)) + ").");
    out.resize(static_cast<std::size_t>(n));
    return out;
}

} // namespace

TcpTransport::TcpTransport(std::string address)
    : m_address(std::move(address))
{
}

void TcpTransport::open(Millis timeout)
{
    close();
    auto colon = m_address.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == m_address.size())
        throw DeviceError("The printer address \"" + m_address + "\" is not HOST:PORT.");
    std::string host = m_address.substr(0, colon);
    std::string port = m_address.substr(colon + 1);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &found); rc != 0)
        throw DeviceError("The address " + m_address + " cannot be found (" + ::gai_strerror(rc) + ").");
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> list(found, ::freeaddrinfo);
    std::string lastError = "no address";
    for (addrinfo* a = found; a; a = a->ai_next) {
        int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, static_cast<int>(timeout.count())) == 1) {
                int err = 0;
                socklen_t len = sizeof err;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
                rc = err == 0 ? 0 : -1;
                errno = err;
            } else {
                errno = ETIMEDOUT;
            }
        }
        if (rc == 0) {
            int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            m_fd = fd;
            return;
        }
        lastError = std::strerror(errno);
        ::close(fd);
    }
    throw DeviceError("The device at " + m_address + " does not answer (" + lastError + ").");
}

FileTransport::FileTransport(std::string path)
    : m_path(std::move(path))
{
}

void FileTransport::open(Millis)
{
    close();
    m_fd = ::open(m_path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (m_fd < 0)
        throw DeviceError("The device " + m_path + " cannot be opened (" + std::strerror(errno)
                          + "); check the cable and that this user may use it.");
}

FdTransport::~FdTransport()
{
    close();
}

void FdTransport::write(std::string_view bytes, Millis timeout)
{
    if (m_fd < 0)
        throw DeviceError("The connection to " + name() + " is not open.");
    writeAll(m_fd, bytes, timeout, name());
}

std::string FdTransport::read(std::size_t max, Millis timeout)
{
    if (m_fd < 0)
        throw DeviceError("The connection to " + name() + " is not open.");
    return readSome(m_fd, max, timeout, name());
}

void FdTransport::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void MockTransport::open(Millis)
{
    if (refuseOpen)
        throw DeviceError("The mock device refuses to open.");
    m_open = true;
}

void MockTransport::write(std::string_view bytes, Millis)
{
    if (!m_open)
        throw DeviceError("The mock device is not open.");
    std::size_t room = failWritesAfter > written.size() ? failWritesAfter - written.size() : 0;
    written.append(bytes.substr(0, room));
    if (bytes.size() > room)
        throw DeviceError("The mock device stopped taking data.");
}

std::string MockTransport::read(std::size_t max, Millis)
{
    if (!m_open)
        throw DeviceError("The mock device is not open.");
    if (replies.empty())
        return {};
    std::string reply = replies.front();
    replies.pop_front();
    if (reply.size() > max) {
        replies.push_front(reply.substr(max));
        reply.resize(max);
    }
    return reply;
}

std::unique_ptr<Transport> makeTransport(std::string_view kind, const std::string& address, int baud)
{
    if (kind == "tcp")
        return std::make_unique<TcpTransport>(address);
    if (kind == "device")
        return std::make_unique<FileTransport>(address);
    if (kind == "serial")
        return std::make_unique<SerialTransport>(address, baud);
    if (kind == "mock")
        return std::make_unique<MockTransport>();
    throw DeviceError("The transport \"" + std::string(kind) + "\" is not one of tcp, device, serial or mock.");
}

} // namespace tillbook::devices
