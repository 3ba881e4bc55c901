// The wrapped text box (see text_editor.hpp).
//
// [SECTION] Index
//   - measuring: glyph advances exactly as ImGui draws them
//   - taking and leaving the keyboard
//   - keys and characters
//   - mouse: caret, selection, scrolling
//   - drawing
//   - the widget
#include "ui/text_editor.hpp"

#include "ui/theme_colors.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace doorway {

namespace {

using text::Caret;
using text::Layout;
using text::Motion;

// [SECTION] measuring

// ImGui's RenderText adds each glyph's advance, no kerning, and reads code
// points past its 16-bit range as U+FFFD; the layout must agree to the pixel.
// A code point the font lacks is reported in `unshown` (its block is loaded
// before the next frame, and the layout is measured again); so is one past
// U+FFFF, which no block brings (the window says so once: appearance).
text::Measure measureFor(ImFont* font, float size, std::vector<uint32_t>& unshown) {
    float scale = size / font->FontSize;
    return [font, scale, &unshown](uint32_t written) -> float {
        const uint32_t cp = written > 0xFFFF ? 0xFFFD : written;
        if (cp >= 0x80 && (cp != written || !font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) &&
            (unshown.empty() || unshown.back() != written))
            unshown.push_back(written);
        return font->GetCharAdvance(static_cast<ImWchar>(cp)) * scale;
    };
}

struct Geometry {
    ImRect frame;    // the whole box
    ImVec2 textMin;  // where line 0 starts (before scrolling)
    float lineH = 0;
    float viewH = 0;  // height of the text area
    float contentH = 0;
    float scrollbarW = 0;
    float maxScroll() const { return std::max(0.f, contentH - viewH); }
};

// [SECTION] taking and leaving the keyboard

void takeKeyboard(ImGuiID id, ImGuiWindow* window) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    // The arrows, Home/End and Page keys are ours while typing, not the
    // keyboard navigation's. Tab is left to ImGui: it moves to the next field.
    g.ActiveIdUsingNavDirMask |=
        (1 << ImGuiDir_Left) | (1 << ImGuiDir_Right) | (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
    g.ActiveIdUsingKeyInputMask |= (ImU64(1) << ImGuiKey_Home) | (ImU64(1) << ImGuiKey_End) |
                                   (ImU64(1) << ImGuiKey_PageUp) | (ImU64(1) << ImGuiKey_PageDown);
}

bool keyPressed(ImGuiKey k) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), true);
}

// [SECTION] keys and characters

struct EditContext {
    TextEditorUi& ui;
    std::string& text;
    const Layout& layout;
    const text::Measure& measure;
    const EditorOptions& opt;
    size_t pageLines;
    EditorResult& result;
};

// Records an edit: whether it starts a new undo step (a word ended, or the
// kind of edit changed: typing after deleting).
void noteEdit(EditContext& e, const text::Edit& ed, const std::string& before, bool deleting) {
    if (!ed.changed()) return;
    e.result.changed = true;
    bool kindChanged = e.ui.lastEditWasDelete != deleting;
    if (!deleting && text::endsWord(before, ed.at, ed.inserted)) e.result.newUndoStep = true;
    // Typing over a selection replaces words the step before may not hold
    // yet: a step of its own, so Ctrl+Z brings back every one of them.
    if (kindChanged || e.ui.movedSinceEdit || (!deleting && ed.removed > 0)) e.result.newUndoStep = true;
    e.ui.lastEditWasDelete = deleting;
    e.ui.movedSinceEdit = false;
    e.ui.caretMoved = true;
}

void insertText(EditContext& e, const std::string& s) {
    std::string clean = text::cleanInput(s, e.opt.multiline);
    if (clean.empty() && !e.ui.caret.hasSelection()) return;
    std::string before = e.text;
    text::Edit ed = text::insert(e.text, e.ui.caret, clean);
    noteEdit(e, ed, before, false);
}

void typedCharacters(EditContext& e) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.InputQueueCharacters.Size == 0) return;
    // Ctrl+letter is a command, not text (AltGr, which is Ctrl+Alt, types).
    bool ignore = io.KeyCtrl && !io.KeyAlt;
    // ImGui's queue and ours hold the same characters in the same order
    // (ours whole); a queue ImGui filled some other way is read as it is.
    const std::vector<uint32_t>& whole = e.ui.typedThisFrame;
    const bool matches = whole.size() == size_t(io.InputQueueCharacters.Size);
    std::string typed;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        uint32_t c = io.InputQueueCharacters[i];
        if (matches && c == IM_UNICODE_CODEPOINT_INVALID && whole[size_t(i)] > IM_UNICODE_CODEPOINT_MAX)
            c = whole[size_t(i)];
        if (ignore || c == '\t' || c < 0x20 || c == 0x7F) continue;
        typed += text::encodeUtf8(c);
    }
    io.InputQueueCharacters.resize(0);
    e.ui.typedThisFrame.clear();
    if (!typed.empty()) insertText(e, typed);
}

}  // namespace

void beginTypedCharacters(TextEditorUi& ui) {
    ui.typedThisFrame.clear();  // ImGui drops its own queue at the end of each frame
}

void feedTypedCharacter(TextEditorUi& ui, uint32_t codepoint) {
    if (codepoint == 0) return;  // ImGui ignores it too: the queues stay in step
    ImGui::GetIO().AddInputCharacter(codepoint);
    ui.typedThisFrame.push_back(codepoint);
}

namespace {

void moveCaret(EditContext& e, Motion m, bool extend) {
    text::move(e.text, e.layout, e.measure, e.ui.caret, m, extend, e.pageLines);
    e.ui.caretMoved = true;
    e.ui.movedSinceEdit = true;
}

void commandKeys(EditContext& e) {
    ImGuiIO& io = ImGui::GetIO();
    bool ctrl = io.KeyCtrl, shift = io.KeyShift;
    Caret& c = e.ui.caret;
    if (keyPressed(ImGuiKey_LeftArrow))
        moveCaret(e, ctrl ? Motion::WordLeft : Motion::Left, shift);
    else if (keyPressed(ImGuiKey_RightArrow))
        moveCaret(e, ctrl ? Motion::WordRight : Motion::Right, shift);
    else if (keyPressed(ImGuiKey_UpArrow))
        moveCaret(e, Motion::Up, shift);
    else if (keyPressed(ImGuiKey_DownArrow))
        moveCaret(e, Motion::Down, shift);
    else if (keyPressed(ImGuiKey_Home))
        moveCaret(e, ctrl ? Motion::TextStart : Motion::LineStart, shift);
    else if (keyPressed(ImGuiKey_End))
        moveCaret(e, ctrl ? Motion::TextEnd : Motion::LineEnd, shift);
    else if (keyPressed(ImGuiKey_PageUp))
        moveCaret(e, Motion::PageUp, shift);
    else if (keyPressed(ImGuiKey_PageDown))
        moveCaret(e, Motion::PageDown, shift);
    else if (keyPressed(ImGuiKey_Backspace) || keyPressed(ImGuiKey_Delete)) {
        bool back = keyPressed(ImGuiKey_Backspace);
        std::string before = e.text;
        text::Edit ed = back ? text::eraseBackward(e.text, c, ctrl) : text::eraseForward(e.text, c, ctrl);
        noteEdit(e, ed, before, true);
    } else if (keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter)) {
        if (e.opt.multiline && !ctrl) {
            e.result.newUndoStep = true;  // a new paragraph is a new step
            insertText(e, "\n");
            e.result.newUndoStep = true;
        } else {
            e.result.submitted = true;
        }
    } else if (ctrl && !io.KeyAlt && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_A), false)) {
        text::selectAll(e.text, c);
        e.ui.caretMoved = true;
        e.ui.movedSinceEdit = true;  // what is typed over it is a step of its own
    } else if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_C), false)) {
        if (c.hasSelection()) ImGui::SetClipboardText(text::selectedText(e.text, c).c_str());
    } else if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_X), false)) {
        if (c.hasSelection()) {
            ImGui::SetClipboardText(text::selectedText(e.text, c).c_str());
            std::string before = e.text;
            text::Edit ed = text::eraseBackward(e.text, c);
            noteEdit(e, ed, before, true);
        }
    } else if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_V), false)) {
        if (const char* clip = ImGui::GetClipboardText()) {
            e.result.newUndoStep = true;  // a paste is a step of its own
            insertText(e, clip);
            e.result.newUndoStep = true;
        }
    }
}

// [SECTION] mouse: caret, selection, scrolling

size_t positionAt(const std::string& text, const Layout& layout, const text::Measure& measure, const Geometry& g,
                  float scrollY, ImVec2 mouse) {
    float y = mouse.y - g.textMin.y + scrollY;
    long line = long(std::floor(y / g.lineH));
    line = std::clamp(line, 0L, long(layout.lineCount()) - 1);
    return layout.posAt(text, size_t(line), mouse.x - g.textMin.x, measure);
}

void keepCaretInView(TextEditorUi::Cached& box, const Layout& layout, const Geometry& g, size_t caretLine) {
    float top = float(caretLine) * g.lineH;
    if (top < box.scrollY) box.scrollY = top;
    if (top + g.lineH > box.scrollY + g.viewH) box.scrollY = top + g.lineH - g.viewH;
    box.scrollY = std::clamp(box.scrollY, 0.f, g.maxScroll());
    (void)layout;
}

// [SECTION] drawing

struct DrawInput {
    const std::string& text;
    const Layout& layout;
    const text::Measure& measure;
    const Geometry& g;
    float scrollY;
    const EditorOptions& opt;
    bool active;
    const Caret* caret;
};

// One visual line, split where the spans colour it.
void drawLineText(ImDrawList* dl, const DrawInput& in, const text::VisualLine& l, ImVec2 pos) {
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    ImU32 normal = ImGui::GetColorU32(ImGuiCol_Text);
    size_t p = l.begin;
    float x = pos.x;
    auto advance = [&](size_t from, size_t to) {
        float w = 0;
        for (size_t q = from; q < to;) {
            size_t len = 0;
            uint32_t cp = text::decodeAt(in.text, q, &len);
            w += in.measure(cp);
            q += len;
        }
        return w;
    };
    while (p < l.end) {
        const EditorSpan* span = nullptr;
        size_t next = l.end;
        if (in.opt.spans) {
            for (const EditorSpan& s : *in.opt.spans) {
                if (s.begin <= p && p < s.end) {
                    span = &s;
                    next = std::min(next, s.end);
                } else if (s.begin > p) {
                    next = std::min(next, s.begin);
                }
            }
        }
        next = std::min(next, l.end);
        const char* b = in.text.data() + p;
        const char* e = in.text.data() + next;
        dl->AddText(font, size, ImVec2(x, pos.y), span ? span->color : normal, b, e);
        float w = advance(p, next);
        if (span && span->underline != EditorSpan::Underline::None) {
            // Under the letters, not the spaces after them.
            size_t lettersEnd = next;
            while (lettersEnd > p && in.text[lettersEnd - 1] == ' ') --lettersEnd;
            float s = size / 17.0f;
            drawUnderline(dl, x, x + advance(p, lettersEnd), pos.y + size - 0.5f * s, span->color,
                          span->underline == EditorSpan::Underline::Wavy ? Underline::Wavy : Underline::Straight, s);
        }
        x += w;
        p = next;
    }
}

void drawBox(const DrawInput& in, ImGuiID id, bool hovered) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiStyle& st = ImGui::GetStyle();
    const Geometry& g = in.g;
    ImU32 bg = ImGui::GetColorU32(in.active ? ImGuiCol_FrameBgActive
                                  : hovered ? ImGuiCol_FrameBgHovered
                                            : ImGuiCol_FrameBg);
    dl->AddRectFilled(g.frame.Min, g.frame.Max, bg, st.FrameRounding);
    if (in.active)
        dl->AddRect(g.frame.Min, g.frame.Max, ImGui::GetColorU32(ImGuiCol_NavHighlight, 0.8f), st.FrameRounding, 0,
                    std::max(1.f, ImGui::GetFontSize() / 12.f));
    else
        ImGui::RenderNavHighlight(g.frame, id);

    ImRect clip(g.textMin.x - 1, g.frame.Min.y + st.FramePadding.y * 0.5f,
                g.frame.Max.x - st.FramePadding.x * 0.5f - g.scrollbarW, g.frame.Max.y - st.FramePadding.y * 0.5f);
    dl->PushClipRect(clip.Min, clip.Max, true);
    if (in.text.empty() && !in.opt.hint.empty())
        drawHint(dl, g.textMin, in.opt.hint.c_str(), g.frame.GetWidth() - st.FramePadding.x * 2 - g.scrollbarW);
    const auto& lines = in.layout.lines();
    size_t first = size_t(std::max(0.f, std::floor(in.scrollY / g.lineH)));
    size_t last = std::min(lines.size(), size_t(std::ceil((in.scrollY + g.viewH) / g.lineH)) + 1);
    bool selection = in.active && in.caret && in.caret->hasSelection();
    for (size_t i = first; i < last; ++i) {
        const text::VisualLine& l = lines[i];
        ImVec2 pos(g.textMin.x, g.textMin.y + float(i) * g.lineH - in.scrollY);
        if (selection) {
            size_t sb = std::max(in.caret->selBegin(), l.begin), se = std::min(in.caret->selEnd(), l.next);
            if (sb < se || (in.caret->selBegin() <= l.begin && in.caret->selEnd() > l.end)) {
                float x0 = in.layout.xOf(in.text, sb, in.measure);
                float x1 = se > l.end ? l.width + in.measure(' ') : in.layout.xOf(in.text, se, in.measure);
                dl->AddRectFilled(ImVec2(pos.x + x0, pos.y), ImVec2(pos.x + x1, pos.y + g.lineH),
                                  ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
            }
        }
        drawLineText(dl, in, l, pos);
    }
    if (in.active && in.caret) {
        size_t line = in.layout.lineOf(in.caret->pos);
        float x =
            std::min(in.layout.xOf(in.text, in.caret->pos, in.measure), g.frame.GetWidth() - st.FramePadding.x * 2);
        ImVec2 top(g.textMin.x + x, g.textMin.y + float(line) * g.lineH - in.scrollY);
        dl->AddLine(top, ImVec2(top.x, top.y + g.lineH), ImGui::GetColorU32(ImGuiCol_Text),
                    std::max(1.f, ImGui::GetFontSize() / 11.f));
    }
    dl->PopClipRect();
    if (g.scrollbarW > 0) {
        // A thin bar: where the view is in the text.
        float trackTop = g.frame.Min.y + st.FramePadding.y, trackH = g.frame.GetHeight() - st.FramePadding.y * 2;
        float thumbH = std::max(trackH * g.viewH / g.contentH, g.lineH);
        float thumbTop = trackTop + (trackH - thumbH) * (g.maxScroll() > 0 ? in.scrollY / g.maxScroll() : 0);
        float x = g.frame.Max.x - g.scrollbarW * 0.75f;
        dl->AddRectFilled(ImVec2(x, thumbTop), ImVec2(x + g.scrollbarW * 0.5f, thumbTop + thumbH),
                          ImGui::GetColorU32(ImGuiCol_ScrollbarGrab), g.scrollbarW * 0.25f);
    }
}

void spanTooltip(const DrawInput& in, ImVec2 mouse, size_t pos) {
    if (!in.opt.spans) return;
    (void)mouse;
    for (const EditorSpan& s : *in.opt.spans)
        if (!s.tooltip.empty() && s.begin <= pos && pos < s.end) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
            ImGui::TextUnformatted(s.tooltip.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
            return;
        }
}

}  // namespace

// [SECTION] the widget

// How far a hint's glyphs lean: their tops move right by this much of the
// font's size (a faux italic: the house font loads no italic face).
constexpr float kHintSlant = 0.2f;

void drawHint(ImDrawList* dl, ImVec2 pos, const char* text, float wrapWidth) {
    const float size = ImGui::GetFontSize();
    const int first = dl->VtxBuffer.Size;
    // Narrower by the lean, so a wrapped line's last glyph stays in the box.
    dl->AddText(ImGui::GetFont(), size, pos, ImGui::GetColorU32(ImGuiCol_TextDisabled), text, nullptr,
                wrapWidth > 0 ? std::max(size, wrapWidth - size * kHintSlant) : 0.f);
    // Each glyph is one quad of four vertices: lean it about the foot of
    // its own line.
    for (int q = first; q + 4 <= dl->VtxBuffer.Size; q += 4) {
        float mid = 0;
        for (int i = q; i < q + 4; ++i) mid += dl->VtxBuffer[i].pos.y / 4;
        const float foot = pos.y + (std::floor((mid - pos.y) / size) + 1) * size;
        for (int i = q; i < q + 4; ++i) dl->VtxBuffer[i].pos.x += (foot - dl->VtxBuffer[i].pos.y) * kHintSlant;
    }
}

void hintOverLastItem(const char* text, bool empty) {
    if (!empty || !text || !*text) return;
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, max, true);
    drawHint(dl, ImVec2(min.x + st.FramePadding.x, min.y + st.FramePadding.y), text, 0);
    dl->PopClipRect();
}

bool editorActive(const TextEditorUi& ui) {
    if (ui.activeKey.empty()) return false;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return g.ActiveId != 0 && g.ActiveId == ui.activeId;
}

void endEditorFrame(TextEditorUi& ui) {
    ++ui.frame;
    for (auto it = ui.boxes.begin(); it != ui.boxes.end();) {
        if (it->second.usedFrame + 600 < ui.frame && it->first != ui.activeKey)
            it = ui.boxes.erase(it);
        else
            ++it;
    }
}

namespace {

// The box's lines for `width`, with room for a thin scrollbar when there are
// more lines than it shows.
void layoutBox(TextEditorUi::Cached& box, const std::string& text, float width, const text::Measure& measure,
               const EditorOptions& opt, Geometry& geo) {
    const ImGuiStyle& st = ImGui::GetStyle();
    float inner = width - st.FramePadding.x * 2;
    box.layout.build(text, inner, measure);
    geo.scrollbarW = 0;
    if (int(box.layout.lineCount()) > opt.maxLines) {
        geo.scrollbarW = std::max(6.f, st.ScrollbarSize * 0.6f);
        box.layout.build(text, inner - geo.scrollbarW, measure);
    }
    box.text = text;
    box.width = width;
    box.fontSize = ImGui::GetFontSize();
}

// The box grows with its text from minLines to maxLines, then scrolls.
void sizeBox(const TextEditorUi::Cached& box, const EditorOptions& opt, Geometry& geo) {
    int shown = std::clamp(int(box.layout.lineCount()), std::max(1, opt.minLines), std::max(1, opt.maxLines));
    geo.viewH = float(shown) * geo.lineH;
    geo.contentH = float(box.layout.lineCount()) * geo.lineH;
}

// Taking the keyboard happens on this frame, never the next: a key typed on
// the frame of the click lands in the box. A click, Tab or Enter (ImGui's
// nav) or focusEditor() asks for it.
void takeKeyboardWhenAsked(TextEditorUi& ui, const std::string& key, ImGuiID id, const std::string& text, bool clicked,
                           bool wasActive, EditorResult& result) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    bool byNav = !wasActive && (g.NavActivateInputId == id || g.NavActivateId == id);
    bool byRequest = ui.focusRequest == key;
    if (!clicked && !byNav && !byRequest) return;
    if (!wasActive) {
        takeKeyboard(id, ImGui::GetCurrentWindow());
        ui.activeKey = key;
        ui.activeId = id;
        ui.lastText = text;
        ui.caret = Caret{};
        ui.caret.pos = ui.caret.anchor = text.size();
        ui.lastEditWasDelete = false;
        ui.movedSinceEdit = true;
        result.activated = true;
    }
    if (byRequest) ui.focusRequest.clear();
    ui.caretMoved = true;
}

// A click places the caret (Shift extends, a double click takes the word, a
// triple the paragraph); dragging selects, scrolling past either edge.
void mouseSelect(TextEditorUi& ui, TextEditorUi::Cached& box, const std::string& text, const text::Measure& measure,
                 const Geometry& geo, bool clicked) {
    ImGuiIO& io = ImGui::GetIO();
    if (clicked) {
        size_t at = positionAt(text, box.layout, measure, geo, box.scrollY, io.MousePos);
        int count = io.MouseClickedCount[0];
        if (count >= 3)
            text::selectParagraphAt(text, ui.caret, at);
        else if (count == 2)
            text::selectWordAt(text, ui.caret, at);
        else {
            ui.caret.pos = at;
            if (!io.KeyShift) ui.caret.anchor = at;
            ui.caret.preferredX = -1;
            ui.selecting = true;
        }
        ui.movedSinceEdit = true;
    } else if (ui.selecting && io.MouseDown[0]) {
        if (io.MousePos.y < geo.frame.Min.y) box.scrollY -= geo.lineH * 0.5f;
        if (io.MousePos.y > geo.frame.Max.y) box.scrollY += geo.lineH * 0.5f;
        box.scrollY = std::clamp(box.scrollY, 0.f, geo.maxScroll());
        size_t at = positionAt(text, box.layout, measure, geo, box.scrollY, io.MousePos);
        if (at != ui.caret.pos) {
            ui.caret.pos = at;
            ui.caret.preferredX = -1;
        }
    }
    if (!io.MouseDown[0]) ui.selecting = false;
}

// Scrolling inside the box: the wheel, and the caret kept in view (in the
// box, and the box's caret line in the page).
void scrollBox(TextEditorUi& ui, TextEditorUi::Cached& box, const Geometry& geo, bool hovered, bool active) {
    ImGuiIO& io = ImGui::GetIO();
    if (hovered && io.MouseWheel != 0 && geo.maxScroll() > 0) {
        float before = box.scrollY;
        box.scrollY = std::clamp(box.scrollY - io.MouseWheel * geo.lineH * 3, 0.f, geo.maxScroll());
        if (box.scrollY != before) io.MouseWheel = 0;  // at either end the page scrolls instead
    }
    box.scrollY = std::clamp(box.scrollY, 0.f, geo.maxScroll());
    if (!active || !ui.caretMoved) return;
    size_t line = box.layout.lineOf(ui.caret.pos);
    keepCaretInView(box, box.layout, geo, line);
    const ImGuiStyle& st = ImGui::GetStyle();
    float top = geo.textMin.y + float(line) * geo.lineH - box.scrollY;
    ImRect caretRect(ImVec2(geo.frame.Min.x, top - st.FramePadding.y),
                     ImVec2(geo.frame.Max.x, top + geo.lineH + st.FramePadding.y));
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (!window->InnerClipRect.Contains(caretRect))
        ImGui::ScrollToRect(window, caretRect, ImGuiScrollFlags_KeepVisibleEdgeY);
    ui.caretMoved = false;
}

// The box in the window map (DOORWAY_UI_MAP), for the window tests.
void mapBox(const EditorOptions& opt, const Geometry& geo, const TextEditorUi::Cached& box, const std::string& text,
            bool active) {
    if (!opt.map || !opt.map->enabled() || opt.mapId.empty()) return;
    UiMapItem item;
    item.id = opt.mapId;
    item.kind = "text";
    item.label = opt.mapLabel;
    item.min = geo.frame.Min;
    item.max = geo.frame.Max;
    item.lines = int(std::min(box.layout.lineCount(), size_t(std::max(1, opt.maxLines))));
    item.focused = active;
    item.chars = long(text.size());
    opt.map->add(std::move(item));
}

// Leaves the box: the keyboard goes elsewhere.
void leaveBox(TextEditorUi& ui, EditorResult& result) {
    ImGui::ClearActiveID();
    ui.activeKey.clear();
    result.deactivated = true;
}

}  // namespace

EditorResult textEditor(TextEditorUi& ui, const std::string& key, std::string& text, float width,
                        const EditorOptions& opt) {
    EditorResult result;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return result;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImGuiID id = window->GetID(key.c_str());
    TextEditorUi::Cached& box = ui.boxes[key];
    box.usedFrame = ui.frame;

    const float fontSize = ImGui::GetFontSize();
    text::Measure measure = measureFor(ImGui::GetFont(), fontSize, ui.unshownGlyphs);
    width = std::max(width, fontSize * 4);
    Geometry geo;
    geo.lineH = ImGui::GetTextLineHeight();
    if (box.width != width || box.fontSize != fontSize || box.text != text)
        layoutBox(box, text, width, measure, opt, geo);
    else if (int(box.layout.lineCount()) > opt.maxLines)
        geo.scrollbarW = std::max(6.f, st.ScrollbarSize * 0.6f);
    sizeBox(box, opt, geo);
    ImVec2 pos = window->DC.CursorPos;
    geo.frame = ImRect(pos, ImVec2(pos.x + width, pos.y + geo.viewH + st.FramePadding.y * 2));
    geo.textMin = ImVec2(pos.x + st.FramePadding.x, pos.y + st.FramePadding.y);

    ImGui::ItemSize(geo.frame, st.FramePadding.y);
    bool wasActive = ui.activeKey == key && g.ActiveId == id;
    if (ui.activeKey == key && g.ActiveId != id) {
        // Esc, Tab, a click elsewhere or another box took the keyboard.
        ui.activeKey.clear();
        ui.selecting = false;
        result.deactivated = true;
    }
    if (!ImGui::ItemAdd(geo.frame, id, nullptr, ImGuiItemFlags_Inputable)) {
        if (ui.focusRequest == key) ImGui::SetScrollHereY(0.3f);  // off screen: bring it here, activate next frame
        return result;
    }
    bool hovered = ImGui::ItemHoverable(geo.frame, id);
    if (hovered) g.MouseCursor = ImGuiMouseCursor_TextInput;
    const size_t pageLines = size_t(std::max(1.f, geo.viewH / geo.lineH - 1));

    bool clicked = hovered && io.MouseClicked[0];
    takeKeyboardWhenAsked(ui, key, id, text, clicked, wasActive, result);
    bool active = ui.activeKey == key && g.ActiveId == id;
    if (active && io.MouseClicked[0] && !hovered && !result.activated) {
        leaveBox(ui, result);  // a click outside the box: done writing here
        active = false;
    }

    if (active) {
        g.ActiveIdAllowOverlap = !io.MouseDown[0];
        g.WantTextInputNextFrame = 1;
        if (text != ui.lastText) {  // undo, another view
            text::followExternalChange(ui.lastText, text, ui.caret);
            // Once: following it again next frame would put back a caret
            // the person has moved since (End or Ctrl+A right after Ctrl+Z).
            ui.lastText = text;
        }
        if (ui.caret.pos > text.size() || ui.caret.anchor > text.size()) ui.caret = Caret{text.size(), text.size()};
        EditContext e{ui, text, box.layout, measure, opt, pageLines, result};
        mouseSelect(ui, box, text, measure, geo, clicked);
        typedCharacters(e);
        commandKeys(e);
        if (result.changed) {
            ui.lastText = text;
            layoutBox(box, text, width, measure, opt, geo);
            sizeBox(box, opt, geo);
        }
        if (result.submitted && !opt.multiline) {
            leaveBox(ui, result);
            active = false;
        }
    }
    scrollBox(ui, box, geo, hovered, active);

    DrawInput in{text, box.layout, measure, geo, box.scrollY, opt, active, active ? &ui.caret : nullptr};
    drawBox(in, id, hovered);
    if (hovered && !ui.selecting && !io.MouseDown[0] && opt.spans) {
        size_t at = positionAt(text, box.layout, measure, geo, box.scrollY, io.MousePos);
        spanTooltip(in, io.MousePos, at);
    }
    mapBox(opt, geo, box, text, active);
    result.active = active;
    return result;
}

}  // namespace doorway
