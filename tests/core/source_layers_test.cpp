// The layers and the knots between views, kept true by a test:
//   app -> ui -> print / speech / seal -> core, never the other way;
//   core has no ImGui, GLFW or OpenGL; libsodium only under src/seal;
//   and no two files of src/ui include each other, directly or around a
//   circle (a view includes what it uses; what two views share lives in a
//   third file both include).
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using doorway::test::readText;
using doorway::test::sourcePath;

namespace {

struct Include {
    std::string file;  // src/ui/rehearsal_view.cpp
    std::string target;
};

std::vector<Include> includesUnder(const std::string& dir) {
    static const std::regex line(R"(^\s*#\s*include\s*[<"]([^">]+)[">])");
    std::vector<Include> out;
    for (const auto& e : fs::recursive_directory_iterator(sourcePath(dir))) {
        if (!e.is_regular_file()) continue;
        std::string rel = fs::relative(e.path(), sourcePath("")).generic_string();
        std::string text = readText(e.path().string());
        size_t pos = 0;
        while (pos < text.size()) {
            size_t end = text.find('\n', pos);
            if (end == std::string::npos) end = text.size();
            std::smatch m;
            std::string l = text.substr(pos, end - pos);
            if (std::regex_search(l, m, line)) out.push_back({rel, m[1]});
            pos = end + 1;
        }
    }
    return out;
}

// "src/ui/rehearsal_view.cpp" and "ui/rehearsal_view.hpp" are one module.
std::string moduleOf(const std::string& path) {
    return fs::path(path).stem().string();
}

// A circle through the include graph, as "a -> b -> a", or "".
std::string findCycle(const std::map<std::string, std::set<std::string>>& edges) {
    std::map<std::string, int> state;  // 0 new, 1 on the path, 2 done
    std::vector<std::string> path;
    std::string found;
    std::function<bool(const std::string&)> visit = [&](const std::string& n) {
        state[n] = 1;
        path.push_back(n);
        if (auto it = edges.find(n); it != edges.end()) {
            for (const std::string& next : it->second) {
                if (state[next] == 1) {
                    auto from = std::find(path.begin(), path.end(), next);
                    for (auto p = from; p != path.end(); ++p) found += *p + " -> ";
                    found += next;
                    return true;
                }
                if (state[next] == 0 && visit(next)) return true;
            }
        }
        path.pop_back();
        state[n] = 2;
        return false;
    };
    for (const auto& [n, _] : edges)
        if (state[n] == 0 && visit(n)) return found;
    return {};
}

}  // namespace

TEST_CASE("the cycle finder finds a circle and passes a tree", "[source]") {
    std::map<std::string, std::set<std::string>> tree = {{"a", {"b", "c"}}, {"b", {"c"}}};
    CHECK(findCycle(tree).empty());
    std::map<std::string, std::set<std::string>> circle = {{"a", {"b"}}, {"b", {"c"}}, {"c", {"a"}}};
    CHECK(findCycle(circle) == "a -> b -> c -> a");
}

TEST_CASE("no file in src/ui includes another that includes it back, however far round", "[source]") {
    std::map<std::string, std::set<std::string>> edges;
    int seen = 0;
    for (const Include& i : includesUnder("src/ui")) {
        if (i.target.rfind("ui/", 0) != 0) continue;
        ++seen;
        std::string from = moduleOf(i.file), to = moduleOf(i.target);
        if (from != to) edges[from].insert(to);
    }
    CHECK(seen > 40);
    std::string cycle = findCycle(edges);
    INFO("include circle: " << cycle);
    CHECK(cycle.empty());
    CHECK_FALSE(fs::exists(sourcePath("src/ui/views.hpp")));  // the header every view once shared
}

TEST_CASE("each layer includes only the layers below it, and libsodium only in src/seal", "[source]") {
    // What each folder may not include (by the include's first path part).
    const std::map<std::string, std::set<std::string>> forbidden = {
        {"src/core", {"ui", "app", "print", "speech", "seal", "imgui.h", "GLFW", "GL", "sodium.h"}},
        {"src/seal", {"ui", "app", "print", "speech"}},
        {"src/print", {"ui", "app", "speech", "imgui.h", "GLFW"}},
        {"src/speech", {"ui", "app", "print", "imgui.h", "GLFW"}},
        {"src/ui", {"app", "GLFW"}},
    };
    std::vector<std::string> problems;
    for (const auto& [dir, bad] : forbidden) {
        for (const Include& i : includesUnder(dir)) {
            std::string first = i.target.substr(0, i.target.find('/'));
            if (bad.count(first) || bad.count(i.target)) problems.push_back(i.file + " includes " + i.target);
        }
    }
    for (const char* dir : {"src/app", "src/ui", "src/print", "src/speech", "src/core"})
        for (const Include& i : includesUnder(dir))
            if (i.target == "sodium.h") problems.push_back(i.file + " includes sodium.h (only src/seal may)");
    for (const auto& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
}
