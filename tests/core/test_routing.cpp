// Tests for core/routing: check digit and prefix tables, a fixed-seed property, and the real FedACH directory
// with tampered copies of its own lines.
#include "core/routing.h"

#include <catch2/catch.hpp>

#include <cstddef>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

using tillbook::FedAchDirectory;
using tillbook::FedAchParticipant;
using tillbook::ImportError;
using tillbook::RoutingPrefixClass;
using tillbook::abaCheckDigitValid;
using tillbook::parseFedAchDirectory;
using tillbook::routingPrefixClass;
using tillbook::routingProblem;
using Catch::Matchers::Contains;

namespace {

const char* const kFedAchPath = TILLBOOK_TESTDATA_DIR "/fedach/FedACHdir.txt";

std::string readFile(const char* path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const std::string& realFile()
{
    static const std::string text = readFile(kFedAchPath);
    return text;
}

// The real file's records, without their CRLF.
std::vector<std::string> realLines()
{
    std::vector<std::string> lines;
    std::istringstream in(realFile());
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::string joinCrlf(const std::vector<std::string>& lines)
{
    std::string text;
    for (const std::string& line : lines)
        text += line + "\r\n";
    return text;
}

std::vector<ImportError> errorsOf(std::string_view text)
{
    auto result = parseFedAchDirectory(text);
    REQUIRE(std::holds_alternative<std::vector<ImportError>>(result));
    return std::get<std::vector<ImportError>>(result);
}

FedAchDirectory directoryOf(std::string_view text)
{
    auto result = parseFedAchDirectory(text);
    if (auto* errors = std::get_if<std::vector<ImportError>>(&result)) {
        FAIL("expected the directory to parse, got " << errors->size() << " errors, first: "
                                                     << tillbook::formatImportError(errors->front()));
    }
    return std::get<FedAchDirectory>(result);
}

// The first few real records: their own lines 1-5 are all valid, distinct routing numbers.
std::vector<std::string> firstRealLines(std::size_t count)
{
    std::vector<std::string> lines = realLines();
    lines.resize(count);
    return lines;
}

} // namespace

TEST_CASE("abaCheckDigitValid on known numbers and malformed input", "[routing]")
{
    struct Case {
        std::string routing;
        bool valid;
    };
    const std::vector<Case> cases = {
        {"021000021", true},   // JPMorgan Chase
        {"011000015", true},   // Federal Reserve Bank, Boston
        {"121000248", true},   // Wells Fargo
        {"026009593", true},   // Bank of America
        {"000000000", true},   // the sum is 0: arithmetically valid
        {"021000022", false},
        {"021000012", false},  // two digits swapped
        {"121000284", false},
        {"011000016", false},
        {"02100002", false},   // 8 digits
        {"0210000210", false}, // 10 digits
        {"", false},
        {"02100002A", false},
        {"O21000021", false},  // letter O for zero
        {" 21000021", false},
        {"021-00002", false},
        {"021000021 ", false},
        {"\xd9\xa0" "21000021", false}, // Arabic-Indic zero: not ASCII
    };
    for (const Case& c : cases) {
        INFO(c.routing);
        CHECK(abaCheckDigitValid(c.routing) == c.valid);
    }
}

TEST_CASE("routingPrefixClass at every boundary", "[routing]")
{
    const std::map<std::string, RoutingPrefixClass> table = {
        {"00", RoutingPrefixClass::Regular},        {"01", RoutingPrefixClass::Regular},
        {"12", RoutingPrefixClass::Regular},        {"13", RoutingPrefixClass::Invalid},
        {"20", RoutingPrefixClass::Invalid},        {"21", RoutingPrefixClass::Thrift},
        {"32", RoutingPrefixClass::Thrift},         {"33", RoutingPrefixClass::Invalid},
        {"60", RoutingPrefixClass::Invalid},        {"61", RoutingPrefixClass::ElectronicOnly},
        {"72", RoutingPrefixClass::ElectronicOnly}, {"73", RoutingPrefixClass::Invalid},
        {"79", RoutingPrefixClass::Invalid},        {"80", RoutingPrefixClass::TravelersCheck},
        {"81", RoutingPrefixClass::Invalid},        {"99", RoutingPrefixClass::Invalid},
    };
    for (const auto& [prefix, expected] : table) {
        INFO(prefix);
        CHECK(routingPrefixClass(prefix + "0000000") == expected);
    }
    // Only the prefix is classified: a bad check digit still has a class.
    CHECK(routingPrefixClass("021000022") == RoutingPrefixClass::Regular);
    CHECK(routingPrefixClass("211000022") == RoutingPrefixClass::Thrift);
    // Not a routing number at all.
    CHECK(routingPrefixClass("02") == RoutingPrefixClass::Invalid);
    CHECK(routingPrefixClass("") == RoutingPrefixClass::Invalid);
    CHECK(routingPrefixClass("0210000211") == RoutingPrefixClass::Invalid);
    CHECK(routingPrefixClass("02100002x") == RoutingPrefixClass::Invalid);
}

TEST_CASE("routingPrefixClass reads the first two digits - not the first one", "[routing]")
{
    CHECK(routingPrefixClass("002100002") == RoutingPrefixClass::Regular);
    CHECK(routingPrefixClass("210000020") == RoutingPrefixClass::Thrift);
    CHECK(routingPrefixClass("330000020") == RoutingPrefixClass::Invalid);
}

TEST_CASE("routingProblem names the first thing wrong", "[routing]")
{
    CHECK(routingProblem("021000021") == "");
    CHECK(routingProblem("011000015") == "");
    CHECK(routingProblem("800000000").empty() == abaCheckDigitValid("800000000"));

    const std::string empty = routingProblem("");
    CHECK(!empty.empty());
    CHECK_THAT(empty, Contains("empty"));

    const std::string shortOne = routingProblem("02100002");
    CHECK_THAT(shortOne, Contains("\"02100002\""));
    CHECK_THAT(shortOne, Contains("9 digits"));

    const std::string letters = routingProblem("02100002A");
    CHECK_THAT(letters, Contains("9 digits"));

    // 13 is not a prefix in use, even with a valid check digit.
    std::string prefix13 = "13000000";
    for (char d = '0'; d <= '9'; ++d) {
        if (abaCheckDigitValid(prefix13 + d)) {
            prefix13 += d;
            break;
        }
    }
    REQUIRE(abaCheckDigitValid(prefix13));
    CHECK_THAT(routingProblem(prefix13), Contains("13") && Contains("prefix"));

    const std::string badDigit = routingProblem("021000022");
    CHECK_THAT(badDigit, Contains("check digit"));
    CHECK_THAT(badDigit, Contains("\"021000022\""));

    // One sentence, and a pasted novel or a line break never becomes the message.
    const std::string novel = routingProblem(std::string(500, '7') + "\n");
    CHECK(novel.size() < 120);
    CHECK(novel.find('\n') == std::string::npos);
    CHECK(novel.back() == '.');
}

TEST_CASE("exactly one check digit completes any 8-digit prefix", "[routing][property]")
{
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<int> digit(0, 9);
    for (int round = 0; round < 2000; ++round) {
        std::string prefix;
        for (int i = 0; i < 8; ++i)
            prefix += static_cast<char>('0' + digit(rng));
        int validCount = 0;
        std::string valid;
        for (char d = '0'; d <= '9'; ++d) {
            if (abaCheckDigitValid(prefix + d)) {
                ++validCount;
                valid = prefix + d;
            }
        }
        INFO(prefix);
        REQUIRE(validCount == 1);
        // Weights 3, 7 and 1 are all prime to 10, so every single-digit typo is caught.
        for (std::size_t pos = 0; pos < 9; ++pos) {
            std::string typo = valid;
            typo[pos] = static_cast<char>('0' + (valid[pos] - '0' + 1 + digit(rng) % 9) % 10);
            INFO(typo);
            REQUIRE(typo != valid);
            REQUIRE_FALSE(abaCheckDigitValid(typo));
        }
    }
}

TEST_CASE("the real FedACH directory parses whole", "[routing][fedach]")
{
    const FedAchDirectory directory = directoryOf(realFile());
    REQUIRE(directory.participants.size() == 18198);

    std::map<std::string, const FedAchParticipant*> byRouting;
    std::size_t type0 = 0;
    std::size_t type2 = 0;
    for (const FedAchParticipant& p : directory.participants) {
        INFO(p.routing);
        CHECK(abaCheckDigitValid(p.routing));
        CHECK(byRouting.emplace(p.routing, &p).second);
        CHECK(!p.name.empty());
        CHECK(p.name.back() != ' ');
        if (p.recordType == '0')
            ++type0;
        if (p.recordType == '2') {
            ++type2;
            CHECK(abaCheckDigitValid(p.newRouting));
            CHECK(p.newRouting != p.routing);
        } else {
            CHECK(p.newRouting == "000000000");
        }
    }
    CHECK(type0 == 41);
    CHECK(type2 == 1606);

    // In file order.
    CHECK(directory.participants.front().routing == "011000015");
    CHECK(directory.participants.back().routing == "655060042");

    const std::map<std::string, std::string> knownNames = {
        {"011000015", "FEDERAL RESERVE BANK"},
        {"021000021", "JPMORGAN CHASE"},
        {"026009593", "BANK OF AMERICA N.A."},
        {"121000248", "WELLS FARGO BANK, NA"},
        {"122000661", "BANK OF AMERICA, N.A."},
        {"011001962", "CATHAY BANK"},
        {"655060042", "SOCIAL SECURITY ADMINISTRATION"},
    };
    for (const auto& [routing, name] : knownNames) {
        INFO(routing);
        REQUIRE(byRouting.count(routing) == 1);
        CHECK(byRouting.at(routing)->name == name);
    }

    // Every field of line 1, as the layout places it.
    const FedAchParticipant& frb = directory.participants.front();
    CHECK(frb.officeCode == 'O');
    CHECK(frb.servicingFrb == "011000015");
    CHECK(frb.recordType == '0');
    CHECK(frb.changeDate == "122415");
    CHECK(frb.newRouting == "000000000");
    CHECK(frb.address == "1000 PEACHTREE ST N.E.");
    CHECK(frb.city == "ATLANTA");
    CHECK(frb.state == "GA");
    CHECK(frb.zip == "30309-4470");
    CHECK(frb.phone == "8773722457");
    CHECK(frb.statusCode == '1');
    CHECK(frb.dataViewCode == '1');

    // A record sent on to a new routing number, and a ZIP without ZIP+4 (0000).
    const FedAchParticipant& cathay = *byRouting.at("011001962");
    CHECK(cathay.recordType == '2');
    CHECK(cathay.newRouting == "122203950");
    CHECK(cathay.servicingFrb == "121000374");
    CHECK(cathay.city == "ROSEMEAD");
    CHECK(cathay.zip == "91770");
    CHECK(cathay.phone == "6265827338");

    const FedAchParticipant& chase = *byRouting.at("021000021");
    CHECK(chase.address == "3RD FLOOR");
    CHECK(chase.city == "TAMPA");
    CHECK(chase.state == "FL");

    REQUIRE(tillbook::isValidDate(directory.fileDate));
    CHECK(directory.fileDate == "2018-12-04");
}

TEST_CASE("FedACH line endings and empty input", "[routing][fedach]")
{
    const std::vector<std::string> lines = firstRealLines(5);

    SECTION("CRLF, LF and no final line break give the same records")
    {
        std::string lf;
        for (const std::string& line : lines)
            lf += line + "\n";
        std::string noFinal = joinCrlf(lines);
        noFinal.resize(noFinal.size() - 2);
        for (const std::string& text : {joinCrlf(lines), lf, noFinal}) {
            const FedAchDirectory directory = directoryOf(text);
            REQUIRE(directory.participants.size() == 5);
            CHECK(directory.participants[1].routing == "011000028");
            CHECK(directory.participants[1].name == "STATE STREET BANK AND TRUST COMPANY");
        }
    }

    SECTION("an empty file is refused: it would empty the directory in use")
    {
        for (const std::string text : {"", "\r\n", "\n"}) {
            const std::vector<ImportError> errors = errorsOf(text);
            REQUIRE(errors.size() == 1);
            CHECK(errors[0].line == 0);
            CHECK_THAT(errors[0].message, Contains("empty"));
        }
    }

    SECTION("NUL bytes are refused with the line of the first")
    {
        std::vector<std::string> damaged = lines;
        damaged[3][40] = '\0'; // in the name, where the length and every checked column still pass
        const std::vector<ImportError> errors = errorsOf(joinCrlf(damaged));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 4);
        CHECK_THAT(errors[0].message, Contains("NUL"));
        const std::vector<ImportError> zeros = errorsOf(std::string(155 * 3, '\0'));
        REQUIRE(zeros.size() == 1);
        CHECK(zeros[0].line == 1);
        CHECK_THAT(zeros[0].message, Contains("NUL"));
    }

    SECTION("an empty line in the middle is a short record")
    {
        std::vector<std::string> withBlank = lines;
        withBlank.insert(withBlank.begin() + 2, "");
        const std::vector<ImportError> errors = errorsOf(joinCrlf(withBlank));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 3);
        CHECK(errors[0].column == "");
        CHECK_THAT(errors[0].message, Contains("0 characters"));
    }

    SECTION("fileDate is the newest change date, with the century split at 70")
    {
        std::vector<std::string> dated = lines;
        dated[0].replace(20, 6, "123169"); // 2069-12-31
        dated[1].replace(20, 6, "010170"); // 1970-01-01
        dated[2].replace(20, 6, "063099"); // 1999-06-30
        dated[3].replace(20, 6, "020101"); // 2001-02-01
        dated[4].replace(20, 6, "133099"); // not a date: kept, but not the file date
        const FedAchDirectory directory = directoryOf(joinCrlf(dated));
        CHECK(directory.fileDate == "2069-12-31");
        CHECK(directory.participants[4].changeDate == "133099");
    }
}

TEST_CASE("tampered FedACH lines are refused with their line numbers", "[routing][fedach]")
{
    std::vector<std::string> lines = firstRealLines(5);
    REQUIRE(directoryOf(joinCrlf(lines)).participants.size() == 5);

    SECTION("a short line")
    {
        lines[2].pop_back();
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 3);
        CHECK(errors[0].column == "");
        CHECK_THAT(errors[0].message, Contains("154") && Contains("155"));
    }

    SECTION("a long line")
    {
        lines[4] += " ";
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 5);
        CHECK_THAT(errors[0].message, Contains("156"));
    }

    SECTION("a bad check digit")
    {
        REQUIRE(lines[1].substr(0, 9) == "011000028");
        lines[1][8] = '9';
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].column == "routing");
        CHECK_THAT(errors[0].message, Contains("011000029") && Contains("check digit"));
    }

    SECTION("a duplicate routing number")
    {
        lines.push_back(lines[0]);
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 6);
        CHECK(errors[0].column == "routing");
        CHECK_THAT(errors[0].message, Contains("011000015") && Contains("line 1"));
    }

    SECTION("a non-digit routing number")
    {
        lines[3][4] = 'X';
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 4);
        CHECK(errors[0].column == "routing");
        CHECK_THAT(errors[0].message, Contains("9 digits"));
    }

    SECTION("office code, record type, new routing and name")
    {
        lines[0][9] = 'X';
        lines[1][19] = '3';
        lines[2][19] = '2'; // type 2 with the 000000000 of a type 1
        lines[3].replace(35, 36, std::string(36, ' '));
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 4);
        CHECK(errors[0].line == 1);
        CHECK(errors[0].column == "office_code");
        CHECK(errors[1].line == 2);
        CHECK(errors[1].column == "record_type");
        CHECK(errors[2].line == 3);
        CHECK(errors[2].column == "new_routing");
        CHECK_THAT(errors[2].message, Contains("000000000"));
        CHECK(errors[3].line == 4);
        CHECK(errors[3].column == "name");
    }

    SECTION("a type 2 whose new routing number fails its check digit or prefix")
    {
        lines[2][19] = '2';
        lines[2].replace(26, 9, "021000022");
        CHECK(errorsOf(joinCrlf(lines)).size() == 1);
        REQUIRE(abaCheckDigitValid("130000006"));
        lines[2].replace(26, 9, "130000006"); // passes the check digit, but 13 is no prefix
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 3);
        CHECK(errors[0].column == "new_routing");
    }

    SECTION("every problem on every line, in order")
    {
        lines[0][0] = 'A';
        lines[0][9] = 'Z';
        lines[3].pop_back();
        const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
        REQUIRE(errors.size() == 3);
        CHECK(errors[0].line == 1);
        CHECK(errors[0].column == "routing");
        CHECK(errors[1].line == 1);
        CHECK(errors[1].column == "office_code");
        CHECK(errors[2].line == 4);
        CHECK(tillbook::formatImportError(errors[2]).rfind("line 4:", 0) == 0);
    }
}

TEST_CASE("a tampered line deep in the real file is found at its line", "[routing][fedach]")
{
    std::vector<std::string> lines = realLines();
    REQUIRE(lines.size() == 18198);
    REQUIRE(lines[9668].substr(0, 9) == "121000248");
    lines[9668][8] = '9'; // line 9669, Wells Fargo
    lines[17000] = lines[202]; // line 17001 repeats JPMorgan Chase from line 203
    const std::vector<ImportError> errors = errorsOf(joinCrlf(lines));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 9669);
    CHECK(errors[0].column == "routing");
    CHECK(errors[1].line == 17001);
    CHECK_THAT(errors[1].message, Contains("021000021") && Contains("line 203"));
}

TEST_CASE("FedACH errors stop at the cap", "[routing][fedach]")
{
    std::string text;
    for (int i = 0; i < 250; ++i)
        text += "too short\r\n";
    const std::vector<ImportError> errors = errorsOf(text);
    REQUIRE(errors.size() == tillbook::kMaxImportErrors);
    CHECK(errors.front().line == 1);
    CHECK(errors.back().line == tillbook::kMaxImportErrors);
}
