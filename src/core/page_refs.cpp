// Page names in a worksheet's words (see page_refs.hpp).
#include "core/page_refs.hpp"

namespace doorway {

namespace {
constexpr std::string_view kOpen = "{page:";
}  // namespace

bool expandPageRefs(const std::string& text, const std::map<std::string, std::string>& worksheetNames, std::string& out,
                    std::string& unknown) {
    out.clear();
    size_t from = 0;
    for (size_t at; (at = text.find(kOpen, from)) != std::string::npos;) {
        const size_t close = text.find('}', at);
        if (close == std::string::npos) {
            unknown = text.substr(at + kOpen.size());  // never closed
            return false;
        }
        const std::string id = text.substr(at + kOpen.size(), close - at - kOpen.size());
        std::string name;
        if (auto it = worksheetNames.find(id); it != worksheetNames.end()) name = it->second;
        if (name.empty()) name = std::string(practicePageName(id));
        if (name.empty()) {
            unknown = id;
            return false;
        }
        out += text.substr(from, at - from) + name;
        from = close + 1;
    }
    out += text.substr(from);
    return true;
}

std::optional<PageRefProblem> expandPageRefs(std::vector<WorksheetDef>& pages,
                                             const std::map<std::string, std::string>& worksheetNames) {
    std::optional<PageRefProblem> problem;
    auto expand = [&](const WorksheetDef& def, std::string& text, const std::string& path) {
        if (problem || text.find(kOpen) == std::string::npos) return;
        std::string out, unknown;
        if (expandPageRefs(text, worksheetNames, out, unknown)) {
            text = std::move(out);
            return;
        }
        std::string known;
        for (std::string_view k : practicePageKeys()) known += (known.empty() ? "" : ", ") + std::string(k);
        problem = PageRefProblem{def.id, path,
                                 "{page:" + unknown + "} names no page (a worksheet id, or one of " + known + ")"};
    };
    for (WorksheetDef& def : pages) {
        expand(def, def.summary, "summary");
        expand(def, def.intro, "intro");
        expand(def, def.paperIntro, "paperIntro");
        for (size_t i = 0; i < def.fields.size(); ++i) {
            FieldDef& f = def.fields[i];
            const std::string at = "fields[" + std::to_string(i) + "].";
            expand(def, f.label, at + "label");
            expand(def, f.help, at + "help");
            expand(def, f.paperHelp, at + "paperHelp");
            expand(def, f.placeholder, at + "placeholder");
            for (size_t j = 0; j < f.options.size(); ++j)
                expand(def, f.options[j].detail, at + "options[" + std::to_string(j) + "].detail");
        }
    }
    return problem;
}

}  // namespace doorway
