// The export formats, one row each, and the atomic write they share. A new
// format is a file with its renderer and a row here (docs/architecture.md,
// "Add an export format").
#include "core/journal.hpp"
#include "core/storage.hpp"
#include "core/workbook.hpp"
#include "print/export.hpp"

#include <filesystem>
#include <fstream>

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

namespace {

// What Doorway keeps that an export must not write over, judged by the
// file's first bytes: a workbook (plain or locked) or an edit journal. Null
// for anything else (an earlier export, another file, nothing there; a pipe
// or a device is never read, so it can't hang here).
const char* doorwayFileAt(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    std::string head(4096, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(size_t(in.gcount()));
    auto names = [&](const char* format) {
        return head.find(std::string("\"format\": \"") + format + "\"") != std::string::npos ||
               head.find(std::string("\"format\":\"") + format + "\"") != std::string::npos;
    };
    if (names(kJournalFormat)) return "an edit journal of Doorway's (the words not yet saved)";
    if (names(kWorkbookFormat) || names(kSealedFormat)) return "a Doorway workbook";
    return nullptr;
}

}  // namespace

bool exportToFile(const ExportDocument& doc, const ExportFormatInfo& format, Paper paper, const std::string& path,
                  std::string& error, int* pages) {
    std::string bytes, why;
    if (pages) *pages = 0;
    // From the CLI and the window alike: an export never replaces a workbook
    // (the open one included) or the journal of its unsaved words.
    if (const char* what = doorwayFileAt(path)) {
        error = path + ": that is " + what + "; an export never replaces one. Choose another file name to write";
        return false;
    }
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
