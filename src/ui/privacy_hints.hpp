#pragma once
// What the passphrase prompts say to someone who can't get in: after a few
// misses, what usually goes wrong and what a forgotten passphrase means;
// after Cancel at start-up, a way back to the prompt (drawLockedRetry, in
// privacy_view.cpp with the prompts themselves).
#include "ui/app_state.hpp"

#include <string>

namespace doorway {

// Wrong passphrases in a row before the prompt says more than "try again".
inline constexpr int kMissesBeforeHint = 3;

// The line for the `misses`-th wrong passphrase in a row.
std::string wrongPassphraseMessage(int misses);
// Counts a wrong passphrase for `path` (another file starts again); the count.
int countMiss(PrivacyUiState& p, const std::string& path);
// Under the open prompt after a few misses: the plain truth for someone who
// has forgotten, and what they can still do.
void drawForgottenNote(AppState& app, const PrivacyUiState& p);

}  // namespace doorway
