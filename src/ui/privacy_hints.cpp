// What the passphrase prompts say to someone who can't get in.
#include "ui/privacy_hints.hpp"

#include <imgui.h>

namespace doorway {

std::string wrongPassphraseMessage(int misses) {
    if (misses < kMissesBeforeHint) return "That passphrase doesn't open this workbook. Please try again.";
    // Someone half-remembering usually has it nearly right.
    return "That passphrase doesn't open it either. It has to match exactly as it was typed when the workbook was "
           "locked: capitals, spaces and punctuation all count. Check that Caps Lock is off and that the keyboard "
           "is set to its usual layout.";
}

int countMiss(PrivacyUiState& p, const std::string& path) {
    if (p.missesPath != path) p.openMisses = 0;
    p.missesPath = path;
    return ++p.openMisses;
}

void drawForgottenNote(AppState& app, const PrivacyUiState& p) {
    if (p.openMisses < kMissesBeforeHint || p.missesPath != p.promptPath) return;
    ImGui::Spacing();
    const std::string note =
        "If it's forgotten: a passphrase can't be recovered, by you or by anyone, Doorway included. This file stays "
        "exactly as it is, so it is there if the passphrase comes back to you. To keep writing meanwhile, start a new "
        "workbook with File > New workbook.";
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", note.c_str());
    ImGui::PopTextWrapPos();
    app.uiMap.addLastItem("note/passphrase/forgotten", "text", note);
}

}  // namespace doorway
