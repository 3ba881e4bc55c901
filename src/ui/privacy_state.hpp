#pragma once
// UI state of the privacy feature (owned by that feature's views):
// quick hide, the idle lock, passphrase prompts, and the app preferences
// kept in configDir()/privacy.json (never content). The safety card has
// its own feature (safety_state.hpp).
#include <array>
#include <string>
#include <vector>

namespace doorway {

// App preferences (never workbook content).
struct PrivacyPrefs {
    bool neutralTitle = false;
    int idleLockMinutes = 0;  // 0 = off
    // Off until chosen: a list of recent files shows, to anyone at this
    // computer, what was opened (a file written before this default keeps
    // its choice; see loadPrivacyPrefs).
    bool rememberRecents = false;
    bool safetyCardShown = false;  // the first-run card was shown once
    std::string helpCountry;       // whose help lines the card shows ("" = from the locale)
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
    // Idle-locked while the workbook held words no save could write (a
    // folder gone, a full disk): it stays open behind the notes page, and a
    // token sealed with its key checks the passphrase instead of the file.
    std::string idleHeldCheck;
    bool revealAsked = false;  // idle-locked and the user asked to come back

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
    // Wrong passphrases in a row for promptPath (or the idle-locked file):
    // after a few, the prompt adds what usually goes wrong and what is
    // still possible for someone who has forgotten it.
    int openMisses = 0;
    std::string missesPath;
    bool showTyped = false;  // "Show what I type" in the open prompt, off each time it opens
    // The lock dialog's caution about an easy-to-guess passphrase: shown on
    // the first Lock, cleared when either field changes; a second Lock
    // with it showing locks anyway (the person has been told).
    std::string lockCaution;

    // Privacy > Backups...: the dialog listing the backups saves keep.
    bool backupsOpenRequested = false;
    std::vector<std::string> backups;      // found when the dialog opened
    std::vector<char> backupBesideLocked;  // per backup: its workbook is locked now (read once, with the list)
    std::vector<char> backupSealed;        // per backup: it is itself locked
    std::string backupsNote;               // what the last removal did
    bool backupsConfirmRemove = false;     // "Remove these backups" asked once: they can't come back
};

}  // namespace doorway
