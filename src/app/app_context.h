// The app's controllers over one open station: built in the order they depend on each other, installed as the QML
// singletons, and taken down again. The tillbook executable and the Qt Quick test host both start from it.
#pragma once

#include <memory>

class QQmlEngine;

namespace tillbook::station {
class Station;
}

namespace tillbook::app {

class ArrangementController;
class BackOfficeController;
class DeviceController;
class DrawerController;
class OfficeController;
class PaymentController;
class PrintController;
class SessionController;
class UiSettings;

class AppContext
{
public:
    // Builds every controller over `station` (which must outlive this) and installs each as the instance its QML
    // singleton hands out; the destructor uninstalls them before they go.
    explicit AppContext(station::Station& station);
    ~AppContext();
    AppContext(const AppContext&) = delete;
    AppContext& operator=(const AppContext&) = delete;

    // An engine that is to load the screens: it finds the Tillbook modules, and is retranslated when the language
    // changes. Call once per engine, before it loads anything.
    void attachEngine(QQmlEngine& engine);

    station::Station& station() { return m_station; }
    SessionController& session() { return *m_session; }
    PaymentController& payments() { return *m_payments; }
    DrawerController& drawers() { return *m_drawers; }
    DeviceController& devices() { return *m_devices; }
    PrintController& printer() { return *m_printer; }
    ArrangementController& arrangements() { return *m_arrangements; }
    BackOfficeController& backOffice() { return *m_backOffice; }
    UiSettings& uiSettings() { return *m_uiSettings; }
    OfficeController& office() { return *m_office; }

private:
    station::Station& m_station;
    // Declared in the order they are built: each takes only those above it, and they go in reverse.
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<PaymentController> m_payments;
    std::unique_ptr<DrawerController> m_drawers;
    std::unique_ptr<DeviceController> m_devices;
    std::unique_ptr<PrintController> m_printer;
    std::unique_ptr<ArrangementController> m_arrangements;
    std::unique_ptr<BackOfficeController> m_backOffice;
    std::unique_ptr<UiSettings> m_uiSettings;
    std::unique_ptr<OfficeController> m_office;
};

} // namespace tillbook::app
