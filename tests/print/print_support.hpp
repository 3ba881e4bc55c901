#pragma once
// Helpers for the print tests: PDF text and page facts through poppler's
// command-line tools, normalising text so line breaks and hyphenation
// inserted by the layout do not matter, and every answer a workbook holds
// (found generically, whatever the worksheets are).
#include "core/storage.hpp"
#include "core/worksheet.hpp"
#include "print/export.hpp"
#include "support.hpp"

#include <cstdio>
#include <cstring>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace doorway::test {

inline std::string runCapture(const std::string& cmd) {
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
    return out;
}

inline std::string pdfText(const std::string& pdfPath) {
    return runCapture("pdftotext -enc UTF-8 " + quote(pdfPath) + " - 2>/dev/null");
}

struct PdfFacts {
    int pages = 0;
    double width = 0, height = 0;
};

inline PdfFacts pdfFacts(const std::string& pdfPath) {
    PdfFacts f;
    std::string info = runCapture("pdfinfo " + quote(pdfPath) + " 2>/dev/null");
    if (auto at = info.find("Pages:"); at != std::string::npos) f.pages = std::atoi(info.c_str() + at + 6);
    if (auto at = info.find("Page size:"); at != std::string::npos)
        std::sscanf(info.c_str() + at + 10, " %lf x %lf", &f.width, &f.height);
    return f;
}

// Drops whitespace and hyphens (the layout may break a line anywhere, and
// pdftotext may add or keep a hyphen there), decodes the few HTML entities
// the exporter writes and Markdown's backslash escapes.
inline std::string norm(const std::string& s) {
    std::string t;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '-' || c == '\\') continue;
        // U+00AD soft hyphen, U+2010 hyphen
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
            ++i;
            continue;
        }
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            static_cast<unsigned char>(s[i + 2]) == 0x90) {
            i += 2;
            continue;
        }
        t += char(c);
    }
    std::string out;
    for (size_t i = 0; i < t.size(); ++i) {
        static const std::pair<const char*, char> ents[] = {
            {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
        bool done = false;
        if (t[i] == '&')
            for (const auto& [e, ch] : ents)
                if (t.compare(i, std::strlen(e), e) == 0) {
                    out += ch;
                    i += std::strlen(e) - 1;
                    done = true;
                    break;
                }
        if (done) continue;
        // <br> from Markdown table cells stands for a line break
        if (t.compare(i, 4, "<br>") == 0) {
            i += 3;
            continue;
        }
        out += t[i];
    }
    return out;
}

struct ExpectedText {
    std::string where;  // for messages
    std::string text;
    bool freeText = false;  // typed by the user (not an option label)
};

inline void addText(std::vector<ExpectedText>& out, const std::string& where, const std::string& text, bool free) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;
    out.push_back({where, text, free});
}

inline void collectValue(std::vector<ExpectedText>& out, const std::string& where, const FieldDef* f,
                         const json::value& v) {
    if (v.is_string()) {
        std::string s(v.get_string());
        const OptionDef* o = f ? f->option(s) : nullptr;
        if (o)
            addText(out, where, o->label, false);
        else
            addText(out, where, s, true);
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.get_array().size(); ++i)
            collectValue(out, where + "[" + std::to_string(i) + "]", f, v.get_array()[i]);
    } else if (v.is_object()) {
        for (const auto& kv : v.get_object()) {
            std::string key(kv.key());
            // List rows and dated entries keep an internal row id; it is not
            // the user's words.
            if (key == kRowIdKey && f && (f->kind == FieldKind::List || f->kind == FieldKind::DatedEntries)) continue;
            collectValue(out, where + "." + key, nullptr, kv.value());
        }
    }
}

// Every answer a reader should find on paper, for the worksheets that are
// printed by default (or those in `only`), plus the tracker, the doors log
// and the best take.
inline std::vector<ExpectedText> workbookTexts(const WorksheetCatalog& catalog, const Workbook& wb,
                                               const std::set<std::string>& only = {}) {
    std::vector<ExpectedText> out;
    bool trackerShown = false, doorsShown = false;
    for (const auto& ws : catalog.worksheets()) {
        bool included = only.empty() ? !ws.privateByDefault : only.count(ws.id) > 0;
        if (!included) continue;
        for (const auto& f : ws.fields) {
            trackerShown = trackerShown || f.kind == FieldKind::Tracker;
            doorsShown = doorsShown || f.kind == FieldKind::DoorLog;
        }
        auto it = wb.answers.find(ws.id);
        if (it == wb.answers.end()) continue;
        for (const auto& [fieldId, value] : it->second) {
            const FieldDef* f = ws.field(fieldId);
            if (!f && fieldId.size() > 6 && fieldId.ends_with(":notes")) {
                collectValue(out, ws.id + "." + fieldId, nullptr, value);
                continue;
            }
            if (f && f->kind == FieldKind::Composer) continue;
            if (f && f->privateByDefault) continue;  // off paper unless asked for
            collectValue(out, ws.id + "." + fieldId, f, value);
        }
    }
    if (trackerShown)
        for (size_t i = 0; i < wb.tracker.size(); ++i)
            addText(out, "tracker[" + std::to_string(i) + "].note", wb.tracker[i].note, true);
    if (doorsShown)
        for (size_t i = 0; i < wb.doors.size(); ++i)
            addText(out, "doors[" + std::to_string(i) + "].note", wb.doors[i].note, true);
    if (only.empty() || only.count("rehearsal")) {
        const Take* best = nullptr;
        for (const auto& t : wb.takes)  // rehearsal takes: a role-play answer is no invitation
            if (!t.text.empty() && t.mode != "roleplay" &&
                (!best || t.score > best->score || (t.score == best->score && t.time > best->time)))
                best = &t;
        if (best) addText(out, "best take", best->text, true);
    }
    return out;
}

inline WorksheetCatalog realCatalog() {
    return WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
}

inline Workbook exampleWorkbook() {
    LoadResult r = loadWorkbookFile(sourcePath("workbooks/example.json"));
    if (!r.ok) throw std::runtime_error("example workbook: " + r.error);
    return r.workbook;
}

}  // namespace doorway::test
