#include "core/stem.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <memory>

namespace doorway {

namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A Snowball stemmer keeps state between calls, so each thread has its own.
sb_stemmer* threadStemmer() {
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> s(sb_stemmer_new("english", "UTF_8"));
    return s.get();
}

}  // namespace

std::string stemWord(const std::string& word) {
    sb_stemmer* s = threadStemmer();
    if (!s || word.empty()) return word;
    const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()), int(word.size()));
    if (!out) return word;
    return std::string(reinterpret_cast<const char*>(out), size_t(sb_stemmer_length(s)));
}

namespace {

bool isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

}  // namespace

std::vector<std::string> verbForms(const std::string& base) {
    std::vector<std::string> out{base};
    const size_t n = base.size();
    if (n < 2) return out;
    const char last = base[n - 1], before = base[n - 2];
    auto add = [&out](std::string w) {
        if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
    };
    // Third person.
    if (last == 'y' && !isVowel(before))
        add(base.substr(0, n - 1) + "ies");
    else if (last == 's' || last == 'x' || last == 'z' || last == 'o' || base.ends_with("ch") || base.ends_with("sh"))
        add(base + "es");
    else
        add(base + "s");
    // Past and -ing.
    if (last == 'e' && before == 'i') {  // "tie" -> tied, tying
        add(base + "d");
        add(base.substr(0, n - 2) + "ying");
    } else if (last == 'e' && before != 'e' && before != 'y' && before != 'o') {
        add(base + "d");
        add(base.substr(0, n - 1) + "ing");
    } else if (last == 'e') {
        add(base + "d");
        add(base + "ing");
    } else if (last == 'y' && !isVowel(before)) {
        add(base.substr(0, n - 1) + "ied");
        add(base + "ing");
    } else {
        add(base + "ed");
        add(base + "ing");
        // One vowel before one final consonant: "grab" -> "grabbed".
        const bool cvc = !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(before) &&
                         (n < 3 || !isVowel(base[n - 3]));
        if (cvc) {
            add(base + last + "ed");
            add(base + last + "ing");
        }
    }
    return out;
}

}  // namespace doorway
