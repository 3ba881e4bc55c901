#pragma once
// Key codes as Dear ImGui 1.86 sees them. In 1.86 io.KeysDown[] is indexed
// by the backend's native codes; our backend is GLFW, whose codes for
// letters and digits are their ASCII capitals. Named here once so views
// (and tests that press keys in a headless context) agree without
// including GLFW.
#include <imgui.h>

namespace doorway::keys {

inline constexpr int kSpace = 32;
inline constexpr int kEscape = 256;
inline constexpr int kEnter = 257;
inline constexpr int kTab = 258;
inline constexpr int kF9 = 298;
inline constexpr int kF10 = 299;
inline constexpr int kF12 = 301;
inline constexpr int kLeftAlt = 342;
inline constexpr int kRightAlt = 346;
inline constexpr int kKeypadEnter = 335;
inline constexpr int kMinus = 45;  // text size: Ctrl+- smaller, Ctrl+= (Ctrl++) larger, Ctrl+0 normal
inline constexpr int kEqual = 61;
inline constexpr int kKeypad0 = 320;
inline constexpr int kKeypadSubtract = 333;
inline constexpr int kKeypadAdd = 334;
inline constexpr int letter(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

inline bool pressed(int key, bool repeat = false) {
    return key >= 0 && key < 512 && ImGui::IsKeyPressed(key, repeat);
}

}  // namespace doorway::keys
