// The station's messages as a Spanish session sees them: the catalog text translated, arguments filled in.
#define CATCH_CONFIG_RUNNER
#include "app/message_text.h"
#include "station/common.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
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
