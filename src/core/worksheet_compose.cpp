// The composer: a template's "{field}" placeholders filled from the answers
// of the same worksheet, optional "[...]" parts dropped when empty, and the
// joins tidied (see worksheet.hpp: composeTemplate, composeAsk).
#include "core/worksheet.hpp"

#include <string>
#include <vector>

namespace doorway {

namespace {
std::string trim(std::string s) {
    size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

std::string joinNatural(const std::vector<std::string>& parts) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
        out += parts[i];
    }
    return out;
}

// True when `mark` is a template's full stop, question or exclamation mark
// and `before` (the text so far) already ends a sentence, closing quotes
// aside: "me?" + "." must stay "me?", and "said \"why?\"" + "." too.
bool endsSentenceTwice(char mark, const std::string& before) {
    if (mark != '.' && mark != '?' && mark != '!') return false;
    size_t i = before.size();
    while (i > 0 && (before[i - 1] == '"' || before[i - 1] == '\'')) --i;
    // A curly closing quote (U+201D, U+2019) is three bytes.
    while (i >= 3 && before.compare(i - 3, 2, "\xE2\x80") == 0 && (before[i - 1] == '\x9D' || before[i - 1] == '\x99'))
        i -= 3;
    if (i == 0) return false;
    char last = before[i - 1];
    return last == '.' || last == '?' || last == '!';
}

std::string optionText(const FieldDef& f, const std::string& id) {
    const OptionDef* o = f.option(id);
    if (!o) return {};
    return o->phrase.empty() ? o->label : o->phrase;
}

std::string answerPhrase(const FieldDef& f, const WorksheetDef& def, const Workbook& wb) {
    const json::value* v = wb.answer(def.id, f.id);
    if (!v) return {};
    if (v->is_string()) {
        std::string s(v->get_string());
        if (isChoice(f.kind)) return optionText(f, s);
        s = trim(s);
        while (!s.empty() && s.back() == '.') s.pop_back();
        return trim(s);
    }
    if (v->is_int64()) return std::to_string(v->get_int64());
    if (v->is_uint64()) return std::to_string(v->get_uint64());
    if (v->is_double()) return std::to_string(int(v->get_double()));
    if (v->is_array()) {
        std::vector<std::string> parts;
        for (const auto& e : v->get_array()) {
            std::string p;
            if (e.is_string())
                p = isChoice(f.kind) ? optionText(f, std::string(e.get_string())) : trim(std::string(e.get_string()));
            else if (e.is_object()) {
                // List / dated entries: the first written cell of each row.
                for (const auto& kv : e.get_object())
                    if (kv.key() != kRowIdKey && kv.key() != "date" && kv.value().is_string() &&
                        !trim(std::string(kv.value().get_string())).empty()) {
                        p = trim(std::string(kv.value().get_string()));
                        break;
                    }
            }
            if (!p.empty()) parts.push_back(p);
        }
        return joinNatural(parts);
    }
    return {};
}
}  // namespace

std::string composeTemplate(const std::string& t, const WorksheetDef& def, const Workbook& wb) {
    std::string out, part;
    bool inOptional = false, partEmpty = false;
    auto emit = [&](const std::string& s) { (inOptional ? part : out) += s; };
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == '[' && !inOptional) {
            inOptional = true;
            part.clear();
            partEmpty = false;
        } else if (c == ']' && inOptional) {
            inOptional = false;
            if (!partEmpty) out += part;
        } else if (c == '{') {
            size_t close = t.find('}', i);
            if (close == std::string::npos) {
                emit(t.substr(i));
                break;
            }
            std::string name = t.substr(i + 1, close - i - 1);
            const FieldDef* f = def.field(name);
            std::string value = f && isShown(*f, def, wb) ? answerPhrase(*f, def, wb) : std::string();
            if (value.empty()) {
                if (inOptional)
                    partEmpty = true;
                else
                    out += "…";
            } else {
                emit(value);
            }
            i = close;
        } else if (endsSentenceTwice(c, inOptional && !part.empty() ? part : out)) {
            // An answer that already ends its sentence ("...with me?") keeps
            // its own mark; the template's "." after it would read "?.".
        } else {
            emit(std::string(1, c));
        }
    }
    if (inOptional && !partEmpty) out += part;
    // Tidy the joins a dropped part leaves behind.
    std::string tidy;
    for (char c : out) {
        if (c == ' ' && (tidy.empty() || tidy.back() == ' ')) continue;
        if ((c == '.' || c == ',' || c == '?' || c == '!') && !tidy.empty() && tidy.back() == ' ') tidy.pop_back();
        tidy += c;
    }
    // A choice's phrase is written lower-case for the middle of a sentence;
    // one that opens a sentence gets its capital.
    bool sentenceStart = true;
    for (char& c : tidy) {
        if (sentenceStart && c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        if (c == '.' || c == '?' || c == '!')
            sentenceStart = true;
        else if (c != ' ' && c != '"' && c != '\'')
            sentenceStart = false;
    }
    return trim(tidy);
}

std::string composeAsk(const WorksheetDef& def, const Workbook& wb) {
    const FieldDef* first = nullptr;
    for (const auto& f : def.fields) {
        if (f.kind != FieldKind::Composer) continue;
        if (f.invitation) return composeTemplate(f.templateText, def, wb);
        if (!first) first = &f;
    }
    return first ? composeTemplate(first->templateText, def, wb) : std::string();
}

}  // namespace doorway
