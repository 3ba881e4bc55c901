#pragma once
// Outputs of the export layout (core/export_layout.hpp): PDF with Pango +
// Cairo, one self-contained HTML file with print CSS, and Markdown. All
// three render the same ExportDocument, so they carry the same words.
#include "core/export_layout.hpp"

#include <string>

namespace doorway {

enum class Paper { A4, Letter };
enum class ExportFormat { Pdf, Html, Markdown };

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

// Renders and writes `path` atomically (temp file in the same folder, then
// rename): on any failure nothing is left behind and an existing file is
// untouched. `error` names the file and the problem.
bool exportToFile(const ExportDocument& doc, ExportFormat format, Paper paper, const std::string& path,
                  std::string& error, int* pages = nullptr);

// "Saturday 22 November 2026" style date for print; the input when it is
// not a YYYY-MM-DD date.
std::string printableDate(const std::string& isoDate);

}  // namespace doorway
