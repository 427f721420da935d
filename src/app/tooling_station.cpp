// The tooling station: a seeded demo station with fast throwaway PINs, and counter hardware when asked for.
#include "app/tooling_station.h"

#include "devices/printer_simulator.h"
#include "station/atomic_file.h"
#include "station/checks.h"
#include "station/demo.h"
#include "station/station.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

namespace tillbook::app {

ToolingStation::ToolingStation(const Clock& clock, bool counterHardware)
{
    std::filesystem::path dir = m_dir.path().toStdString();
    station::Station::create(dir, "DEMO-01", clock, station::Station::Kind::Demo);
    station::Station::Options fast;
    fast.scrypt.n = 1024; // throwaway PINs: keep tooling quick
    m_station = station::Station::open(dir, clock, fast);
    station::seedDemo(*m_station);
    if (!counterHardware)
        return;
    // Checks are judged against the FedACH directory when one is given; without one, every check needs a supervisor
    // and every mailed check is an exception, as on a real station.
    if (const char* fedach = std::getenv("TILLBOOK_FEDACH")) {
        std::ifstream in(fedach, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        m_station->checks().importRoutingDirectory(station::kSystemActor, text, "FedACHdir.txt");
    }
    devices::PrinterSimOptions sim;
    sim.outDir = dir / "printer-jobs";
    m_printer = std::make_unique<devices::PrinterSimulator>(sim);
    m_printer->start();
    station::writeFileAtomically(dir / "devices.json", "{\"printer\": {\"transport\": \"tcp\", \"address\": \""
                                                           + m_printer->address()
                                                           + "\"}, \"drawer\": {\"via\": \"printer\"}}");
}

ToolingStation::~ToolingStation() = default;

} // namespace tillbook::app
