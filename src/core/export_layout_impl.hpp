#pragma once
// The export layout's insides, shared by its source files (not part of the
// public API, see export_layout.hpp):
//   export_fields.cpp  the blocks of one worksheet field, one function per
//                      field kind; the text helpers below
//   export_layout.cpp  sections, rehearsals, the card, the whole document
#include "core/export_layout.hpp"

#include <string>
#include <vector>

namespace doorway::export_detail {

std::string trim(const std::string& s);
const OptionDef* findOption(const FieldDef& f, const std::string& id);
// The option's label, or the id itself when the field does not list it.
std::string optionLabel(const FieldDef& f, const std::string& id);
// Any JSON value as words, for answers whose shape we do not know: nothing
// the user wrote is dropped from the paper just because a newer Doorway
// (or another tool) put it there.
std::string anyText(const json::value& v);

// Where to turn, for pages that show it: the card and the country.
struct HelpOnPaper {
    const SafetyCard& card;
    std::string country;
};

// The blocks of field `f` of worksheet `def`: its prompt with the answer in
// `wb`, or room to write by hand when `blank`.
void addFieldBlocks(const WorksheetCatalog& catalog, const WorksheetDef& def, const FieldDef& f, const Workbook& wb,
                    bool blank, const HelpOnPaper& help, std::vector<Block>& out);

}  // namespace doorway::export_detail
