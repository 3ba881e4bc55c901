// What one field may cost on paper: every text that came from the workbook
// is bounded (core/limits.hpp), so one enormous answer can't make an export
// take minutes and gigabytes; `check` warns of such a workbook.
#include "core/export_layout.hpp"
#include "core/limits.hpp"

namespace doorway {

namespace {

// Cuts `s` after `maxChars` characters (UTF-8, never mid-character). With
// a note, says how much was left out: the workbook itself keeps it all.
void shortenForPrint(std::string& s, uint64_t maxChars, bool withNote) {
    if (s.size() <= maxChars) return;  // bytes >= characters
    size_t chars = 0, cut = 0;
    for (; cut < s.size(); ++cut) {
        if ((static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) continue;
        if (chars == maxChars) break;
        ++chars;
    }
    if (cut >= s.size()) return;
    size_t left = 0;
    for (size_t i = cut; i < s.size(); ++i) left += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    s.resize(cut);
    s += withNote ? "\xE2\x80\xA6\n\n[" + groupedNumber(left) +
                        " more characters are not printed: this is longer than a printout holds. The workbook "
                        "keeps every word.]"
                  : std::string("\xE2\x80\xA6");
}

}  // namespace

void boundForPrint(ExportDocument& d) {
    auto field = [](std::string& s) { shortenForPrint(s, kMaxPrintedFieldChars, true); };
    const size_t titleBytes = d.title.size();
    shortenForPrint(d.title, kMaxPrintedTitleChars, false);
    // The footer ends with the title (buildExportDocument): the same cut.
    if (d.title.size() != titleBytes && d.footer.size() >= titleBytes)
        d.footer = d.footer.substr(0, d.footer.size() - titleBytes) + d.title;
    for (ExportSection& sec : d.sections) {
        shortenForPrint(sec.title, kMaxPrintedTitleChars, false);
        for (Block& b : sec.blocks) {
            for (std::string* t : {&b.text, &b.help, &b.answer, &b.caption}) field(*t);
            for (CheckItem& i : b.items)
                for (std::string* t : {&i.label, &i.detail, &i.note}) field(*t);
            for (std::string& h : b.table.header) field(h);
            for (auto& row : b.table.rows)
                for (std::string& cell : row) field(cell);
            for (std::string& c : b.chart.categories) field(c);
        }
    }
    InvitationCard& c = d.card;
    for (std::string* t : {&c.heading, &c.ask, &c.phrasing, &c.closing}) field(*t);
    for (std::string& door : c.doors) field(door);
}

}  // namespace doorway
