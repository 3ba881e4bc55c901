// The docs and the man page name every band the scorer gives, as the
// scorer itself lists them (scoreBands(), the one home of the list): a
// band added to the scorer and left out of the docs fails here.
#include "core/scorer.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

using doorway::test::readText;
using doorway::test::sourcePath;
namespace fs = std::filesystem;

namespace {

bool isBand(const std::string& w) {
    for (const auto& b : doorway::scoreBands())
        if (b == w) return true;
    return false;
}

// The `quoted` words of `text` that are bands, in order.
std::vector<std::string> quotedBands(const std::string& text) {
    std::vector<std::string> out;
    static const std::regex quoted("`([a-z_]+)`");
    for (std::sregex_iterator it(text.begin(), text.end(), quoted), end; it != end; ++it)
        if (isBand((*it)[1].str())) out.push_back((*it)[1].str());
    return out;
}

std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find("\n\n", at);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(at, end - at));
        at = end + 2;
    }
    return out;
}

}  // namespace

TEST_CASE("workbook-format.md lists a take's bands as the scorer gives them, best first", "[cli][docs][scorer]") {
    REQUIRE(doorway::scoreBands().size() >= 5);  // invitation, mixed, accusation, unclear, safety
    std::string doc = readText(sourcePath("docs/workbook-format.md"));
    size_t at = doc.find("`band` is one of");
    REQUIRE(at != std::string::npos);
    std::string sentence = doc.substr(at, doc.find(';', at) - at);
    INFO(sentence);
    CHECK(quotedBands(sentence) == doorway::scoreBands());
}

TEST_CASE("no doc paragraph that lists bands leaves one out", "[cli][docs][scorer]") {
    std::vector<std::string> files = {sourcePath("README.md")};
    for (const auto& e : fs::directory_iterator(sourcePath("docs")))
        if (e.path().extension() == ".md") files.push_back(e.path().string());
    int lists = 0;
    for (const auto& f : files) {
        for (const auto& p : paragraphs(readText(f))) {
            auto found = quotedBands(p);
            std::set<std::string> named(found.begin(), found.end());
            if (named.size() < 3) continue;  // a band mentioned in passing, not a list
            ++lists;
            INFO(f << ":\n" << p);
            CHECK(named.size() == doorway::scoreBands().size());
        }
    }
    CHECK(lists >= 1);  // the workbook format's list is one
}

TEST_CASE("the man page's score entry names every band", "[cli][docs][scorer]") {
    std::string man = readText(sourcePath("data/doorway.1.in"));
    size_t at = man.find(".BR score ");
    REQUIRE(at != std::string::npos);
    std::string entry = man.substr(at, man.find("\n.TP", at) - at);
    INFO(entry);
    size_t list = entry.find("is one of");  // past "the phrasing of an invitation"
    REQUIRE(list != std::string::npos);
    entry = entry.substr(list);
    for (const auto& b : doorway::scoreBands()) {
        INFO(b);
        CHECK(std::regex_search(entry, std::regex("\\b" + b + "\\b")));
    }
}
