#pragma once
// Outputs of the export layout (core/export_layout.hpp): PDF with Pango +
// Cairo, one self-contained HTML file with print CSS, and Markdown. All
// three render the same ExportDocument, so they carry the same words.
#include "core/export_layout.hpp"

#include <string>
#include <vector>

namespace doorway {

enum class Paper { A4, Letter };

// "a4" | "letter" (any case). False for anything else.
bool parsePaper(const std::string& s, Paper* out);
const char* paperName(Paper p);
// Page size in PostScript points (1/72 inch).
void paperSize(Paper p, double* widthPt, double* heightPt);

// The PDF as bytes. False with `error` when Cairo fails. `pages` gets the
// page count.
bool renderPdf(const ExportDocument& doc, Paper paper, std::string& pdf, std::string& error, int* pages = nullptr);
std::string renderHtml(const ExportDocument& doc, Paper paper);
std::string renderMarkdown(const ExportDocument& doc);

// [SECTION] The export formats: one table (export_formats.cpp) behind one
// interface. The CLI flags (--<id>), the export dialog's choices, the file
// extension and the "Wrote ..." message all come from it.
struct ExportFormatInfo {
    const char* id;         // "pdf": the CLI flag --pdf, --ui print.format=pdf
    const char* name;       // "PDF": what the dialog and messages call it
    const char* extension;  // ".pdf"
    bool paged;             // counts pages (the message says how many)
    // The document as the bytes of a file. False with `error` when it can't.
    bool (*render)(const ExportDocument& doc, Paper paper, std::string& bytes, std::string& error, int* pages);
};
// Every format, in the order the dialog shows them (the first is the default).
const std::vector<ExportFormatInfo>& exportFormats();
// The format with this id, or null.
const ExportFormatInfo* findExportFormat(const std::string& id);
// The one every print goes through.
const ExportFormatInfo& pdfFormat();
// The formats joined for a message: each id as "--<id><after>" (or each
// name when `names`), separated by `sep`, the last by `lastSep`:
// "--pdf, --html or --md", "PDF, HTML or Markdown".
std::string exportFormatList(const std::string& after, const std::string& sep, const std::string& lastSep,
                             bool names = false);

// Renders and writes `path` atomically (temp file in the same folder, then
// rename): on any failure nothing is left behind and an existing file is
// untouched. `error` names the file and the problem.
bool exportToFile(const ExportDocument& doc, const ExportFormatInfo& format, Paper paper, const std::string& path,
                  std::string& error, int* pages = nullptr);

// "Saturday 22 November 2026" style date for print; the input when it is
// not a YYYY-MM-DD date.
std::string printableDate(const std::string& isoDate);

}  // namespace doorway
