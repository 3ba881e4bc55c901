// Where each page stands and the workbook as a whole (core/worksheet.hpp):
// the sidebar's "2/5" and "done" and the start page's line read the same
// pages the same way.
#include "core/worksheet.hpp"

#include <string>
#include <vector>

namespace doorway {

PageProgress pageProgress(const Completion& c) {
    if (c.total > 0 && c.answered >= c.total) return PageProgress::Finished;
    return c.answered > 0 ? PageProgress::UnderWay : PageProgress::NotStarted;
}

std::string progressMark(const Completion& c) {
    switch (pageProgress(c)) {
        case PageProgress::Finished:
            return "done";
        case PageProgress::UnderWay:
            return std::to_string(c.answered) + "/" + std::to_string(c.total);
        case PageProgress::NotStarted:
            break;
    }
    return "";
}

WorkbookProgress workbookProgress(const WorksheetCatalog& catalog, const Workbook& wb) {
    WorkbookProgress p;
    for (const WorksheetDef& ws : catalog.worksheets()) {
        const Completion c = completionOf(ws, wb);
        if (c.total == 0) continue;  // nothing to answer: neither started nor finished
        ++p.total;
        PageProgress state = pageProgress(c);
        if (state == PageProgress::Finished) ++p.finished;
        if (state == PageProgress::UnderWay) ++p.underWay;
    }
    return p;
}

std::string progressLine(const WorkbookProgress& p) {
    if (p.total == 0) return "";
    const std::string all = std::to_string(p.total) + (p.total == 1 ? " worksheet" : " worksheets");
    if (p.finished == p.total) return p.total == 1 ? "The worksheet is finished" : "All " + all + " finished";
    if (p.started() == 0) return all + ", none started yet";
    std::vector<std::string> parts;
    if (p.finished > 0) parts.push_back(std::to_string(p.finished) + " finished");
    if (p.underWay > 0) parts.push_back(std::to_string(p.underWay) + " under way");
    if (p.total > p.started()) parts.push_back(std::to_string(p.total - p.started()) + " not started yet");
    std::string out = all + ": ";
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    return out;
}

}  // namespace doorway
