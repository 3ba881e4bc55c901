// A page's name has one home: its worksheet's "title" (pageName adds its
// place) or practicePageName. Words anywhere else in src/ or assets/ that
// name a page ask there ({page:ID} in a worksheet, pageName() in C++), so a
// renamed page is renamed everywhere. This test reads every string literal
// in src/ and every string in assets/ and fails on a page's title written
// out: as the title is written ("on Other doors", "Shrink the ask is still
// empty") or in capitals ("FEAR OR REFUSAL"). Lower case is ordinary prose
// ("if nothing changes", "my gentle start-up") and is left alone.
#include "core/worksheet.hpp"
#include "support.hpp"
#include "worksheet_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace doorway;
using doorway::test::readText;
using doorway::test::sourcePath;

namespace {

struct Literal {
    int line = 0;
    std::string text;  // adjacent literals ("a" "b") joined, escapes as written
};

// The string literals of C++ source `src`, comments skipped, character
// literals and raw strings understood.
std::vector<Literal> stringLiterals(const std::string& src) {
    std::vector<Literal> out;
    size_t lastEnd = std::string::npos;  // where the previous literal ended
    int line = 1;
    auto advance = [&](size_t from, size_t to) {
        for (size_t k = from; k < to && k < src.size(); ++k) line += src[k] == '\n';
    };
    for (size_t i = 0; i < src.size();) {
        const char c = src[i];
        const bool identBefore = i > 0 && (std::isalnum(static_cast<unsigned char>(src[i - 1])) || src[i - 1] == '_');
        if (src.compare(i, 2, "//") == 0) {
            size_t e = src.find('\n', i);
            e = e == std::string::npos ? src.size() : e;
            advance(i, e);
            i = e;
            continue;
        }
        if (src.compare(i, 2, "/*") == 0) {
            size_t e = src.find("*/", i + 2);
            e = e == std::string::npos ? src.size() : e + 2;
            advance(i, e);
            i = e;
            continue;
        }
        if (c == '\'' && !identBefore) {  // '"' is not a string ('1'000 digit separators have a digit before)
            size_t j = i + 1;
            while (j < src.size() && src[j] != '\'') j += src[j] == '\\' ? 2 : 1;
            advance(i, j + 1);
            i = j + 1;
            continue;
        }
        std::string text;
        size_t end = 0;
        const int at = line;
        if (c == 'R' && src.compare(i + 1, 1, "\"") == 0) {
            const size_t open = src.find('(', i + 2);
            const std::string close = ")" + src.substr(i + 2, open - i - 2) + "\"";
            const size_t e = src.find(close, open);
            text = src.substr(open + 1, e - open - 1);
            end = e + close.size();
        } else if (c == '"') {
            size_t j = i + 1;
            while (j < src.size() && src[j] != '"') j += src[j] == '\\' ? 2 : 1;
            text = src.substr(i + 1, j - i - 1);
            end = j + 1;
        } else {
            if (!std::isspace(static_cast<unsigned char>(c))) lastEnd = std::string::npos;
            advance(i, i + 1);
            ++i;
            continue;
        }
        if (lastEnd != std::string::npos && !out.empty())
            out.back().text += text;  // "on Other " "doors": one sentence
        else
            out.push_back({at, text});
        advance(i, end);
        i = lastEnd = end;
    }
    return out;
}

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return s;
}

bool wordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// The title in `text` as a whole phrase, as written or in capitals; "" if not.
std::string namedTitle(const std::string& text, const std::vector<std::string>& titles) {
    for (const std::string& title : titles) {
        const std::vector<std::string> forms = {title, upper(title)};
        for (const std::string& form : forms)
            for (size_t at = text.find(form); at != std::string::npos; at = text.find(form, at + 1)) {
                const size_t end = at + form.size();
                if ((at == 0 || !wordChar(text[at - 1])) && (end >= text.size() || !wordChar(text[end]))) return title;
            }
    }
    return {};
}

// Every page's title, without the question mark or full stop that ends it
// ("Fear or refusal" is named in "FEAR OR REFUSAL, SO FAR").
std::vector<std::string> pageTitles() {
    std::vector<std::string> titles;
    auto add = [&](std::string t) {
        while (!t.empty() && (t.back() == '?' || t.back() == '.' || t.back() == '!')) t.pop_back();
        if (!t.empty()) titles.push_back(t);
    };
    const WorksheetCatalog catalog = doorway::test::shippedWorksheets();
    for (const WorksheetDef& def : catalog.worksheets()) add(pageTitle(def));
    for (std::string_view key : practicePageKeys()) add(std::string(practicePageName(key)));
    return titles;
}

bool isPracticePageName(const std::string& text) {
    for (std::string_view key : practicePageKeys())
        if (practicePageName(key) == text) return true;
    return false;
}

void stringsOf(const json::value& v, const std::string& path, std::vector<std::pair<std::string, std::string>>& out) {
    if (v.is_string()) out.emplace_back(path, std::string(v.get_string()));
    if (v.is_array())
        for (size_t i = 0; i < v.get_array().size(); ++i)
            stringsOf(v.get_array()[i], path + "[" + std::to_string(i) + "]", out);
    if (v.is_object())
        for (const auto& kv : v.get_object()) stringsOf(kv.value(), path + "." + std::string(kv.key()), out);
}

}  // namespace

TEST_CASE("the scanner finds a title in a literal, split or in capitals, and not in a comment", "[names]") {
    const std::vector<std::string> titles = {"Other doors", "Fear or refusal"};
    const std::string src =
        "// on Other doors\n/* Other doors */ char q = '\"';\n"
        "say(\"offers on Other \"\n    \"doors.\"); int n = 1'000; cap(\"FEAR OR REFUSAL, SO FAR\");\n"
        "ok(\"other doors\", \"Other doorsteps\", R\"x(raw Other doors)x\");";
    const std::vector<Literal> lits = stringLiterals(src);
    REQUIRE(lits.size() == 5);
    CHECK(lits[0].line == 3);
    CHECK(namedTitle(lits[0].text, titles) == "Other doors");      // split over two literals
    CHECK(namedTitle(lits[1].text, titles) == "Fear or refusal");  // a caption in capitals
    CHECK(namedTitle(lits[2].text, titles).empty());               // prose in lower case
    CHECK(namedTitle(lits[3].text, titles).empty());               // part of a longer word
    CHECK(namedTitle(lits[4].text, titles) == "Other doors");      // a raw string
}

TEST_CASE("no page title is written out in src/: words that name a page ask its one home", "[names]") {
    const std::vector<std::string> titles = pageTitles();
    REQUIRE(titles.size() > 10);
    int literals = 0;
    for (const auto& entry : fs::recursive_directory_iterator(sourcePath("src"))) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp" && ext != ".in")) continue;
        const std::string rel = fs::relative(entry.path(), sourcePath("")).generic_string();
        for (const Literal& lit : stringLiterals(readText(entry.path().string()))) {
            ++literals;
            // The one home of the practice pages' names.
            if (rel == "src/core/worksheet.cpp" && isPracticePageName(lit.text)) continue;
            INFO(rel << ":" << lit.line << ": \"" << lit.text << "\"");
            CHECK(namedTitle(lit.text, titles).empty());
        }
    }
    CHECK(literals > 1000);  // the scanner read the sources
}

TEST_CASE("no page title is written out in assets/: worksheets name pages by {page:ID}", "[names]") {
    const std::vector<std::string> titles = pageTitles();
    int strings = 0;
    for (const auto& entry : fs::recursive_directory_iterator(sourcePath("assets"))) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        json::parse_options opts;
        opts.allow_comments = opts.allow_trailing_commas = true;
        const json::value doc = json::parse(readText(entry.path().string()), {}, opts);
        std::vector<std::pair<std::string, std::string>> words;
        stringsOf(doc, "", words);
        const bool worksheet = entry.path().parent_path().filename() == "worksheets";
        for (const auto& [path, text] : words) {
            if (worksheet && path == ".title") continue;  // the one home
            ++strings;
            INFO(entry.path().filename().string() << " " << path << ": \"" << text << "\"");
            CHECK(namedTitle(text, titles).empty());
        }
    }
    CHECK(strings > 1000);
}
