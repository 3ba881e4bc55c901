// Help on paper: the numbers of a help_lines field, and the invitation
// card's test for saying a thing twice. The numbers come from the safety card (assets/safety.json); this
// file only lays them out.
#include "core/export_layout.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace doorway {

void addHelpLineBlocks(const SafetyCard& card, const std::string& country, const FieldDef& field,
                       std::vector<Block>& out) {
    const HelpCountry& c = helpFor(card, country);
    Block t;
    t.kind = BlockKind::Table;
    t.text = field.label.empty() ? card.helpHeading : field.label;
    t.help = field.paperHelp;
    t.table.header = {"Who", "How to reach them", "When"};
    std::string oldest, newest;
    for (const auto& l : c.lines) {
        t.table.rows.push_back({l.name, l.contact, l.detail});
        if (oldest.empty() || l.checked < oldest) oldest = l.checked;
        newest = std::max(newest, l.checked);
    }
    for (const auto& r : card.always) t.table.rows.push_back({r.name, "", r.detail});
    out.push_back(std::move(t));

    Block note;
    note.kind = BlockKind::Paragraph;
    note.style = ParagraphStyle::Muted;
    note.text = "Numbers for " + helpPlaceInText(c) +
                (oldest == newest ? ", checked on " + newest : ", checked between " + oldest + " and " + newest) +
                ". If a number has changed since, your local emergency number still reaches help.";
    out.push_back(std::move(note));
}

namespace {

// Lower-case words, apostrophes dropped ("you'll" -> "youll"), a plural's
// "s" dropped so "sessions" meets "session".
std::vector<std::string> wordsOf(const std::string& text) {
    std::vector<std::string> out;
    std::string w;
    auto flush = [&] {
        if (w.size() > 3 && w.back() == 's') w.pop_back();
        if (!w.empty()) out.push_back(w);
        w.clear();
    };
    for (char ch : text) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80)
            w += char(std::tolower(c));
        else if (c != '\'')
            flush();
    }
    flush();
    return out;
}

bool sharesRun(const std::vector<std::string>& a, const std::vector<std::string>& b, size_t run) {
    if (a.size() < run || b.size() < run) return false;
    std::set<std::vector<std::string>> seen;
    for (size_t i = 0; i + run <= a.size(); ++i) seen.insert({a.begin() + long(i), a.begin() + long(i + run)});
    for (size_t i = 0; i + run <= b.size(); ++i)
        if (seen.count({b.begin() + long(i), b.begin() + long(i + run)})) return true;
    return false;
}

}  // namespace

bool repeatsAsk(const std::string& ask, const std::string& phrasing) {
    std::vector<std::string> a = wordsOf(ask), p = wordsOf(phrasing);
    if (a.empty() || p.empty()) return false;
    // The same sentence practised aloud: a run of five words in common.
    if (sharesRun(a, p, 5)) return true;
    // Or the same ask in other words: most of its longer words come back.
    std::set<std::string> content, said(p.begin(), p.end());
    for (const auto& w : a)
        if (w.size() >= 4) content.insert(w);
    if (content.empty()) return false;
    size_t back = 0;
    for (const auto& w : content) back += said.count(w);
    return back * 2 >= content.size();
}

}  // namespace doorway
