// The passphrase caution and the reminders about unlocked copies: one
// wording for the lock dialog, the print dialog and the CLI.
#include "core/privacy_notes.hpp"
#include "core/labels.hpp"

#include "core/text_edit.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <vector>

namespace doorway {

namespace {

// The code points of UTF-8 text (text::decodeAt; a stray byte counts as one
// character).
std::vector<std::uint32_t> codePoints(std::string_view sv) {
    const std::string s(sv);
    std::vector<std::uint32_t> out;
    for (size_t i = 0, len = 0; i < s.size(); i += len) out.push_back(text::decodeAt(s, i, &len));
    return out;
}

// How many characters a guesser would try for each position, from the
// kinds of character used.
double poolSize(const std::vector<std::uint32_t>& cps) {
    bool lower = false, upper = false, digit = false, other = false, wide = false;
    for (std::uint32_t c : cps) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 0x80)
            other = true;  // spaces and punctuation
        else
            wide = true;  // letters of other scripts, accents
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) + (wide ? 100 : 0);
}

}  // namespace

PassphraseStrength passphraseStrength(std::string_view passphrase) {
    PassphraseStrength s;
    std::vector<std::uint32_t> cps = codePoints(passphrase);
    s.chars = cps.size();
    const double perChar = cps.empty() ? 0 : std::log2(std::max(poolSize(cps), 2.0));
    std::set<std::uint32_t> seen;
    for (size_t i = 0; i < cps.size(); ++i) {
        const bool step = i > 0 && (cps[i] == cps[i - 1] + 1 || cps[i] + 1 == cps[i - 1]);
        s.bits += seen.insert(cps[i]).second && !step ? perChar : 1.0;
    }
    s.easyToGuess = s.chars < kPassphraseCautionChars || s.bits < kPassphraseCautionBits;
    return s;
}

std::string untypablePassphrase(std::string_view passphrase) {
    const std::string p(passphrase);
    for (size_t i = 0; i < p.size();) {
        size_t len = 1;
        const uint32_t cp = text::decodeAt(p, i, &len);
        if (cp == 0xFFFD && p.compare(i, 3, "\xEF\xBF\xBD") != 0)
            return "it holds bytes that are not text (not UTF-8), which no keyboard types";
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            return "it holds a control character (" +
                   std::string(cp == 0 ? "a NUL byte" : "not a letter, digit or sign") + "), which no keyboard types";
        i += len;
    }
    return "";
}

std::string passphraseCaution(std::string_view passphrase) {
    PassphraseStrength s = passphraseStrength(passphrase);
    if (!s.easyToGuess) return {};
    std::string why = s.chars < kPassphraseCautionChars
                          ? "This passphrase is short (" + countLabel(long(s.chars), "character", "characters") +
                                "), so it would be easy to guess."
                          : "This passphrase follows a simple pattern, so it would be easy to guess.";
    return why +
           " A few ordinary words strung together, like a line only you would think of, are much harder to guess "
           "and still easy to remember.";
}

std::string unlockedExportReminder(std::string_view format) {
    return "This workbook is locked, but the " + std::string(format) +
           " file made from it is not: anyone who opens that file can read it. Keep it somewhere private, and "
           "delete it when you no longer need it.";
}

std::string unlockedPrintReminder() {
    return "This workbook is locked, but printed pages are not, and neither is the copy the printer keeps until it "
           "has printed. Collect the pages straight away.";
}

}  // namespace doorway
