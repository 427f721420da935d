// The station's messages as a Spanish session sees them: the catalog text translated, arguments filled in.
#define CATCH_CONFIG_RUNNER
#include "app/device_controller.h"
#include "app/local_time.h"
#include "app/message_text.h"
#include "core/arrangement.h"
#include "core/drawer.h"
#include "core/import_rows.h"
#include "core/payment.h"
#include "devices/escpos_printer.h"
#include "station/authorization.h"
#include "station/batches.h"
#include "station/common.h"
#include "station/maintenance.h"
#include "station/orders.h"
#include "station/payments.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace tillbook;

namespace {

struct Language {
    explicit Language(const QString& code)
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/tillbook_%1.qm").arg(code)));
        QCoreApplication::installTranslator(&translator);
    }
    ~Language() { QCoreApplication::removeTranslator(&translator); }
    QTranslator translator;
};

struct Spanish : Language {
    Spanish()
        : Language(QStringLiteral("es"))
    {
    }
};

// Every data word the station and the app can hand a screen, as (domain, key), from the enumerations themselves.
std::vector<std::pair<std::string, std::string>> stationWords()
{
    std::vector<std::pair<std::string, std::string>> words;
    for (BillKind k : kBillKinds)
        words.emplace_back("bill_kind", billKindName(k));
    for (TenderKind k : kTenderKinds)
        words.emplace_back("tender_kind", tenderKindName(k));
    for (const auto& d : denominations()) {
        words.emplace_back("pile", d.key);
        words.emplace_back("denomination", d.key);
    }
    for (Frequency f : kFrequencies)
        words.emplace_back("frequency", frequencyName(f));
    for (station::Role r : station::kRoles)
        words.emplace_back("role", station::roleName(r));
    for (std::string_view t : station::kOrderTypes)
        words.emplace_back("order_type", t);
    for (std::string_view s : station::kOrderStatuses)
        words.emplace_back("order_status", s);
    for (std::string_view s : station::kBatchItemStatuses)
        words.emplace_back("batch_item", s);
    for (const char* s : app::DeviceController::kOwnPrinterStates)
        words.emplace_back("printer_state", s);
    // The driver's states: every combination of the status bits it reads.
    for (std::uint8_t printer : {0x12, 0x16, 0x1A, 0x1E})
        for (std::uint8_t offline : {0x12, 0x16, 0x32, 0x36})
            for (std::uint8_t error : {0x12, 0x1A, 0x32, 0x3A})
                for (std::uint8_t paper : {0x12, 0x1E, 0x72, 0x7E})
                    words.emplace_back("printer_state", devices::decodeStatus(printer, offline, error, paper, false).state());
    return words;
}

// Whether the Spanish file itself translates a catalog message (the app would otherwise fall back to the English).
bool hasSpanish(const QTranslator& spanish, Msg id)
{
    const MessageSpec& spec = messageSpec(id);
    return !spanish.translate("Message", spec.english, spec.comment, spec.plural ? 2 : -1).isEmpty();
}

} // namespace

TEST_CASE("A refusal is rendered in the session's language with its arguments", "[message]")
{
    station::CommandRefused refused(Msg::ReceiptAlreadyVoided, {{"receipt", "S01-R000007"}});
    CHECK(app::describeFailure(refused) == QStringLiteral("receipt S01-R000007 is already voided"));
    Spanish es;
    CHECK(app::describeFailure(refused) == QStringLiteral("el recibo S01-R000007 ya está anulado"));
}

TEST_CASE("Nested messages and lists are rendered in the same language", "[message]")
{
    std::vector<Message> reasons{Message(Msg::CheckDuplicate), Message(Msg::CheckCashOnly, {MessageArg::number("returned", 3)})};
    station::CommandRefused refused(Msg::PaymentNotRecorded,
                                    {{"reason", Message(Msg::CheckDeclined, {{"item", "1042"}, {"reasons", reasons}})}});
    Spanish es;
    CHECK(app::describeFailure(refused)
          == QStringLiteral("Pago no registrado: el cheque 1042 fue rechazado: Este cheque (mismo banco, cuenta y número) "
                            "ya se recibió antes. El cliente tiene 3 cheques devueltos en los últimos 12 meses y paga "
                            "solo en efectivo."));
    CHECK(app::renderMessage(Message(Msg::DropTooMuch, {{"amount", Money::fromCents(123456)}, {"expected", Money::fromCents(5000)}}))
          == QStringLiteral("el retiro de $1,234.56 supera los $50.00 que debería haber en el cajón"));
}

TEST_CASE("Every station message renders in Spanish with no argument left unfilled", "[message]")
{
    Spanish es;
    for (const auto& spec : messageCatalog()) {
        std::vector<MessageArg> args;
        for (const auto& name : messagePlaceholders(spec.english))
            args.emplace_back(name, "X");
        QString text = app::renderMessage(Message(spec.id, std::move(args)));
        INFO(spec.code);
        CHECK_FALSE(text.contains(QLatin1Char('{')));
        CHECK_FALSE(text.isEmpty());
    }
}

TEST_CASE("Every data word the station can return is a catalog word with its Spanish", "[word]")
{
    Spanish es;
    std::size_t checked = 0;
    for (const auto& [domain, key] : stationWords()) {
        INFO(domain << "." << key);
        auto id = wordMessage(domain, key);
        REQUIRE(id);
        CHECK(hasSpanish(es.translator, *id));
        ++checked;
    }
    CHECK(checked > 30);
}

TEST_CASE("Data words render in the session's language and an imported code stays as it is", "[word]")
{
    CHECK(app::renderWord("bill_kind", QStringLiteral("utility")) == QStringLiteral("utility"));
    Spanish es;
    CHECK(app::renderWord("bill_kind", QStringLiteral("utility")) == QStringLiteral("servicios"));
    CHECK(app::renderWord("order_status", QStringLiteral("open")) == QStringLiteral("abierta"));
    CHECK(app::renderWord("printer_state", QStringLiteral("ready")) == QStringLiteral("Lista"));
    CHECK(app::renderWord("denomination", QStringLiteral("coin_100")) == QStringLiteral("moneda de $1"));
    CHECK(app::renderWord("bill_kind", QStringLiteral("WATER-X")) == QStringLiteral("WATER-X"));
    // A word inside a station message: the role a refusal names.
    station::CommandRefused refused(Msg::RoleNeeded, {{"role", word("role", "supervisor")}, {"name", "Ana"},
                                                      {"held", word("role", "cashier")}});
    CHECK(refused.message().english() == "this needs the supervisor role; Ana is a cashier");
    CHECK(app::describeFailure(refused) == QStringLiteral("esto requiere el rol supervisor; Ana tiene el rol cajero"));
}

TEST_CASE("The printer's status and a print job's outcome are messages in the session's language", "[word]")
{
    Spanish es;
    std::size_t checked = 0;
    for (std::uint8_t offline : {0x12, 0x16, 0x32, 0x36})
        for (std::uint8_t error : {0x12, 0x1A, 0x32, 0x3A})
            for (std::uint8_t paper : {0x12, 0x1E, 0x72, 0x7E}) {
                Message sentence = devices::decodeStatus(0x12, offline, error, paper, false).sentence();
                INFO(sentence.english());
                CHECK(hasSpanish(es.translator, sentence.id()));
                ++checked;
            }
    CHECK(checked == 64);
    CHECK(app::renderMessage(Message(Msg::PrintDone)) == QStringLiteral("Impreso."));
    CHECK(app::renderMessage(Message(Msg::PrintNotReady, {{"status", Message(Msg::PrinterOutOfPaper)}}))
          == QStringLiteral("No se imprimió. La impresora de recibos no tiene papel: cargue un rollo nuevo y cierre la tapa."));
}

TEST_CASE("A station message with a count takes the plural form of the session's language", "[plural]")
{
    auto days = [](std::int64_t n) {
        return Message(Msg::SimulateDaysAvailable, {MessageArg::number("days", n), {"last", "2026-11-30"}});
    };
    CHECK(days(1).english().find("leaves 1 whole day before today") != std::string::npos);
    CHECK(days(3).english().find("leaves 3 whole days before today") != std::string::npos);
    {
        Language en(QStringLiteral("en"));
        CHECK(app::renderMessage(days(1)).contains(QStringLiteral("leaves 1 whole day before today")));
        CHECK(app::renderMessage(days(0)).contains(QStringLiteral("leaves 0 whole days before today")));
    }
    Spanish es;
    CHECK(app::renderMessage(days(1)).contains(QStringLiteral("queda 1 día completo")));
    CHECK(app::renderMessage(days(3)).contains(QStringLiteral("quedan 3 días completos")));
    CHECK_FALSE(app::renderMessage(days(3)).contains(QStringLiteral("(s)")));
}

TEST_CASE("Every plural station message has its forms in English and Spanish", "[plural]")
{
    Language en(QStringLiteral("en"));
    QTranslator es;
    REQUIRE(es.load(QStringLiteral(":/i18n/tillbook_es.qm")));
    std::size_t plurals = 0;
    for (const auto& spec : messageCatalog()) {
        if (!spec.plural)
            continue;
        ++plurals;
        INFO(spec.code);
        for (int n : {1, 2}) {
            CHECK_FALSE(en.translator.translate("Message", spec.english, spec.comment, n).isEmpty());
            CHECK_FALSE(en.translator.translate("Message", spec.english, spec.comment, n).contains(QStringLiteral("(s)")));
            CHECK_FALSE(es.translate("Message", spec.english, spec.comment, n).isEmpty());
        }
    }
    CHECK(plurals >= 1);
}

TEST_CASE("Anything other than a refusal shows its own text", "[message]")
{
    CHECK(app::describeFailure(std::runtime_error("disk full")) == QStringLiteral("disk full"));
}

TEST_CASE("An account's history reads in Spanish: each line is a message the app renders", "[history]")
{
    test::DemoStation o({.drawerFloat = test::standardFloat()});
    auto& st = *o.st;
    st.maintenance().noteAccount("ana", "100115", "Llamó por la factura");
    station::AccountChange change;
    change.phone = "(217) 555-0142";
    st.maintenance().changeAccount("ana", "100115", change, "");
    const auto bill = st.accounts().account("100115")->openBills.front().id;
    st.maintenance().adjustBill("ana", bill, Money::fromCents(-1000), "leak");
    auto order = st.orders().createServiceOrder({"ana", "100115", "stop", "", "2026-11-05", "moving", Money()});
    st.orders().updateServiceOrder("ana", order.id, "scheduled", "2026-11-05", "", "");
    station::PaymentRequest pay;
    pay.operatorId = "ana";
    pay.requestId = "history-es";
    pay.accountAmounts.emplace_back("100115", Money::fromCents(2000));
    pay.tenders.push_back({TenderKind::Cash, Money::fromCents(2000), ""});
    const auto receipt = st.payments().takePayment(pay).receipt;
    st.payments().voidPayment("ana", receipt, o.approve(st.payments().voidRequest("ana", receipt)));

    Spanish es;
    QStringList lines;
    for (const auto& e : st.maintenance().accountHistory("100115")) {
        REQUIRE(e.message);
        const QString spanish = app::renderMessage(*e.message);
        CHECK(spanish != QString::fromStdString(e.summary)); // not the English it was
        lines.append(spanish);
    }
    const QString r = QString::fromStdString(receipt);
    const QString id = QString::fromStdString(order.id);
    CHECK(lines == QStringList{QStringLiteral("Anulación del recibo ") + r, QStringLiteral("Pago, recibo ") + r,
                               QStringLiteral("Orden de servicio ") + id + QStringLiteral(": programada"),
                               QStringLiteral("Orden de servicio ") + id + QStringLiteral(": baja para el 2026-11-05 (moving)"),
                               QStringLiteral("Abono de $10.00 a la factura ") + QString::fromStdString(bill) + QStringLiteral(": leak"),
                               QStringLiteral("Se cambió el número de teléfono de \"(555) 0112-2074\" a \"(217) 555-0142\";"),
                               QStringLiteral("Nota: Llamó por la factura")});
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

TEST_CASE("Times on the screens are the station's local time with its zone, dates in the language's form", "[time]")
{
    const std::int64_t lateEvening = 1'793'597'400'000; // 2026-11-02T05:30Z: November 1, 23:30 CST
    const std::int64_t springForward = 1'772'956'800'000; // 2026-03-08T08:00Z: 03:00 CDT
    app::setDisplayZone("America/Chicago");
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    CHECK(app::localTime(lateEvening) == QStringLiteral("11/1/26 11:30 PM CST"));
    CHECK(app::localTime(springForward) == QStringLiteral("3/8/26 3:00 AM CDT"));
    CHECK(app::localDate("2026-11-01") == QStringLiteral("11/1/26"));
    QLocale::setDefault(QLocale(QStringLiteral("es_US")));
    CHECK(app::localTime(lateEvening) == QStringLiteral("1/11/2026 11:30 P.\u00a0M. CST"));
    CHECK(app::localDate("2026-11-01") == QStringLiteral("1/11/2026"));
    CHECK(app::localDate("not a date") == QStringLiteral("not a date"));
    app::setDisplayZone("Mars/Olympus_Mons"); // not a zone: UTC
    CHECK(app::localTime(lateEvening).endsWith(QStringLiteral(" UTC")));
    QLocale::setDefault(QLocale::c());
}
