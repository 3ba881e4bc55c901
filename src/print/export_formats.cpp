// The export formats, one row each, and the atomic write they share. A new
// format is a file with its renderer and a row here (docs/architecture.md,
// "Add an export format").
#include "core/storage.hpp"
#include "print/export.hpp"

namespace doorway {

namespace {

bool pdfRender(const ExportDocument& doc, Paper paper, std::string& bytes, std::string& error, int* pages) {
    return renderPdf(doc, paper, bytes, error, pages);
}

bool htmlRender(const ExportDocument& doc, Paper paper, std::string& bytes, std::string&, int*) {
    bytes = renderHtml(doc, paper);
    return true;
}

bool markdownRender(const ExportDocument& doc, Paper, std::string& bytes, std::string&, int*) {
    bytes = renderMarkdown(doc);
    return true;
}

}  // namespace

const std::vector<ExportFormatInfo>& exportFormats() {
    static const std::vector<ExportFormatInfo> kFormats = {
        {"pdf", "PDF", ".pdf", true, pdfRender},
        {"html", "HTML", ".html", false, htmlRender},
        {"md", "Markdown", ".md", false, markdownRender},
    };
    return kFormats;
}

const ExportFormatInfo* findExportFormat(const std::string& id) {
    for (const auto& f : exportFormats())
        if (id == f.id) return &f;
    return nullptr;
}

const ExportFormatInfo& pdfFormat() {
    return *findExportFormat("pdf");
}

std::string exportFormatList(const std::string& after, const std::string& sep, const std::string& lastSep, bool names) {
    std::string out;
    const auto& all = exportFormats();
    for (size_t i = 0; i < all.size(); ++i) {
        if (i) out += i + 1 == all.size() ? lastSep : sep;
        out += names ? std::string(all[i].name) : "--" + std::string(all[i].id) + after;
    }
    return out;
}

bool exportToFile(const ExportDocument& doc, const ExportFormatInfo& format, Paper paper, const std::string& path,
                  std::string& error, int* pages) {
    std::string bytes, why;
    if (pages) *pages = 0;
    if (!format.render(doc, paper, bytes, why, pages)) {
        error = path + ": " + why;
        return false;
    }
    // Temp file in the same folder, then rename: a failure leaves nothing.
    SaveResult r = writeFileAtomic(path, bytes, false);
    if (!r.ok) {
        error = r.error.empty() ? path + ": could not write" : r.error;
        return false;
    }
    return true;
}

}  // namespace doorway
