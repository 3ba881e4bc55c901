#pragma once
// The safety card: where to turn when things are not safe, as data
// (assets/safety.json). The numbers of help lines live in that one file,
// each with the page it was checked against and the date; the card on
// screen, the printed help on paper and the card built into the program
// all read it (the built-in card is the asset as it was at build time, so
// a missing or damaged asset never leaves anyone without the numbers).
#include <string>
#include <vector>

namespace doorway {

inline constexpr const char* kSafetyFormat = "doorway-safety";
inline constexpr int kSafetyVersion = 2;

// One place to turn: "National Domestic Abuse Helpline", "0808 2000 247".
struct HelpLine {
    std::string name;     // who answers
    std::string contact;  // how to reach them: the number, "call or text 988", a site
    std::string detail;   // when and what for, in a sentence ("" = none)
    std::string brief;    // the few words that stand for it on the printed line ("" = left off that line)
    std::string source;   // the page the number was checked against
    std::string checked;  // YYYY-MM-DD
    bool operator==(const HelpLine&) const = default;
};

// The lines for one country; `code` is ISO 3166 alpha-2 ("GB", "IE"), or
// "" for the lines shown everywhere else.
struct HelpCountry {
    std::string code;
    std::string name;
    // The name as it sits in a sentence, after "numbers for" ("the United
    // Kingdom"); empty: the name itself ("Ireland"). See helpPlaceInText.
    std::string nameInText;
    std::vector<HelpLine> lines;
    bool operator==(const HelpCountry&) const = default;
};

// Help with no number, true everywhere ("a doctor, a counsellor of your own").
struct SafetyResource {
    std::string name;
    std::string detail;
    bool operator==(const SafetyResource&) const = default;
};

struct SafetyCard {
    std::string title;
    std::vector<std::string> paragraphs;
    std::string helpHeading;  // "Where to turn"
    std::vector<HelpCountry> countries;
    HelpCountry elsewhere;  // every other country
    std::vector<SafetyResource> always;
    std::string paperHeading;  // opens the printed line: "If things ever feel unsafe"
    std::string closing;
    bool operator==(const SafetyCard&) const = default;
};

// Reads and validates a card. On failure returns false with
// "<name>: <key path>: <problem>"; `out` is untouched.
bool parseSafetyCard(const std::string& text, const std::string& name, SafetyCard& out, std::string& error);
bool loadSafetyCard(const std::string& path, SafetyCard& out, std::string& error);

// The card built into the program: assets/safety.json as it was when this
// build was made (CMake embeds the file). Safety information must always
// be reachable, whatever happened to the asset on disk.
SafetyCard builtInSafetyCard();

// The lines for `code` (any case); the "elsewhere" lines for an empty or
// unknown code.
const HelpCountry& helpFor(const SafetyCard& card, const std::string& code);

// Whose numbers these are, to follow "numbers for" in a sentence: a
// country's "nameInText" ("the United Kingdom") or else its name as written
// ("Ireland"), the "elsewhere" entry's with a small first letter ("wherever
// you are"). The card's menu shows the names as they are; the paper's note
// and the print dialog say this.
std::string helpPlaceInText(const HelpCountry& c);

// The country of a locale name: "en_GB.UTF-8" -> "GB", "fr_CA" -> "CA";
// "" for "C", "POSIX" and anything without a territory.
std::string countryFromLocale(const std::string& locale);
// The country of this session's locale (LC_ALL, then LC_TELEPHONE, then
// LANG), as countryFromLocale; "" when none says.
std::string countryFromEnvironment();

// The preference that overrides the locale (the card's country menu). It
// lives with the other app preferences in configDir()/privacy.json, never
// in a workbook.
inline constexpr const char* kHelpCountryPref = "helpCountry";
// The saved choice in the preferences file at `path`, "" when there is
// none (or the file can't be read: the locale then decides).
std::string savedHelpCountry(const std::string& path);
// The saved choice, else the locale's country.
std::string effectiveHelpCountry(const std::string& saved);

// One short line for paper: "If things ever feel unsafe (United Kingdom):
// 999 in an emergency · …", from the lines that have a `brief`.
std::string paperSafetyLine(const SafetyCard& card, const std::string& code);

}  // namespace doorway
