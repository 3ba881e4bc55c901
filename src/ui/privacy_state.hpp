#pragma once
// UI state of the privacy feature (owned by that feature's views):
// quick hide, the idle lock, passphrase prompts, the safety card, and the
// app preferences kept in configDir()/privacy.json (never content).
#include <array>
#include <string>
#include <vector>

namespace doorway {

// The safety card's words, from assets/safety.json.
struct SafetyResource {
    std::string name;    // "Domestic violence support"
    std::string detail;  // "In the US: 1-800-799-7233, or text START to 88788."
};
struct SafetyCard {
    std::string title;
    std::vector<std::string> paragraphs;
    std::string helpHeading;
    std::vector<SafetyResource> resources;
    std::string closing;
};
// Reads and validates a safety card file. On failure returns false with
// "<file>: <key>: <problem>"; `out` is untouched.
bool loadSafetyCard(const std::string& path, SafetyCard& out, std::string& error);
// The card built in, used when the asset is missing or damaged: safety
// information must always be reachable.
SafetyCard builtInSafetyCard();

// App preferences (never workbook content).
struct PrivacyPrefs {
    bool neutralTitle = false;
    int idleLockMinutes = 0;  // 0 = off
    bool rememberRecents = true;
    bool safetyCardShown = false;  // the first-run card was shown once
};
// Missing file -> defaults and true. A damaged one -> defaults, false and
// a message naming the file.
bool loadPrivacyPrefs(const std::string& path, PrivacyPrefs& out, std::string& error);
bool savePrivacyPrefs(const std::string& path, const PrivacyPrefs& prefs, std::string& error);

enum class PassPrompt { None, OpenSealed, Lock, RemoveLock, IdleUnlock };

struct PrivacyUiState {
    bool neutralTitle = false;  // window title reads "Notes"
    bool hidden = false;        // quick hide is on

    // Preferences: loaded once by tickPrivacy. `prefsPath` empty means
    // configDir()/privacy.json when there is a real window; headless runs
    // without a path keep preferences in memory only (tests set a path).
    PrivacyPrefs prefs;
    std::string prefsPath;
    bool prefsLoaded = false;

    // Idle lock.
    double lastActivity = -1;
    bool idleLocked = false;     // the sealed workbook was put away after idle
    std::string idleLockedPath;  // reopened with the passphrase
    bool revealAsked = false;    // idle-locked and the user asked to come back

    // Passphrase prompts. Buffers are wiped after every use.
    PassPrompt prompt = PassPrompt::None;
    bool promptOpenRequested = false;
    // Set when a passphrase was submitted: that frame shows "a moment..."
    // and the next one runs the deliberately slow key derivation (about a
    // second), so the window never sits frozen on a pressed button.
    bool submitPending = false;
    std::string promptPath;
    std::array<char, 512> pass1{};
    std::array<char, 512> pass2{};
    std::string promptError;

    // Safety card.
    bool safetyRequested = false;
    bool cardLoaded = false;
    SafetyCard card;
    std::string cardError;  // the asset was bad: the built-in card is shown
};

}  // namespace doorway
