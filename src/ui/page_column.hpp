#pragma once
// One content width rule for every page (worksheets, home, rehearsal,
// role-play, takes): a readable measure, centred in the space beside the
// sidebar, with a margin that grows with the window. app_frame applies it
// around whatever page is drawn, so text wrapping, text boxes, tables,
// charts and child windows that ask for the available width all get the
// column, from 800x600 to 2560x1440 at any scale.
#include <functional>

namespace doorway {

struct PageColumn {
    float indent = 0;  // from the content area's left edge to the column
    float width = 0;   // the column itself
};

// The column for a content area `avail` pixels wide, text of `fontSize`
// pixels and a UI scale of `scale`: at most about 50 ems (a readable line
// at any text size), at least what fits, centred.
PageColumn pageColumn(float avail, float fontSize, float scale);

// Narrows the current window's work area to the column until destroyed
// (ImGui's available width, wrapping and tables follow it).
class ColumnScope {
public:
    explicit ColumnScope(const PageColumn& column);
    ~ColumnScope();
    ColumnScope(const ColumnScope&) = delete;
    ColumnScope& operator=(const ColumnScope&) = delete;

private:
    float m_indent, m_workMax, m_contentMax;
};

// SameLine() when an item `width` pixels wide still fits on the line
// beside the last one; otherwise the item starts a new line (a row of
// buttons wraps at 800x600 instead of running off the side).
bool sameLineIfRoom(float width);

// Two parts side by side (a table of two stretched columns weighted
// `leftWeight`:`rightWeight`) when the narrower gets at least `minEms` ems,
// else one under the other: with big text on a small screen a side column
// of a few letters broke its words one syllable a line.
void sideBySide(const char* id, float leftWeight, float rightWeight, float minEms, const std::function<void()>& left,
                const std::function<void()>& right);

// A horizontal rule across the column (ImGui's Separator spans the whole
// window, past the column's edges).
void columnSeparator();

}  // namespace doorway
