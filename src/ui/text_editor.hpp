#pragma once
// Doorway's text box: soft-wrapped while you type, growing with its text up
// to a height and then scrolling (never sideways), with the caret always in
// view. Dear ImGui 1.86's InputTextMultiline cannot wrap, and nearly every
// answer is prose. The layout and edit logic are core/text_edit (tested
// headlessly); this file draws them and turns keys and clicks into edits.
//
// It is an ImGui item like any other: Tab and Shift+Tab reach it (it is
// "inputable"), a click or a focus request activates it on that same frame
// (so the first key typed is never lost), Esc or a click elsewhere leaves it.
// Its edits are the caller's to record: the result says what changed and
// whether a word just ended (the workbook's undo groups by word).
#include "core/text_edit.hpp"
#include "ui/ui_map.hpp"

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

namespace doorway {

// Words to colour in the text (the rehearsal's live score): a colour, and
// an underline style so the meaning never rests on colour alone.
struct EditorSpan {
    size_t begin = 0, end = 0;  // bytes
    ImU32 color = 0;
    // Wavy under what may land badly, straight under what helps (as
    // appearance.hpp draws them everywhere).
    enum class Underline { None, Straight, Wavy } underline = Underline::None;
    std::string tooltip;  // shown while the pointer rests on the words
};

struct EditorOptions {
    std::string hint;       // shown, dimmed, while the box is empty
    bool multiline = true;  // Enter starts a new line (else it submits)
    int minLines = 1;       // the box is never shorter
    int maxLines = 14;      // it grows with its text to this, then scrolls
    const std::vector<EditorSpan>* spans = nullptr;
    // For the window map (ui_map.hpp): the item's stable id and label.
    UiMap* map = nullptr;
    std::string mapId;
    std::string mapLabel;
};

struct EditorResult {
    bool changed = false;      // `text` was edited this frame
    bool newUndoStep = false;  // seal the undo step before recording this edit
    bool submitted = false;    // Enter in a one-line box
    bool activated = false;    // it took the keyboard this frame
    bool deactivated = false;  // it let go of the keyboard this frame
    bool active = false;       // it has the keyboard now
};

// What the editors keep between frames. Lives in AppState; only the box
// with the keyboard has a caret, every box keeps its layout and scroll.
struct TextEditorUi {
    struct Cached {
        std::string text;
        float width = -1, fontSize = 0;
        text::Layout layout;
        float scrollY = 0;
        long usedFrame = 0;
    };
    std::map<std::string, Cached> boxes;
    std::string activeKey;  // the box with the keyboard, "" for none
    unsigned activeId = 0;  // its ImGui id
    text::Caret caret;
    std::string lastText;            // the active box's text as it last saw it
    bool selecting = false;          // the mouse is dragging a selection
    bool caretMoved = false;         // bring the caret into view this frame
    bool lastEditWasDelete = false;  // undo groups: typing after deleting starts a step
    bool movedSinceEdit = true;      // ... and so does typing somewhere else
    std::string focusRequest;        // activate this box when it is next drawn
    // Code points a box measured that the font has no glyph for (typed or
    // pasted in a script the atlas has not loaded): the app loads them.
    std::vector<uint32_t> unshownGlyphs;
    // The characters the window handed ImGui this frame, as typed: ImGui
    // 1.86 keeps 16-bit characters and turns any past U+FFFF (an emoji)
    // into U+FFFD, so the box reads those from here (feedTypedCharacter).
    std::vector<uint32_t> typedThisFrame;
    long frame = 0;
};

// The window's character callback: queues `codepoint` for ImGui's widgets
// and keeps it whole for the text boxes. Call once a frame's characters
// begin with beginTypedCharacters.
void beginTypedCharacters(TextEditorUi& ui);
void feedTypedCharacter(TextEditorUi& ui, uint32_t codepoint);

// Draws the box for `key` (a stable id: "worksheet/field", ...) `width`
// pixels wide, editing `text` in place.
EditorResult textEditor(TextEditorUi& ui, const std::string& key, std::string& text, float width,
                        const EditorOptions& options);
// Asks for `key`'s box to take the keyboard when it is next drawn.
inline void focusEditor(TextEditorUi& ui, const std::string& key) {
    ui.focusRequest = key;
}
// A hint in an empty box (`hint` in EditorOptions, and the few ImGui boxes
// with one): muted and slanted, so neither the person filling the box in
// nor anyone looking at a screenshot can take it for words already
// written; typed text is never slanted. Every hint in the window is drawn
// by one of these two. drawHint puts `text` at `pos`, wrapped at `wrapWidth`
// (0: no wrapping); hintOverLastItem puts it in the last item's box (an
// ImGui::InputText) while `empty`.
void drawHint(ImDrawList* dl, ImVec2 pos, const char* text, float wrapWidth);
void hintOverLastItem(const char* text, bool empty);
// True while one of these boxes has the keyboard (Ctrl+Z then is the
// workbook's undo, not a widget's own).
bool editorActive(const TextEditorUi& ui);
// Call once a frame (app_frame): drops layouts of boxes no longer drawn.
void endEditorFrame(TextEditorUi& ui);

}  // namespace doorway
