// doorway roleplay --list
// doorway roleplay [--json] OBJECTION_ID [TEXT | -]
// Does an answer meet the fear behind one of the partner's objections? Prints
// met (true/false), the ideas found with their words, anything that may land
// as a jab (the phrasing score's risks and the asset's blame phrases), and
// the feedback. TEXT is every remaining argument joined with spaces; "-" (or
// no TEXT when stdin is not a terminal) reads it from stdin.
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "app/cli.hpp"
#include "app/commands_json.hpp"
#include "core/objections.hpp"
#include "core/paths.hpp"
#include "core/scorer.hpp"

namespace doorway {

namespace {

std::string oneLine(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
}

std::string knownIds(const ObjectionCatalog& cat) {
    std::string out;
    for (const auto& o : cat.objections()) out += (out.empty() ? "" : ", ") + o.id;
    return out;
}

void printList(const ObjectionCatalog& cat, bool json) {
    if (json) {
        boost::json::array a;
        for (const auto& o : cat.objections()) a.push_back(boost::json::object{{"id", o.id}, {"says", o.says}});
        printJson(a);
        return;
    }
    for (const auto& o : cat.objections()) std::printf("%-16s %s\n", o.id.c_str(), o.says.c_str());
}

void printPlain(const Objection& o, const std::string& answer, const FearCheck& c) {
    std::printf("objection: %s (\"%s\")\n", o.id.c_str(), o.says.c_str());
    std::printf("met: %s\n", c.met ? "true" : "false");
    std::printf("ideas:%s\n", c.hits.empty() ? " none" : "");
    for (const auto& h : c.hits) {
        std::string label = h.conceptId;
        for (const auto& k : o.concepts)
            if (k.id == h.conceptId) label = k.label;
        std::printf("  %s: \"%s\"\n", label.c_str(),
                    oneLine(answer.substr(size_t(h.start), size_t(h.end - h.start))).c_str());
    }
    std::printf("blame:%s\n", c.jabs.empty() ? " none" : "");
    for (const auto& j : c.jabs) {
        std::printf("  \"%s\"  [%s] %s\n", oneLine(j.text).c_str(), j.rule.c_str(), j.message.c_str());
        if (j.probability >= 0) std::printf("    %s\n", oneLine(fittedNote(j)).c_str());
    }
    std::printf("feedback: %s\n", c.feedback.c_str());
}

}  // namespace

int cmdRoleplay(const Args& args) {
    bool json = false, list = false, readStdin = false, endOfFlags = false;
    std::vector<std::string> words;
    for (const auto& a : args) {
        if (!endOfFlags && a == "--json") {
            json = true;
        } else if (!endOfFlags && a == "--list") {
            list = true;
        } else if (!endOfFlags && a == "--") {
            endOfFlags = true;
        } else if (!endOfFlags && a == "-") {
            readStdin = true;
        } else if (!endOfFlags && (a == "--help" || a == "-h")) {
            std::printf(
                "usage: doorway roleplay --list\n"
                "       doorway roleplay [--json] OBJECTION_ID [TEXT | -]\n"
                "Checks whether an answer meets the fear behind one of your partner's likely objections:\n"
                "met (true/false), the ideas it touched, anything that may land as a jab, and feedback.\n"
                "--list prints the objection ids and what the partner says.\n");
            return 0;
        } else if (!endOfFlags && a.size() > 1 && a[0] == '-') {
            return usageError("roleplay", "unknown option '" + a + "'");
        } else {
            words.push_back(a);
        }
    }
    ObjectionCatalog cat;
    try {
        cat = ObjectionCatalog::loadFile(assetsDir() + "/roleplay/objections.json");
    } catch (const std::exception& e) {
        return failure(e.what());
    }
    if (list) {
        if (!words.empty() || readStdin) return usageError("roleplay", "--list takes nothing else");
        printList(cat, json);
        return 0;
    }
    if (words.empty()) return usageError("roleplay", "which objection? (doorway roleplay --list shows them)");
    const Objection* o = cat.find(words.front());
    if (!o) return failure("roleplay: no objection '" + words.front() + "'; known: " + knownIds(cat));
    words.erase(words.begin());
    if (readStdin && !words.empty())
        return usageError("roleplay", "give the answer as arguments or '-' for stdin, not both");
    if (!readStdin && words.empty()) {
        if (isatty(STDIN_FILENO)) return usageError("roleplay", "no answer to check (give TEXT, or '-' to read stdin)");
        readStdin = true;
    }
    std::string answer;
    if (readStdin) {
        if (!readStdinUpTo(answer, kMaxScoreBytes))
            return failure("roleplay: the answer is too long to check (more than " +
                           std::to_string(kMaxScoreBytes >> 20) + " MiB); a spoken answer is a few sentences");
    } else {
        for (size_t i = 0; i < words.size(); ++i) answer += (i ? " " : "") + words[i];
        if (answer.size() > kMaxScoreBytes) return failure("roleplay: the answer is too long to check");
    }
    if (std::string why = whyNotText(answer); !why.empty())
        return failure("roleplay: that is not an answer to check: " + why);
    if (answer.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
        return failure("roleplay: the answer is empty; write what you would say back");
    Scorer scorer;
    try {
        scorer = Scorer::loadDirectory(assetsDir() + "/scoring");
    } catch (const std::exception& e) {
        return failure(e.what());
    }
    FearCheck c = checkAnswer(*o, answer, &scorer);
    if (json)
        printJson(fearCheckToJson(*o, answer, c));
    else
        printPlain(*o, answer, c);
    return 0;
}

}  // namespace doorway
