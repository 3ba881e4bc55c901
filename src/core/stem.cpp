#include "core/stem.hpp"

#include <libstemmer.h>

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

}  // namespace doorway
