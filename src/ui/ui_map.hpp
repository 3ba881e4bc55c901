#pragma once
// A map of the window for tests that drive it with real X input.
//
// With DOORWAY_UI_MAP=FILE set, after each drawn frame whose items changed
// the window rewrites FILE (atomically) as
//   {"frame": N, "window": [w, h], "settled": true|false,
//    "items": [{"id", "kind", "label", "rect": [x, y, w, h], "lines", "focused", "visible"}]}
// with rects in window pixels as X pointer events see them. Ids are stable
// paths (nav/<worksheet>, answer/<worksheet>/<field>[/<row>/<column>],
// button/<view>/<name>, menu/<menu>/<item>). Views add their items through
// this; unset, every call returns at once and nothing is kept. "settled"
// is false while the loop still draws frames on its own (a page's first
// frames move things): a test clicks what it found only once it is true,
// however slowly a loaded machine draws those frames.
#include <imgui.h>

#include <string>
#include <vector>

namespace doorway {

struct UiMapItem {
    std::string id;
    std::string kind;   // answer, button, nav, menu, checkbox, ...
    std::string label;  // what a person reads on it
    ImVec2 min, max;
    int lines = -1;   // text fields: visual lines shown now
    long chars = -1;  // text fields: bytes of text in the box (a test sees a key land)
    bool focused = false;
    bool visible = true;
};

class UiMap {
public:
    bool enabled() const { return m_enabled; }
    void setEnabled(bool on) { m_enabled = on; }
    // Starts a frame's list.
    void beginFrame() { m_items.clear(); }
    void add(UiMapItem item);
    // The item ImGui just drew (GetItemRect*), focused when it has keyboard
    // focus or the keyboard highlight.
    void addLastItem(const std::string& id, const char* kind, const std::string& label);
    // Where the keyboard is when no mapped item has it: an "unmapped/<id>"
    // item at ImGui's focus rectangle, so a test still sees the focus move
    // (and the id says an item is missing from the map). Call at frame end.
    void addUnmappedFocus();
    // True (once) when this frame's items, or whether the loop has settled,
    // differ from the last written.
    bool takeChanged(bool settled);
    std::string toJson(long frame, int width, int height) const;
    const std::vector<UiMapItem>& items() const { return m_items; }

private:
    bool m_enabled = false;
    std::vector<UiMapItem> m_items;
    std::string m_lastWritten;  // the items part of the last JSON written
    bool m_settled = false;     // ... and its "settled"
};

}  // namespace doorway
