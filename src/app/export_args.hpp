#pragma once
// Arguments shared by `doorway export` and `doorway print`, and the step
// both take first: read the workbook (unsealing it if asked) and build the
// printable document.
#include "app/cli.hpp"
#include "print/export.hpp"

#include <string>

namespace doorway {

struct ExportArgs {
    std::string file;
    const ExportFormatInfo* format = &pdfFormat();
    std::string out;  // export: the output file
    bool formatGiven = false;
    Paper paper = Paper::A4;
    bool paperGiven = false;
    std::string sections;  // "id,id"
    bool blank = false;
    bool card = false;
    // Where to turn on paper: whose numbers ("" = the saved choice, then
    // the locale) and whether the closing help line prints at all.
    std::string country;
    bool safetyLine = true;
    bool privateAnswers = false;  // --private-answers
    bool answeredOnly = false;    // --answered-only: only pages with an answer
    int passphraseFd = -1;
    std::string printer;  // print: --printer NAME
};

// Parses `args`; `print` selects the print subcommand's flags. Returns 0,
// or the exit code after printing a usage message.
int parseExportArgs(const Args& args, bool print, ExportArgs& a);
// Loads the workbook and the worksheets and builds the document. Returns 0
// or 1 after printing a message naming the file and the problem. `locked`,
// when given, says whether the workbook was locked with a passphrase (what
// is made from it is not, and the commands say so).
int buildExportFromArgs(const ExportArgs& a, ExportDocument& doc, bool* locked = nullptr);

}  // namespace doorway
