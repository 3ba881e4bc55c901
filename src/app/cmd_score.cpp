// doorway score [--json] [TEXT | -]: how an invitation is likely to land.
// TEXT is every remaining argument joined with spaces; "-" (or no TEXT at
// all when stdin is not a terminal) reads the text from stdin.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "app/cli.hpp"
#include "core/paths.hpp"
#include "core/scorer.hpp"

namespace doorway {

namespace {

bool onlySpace(const std::string& s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

void printPlain(const ScoreResult& r) {
    std::printf("score: %d (%s)\n", r.score, r.band.c_str());
    if (r.findings.empty()) {
        std::printf("\nNothing stood out either way.\n");
        return;
    }
    std::printf("\n");
    for (const auto& f : r.findings) {
        std::string text = f.text;
        for (char& c : text)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        std::printf("%-8s \"%s\"  [%s]\n", f.kind == "risk" ? "risk" : "strength", text.c_str(), f.rule.c_str());
        std::printf("         why: %s\n", f.message.c_str());
        if (!f.suggestion.empty()) std::printf("         try: %s\n", f.suggestion.c_str());
    }
}

}  // namespace

int cmdScore(const Args& args) {
    bool json = false;
    bool readStdin = false;
    std::vector<std::string> words;
    bool endOfFlags = false;
    for (const auto& a : args) {
        if (!endOfFlags && a == "--json") {
            json = true;
        } else if (!endOfFlags && a == "--") {
            endOfFlags = true;
        } else if (!endOfFlags && a == "-") {
            readStdin = true;
        } else if (!endOfFlags && (a == "--help" || a == "-h")) {
            std::printf("usage: doorway score [--json] [TEXT | -]\n"
                        "Scores how an invitation is likely to land: 0-100, a band (invitation, mixed,\n"
                        "accusation) and what helped or hurt, with a gentler rewrite for each risk.\n"
                        "TEXT is all remaining arguments; '-' (or no TEXT with piped input) reads stdin.\n");
            return 0;
        } else if (!endOfFlags && a.size() > 1 && a[0] == '-') {
            return usageError("score", "unknown option '" + a + "'");
        } else {
            words.push_back(a);
        }
    }
    if (readStdin && !words.empty()) return usageError("score", "give the text as arguments or '-' for stdin, not both");
    if (!readStdin && words.empty()) {
        if (isatty(STDIN_FILENO)) return usageError("score", "no text to score (give TEXT, or '-' to read stdin)");
        readStdin = true;
    }
    std::string text;
    if (readStdin) {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        for (size_t i = 0; i < words.size(); ++i) text += (i ? " " : "") + words[i];
    }
    if (onlySpace(text)) return failure("score: the text is empty; write the invitation you want to score");

    Scorer scorer;
    try {
        scorer = Scorer::loadDirectory(assetsDir() + "/scoring");
    } catch (const std::exception& e) {
        return failure(e.what());
    }
    ScoreResult r = scorer.score(text);
    if (json) std::printf("%s\n", boost::json::serialize(scoreResultToJson(r)).c_str());
    else printPlain(r);
    return 0;
}

}  // namespace doorway
