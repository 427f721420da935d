// Demo data goes in through the ordinary station commands, so it is signed into the ledger like real data.
#include "station/demo.h"

namespace tillbook::station {

int seedDemo(Station& station)
{
    int written = 0;
    for (const DemoOperator& op : kDemoOperators) {
        if (station.findOperator(op.id))
            continue;
        station.addOperator(kSystemActor, op.id, op.name, op.role, op.pin);
        ++written;
    }
    return written;
}

} // namespace tillbook::station
