// AppContext: the controllers built over one station and installed for QML, in one place.
#include "app/app_context.h"

#include "app/arrangement_controller.h"
#include "app/back_office_controller.h"
#include "app/device_controller.h"
#include "app/drawer_controller.h"
#include "app/local_time.h"
#include "app/office_controller.h"
#include "app/payment_controller.h"
#include "app/print_controller.h"
#include "app/session_controller.h"
#include "app/ui_settings.h"

#include "station/settings.h"

#include <QQmlEngine>

namespace tillbook::app {

AppContext::AppContext(station::Station& station)
    : m_station(station)
    , m_session(std::make_unique<SessionController>(station))
    , m_payments(std::make_unique<PaymentController>(station, *m_session))
    , m_drawers(std::make_unique<DrawerController>(station, *m_session))
    , m_devices(std::make_unique<DeviceController>(station, *m_session))
    , m_printer(std::make_unique<PrintController>(station, *m_session, *m_drawers, m_devices.get()))
    , m_arrangements(std::make_unique<ArrangementController>(station, *m_session))
    , m_backOffice(std::make_unique<BackOfficeController>(station, *m_session))
    , m_uiSettings(std::make_unique<UiSettings>(station, *m_session))
    , m_office(std::make_unique<OfficeController>(station, *m_session))
{
    setDisplayZone(station.settings().textSetting("station.time_zone"));
    SessionController::setInstance(m_session.get());
    PaymentController::setInstance(m_payments.get());
    DrawerController::setInstance(m_drawers.get());
    DeviceController::setInstance(m_devices.get());
    PrintController::setInstance(m_printer.get());
    ArrangementController::setInstance(m_arrangements.get());
    BackOfficeController::setInstance(m_backOffice.get());
    UiSettings::setInstance(m_uiSettings.get());
    OfficeController::setInstance(m_office.get());
    // Texts the controllers made (the payment's lines and tenders) are made again in the new language.
    QObject::connect(m_uiSettings.get(), &UiSettings::languageChanged, m_payments.get(),
                     &PaymentController::cartChanged);
    QObject::connect(m_uiSettings.get(), &UiSettings::languageChanged, m_payments.get(),
                     &PaymentController::accountChanged); // the bills' kinds
    QObject::connect(m_uiSettings.get(), &UiSettings::languageChanged, m_devices.get(),
                     &DeviceController::stateChanged); // the printer's state
    QObject::connect(m_uiSettings.get(), &UiSettings::languageChanged, m_office.get(),
                     &OfficeController::stateChanged);
    // Each controller's last sentence, and the back office's lists, made again in the new language.
    for (FeedbackController* controller : std::initializer_list<FeedbackController*>{
             m_session.get(), m_payments.get(), m_drawers.get(), m_devices.get(), m_printer.get(), m_arrangements.get(),
             m_backOffice.get(), m_office.get()})
        QObject::connect(m_uiSettings.get(), &UiSettings::languageChanged, controller, &FeedbackController::retranslate);
}

AppContext::~AppContext()
{
    OfficeController::setInstance(nullptr);
    UiSettings::setInstance(nullptr);
    BackOfficeController::setInstance(nullptr);
    ArrangementController::setInstance(nullptr);
    PrintController::setInstance(nullptr);
    DeviceController::setInstance(nullptr);
    DrawerController::setInstance(nullptr);
    PaymentController::setInstance(nullptr);
    SessionController::setInstance(nullptr);
}

void AppContext::attachEngine(QQmlEngine& engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_uiSettings->setEngine(&engine);
}

} // namespace tillbook::app
