#pragma once
// UI state of the print feature (owned by print_view.cpp): the File >
// Export… / Print… dialog's choices, and what the last run produced.
#include <array>
#include <map>
#include <string>

namespace doorway {

struct PrintUiState {
    bool openRequested = false;  // open the dialog on the next frame
    bool printMode = false;      // Print… (to a printer) rather than Export…
    int format = 0;              // a row of exportFormats() (0: PDF)
    int paper = 0;               // 0 A4, 1 US Letter
    bool blank = false;
    bool card = false;
    bool safetyLine = true;                // the last page ends with where to turn if things feel unsafe
    bool privateAnswers = false;           // answers written for the writer alone print too
    bool answeredOnly = true;              // only pages with an answer (a half-filled workbook is short)
    std::map<std::string, bool> sections;  // section id -> chosen
    std::string sectionsFor;               // workbook path the choices were made for
    std::array<char, 1024> outPath{};      // Export: where to write
    std::array<char, 256> printer{};       // Print: "" = the default printer

    // Export onto a file that is already there (not one this dialog just
    // wrote): asked first, and written only after "Replace".
    std::string replaceAsked;
    bool replaceFocus = false;  // the question has just appeared: the keyboard goes to Replace
    bool focusOutPath = false;  // "Keep it": the keyboard goes back to the Save as box

    std::string lastMessage;  // shown in the dialog after a run (its first lines, above the path)
    std::string lastDetail;   // a quieter line under the saved path (how to delete a kept PDF)
    float footerHeight = 0;   // the result and buttons, measured last frame: the choices scroll above them
    bool lastOk = false;
    std::string savedPdf;      // Print without lp: the PDF kept for the user
    bool offerOpen = false;    // show "Open it" for savedPdf
    bool offerDelete = false;  // show "Delete it" for a PDF kept in the private temp folder
};

}  // namespace doorway
