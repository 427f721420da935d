// Devices: status bits, the printer driver against a mock and against the simulated network printer (going offline
// mid-job, a drawer held open), MICR readers (a serial reader on a pseudo-terminal, wedge timing), devices.json.
#include "devices/device_hub.h"
#include "devices/device_settings.h"
#include "devices/escpos_printer.h"
#include "devices/micr_reader.h"
#include "devices/printer_simulator.h"
#include "devices/serial_transport.h"
#include "support/temp_dir.h"
#include "printing/escpos.h"
#include "printing/samples.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

using namespace tillbook;
using namespace tillbook::devices;

namespace {

constexpr char kReady = 0x12;

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string receiptJob()
{
    return printing::renderEscPos(printing::receiptLayout(printing::sampleReceipt()), {42});
}

// Waits (without asserting on how long) until `condition` holds or a generous limit passes.
template <typename F>
bool eventually(F condition)
{
    for (int i = 0; i < 500; ++i) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return condition();
}

// A pseudo-terminal pair in raw mode: the test writes to `master` what a serial device would send on `name`.
struct PtyPair {
    PtyPair()
    {
        REQUIRE(openpty(&master, &slave, name, nullptr, nullptr) == 0);
        termios raw{};
        tcgetattr(slave, &raw);
        cfmakeraw(&raw);
        tcsetattr(slave, TCSANOW, &raw);
    }
    ~PtyPair()
    {
        ::close(master);
        ::close(slave);
    }
    void send(const std::string& bytes) const
    {
        REQUIRE(::write(master, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
    }
    int master = -1;
    int slave = -1;
    char name[256] = {};
};

// QSerialPort's notifiers want an application object on this thread, as in the station app.
struct QtApp {
    QtApp()
    {
        if (!QCoreApplication::instance())
            app = std::make_unique<QCoreApplication>(argc, argv);
    }
    int argc = 1;
    char arg0[16] = "test_devices";
    char* argv[2] = {arg0, nullptr};
    std::unique_ptr<QCoreApplication> app;
};

PrinterOptions fastOptions()
{
    PrinterOptions o;
    o.timeout = Millis(2000);
    o.jobTimeout = Millis(2000);
    o.drawerOpenWhenHigh = true; // as the simulator's sensor reads
    return o;
}

} // namespace

TEST_CASE("Devices: status bytes decode as Epson documents them")
{
    CHECK(decodeStatus(0x12, 0x12, 0x12, 0x12, false).ready());
    CHECK(decodeStatus(0x12, 0x12, 0x12, 0x12, false).state() == "ready");
    CHECK_FALSE(decodeStatus(0x1A, 0x12, 0x12, 0x12, false).online);         // bit 3: offline
    CHECK(decodeStatus(0x1A, 0x16, 0x12, 0x12, false).state() == "cover_open"); // offline cause bit 2
    CHECK(decodeStatus(0x1A, 0x32, 0x12, 0x72, false).state() == "paper_end");  // bit 5; paper sensor bits 5-6
    CHECK(decodeStatus(0x12, 0x12, 0x12, 0x1E, false).paperNearEnd);           // paper sensor bits 2-3
    CHECK(decodeStatus(0x12, 0x12, 0x1A, 0x12, false).state() == "error");      // autocutter
    CHECK(decodeStatus(0x16, 0x12, 0x12, 0x12, true).drawerOpen);              // pin 3 high, open when high
    CHECK_FALSE(decodeStatus(0x16, 0x12, 0x12, 0x12, false).drawerOpen);
    CHECK(isStatusByte(0x12));
    CHECK(isStatusByte(0x1E));
    CHECK_FALSE(isStatusByte(0x00));
    CHECK_FALSE(isStatusByte('A'));
    CHECK(decodeStatus(0x1A, 0x32, 0x12, 0x72, false).sentence().english() == "The receipt printer is out of paper: load a new roll and close the cover.");
}

TEST_CASE("Devices: the driver checks status before and after a job")
{
    MockTransport mock;
    EscPosPrinter printer(mock, fastOptions());
    std::string job = receiptJob();
    std::string queries = std::string(printing::escpos::kStatusPrinter) + std::string(printing::escpos::kStatusOffline)
                          + std::string(printing::escpos::kStatusError) + std::string(printing::escpos::kStatusPaper);
    std::string confirm(printing::escpos::kTransmitPaperStatus);
    SECTION("ready before and after: printed, and exactly the job and its confirmation went out between the queries")
    {
        for (int i = 0; i < 4; ++i)
            mock.replies.push_back(std::string(1, kReady));
        mock.replies.push_back(std::string(1, '\0')); // GS r 1: the job went through
        for (int i = 0; i < 4; ++i)
            mock.replies.push_back(std::string(1, kReady));
        auto outcome = printer.print(job);
        CHECK(outcome.printed);
        CHECK(mock.written == queries + job + confirm + queries);
    }
    SECTION("out of paper: nothing is sent and the cashier is told what to do")
    {
        mock.replies = {"\x1a", "\x32", "\x12", "\x72"};
        auto outcome = printer.print(job);
        CHECK_FALSE(outcome.printed);
        CHECK(outcome.message.english() == "Not printed. The receipt printer is out of paper: load a new roll and close the cover.");
        CHECK(mock.written == queries);
    }
    SECTION("no answer: a timeout in one sentence")
    {
        PrinterOptions quick = fastOptions();
        quick.timeout = Millis(50);
        EscPosPrinter impatient(mock, quick);
        auto outcome = impatient.print(job);
        CHECK_FALSE(outcome.printed);
        CHECK_THAT(outcome.message.english(), Catch::Contains("did not answer the printer status query within 50 ms"));
    }
    SECTION("noise on the line is not taken for a status")
    {
        mock.replies = {"A", "\x12", "\x12", "\x12", "\x12"};
        CHECK(printer.status().ready());
    }
    SECTION("a cable pulled during the job")
    {
        for (int i = 0; i < 4; ++i)
            mock.replies.push_back(std::string(1, kReady));
        mock.failWritesAfter = queries.size() + 100;
        auto outcome = printer.print(job);
        CHECK_FALSE(outcome.printed);
        CHECK_THAT(outcome.message.english(), Catch::StartsWith("Not printed.") && Catch::Contains("stopped taking data"));
        CHECK_FALSE(mock.isOpen()); // the next attempt reconnects
    }
    SECTION("the drawer kick is ESC p with the configured pin and pulse")
    {
        PrinterOptions o = fastOptions();
        o.drawerPin = printing::escpos::DrawerPin::Pin5;
        o.pulseOnMs = 120;
        o.pulseOffMs = 240;
        EscPosPrinter p5(mock, o);
        p5.kickDrawer();
        CHECK(mock.written == std::string("\x1b\x70\x01\x3c\x78", 5));
    }
}

TEST_CASE("Devices: a job reaches the simulated network printer byte for byte")
{
    test::TempDir dir;
    PrinterSimulator sim({"127.0.0.1:0", dir.path() / "jobs"});
    sim.start();
    TcpTransport tcp(sim.address());
    EscPosPrinter printer(tcp, fastOptions());
    std::string job = receiptJob();
    auto outcome = printer.print(job);
    CHECK(outcome.printed);
    CHECK(outcome.message.english() == "Printed.");
    REQUIRE(eventually([&] { return sim.jobs().size() == 1; }));
    CHECK(sim.jobs()[0].filename() == "job-0001.bin");
    CHECK(readFile(sim.jobs()[0]) == job);
}

TEST_CASE("Devices: a printer that goes offline in the middle of a job")
{
    test::TempDir dir;
    PrinterSimOptions options{"127.0.0.1:0", dir.path() / "jobs"};
    options.offlineAfterBytes = 300;
    PrinterSimulator sim(options);
    sim.start();
    TcpTransport tcp(sim.address());
    EscPosPrinter printer(tcp, fastOptions());
    std::string job = receiptJob();
    auto outcome = printer.print(job);
    CHECK_FALSE(outcome.printed);
    CHECK_THAT(outcome.message.english(), Catch::Contains("not a whole document") && Catch::Contains("offline")
                                    && Catch::Contains("print it again"));
    REQUIRE(eventually([&] { return sim.jobs().size() == 1; }));
    CHECK(sim.jobs()[0].filename() == "job-0001.incomplete.bin");
    CHECK(readFile(sim.jobs()[0]).size() == 300);
    // Still offline: the reprint is refused before anything is sent.
    auto refused = printer.print(job);
    CHECK_FALSE(refused.printed);
    CHECK_THAT(refused.message.english(), Catch::StartsWith("Not printed. The receipt printer is offline"));
    // Back online, the reprint comes out whole.
    CHECK(sim.control("online"));
    CHECK(printer.print(job).printed);
    REQUIRE(eventually([&] { return sim.jobs().size() == 2; }));
    CHECK(sim.jobs()[1].filename() == "job-0002.bin");
    CHECK(readFile(sim.jobs()[1]) == job);
}

TEST_CASE("Devices: paper out and cover open are reported before printing")
{
    test::TempDir dir;
    PrinterSimOptions options{"127.0.0.1:0", dir.path() / "jobs"};
    options.paperOut = true;
    PrinterSimulator sim(options);
    sim.start();
    TcpTransport tcp(sim.address());
    EscPosPrinter printer(tcp, fastOptions());
    CHECK(printer.status().state() == "paper_end");
    CHECK_THAT(printer.print(receiptJob()).message.english(), Catch::Contains("out of paper"));
    sim.control("paper-in");
    sim.control("cover-open");
    CHECK(printer.status().state() == "cover_open");
    CHECK(sim.jobs().empty());
}

TEST_CASE("Devices: the drawer opens on a kick and a drawer left open is seen")
{
    test::TempDir dir;
    PrinterSimOptions options{"127.0.0.1:0", dir.path() / "jobs"};
    options.holdDrawerOpen = true; // the cashier walks away from an open drawer
    PrinterSimulator sim(options);
    sim.start();
    TcpTransport tcp(sim.address());
    EscPosPrinter printer(tcp, fastOptions());
    CHECK_FALSE(printer.drawerOpen());
    printer.kickDrawer();
    REQUIRE(eventually([&] { return sim.kicks() == 1; }));
    CHECK(printer.drawerOpen());
    CHECK(printer.status().ready()); // an open drawer does not stop printing
    sim.control("release-drawer");   // pushed shut
    CHECK(eventually([&] { return !printer.drawerOpen(); }));
}

TEST_CASE("Devices: a printer that closes the connection is a lost connection - not a slow answer")
{
    int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(listener, 1) == 0);
    socklen_t len = sizeof addr;
    ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len);
    TcpTransport tcp("127.0.0.1:" + std::to_string(ntohs(addr.sin_port)));
    tcp.open(Millis(1000));
    int peer = ::accept(listener, nullptr, nullptr);
    REQUIRE(peer >= 0);
    ::close(peer);
    CHECK_THROWS_WITH(tcp.read(1, Millis(1000)), Catch::Contains("was lost"));
    ::close(listener);
}

TEST_CASE("Devices: a printer that is not there is one sentence")
{
    TcpTransport nobody("127.0.0.1:1");
    EscPosPrinter printer(nobody, fastOptions());
    auto outcome = printer.print("x");
    CHECK_FALSE(outcome.printed);
    CHECK_THAT(outcome.message.english(), Catch::Contains("127.0.0.1:1 does not answer"));
    CHECK_THROWS_WITH(TcpTransport("no-port").open(Millis(100)), Catch::Contains("is not HOST:PORT"));
    FileTransport missing("/nonexistent/lp0");
    CHECK_THROWS_WITH(missing.open(Millis(100)), Catch::Contains("/nonexistent/lp0 cannot be opened"));
}

TEST_CASE("Devices: a serial MICR reader on a pseudo-terminal")
{
    QtApp qt;
    PtyPair pty;
    SerialTransport port(pty.name, 9600);
    MicrReaderOptions options;
    options.timeout = Millis(2000);
    SerialMicrReader reader(port, options);
    std::string sent = "\x02T021000021T 123456789U 1042\x03\r\n\r";
    pty.send(sent);
    auto line = reader.readLine();
    REQUIRE(line);
    CHECK(*line == "T021000021T 123456789U 1042");
    // Two checks in one read, split oddly.
    std::string two = "A021000021A123456789C1043\rA0210";
    pty.send(two);
    CHECK(reader.readLine() == std::optional<std::string>("A021000021A123456789C1043"));
    std::string rest = "00021A123456789C1044\r";
    pty.send(rest);
    CHECK(reader.readLine() == std::optional<std::string>("A021000021A123456789C1044"));
    // No check fed: nothing, after the timeout.
    MicrReaderOptions quick = options;
    quick.timeout = Millis(50);
    SerialMicrReader idle(port, quick);
    CHECK_FALSE(idle.readLine());
    // Polled by a screen: nothing until the line is whole, then the line, without waiting.
    CHECK_FALSE(reader.poll());
    std::string part = "T021000021T 1234";
    pty.send(part);
    // Once the reader has taken in the partial line (seen by its pending bytes, not by waiting a while), a poll
    // still has no line to give.
    std::optional<std::string> early;
    CHECK(eventually([&] {
        early = reader.poll();
        return early.has_value() || reader.pendingBytes() == part.size();
    }));
    CHECK_FALSE(early.has_value());
    CHECK(reader.pendingBytes() == part.size());
    std::string end = "56789U 1045\r";
    pty.send(end);
    std::optional<std::string> polled;
    CHECK(eventually([&] { return (polled = reader.poll()).has_value(); }));
    CHECK(polled == std::optional<std::string>("T021000021T 123456789U 1045"));
    // A reader set to the wrong line ending floods: refused in one sentence.
    std::string flood(200, '1');
    pty.send(flood);
    CHECK_THROWS_WITH(reader.readLine(), Catch::Contains("line-ending setting"));
}

TEST_CASE("Devices: a wedge reader's burst is told apart from typing")
{
    const std::string micr = "T021000021T 123456789U 1042";
    WedgeDetector wedge;
    std::int64_t t = 1000;
    for (char c : micr)
        wedge.key(static_cast<char32_t>(c), t += 4);
    CHECK(wedge.enter(t + 5) == std::optional<std::string>(micr));
    // A person: the same characters with human gaps.
    for (char c : micr)
        wedge.key(static_cast<char32_t>(c), t += 140);
    CHECK_FALSE(wedge.enter(t + 150));
    // A fast burst too short to be a MICR line (a barcode of a receipt number, say).
    for (char c : std::string("1042"))
        wedge.key(static_cast<char32_t>(c), t += 3);
    CHECK_FALSE(wedge.enter(t + 3));
    // A burst that a person then finished by hand.
    for (char c : micr)
        wedge.key(static_cast<char32_t>(c), t += 4);
    wedge.key('5', t += 300);
    CHECK_FALSE(wedge.enter(t + 100));
}

TEST_CASE("Devices: devices.json is read strictly")
{
    auto s = parseDeviceSettings(R"({
        "printer": {"transport": "tcp", "address": "10.0.0.7:9100", "columns": 48, "timeout_ms": 800},
        "drawer": {"via": "printer", "pin": 5, "pulse_on_ms": 120, "pulse_off_ms": 240, "open_when": "high"},
        "micr": {"transport": "serial", "address": "/dev/ttyUSB0", "baud": 9600, "terminator": "LF"}
    })", "devices.json");
    REQUIRE(s.printer);
    CHECK(s.printer->address == "10.0.0.7:9100");
    CHECK(s.printer->columns == 48);
    CHECK(s.printer->options.timeout == Millis(800));
    CHECK(s.printer->options.drawerPin == printing::escpos::DrawerPin::Pin5);
    CHECK(s.printer->options.drawerOpenWhenHigh);
    CHECK(s.drawer.via == "printer");
    CHECK(s.micr.options.terminator == '\n');

    CHECK_FALSE(parseDeviceSettings("{}", "devices.json").printer);
    CHECK_FALSE(loadDeviceSettings("/nonexistent/devices.json").printer); // no file: no devices
    auto bad = [](const std::string& text) { return parseDeviceSettings(text, "devices.json"); };
    CHECK_THROWS_WITH(bad(R"({"printer": {"transport": "tcp", "address": "x:1", "columns": 40}})"),
                      "devices.json: printer.columns must be 42 or 48");
    CHECK_THROWS_WITH(bad(R"({"printer": {"transport": "usb", "address": "x"}})"),
                      Catch::Contains("printer.transport must be one of"));
    CHECK_THROWS_WITH(bad(R"({"printer": {"transport": "tcp", "adress": "x:1"}})"),
                      "devices.json: printer.adress is not a setting here (a typo?)");
    CHECK_THROWS_WITH(bad(R"({"drawer": {"via": "printer"}})"), Catch::Contains("no printer is set up"));
    CHECK_THROWS_WITH(bad(R"({"printer": {"transport": "tcp", "address": "x:1"}, "drawer": {"via": "printer", "pin": 3}})"),
                      Catch::Contains("drawer.pin must be 2 or 5"));
    CHECK_THROWS_WITH(bad("{\"printer\": "), Catch::Contains("is not valid JSON"));
}

TEST_CASE("Devices: a serial cash drawer opens on its kick byte")
{
    QtApp qt;
    PtyPair pty;
    const char* name = pty.name;
    auto settings = parseDeviceSettings(std::string(R"({"drawer": {"via": "serial", "address": ")") + name
                                            + R"(", "kick_byte": 7}, "micr": {"transport": "serial", "address": ")"
                                            + name + R"(", "symbols": "magtek_tud"}})",
                                        "devices.json");
    CHECK(settings.micr.symbols == MicrSymbols::MagTekTUD);
    DeviceHub hub(settings);
    CHECK(hub.hasDrawer());
    CHECK_FALSE(hub.hasPrinter());
    CHECK_FALSE(hub.drawerOpen()); // a serial drawer's sensor cannot be read
    hub.kickDrawer();
    char got = 0;
    pollfd p{pty.master, POLLIN, 0};
    REQUIRE(::poll(&p, 1, 2000) == 1);
    REQUIRE(::read(pty.master, &got, 1) == 1);
    CHECK(got == 0x07);
    CHECK_THROWS_WITH(parseDeviceSettings(R"({"micr": {"transport": "wedge", "symbols": "runes"}})", "devices.json"),
                      Catch::Contains("micr.symbols must be one of"));
}
