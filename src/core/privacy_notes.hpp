#pragma once
// Plain cautions about privacy that the window and the command line both
// give, worded once: a passphrase that would be easy to guess, and a copy
// (export, print) that is not locked although its workbook is.
#include <cstddef>
#include <string>
#include <string_view>

namespace doorway {

// Below this many characters a passphrase gets the caution (it is still
// allowed: the person decides, once they know).
inline constexpr std::size_t kPassphraseCautionChars = 10;
// A rough guess at how many bits a guesser must search, below which a
// passphrase of any length gets the caution ("aaaaaaaaaaaa", "1234512345").
inline constexpr double kPassphraseCautionBits = 40;

struct PassphraseStrength {
    std::size_t chars = 0;  // characters, not bytes
    double bits = 0;        // the rough estimate (passphraseStrength)
    bool easyToGuess = false;
};
// Characters from a larger set count for more; a character already used,
// or the next or previous one of its neighbour ("abc", "321"), counts for
// one bit. No word list: this only catches the short and the patterned.
PassphraseStrength passphraseStrength(std::string_view passphrase);
// "" when the passphrase is fine, else a gentle sentence or two saying it
// is easy to guess and what is better. Never repeats the passphrase.
std::string passphraseCaution(std::string_view passphrase);
// "" when every character of the passphrase can be typed; else why not: a
// control character (a NUL, an Escape) or bytes that are not UTF-8 text.
// A workbook locked with one could never be opened from a keyboard, so a
// new passphrase like that is refused, not cautioned about.
std::string untypablePassphrase(std::string_view passphrase);

// Said when a locked workbook is exported: `format` names the file written
// ("PDF", "HTML", "Markdown").
std::string unlockedExportReminder(std::string_view format);
// Said when a locked workbook is printed.
std::string unlockedPrintReminder();

}  // namespace doorway
