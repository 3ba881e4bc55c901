// Makes the recogniser's larger domain text (assets/speech/domain_text.txt):
// the sentences Doorway's own corpora hold of what people say here, one a
// line, for the biased language model (speech/language_model.hpp) to count
// beside the hand-written domain sentences.
//
//   cmake --build build --target make_speech_corpus
//   build/tools/make_speech_corpus [--labels good,mixed,...] [--out FILE]
//
// Sources (all written for Doorway): the messages of tests/corpus/phrasings.tsv
// and the answers of tests/corpus/roleplay.tsv, and from assets/ what the
// partner says in role-play, its example answers and hints, the
// worksheets' ready-made phrases and placeholders, and the answers of the
// example workbook (workbooks/example.json). Never the bench's
// sentences: a sentence sharing four words in a row with one (said or written,
// bench/speech_corpus.hpp) is left out, so the bench does not measure words
// the model was shown (speech_domain_leak_test checks the file).
// Run from the source folder; the output is the same on every run.
#include "../bench/speech_corpus.hpp"
#include "corpus.hpp"
#include "list_arg.hpp"
#include "speech/language_model.hpp"
#include "speech/search_vocabulary.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every string under the keys in `keys`, anywhere in the document.
void collect(const json::value& v, const std::set<std::string>& keys, std::vector<std::string>& out) {
    if (v.is_object()) {
        for (const auto& kv : v.as_object()) {
            if (keys.count(std::string(kv.key())) && kv.value().is_string())
                out.emplace_back(kv.value().as_string().c_str());
            else
                collect(kv.value(), keys, out);
        }
    } else if (v.is_array()) {
        for (const auto& e : v.as_array()) collect(e, keys, out);
    }
}

// Every string in the document (the example workbook's answers).
void collectAll(const json::value& v, std::vector<std::string>& out) {
    if (v.is_string())
        out.emplace_back(v.as_string().c_str());
    else if (v.is_object())
        for (const auto& kv : v.as_object()) collectAll(kv.value(), out);
    else if (v.is_array())
        for (const auto& e : v.as_array()) collectAll(e, out);
}

// A hint reads 'one way to say it: "I don't think ..."': only what is quoted is speech.
std::vector<std::string> quoted(const std::string& s) {
    std::vector<std::string> out;
    size_t a = s.find('"');
    while (a != std::string::npos) {
        const size_t b = s.find('"', a + 1);
        if (b == std::string::npos) break;
        out.push_back(s.substr(a + 1, b - a - 1));
        a = s.find('"', b + 1);
    }
    return out;
}

// One spelling for a word said the same either way: the American one, as
// the hand-written domain sentences spell it ("counselor"), so the model
// doesn't split one spoken word's counts between two spellings (575
// "counsellor" against 121 "counselor" in the corpora) and flip what a
// take without a script is written as. Only when the dictionary gives both
// spellings the same first pronunciation.
std::string usSpelling(const std::string& w) {
    static const std::pair<const char*, const char*> kRules[] = {
        {"counsell", "counsel"}, {"our", "or"},      {"ours", "ors"},       {"ise", "ize"},
        {"ised", "ized"},        {"ising", "izing"}, {"isation", "ization"}};
    for (const auto& [uk, us] : kRules) {
        const std::string from(uk), to(us);
        const size_t at = from == "counsell" ? w.find(from) : (w.size() > from.size() ? w.size() - from.size() : 0);
        if (at == std::string::npos || w.compare(at, from.size(), from) != 0) continue;
        // A short word is no spelling pair: "four" and "for" sound the same
        // but are different words (colour, odour, rise and raise are longer
        // or have no second spelling in the dictionary).
        if (from != "counsell" && w.size() < 5) continue;
        std::string other = w;
        other.replace(at, from.size(), to);
        const auto a = doorway::speech::dictionaryEntries(DOORWAY_PS_MODEL_DIR, w);
        const auto b = doorway::speech::dictionaryEntries(DOORWAY_PS_MODEL_DIR, other);
        if (!a.empty() && !b.empty() && a.front().second == b.front().second) return other;
    }
    return w;
}

// Texting spellings in the corpora's messages, as the words a person says
// aloud: "u" is the dictionary's letter U, said like "you", so 362 "would u
// ..." split the counts of "you" and a take with no script came out "would
// u be open" (11 of the 144 no-script takes of the four dev voices, clean,
// pink 15 dB and room 20 dB; 2 of awb and kal16's 15 clean errors). One
// that stands for two words ("ur": your or you're) or for none ("x", "lol")
// is not said: it cuts the sentence like a word the dictionary lacks.
// "ok" and "okay" are said alike; the hand-written sentences spell "okay".
const std::map<std::string, std::string>& textingSaid() {
    static const std::map<std::string, std::string> k = {
        {"u", "you"},  {"r", "are"},      {"b", "be"},       {"w", "with"},     {"im", "i'm"},
        {"id", "i'd"}, {"cant", "can't"}, {"wont", "won't"}, {"bc", "because"}, {"tho", "though"},
        {"k", "okay"}, {"ok", "okay"},    {"ur", ""},        {"x", ""},         {"lol", ""}};
    return k;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> labels = {"good", "mixed", "bad", "safety", "met", "not_met", "hostile"};
    std::string out = "assets/speech/domain_text.txt";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc) return std::fprintf(stderr, "make_speech_corpus: %s needs a value\n", a.c_str()), 2;
        if (a == "--labels")
            labels = doorway::tools::splitList(argv[++i]);
        else if (a == "--out")
            out = argv[++i];
        else
            return std::fprintf(stderr, "make_speech_corpus: unknown argument '%s'\n", a.c_str()), 2;
    }
    const std::set<std::string> wanted(labels.begin(), labels.end());
    std::vector<std::string> texts;
    try {
        for (const auto& r : doorway::corpus::readTsv("tests/corpus/phrasings.tsv", 5))
            if (wanted.count(r.cols[1])) texts.push_back(r.cols[0]);
        for (const auto& r : doorway::corpus::readTsv("tests/corpus/roleplay.tsv", 5))
            if (wanted.count(r.cols[2])) texts.push_back(r.cols[1]);
    } catch (const std::exception& e) {
        return std::fprintf(stderr, "make_speech_corpus: %s (run from the source folder)\n", e.what()), 1;
    }
    {
        const json::value objections = json::parse(readAll("assets/roleplay/objections.json"));
        collect(objections, {"says", "example"}, texts);
        std::vector<std::string> hints;
        collect(objections, {"hint"}, hints);
        for (const auto& h : hints)
            for (auto& q : quoted(h)) texts.push_back(std::move(q));
    }
    std::vector<fs::path> sheets;
    for (const auto& e : fs::directory_iterator("assets/worksheets"))
        if (e.path().extension() == ".json") sheets.push_back(e.path());
    std::sort(sheets.begin(), sheets.end());
    for (const auto& p : sheets) collect(json::parse(readAll(p)), {"phrase", "placeholder"}, texts);
    {
        const json::value example = json::parse(readAll("workbooks/example.json"));
        if (const auto* answers = example.is_object() ? example.as_object().if_contains("answers") : nullptr)
            collectAll(*answers, texts);
    }

    std::set<std::vector<std::string>> bench;
    for (const auto& s : bench::benchSentences())
        for (const char* t : {s.said, s.written})
            for (auto& g : doorway::speech::fourWordRuns(t)) bench.insert(std::move(g));
    std::set<std::string> seen;
    std::vector<std::string> kept;
    size_t dropped = 0, unknown = 0;
    const auto& vocab = doorway::speech::Vocabulary::forModelDir(DOORWAY_PS_MODEL_DIR);
    if (vocab.size() == 0) return std::fprintf(stderr, "make_speech_corpus: no dictionary\n"), 1;
    for (const auto& t : texts)
        for (auto sentence : doorway::speech::sentencesForLm(t)) {
            if (sentence.size() < 2) continue;
            // Spelled as it will be kept, then checked against the bench
            // ("talking to a counsellor" becomes a bench sentence's words).
            for (auto& w : sentence) {
                if (auto t = textingSaid().find(w); t != textingSaid().end() && !t->second.empty()) w = t->second;
                if (vocab.contains(w)) w = usSpelling(w);
            }
            std::string line;
            for (const auto& w : sentence) line += (line.empty() ? "" : " ") + w;
            if (!seen.insert(line).second) continue;
            bool leaks = false;
            for (const auto& g : doorway::speech::fourWordRuns(line)) leaks = leaks || bench.count(g);
            if (leaks) {
                ++dropped;
                continue;
            }
            // Words the dictionary lacks ("thats", "idk") and texting spellings
            // nobody says ("ur", "x") cut the sentence:
            // the recogniser would otherwise guess them a pronunciation and
            // search for texting spellings.
            std::vector<std::string> piece;
            auto flush = [&] {
                if (piece.size() >= 2) {
                    std::string p;
                    for (const auto& w : piece) p += (p.empty() ? "" : " ") + w;
                    if (p == line || seen.insert(p).second) kept.push_back(p);
                }
                piece.clear();
            };
            for (const auto& w : sentence) {
                if (vocab.contains(w) && !textingSaid().count(w))
                    piece.push_back(w);
                else
                    flush(), ++unknown;
            }
            flush();
        }
    std::ofstream f(out, std::ios::binary);
    f << "# Made by tools/make_speech_corpus from Doorway's own corpora; do not edit by hand.\n";
    for (const auto& k : kept) f << k << '\n';
    if (!f) return std::fprintf(stderr, "make_speech_corpus: cannot write %s\n", out.c_str()), 1;
    std::printf(
        "%zu sentences written to %s (%zu texts; %zu left out for sharing four words with the bench; %zu cuts "
        "at words the dictionary lacks)\n",
        kept.size(), out.c_str(), texts.size(), dropped, unknown);
    return 0;
}
