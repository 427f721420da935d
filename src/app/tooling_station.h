// The throwaway demo station that --self-test and --screenshots run on, so tooling never touches real data.
#pragma once

#include <QTemporaryDir>

#include <memory>

namespace tillbook {
class Clock;
}
namespace tillbook::devices {
class PrinterSimulator;
}
namespace tillbook::station {
class Station;
}

namespace tillbook::app {

class ToolingStation
{
public:
    // A demo station in a temporary directory, seeded with the demo data. `counterHardware`: a simulated receipt
    // printer with the drawer on its port, and the FedACH directory from TILLBOOK_FEDACH=FILE when one is given (the
    // screenshots show a counter as it is set up). Throws what opening the station throws.
    ToolingStation(const Clock& clock, bool counterHardware);
    ~ToolingStation();

    station::Station& station() { return *m_station; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<devices::PrinterSimulator> m_printer;
    std::unique_ptr<station::Station> m_station; // closed before its printer stops and its directory goes
};

} // namespace tillbook::app
