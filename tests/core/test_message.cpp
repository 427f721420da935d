// The message catalog: codes unique and stable in form, arguments checked against the text, English rendering.
#include "core/message.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <stdexcept>

using namespace tillbook;

TEST_CASE("Every catalog message has a unique dotted code and only well-formed {arguments}", "[message]")
{
    const std::regex code("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    std::set<std::string_view> codes;
    std::size_t index = 0;
    for (const auto& spec : messageCatalog()) {
        INFO(spec.code);
        CHECK(static_cast<std::size_t>(spec.id) == index++);
        CHECK(std::regex_match(std::string(spec.code), code));
        CHECK(codes.insert(spec.code).second);
        CHECK(messageByCode(spec.code) == spec.id);
        // Every brace opens a lower-case name and closes it: "{Amount}" or "{amount" would never be filled.
        std::string text = spec.english;
        std::string stripped = std::regex_replace(text, std::regex("\\{[a-z_]+\\}"), "");
        CHECK(stripped.find('{') == std::string::npos);
        CHECK(stripped.find('}') == std::string::npos);
    }
    CHECK_FALSE(messageByCode("no.such.code").has_value());
}

TEST_CASE("A message must be given exactly the arguments its text names", "[message]")
{
    CHECK_NOTHROW(Message(Msg::ReceiptAlreadyVoided, {{"receipt", "S01-R000001"}}));
    CHECK_THROWS_AS(Message(Msg::ReceiptAlreadyVoided), std::logic_error);
    CHECK_THROWS_AS(Message(Msg::ReceiptAlreadyVoided, {{"receipt", "R1"}, {"drawer", "D1"}}), std::logic_error);
    CHECK_THROWS_AS(Message(Msg::ReceiptAlreadyVoided, {{"recibo", "R1"}}), std::logic_error);
    CHECK_THROWS_AS(Message(Msg::DropZero, {{"amount", Money::fromCents(1)}}), std::logic_error);
}

TEST_CASE("English rendering fills text, amounts, counts, times, nested messages and lists", "[message]")
{
    Message voided(Msg::ReceiptAlreadyVoided, {{"receipt", "S01-R000001"}});
    CHECK(voided.english() == "receipt S01-R000001 is already voided");
    CHECK(voided.code() == "void.already_voided");

    CHECK(Message(Msg::DropTooMuch, {{"amount", Money::fromCents(123456)}, {"expected", Money::fromCents(-5)}}).english()
          == "the drop of $1,234.56 is more than the -$0.05 that should be in the drawer");
    CHECK(Message(Msg::ApprovalUsed, {MessageArg::number("seq", 42)}).english()
          == "this approval was already used (seq 42); ask a supervisor to approve again");

    Message reason(Msg::PaymentAccountClosed, {{"account", "100234"}});
    CHECK(Message(Msg::PaymentNotRecorded, {{"reason", reason}}).english() == "Payment not recorded: account 100234 is closed.");

    std::vector<Message> reasons{Message(Msg::CheckDuplicate), Message(Msg::CheckTwoParty)};
    CHECK(Message(Msg::CheckDeclined, {{"item", "1042"}, {"reasons", reasons}}).english()
          == "check 1042 was declined: This check (same bank, account and number) was taken before. A two-party check "
             "needs a supervisor's approval.");

    CHECK(englishOf(std::nullopt).empty());
    CHECK(englishOf(voided) == voided.english());
}
