#include "ui/ui_map.hpp"

#include <imgui_internal.h>

#include <boost/json.hpp>

#include <cmath>
#include <cstdio>

namespace doorway {

namespace json = boost::json;

void UiMap::add(UiMapItem item) {
    if (!m_enabled) return;
    // Clipped by the window it is in (scrolled out of view, behind a border).
    const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
    if (w && item.kind != "tooltip") {  // a tooltip is a window of its own, on top
        ImRect clip = w->ClipRect;
        item.visible =
            item.max.x > clip.Min.x && item.min.x < clip.Max.x && item.max.y > clip.Min.y && item.min.y < clip.Max.y;
    }
    m_items.push_back(std::move(item));
}

void UiMap::addLastItem(const std::string& id, const char* kind, const std::string& label) {
    if (!m_enabled) return;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    UiMapItem item;
    item.id = id;
    item.kind = kind;
    item.label = label;
    item.min = ImGui::GetItemRectMin();
    item.max = ImGui::GetItemRectMax();
    ImGuiID itemId = g.LastItemData.ID;
    item.focused = itemId != 0 && (g.ActiveId == itemId || (g.NavId == itemId && !g.NavDisableHighlight));
    add(std::move(item));
}

void UiMap::addUnmappedFocus() {
    if (!m_enabled) return;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId == 0 || g.NavDisableHighlight || !g.NavWindow) return;
    for (const UiMapItem& it : m_items)
        if (it.focused) return;
    char id[32];
    std::snprintf(id, sizeof id, "unmapped/%08x", unsigned(g.NavId));
    ImRect r = g.NavWindow->NavRectRel[g.NavLayer];
    ImVec2 origin = ImVec2(g.NavWindow->Pos.x - g.NavWindow->Scroll.x, g.NavWindow->Pos.y - g.NavWindow->Scroll.y);
    UiMapItem item;
    item.id = id;
    item.kind = "unknown";
    item.min = ImVec2(origin.x + r.Min.x, origin.y + r.Min.y);
    item.max = ImVec2(origin.x + r.Max.x, origin.y + r.Max.y);
    item.focused = true;
    m_items.push_back(std::move(item));
}

namespace {
json::array itemsJson(const std::vector<UiMapItem>& items) {
    json::array out;
    for (const UiMapItem& it : items) {
        json::object o;
        o["id"] = it.id;
        o["kind"] = it.kind;
        o["label"] = it.label;
        auto r = [](float v) { return std::round(v * 10.f) / 10.f; };
        o["rect"] = json::array{r(it.min.x), r(it.min.y), r(it.max.x - it.min.x), r(it.max.y - it.min.y)};
        if (it.lines >= 0) o["lines"] = it.lines;
        if (it.chars >= 0) o["chars"] = it.chars;
        o["focused"] = it.focused;
        o["visible"] = it.visible;
        out.push_back(std::move(o));
    }
    return out;
}
}  // namespace

bool UiMap::takeChanged(bool settled) {
    if (!m_enabled) return false;
    std::string now = json::serialize(itemsJson(m_items));
    if (now == m_lastWritten && settled == m_settled) return false;
    m_lastWritten = std::move(now);
    m_settled = settled;
    return true;
}

std::string UiMap::toJson(long frame, int width, int height) const {
    json::object o;
    o["frame"] = frame;
    o["window"] = json::array{width, height};
    o["settled"] = m_settled;
    o["items"] = itemsJson(m_items);
    return json::serialize(o);
}

}  // namespace doorway
