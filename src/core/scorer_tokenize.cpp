// Text to tokens: words with byte spans, lower-cased, contractions expanded
// into several tokens that share the original word's span ("you're" -> you
// are), sentence and clause numbers, quotes, and the '?' that ends a
// question. Any bytes at all: invalid UTF-8 reads as U+FFFD, one byte at a
// time, and every step moves forward.
#include "core/scorer_impl.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace doorway {

using namespace scoring;

namespace scoring {

// Decodes one UTF-8 code point at i. Anything that is not the shortest
// well-formed encoding of a scalar value (a stray or overlong byte, a
// surrogate, past U+10FFFF) comes back as U+FFFD with length 1: an overlong
// "\xC0\xAE" must never read as '.', which once stopped the scorer moving on.
uint32_t decodeUtf8(const std::string& s, size_t i, int& len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    auto byte = [&](size_t j) { return j < s.size() ? static_cast<unsigned char>(s[j]) : 0u; };
    auto cont = [&](size_t j) { return j < s.size() && (byte(j) & 0xC0) == 0x80; };
    len = 1;
    if (c < 0x80) return c;
    uint32_t cp = 0;
    int n = 0;
    uint32_t least = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2, cp = c & 0x1Fu, least = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, cp = c & 0x0Fu, least = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, cp = c & 0x07u, least = 0x10000;
    } else {
        return 0xFFFD;
    }
    for (int k = 1; k < n; ++k) {
        if (!cont(i + size_t(k))) return 0xFFFD;
        cp = (cp << 6) | (byte(i + size_t(k)) & 0x3Fu);
    }
    if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
    len = n;
    return cp;
}

}  // namespace scoring

namespace {

uint32_t decode(const std::string& s, size_t i, int& len) {
    return decodeUtf8(s, i, len);
}

bool isApostrophe(uint32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

// Letters and digits of any script count as word characters; the
// punctuation, spaces and symbols we know of do not.
bool isWordChar(uint32_t cp) {
    if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
    if (cp == 0xFFFD) return false;
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF) return false;  // spaces, punct.
    if (cp >= 0x00A1 && cp <= 0x00BF) return false;                                                  // ¡ « » ¿ …
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2190 && cp <= 0x2BFF) return false;  // arrows, symbols
    if (cp >= 0x1F000) return false;                 // emoji
    if (cp >= 0xFE00 && cp <= 0xFE0F) return false;  // variation selectors
    return true;
}

enum class Brk { None, Clause, Sentence };

void lower(std::string& w) {
    for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
}

}  // namespace

namespace {

// The tokenizer's state while it walks the text once, left to right.
struct Walk {
    const Scorer::Impl& impl;
    const std::string& text;
    std::vector<Token> toks;
    int sentence = 0, clause = 0, word = 0;
    Brk pending = Brk::None;
    bool pendingSoft = false;  // the pending sentence break came from '.' or '!'
    bool inDouble = false, inCurly = false, inSingle = false;

    // The parts of a word: "you're" -> you are, "didn't" -> did not.
    std::vector<std::string> parts(const std::string& w) const {
        auto it = impl.contractions.find(w);
        if (it != impl.contractions.end()) return it->second;
        for (const auto& suf : impl.splitSuffixes) {
            if (w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0) {
                // The stem may be a texting form itself: "u'll" -> you will.
                std::vector<std::string> out{w.substr(0, w.size() - suf.size())};
                if (auto stem = impl.contractions.find(out[0]); stem != impl.contractions.end()) out = stem->second;
                const auto& exp = impl.suffixExpansion.at(suf);
                out.insert(out.end(), exp.begin(), exp.end());
                return out;
            }
        }
        return {w};
    }

    void emit(int start, int end, std::string w) {
        const bool softStart = pending == Brk::Sentence && pendingSoft;
        if (pending == Brk::Sentence) {
            ++sentence;
            ++clause;
        } else if (pending == Brk::Clause) {
            ++clause;
        }
        pending = Brk::None;
        lower(w);
        const std::vector<std::string> ps = parts(w);
        const bool quoted = inDouble || inCurly || inSingle;
        for (size_t p = 0; p < ps.size(); ++p) {
            Token t;
            t.start = start;
            t.end = end;
            t.norm = ps[p];
            auto f = impl.ids.find(t.norm);
            t.id = f == impl.ids.end() ? -1 : f->second;
            // "but", "though" ... open a new clause: negation before them does not reach past.
            if (p == 0 && !toks.empty() && impl.clauseWords.matches(t) && toks.back().clause == clause &&
                !impl.clauseWordsNotAfter.matches(toks.back()))
                ++clause;
            t.word = word;
            t.sentence = sentence;
            t.clause = clause;
            t.split = p > 0;
            t.quoted = quoted;
            t.softStart = p == 0 && softStart;
            toks.push_back(std::move(t));
        }
        ++word;
    }

    void brk(Brk b, bool soft = false) {
        if (toks.empty()) return;
        if (b == Brk::Sentence) {
            pendingSoft = pending == Brk::Sentence ? pendingSoft && soft : soft;
            pending = b;
        } else if (pending == Brk::None) {
            pending = b;
        }
    }

    // A word from i: letters and digits of any script, and an apostrophe
    // between letters ("don't", "you’re"). Returns where it ends.
    size_t scanWord(size_t i) {
        const size_t n = text.size(), start = i;
        std::string w;
        while (i < n) {
            int l = 1;
            uint32_t c = decode(text, i, l);
            if (isWordChar(c)) {
                w.append(text, i, size_t(l));
                i += size_t(l);
                continue;
            }
            if (isApostrophe(c) && c != 0x2018 && i + size_t(l) < n) {
                int l2 = 1;
                if (isWordChar(decode(text, i + size_t(l), l2))) {
                    w += '\'';
                    i += size_t(l);
                    continue;
                }
            }
            break;
        }
        emit(int(start), int(i), std::move(w));
        return i;
    }

    // Punctuation and spaces at i (code point cp, len bytes). Returns where to go on.
    size_t mark(size_t i, uint32_t cp, int len) {
        const size_t n = text.size();
        if (cp == '.' || cp == '!' || cp == '?') {
            // A run of dots ("...") trails off rather than ending the sentence.
            size_t j = i;
            while (j < n && text[j] == '.') ++j;
            if (cp == '?' && !toks.empty() && pending == Brk::None) toks.back().question = true;
            if (cp == '.' && j - i >= 2)
                brk(Brk::Clause);
            else
                brk(Brk::Sentence, cp != '?');
            return std::max(j, i + size_t(len));
        }
        if (cp == '\n' || cp == '\r' || cp == 0x2029 || cp == 0x2028) {
            brk(Brk::Sentence);
        } else if (cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
                   cp == 0x2014 || cp == 0x2013 || cp == 0x2026) {
            brk(Brk::Clause);
        } else if (cp == '-') {
            // A hyphen inside a word joins ("check-up"); one with space around it is a dash.
            bool spaceBefore = i == 0 || text[i - 1] == ' ' || text[i - 1] == '-';
            bool spaceAfter = i + 1 >= n || text[i + 1] == ' ' || text[i + 1] == '-';
            if (spaceBefore || spaceAfter) brk(Brk::Clause);
        } else if (cp == '"') {
            inDouble = !inDouble;
        } else if (cp == 0x201C) {
            inCurly = true;
        } else if (cp == 0x201D) {
            inCurly = false;
        } else if (cp == 0x2018) {
            inSingle = true;
        } else if (cp == 0x2019 || cp == '\'') {
            // Not between letters (that was handled above): a closing single quote.
            if (inSingle)
                inSingle = false;
            else if (cp == '\'' && (toks.empty() || toks.back().end != int(i)))
                inSingle = true;
        }
        return i + size_t(len);
    }
};

}  // namespace

std::vector<Token> Scorer::Impl::tokenize(const std::string& text) const {
    Walk w{*this, text, {}};
    w.toks.reserve(text.size() / 4 + 4);
    size_t i = 0;
    while (i < text.size()) {
        int len = 1;
        uint32_t cp = decode(text, i, len);
        if (isWordChar(cp)) {
            i = w.scanWord(i);
        } else if (auto e = emojiWords.find(cp); e != emojiWords.end()) {
            w.emit(int(i), int(i + size_t(len)), e->second);  // 🙄 reads as a word
            i += size_t(len);
        } else {
            i = w.mark(i, cp, len);
        }
    }
    readTextingForms(w.toks, text);
    joinFragments(w.toks);
    return std::move(w.toks);
}

// Two texting forms the contractions table expands that are sometimes a
// word of their own, told apart by the words after them:
// - "ur" is "you are" ("ur right", "ur always late") or "your" ("ur mum",
//   "ur excuse", "on ur side"): "your" when the next word is something a
//   person has (lexicon class ur_owned);
// - "lets" is "let us" ("lets try it") or the verb ("he never lets me go
//   out"): the verb when someone is let (lexicon class lets_object).
void Scorer::Impl::readTextingForms(std::vector<Token>& toks, const std::string& text) const {
    readAmbiguous(toks, text, "ur", classUrOwned, "your");
    readAmbiguous(toks, text, kLetsVerb, classLetsObject, kLetsVerb);
}

// `spelling` (written without an apostrophe) was expanded to two tokens; when
// the words after it match `cls`, it becomes the one token `reading`.
void Scorer::Impl::readAmbiguous(std::vector<Token>& toks, const std::string& text, const std::string& spelling,
                                 int cls, const std::string& reading) const {
    if (cls < 0) return;
    const int nt = int(toks.size());
    const int len = int(spelling.size());
    size_t out = 0;
    for (int i = 0; i < nt; ++i) {
        const Token& t = toks[size_t(i)];
        bool spelled = !t.split && i + 2 < nt && toks[size_t(i + 1)].split && toks[size_t(i + 1)].word == t.word &&
                       t.end - t.start == len;
        for (int k = 0; spelled && k < len; ++k) spelled = (text[size_t(t.start + k)] | 0x20) == spelling[size_t(k)];
        toks[out] = toks[size_t(i)];
        if (spelled && matchPhraseLen(classes[size_t(cls)], i + 2, nt, toks) > 0) {
            toks[out].norm = reading;
            auto f = ids.find(reading);
            toks[out].id = f == ids.end() ? -1 : f->second;
            ++i;  // drop the second part
        }
        ++out;
    }
    toks.resize(out);
}

// "Therapy. This week." Two fragments of a word or two, split by a full
// stop, read as one sentence and one clause, so a demand broken up by
// punctuation is still a demand. A fragment before a longer sentence
// ("Typical. I knew you'd say that.") stays on its own.
void Scorer::Impl::joinFragments(std::vector<Token>& toks) const {
    const size_t n = toks.size();
    size_t a = 0;
    while (a < n) {
        size_t b = a;
        while (b < n && toks[b].sentence == toks[a].sentence) ++b;  // [a, b): one sentence
        size_t c = b;
        while (c < n && toks[c].sentence == toks[b < n ? b : a].sentence) ++c;  // [b, c): the next
        if (b >= n) break;
        const int wordsA = toks[b - 1].word - toks[a].word + 1, wordsB = toks[c - 1].word - toks[b].word + 1;
        if (toks[b].softStart && wordsA <= model.fragmentWords && wordsB <= model.fragmentWords + 1) {
            const int sentence = toks[a].sentence, clause = toks[b - 1].clause, firstClause = toks[b].clause;
            for (size_t k = b; k < c; ++k) {
                toks[k].sentence = sentence;
                if (toks[k].clause == firstClause) toks[k].clause = clause;
            }
            a = c;  // one join at a time: "One session. Saturday." then "Be there." on its own
            continue;
        }
        a = b;
    }
}

}  // namespace doorway
