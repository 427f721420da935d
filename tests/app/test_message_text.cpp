// The station's messages as a Spanish session sees them: the catalog text translated, arguments filled in.
#define CATCH_CONFIG_RUNNER
#include "app/local_time.h"
#include "app/message_text.h"
#include "station/common.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace tillbook;

namespace {

struct Spanish {
    Spanish()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/tillbook_es.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    ~Spanish() { QCoreApplication::removeTranslator(&translator); }
    QTranslator translator;
};

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

TEST_CASE("Anything other than a refusal shows its own text", "[message]")
{
    CHECK(app::describeFailure(std::runtime_error("disk full")) == QStringLiteral("disk full"));
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
