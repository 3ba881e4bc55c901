#pragma once
// Page names in a worksheet's words. "{page:ID}" in a page's summary, intro,
// paperIntro, or a field's label, help, paperHelp, placeholder or an
// option's detail becomes that page's one name as the sidebar says it:
// pageName() for a worksheet id ("9. Other doors"), practicePageName() for
// a practice page ("Rehearse the invitation"). So the words never name a
// page the sidebar calls something else ("the Rehearse page").
// WorksheetCatalog::loadDirectory expands them once every page has its place.
#include "core/worksheet.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace doorway {

// `text` with each {page:ID} replaced by its name: `worksheetNames` (id ->
// pageName) first, then the practice pages. False, with `unknown` set to
// the first ID that names no page, when one does not.
bool expandPageRefs(const std::string& text, const std::map<std::string, std::string>& worksheetNames, std::string& out,
                    std::string& unknown);

struct PageRefProblem {
    std::string worksheetId;
    std::string path;  // the key path in its file ("fields[7].help")
    std::string problem;
};

// Expands every {page:ID} in the words of `pages`; the first reference to
// no page, if any (the pages are then left part-way).
std::optional<PageRefProblem> expandPageRefs(std::vector<WorksheetDef>& pages,
                                             const std::map<std::string, std::string>& worksheetNames);

}  // namespace doorway
