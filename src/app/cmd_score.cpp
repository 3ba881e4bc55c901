// doorway score [--json] [TEXT | -]: how an invitation is likely to land.
// TEXT is every remaining argument joined with spaces; "-" (or no TEXT at
// all when stdin is not a terminal) reads the text from stdin, at most
// kMaxScoreBytes of it: past that the text is refused before any work.
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <set>
#include <stdexcept>

#include "app/cli.hpp"
#include "app/commands_json.hpp"
#include "core/labels.hpp"
#include "core/paths.hpp"
#include "core/scorer.hpp"

namespace doorway {

namespace {

bool onlySpace(const std::string& s) {
    return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
}

std::string oneLine(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
}

void printPlain(const ScoreResult& r) {
    // The band's id and the words the window uses for it ("mixed: somewhere
    // in between"), so the two never read as two verdicts.
    std::printf("score: %s (%s: %s)\n", scoreFigure(r.score, r.band).c_str(), r.band.c_str(),
                bandPhrase(r.band).c_str());
    if (!r.note.empty()) std::printf("note: %s\n", r.note.c_str());
    if (r.findings.empty()) {
        std::printf("\nNothing stood out either way.\n");
        return;
    }
    std::printf("\n");
    std::set<std::string> said;  // two findings with one reason: the reason once
    for (const auto& f : r.findings) {
        const char* kind = f.kind == "risk" ? "risk" : f.kind == "safety" ? "safety" : "strength";
        // A safety finding moves no points, and a finding whose fitted weight
        // is nothing is advice: "+0.0" beside either would read as a mistake.
        if (f.kind == "safety" || std::fabs(f.weight) < 0.05)
            std::printf("%-8s \"%s\"  [%s, %s]\n", kind, oneLine(f.text).c_str(), f.rule.c_str(),
                        f.kind == "safety" ? "the safety card" : "advice, no points");
        else
            std::printf("%-8s \"%s\"  [%s, %+.1f]\n", kind, oneLine(f.text).c_str(), f.rule.c_str(), f.weight);
        if (said.insert(f.message).second) std::printf("         why: %s\n", f.message.c_str());
        if (f.probability >= 0) std::printf("         %s\n", oneLine(fittedNote(f)).c_str());
        if (!f.suggestion.empty()) std::printf("         try: %s\n", f.suggestion.c_str());
    }
    if (r.unlisted) std::printf("\n(and %d more findings, counted in the score but not listed)\n", r.unlisted);
}

// Reads stdin up to `limit` bytes; false when there is more than that.
std::string tooLongMessage(const std::string& what) {
    return "score: the text is too long to score (" + what + "; the limit is " + std::to_string(kMaxScoreBytes >> 20) +
           " MiB, far more than anyone says in one go). Score a shorter part.";
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
            std::printf(
                "usage: doorway score [--json] [TEXT | -]\n"
                "Scores how an invitation is likely to land: 0-100, a band (invitation, mixed, accusation;\n"
                "unclear when too little speaks either way; safety when it tells of fear of your partner)\n"
                "and what helped or hurt, each with its weight in points and a gentler rewrite for each risk.\n"
                "TEXT is all remaining arguments; '-' (or no TEXT with piped input) reads stdin.\n");
            return 0;
        } else if (!endOfFlags && a.size() > 1 && a[0] == '-') {
            return usageError("score", "unknown option '" + a + "'");
        } else {
            words.push_back(a);
        }
    }
    if (readStdin && !words.empty())
        return usageError("score", "give the text as arguments or '-' for stdin, not both");
    if (!readStdin && words.empty()) {
        if (isatty(STDIN_FILENO)) return usageError("score", "no text to score (give TEXT, or '-' to read stdin)");
        readStdin = true;
    }
    std::string text;
    if (readStdin) {
        if (!readStdinUpTo(text, kMaxScoreBytes))
            return failure(tooLongMessage("more than " + std::to_string(kMaxScoreBytes >> 20) + " MiB on stdin"));
    } else {
        for (size_t i = 0; i < words.size(); ++i) text += (i ? " " : "") + words[i];
        if (text.size() > kMaxScoreBytes) return failure(tooLongMessage(std::to_string(text.size()) + " bytes"));
    }
    if (std::string why = whyNotText(text); !why.empty()) return failure("score: that is not text to score: " + why);
    if (onlySpace(text)) return failure("score: the text is empty; write the invitation you want to score");

    Scorer scorer;
    try {
        scorer = Scorer::loadDirectory(assetsDir() + "/scoring");
    } catch (const std::exception& e) {
        return failure(e.what());
    }
    ScoreResult r = scorer.score(text);
    if (json)
        printJson(scoreResultToJson(r));
    else
        printPlain(r);
    return 0;
}

}  // namespace doorway
