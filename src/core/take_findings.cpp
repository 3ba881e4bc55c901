#include "core/take_findings.hpp"

namespace doorway {

namespace {

std::string stringAt(const boost::json::object& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
}

}  // namespace

std::vector<TakeFinding> toTakeFindings(const std::vector<ScoreFinding>& findings) {
    std::vector<TakeFinding> out;
    out.reserve(findings.size());
    for (const auto& f : findings) {
        TakeFinding t;
        t.rule = f.rule;
        t.kind = f.kind;
        t.start = f.start;
        t.end = f.end;
        t.text = f.text;
        if (!f.message.empty()) t.extra["message"] = f.message;
        if (!f.suggestion.empty()) t.extra["suggestion"] = f.suggestion;
        if (f.weight != 0) t.extra["weight"] = f.weight;  // the points it moved when the take was scored
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<ScoreFinding> toScoreFindings(const std::vector<TakeFinding>& findings) {
    std::vector<ScoreFinding> out;
    out.reserve(findings.size());
    for (const auto& f : findings) {
        ScoreFinding s;
        s.rule = f.rule;
        s.kind = f.kind;
        s.start = f.start;
        s.end = f.end;
        s.text = f.text;
        s.message = stringAt(f.extra, "message");
        s.suggestion = stringAt(f.extra, "suggestion");
        if (auto it = f.extra.find("weight"); it != f.extra.end() && it->value().is_number())
            s.weight = it->value().to_number<double>();
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace doorway
