// tillctl sim printer|micr and tillctl device status|test-print|test-drawer|read-check: counter hardware from the
// command line, for development and for the IT person setting a station up.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "core/micr.h"
#include "devices/device_hub.h"
#include "devices/printer_simulator.h"
#include "printing/escpos.h"
#include "printing/samples.h"

#include <QCoreApplication>

#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <csignal>
#include <iostream>
#include <thread>

namespace tillbook::cli {

namespace {

std::filesystem::path deviceFile(const Args& args)
{
    return dataDir(args) / "devices.json";
}

devices::DeviceHub hubFor(const Args& args)
{
    auto settings = devices::loadDeviceSettings(deviceFile(args));
    return devices::DeviceHub(std::move(settings));
}

// QSerialPort wants an application object on the thread that uses it.
struct QtForSerial {
    QtForSerial()
    {
        if (!QCoreApplication::instance())
            app = std::make_unique<QCoreApplication>(argc, argv);
    }
    int argc = 1;
    char name[8] = "tillctl";
    char* argv[2] = {name, nullptr};
    std::unique_ptr<QCoreApplication> app;
};

} // namespace

int cmdSimPrinter(const Argv& argv)
{
    Args args(argv, {"listen", "out", "offline-after-bytes"}, {"offline", "paper-out", "cover-open", "hold-drawer-open"});
    devices::PrinterSimOptions options;
    options.listen = args.value("listen").value_or("127.0.0.1:9100");
    options.outDir = args.required("out");
    options.offline = args.flag("offline");
    options.paperOut = args.flag("paper-out");
    options.coverOpen = args.flag("cover-open");
    options.holdDrawerOpen = args.flag("hold-drawer-open");
    if (auto n = args.value("offline-after-bytes"))
        options.offlineAfterBytes = static_cast<long>(args.number("offline-after-bytes", 0));
    // SIGINT and SIGTERM end it; they are waited for, not handled, so every thread sees them blocked.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    devices::PrinterSimulator sim(options);
    sim.start();
    std::cout << "printer simulator listening on " << sim.address() << "; jobs go to " << options.outDir.string()
              << "\ntype offline, online, paper-out, paper-in, cover-open, cover-close, hold-drawer, release-drawer or "
                 "quit; Ctrl-C stops it\n"
              << std::flush;
    std::thread input([&] {
        std::string word;
        while (std::getline(std::cin, word)) {
            if (word == "quit")
                break;
            if (!word.empty())
                std::cout << (sim.control(word) ? "ok: " + word : "unknown: " + word) << "\n" << std::flush;
        }
        if (word == "quit")
            kill(getpid(), SIGTERM);
    });
    input.detach();
    int signal = 0;
    sigwait(&stopSignals, &signal);
    sim.stop();
    std::cout << sim.jobs().size() << " job(s) received, " << sim.kicks() << " drawer kick(s)\n";
    return kExitOk;
}

int cmdSimMicr(const Argv& argv)
{
    Args args(argv, {"line", "count", "interval-ms", "delay-ms"}, {"lf"});
    std::string line = args.required("line");
    auto count = args.number("count", 1);
    auto interval = args.number("interval-ms", 500);
    auto delay = args.number("delay-ms", 1000);
    int master = -1;
    int slave = -1;
    char name[256] = {};
    if (openpty(&master, &slave, name, nullptr, nullptr) != 0)
        throw std::runtime_error("cannot make a pseudo-terminal pair");
    termios raw{};
    tcgetattr(slave, &raw);
    cfmakeraw(&raw);
    tcsetattr(slave, TCSANOW, &raw);
    std::cout << "check reader simulator on " << name << " (set micr.address to it)\n" << std::flush;
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    std::string framed = line + (args.flag("lf") ? "\n" : "\r");
    for (std::uint64_t i = 0; i < count; ++i) {
        if (::write(master, framed.data(), framed.size()) != static_cast<ssize_t>(framed.size()))
            throw std::runtime_error("writing to the pseudo-terminal failed");
        std::this_thread::sleep_for(std::chrono::milliseconds(interval));
    }
    ::close(master);
    ::close(slave);
    return kExitOk;
}

int cmdDevice(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("device needs status, test-print, test-drawer or read-check");
    std::string what = argv[0];
    Args args(Argv(argv.begin() + 1, argv.end()), {"data", "reason"}, {});
    QtForSerial qt;
    auto hub = hubFor(args);
    if (what == "status") {
        if (!hub.hasPrinter()) {
            std::cout << "no receipt printer is set up in " << deviceFile(args).string() << "\n";
            return kExitOk;
        }
        auto status = hub.printerStatus();
        std::cout << status.state() << ": " << status.sentence().english() << "\n";
        if (auto open = hub.drawerOpen())
            std::cout << "cash drawer: " << (*open ? "open" : "closed") << "\n";
        return status.ready() ? kExitOk : kExitProblem;
    }
    if (what == "test-print") {
        auto layout = printing::sampleLayouts().front().second;
        auto outcome = hub.print(printing::renderEscPos(layout, {hub.columns()}));
        std::cout << outcome.message.english() << "\n";
        return outcome.printed ? kExitOk : kExitProblem;
    }
    if (what == "test-drawer") {
        if (!hub.hasDrawer())
            throw UsageError("no cash drawer is set up in " + deviceFile(args).string());
        // The kick belongs to a record, written first.
        auto st = openStation(args);
        auto record = st->drawers().drawerTest(station::kSystemActor, args.value("reason").value_or(""));
        hub.kickDrawer();
        std::cout << "drawer opened for ledger record " << record.seq << "\n";
        return kExitOk;
    }
    if (what == "read-check") {
        auto line = hub.readCheck();
        if (!line) {
            std::cout << "no check was read\n";
            return kExitProblem;
        }
        auto parsed = parseMicr(*line, hub.settings().micr.symbols);
        std::cout << "read: " << *line << "\n";
        if (parsed.fields)
            std::cout << "routing " << parsed.fields->routing << ", account " << parsed.fields->account << ", serial "
                      << parsed.fields->serial << "\n";
        else
            std::cout << "not a MICR line: " << parsed.error << "\n";
        return parsed.fields ? kExitOk : kExitProblem;
    }
    throw UsageError("device needs status, test-print, test-drawer or read-check");
}

} // namespace tillbook::cli
