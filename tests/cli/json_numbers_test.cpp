// Every --json output writes numbers as plain decimals: no exponent
// ("0E0", "-1.14E1", "2.2E-1"), at most three decimals (more only for a
// tiny nonzero number, to keep its first digits), and reads back as JSON.
#include "support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

using doorway::test::quote;
using doorway::test::runDoorway;

namespace {

// The number tokens of JSON text, as written, skipping everything inside
// strings (a string may well hold "1E5" or "-3").
std::vector<std::string> numberTokens(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
            ++i;
        } else if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
            size_t j = i;
            while (j < text.size() && std::strchr("+-.eE0123456789", text[j])) ++j;
            out.push_back(text.substr(i, j - i));
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

// Decimals a token shows, not counting the zeros that lead a small number
// ("0.000123" shows 3: the ones that carry its value).
int shownDecimals(const std::string& n) {
    size_t dot = n.find('.');
    if (dot == std::string::npos) return 0;
    std::string frac = n.substr(dot + 1);
    std::string whole = n.substr(0, dot);
    if (whole == "0" || whole == "-0") frac.erase(0, frac.find_first_not_of('0'));
    return int(frac.size());
}

// How the output of one command is checked; returns the parsed value.
boost::json::value checkNumbers(const std::string& what, const doorway::test::RunResult& r) {
    INFO(what << "\n" << r.out << r.err);
    REQUIRE(r.exitCode == 0);
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(r.out, ec);
    REQUIRE_FALSE(ec);  // Doorway reads back what it writes
    auto numbers = numberTokens(r.out);
    for (const auto& n : numbers) {
        INFO(n);
        CHECK(n.find_first_of("eE") == std::string::npos);
        CHECK(shownDecimals(n) <= 3);
        CHECK(n.back() != '.');
        if (n.find('.') != std::string::npos) CHECK(n.back() != '0');  // "5.500" is "5.5", "5.0" is "5"
        CHECK(n != "-0");
    }
    return v;
}

// Whether any double in `v` was written (and so parsed back) as a fraction.
bool hasFraction(const boost::json::value& v) {
    if (v.is_double()) return true;
    if (v.is_object())
        for (const auto& kv : v.get_object())
            if (hasFraction(kv.value())) return true;
    if (v.is_array())
        for (const auto& e : v.get_array())
            if (hasFraction(e)) return true;
    return false;
}

}  // namespace

TEST_CASE("the number scanner finds exponents and long decimals outside strings", "[cli][json]") {
    // The check below must be able to fail: Boost.JSON's own text for doubles.
    std::string boost = boost::json::serialize(boost::json::value{{"weight", 0.0}, {"start", 0.22}, {"s", "1E5"}});
    auto n = numberTokens(boost);
    REQUIRE(n.size() == 2);
    CHECK(n[0].find_first_of("eE") != std::string::npos);
    CHECK(numberTokens(R"({"a":"x\"1E5","b":[-1.25,3]})") == std::vector<std::string>{"-1.25", "3"});
    CHECK(shownDecimals("0.000123") == 3);
    CHECK(shownDecimals("-11.4567") == 4);
    CHECK(shownDecimals("12") == 0);
}

TEST_CASE("score --json writes plain decimals for every text", "[cli][json][scorer]") {
    // Warm, harsh, short, frightened, and long: every kind of finding and band.
    const std::vector<std::string> texts = {
        "I miss us. Would you come with me to one session, just to see how it feels? We can stop after that.",
        "You never listen and you always make everything about you. Go to therapy or I'm done.",
        "ok",
        "I'm scared of what he does when he's angry, and he checks my phone.",
        "I've been thinking about the way we keep arguing about money, and I wonder if we could try something small "
        "together, maybe one appointment, because I want us to feel like a team again, not like opponents.",
    };
    for (const auto& t : texts) {
        auto v = checkNumbers("score " + t, runDoorway("score --json " + quote(t)));
        CHECK(v.at("score").is_int64());  // a whole number stays one
    }
    // Fractions survive (rounded, not truncated to integers).
    auto v = checkNumbers("score", runDoorway("score --json " + quote(texts[1])));
    CHECK(hasFraction(v));
}

TEST_CASE("roleplay --json writes plain decimals", "[cli][json][objections]") {
    auto list = checkNumbers("roleplay --list", runDoorway("roleplay --list --json"));
    REQUIRE_FALSE(list.as_array().empty());
    for (const auto& o : list.as_array()) {
        std::string id(o.at("id").as_string());
        checkNumbers("roleplay " + id,
                     runDoorway("roleplay --json " + id + " " +
                                quote("I hear you, and we could try one session and stop if it doesn't help. "
                                      "Funny how there's always money for your golf.")));
    }
}

TEST_CASE("transcribe --json writes plain decimals", "[cli][json][speech]") {
    doorway::test::TempDir dir;
    std::string wav = dir.file("take.wav");
    REQUIRE(std::system(("flite -voice slt -t " + quote("Um, would you maybe come with me to see someone, just once?") +
                         " -o " + quote(wav))
                            .c_str()) == 0);
    auto v = checkNumbers("transcribe", runDoorway("transcribe --json " + quote(wav)));
    CHECK(hasFraction(v));
    // A file name that is not UTF-8 (from another system) still makes JSON
    // that reads back: the bytes that aren't text become U+FFFD.
    const std::string odd = dir.file(
        "b\xff"
        "d \"q\".wav");
    std::filesystem::copy_file(wav, odd);
    auto named = checkNumbers("transcribe, odd name", runDoorway("transcribe --json " + quote(odd)));
    CHECK(std::string(named.at("file").as_string())
              .find("b\xEF\xBF\xBD"
                    "d \"q\".wav") != std::string::npos);
    double start = -1;
    for (const auto& w : v.at("words").as_array()) {
        CHECK(w.at("start").to_number<double>() >= start);
        start = w.at("start").to_number<double>();
    }
}
