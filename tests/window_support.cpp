#include "window_support.hpp"

namespace doorway::test {

std::string answerIn(const std::string& file) {
    json::value v = json::parse(readText(file));
    const json::value* a = v.at("answers").as_object().if_contains("their_picture");
    if (!a) return "";
    const json::value* w = a->as_object().if_contains("their_words");
    return w && w->is_string() ? std::string(w->get_string()) : "";
}

std::string exampleCopy(const TempDir& dir, const std::string& name) {
    std::string wb = dir.file(name);
    fs::copy_file(sourcePath("workbooks/example.json"), wb);
    return wb;
}

std::vector<std::string> focusedIds(WindowApp& app) {
    std::vector<std::string> out;
    json::object m = app.map();
    if (const json::value* items = m.if_contains("items"))
        for (const json::value& v : items->as_array())
            if (v.at("focused").as_bool()) out.emplace_back(v.at("id").as_string());
    return out;
}

bool anyVisible(const json::object& map, const std::string& prefix) {
    const json::value* items = map.if_contains("items");
    if (!items) return false;
    for (const json::value& v : items->as_array()) {
        const json::object& o = v.as_object();
        if (std::string(o.at("id").as_string()).rfind(prefix, 0) == 0 && o.contains("visible") &&
            o.at("visible").as_bool())
            return true;
    }
    return false;
}

bool wholeOnScreen(const MapItem& it, double bottom) {
    return it.visible && it.y >= 0 && it.y + it.h <= bottom;
}

bool waitForChars(WindowApp& app, const std::string& id, long chars, double seconds) {
    return app.waitFor(
        [&](const json::object&) {
            auto box = app.item(id);
            return box && box->chars == chars;
        },
        seconds);
}

bool typeInAnyScript(WindowApp& app, const std::string& id, const std::string& text) {
    auto box = app.waitForItem(id);
    if (!box) return false;
    app.click(box->x + 20, box->cy());
    sleepFor(0.3);
    if (!app.mapKeysFor(text)) return false;
    app.type(text);
    return waitForChars(app, id, long(text.size()));
}

std::string waitForStatus(WindowApp& app, const std::string& part, double seconds) {
    std::string said;
    app.waitFor(
        [&](const json::object&) {
            auto it = app.item("status/message");
            if (it) said = it->label;  // the last thing said, if it fades
            return said.find(part) != std::string::npos;
        },
        seconds);
    return said;
}

bool statusSays(WindowApp& app, const std::string& part, double seconds) {
    return waitForStatus(app, part, seconds).find(part) != std::string::npos;
}

}  // namespace doorway::test
