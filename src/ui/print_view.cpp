// File > Export… and File > Print…: one dialog with the choices (format,
// paper, sections, blank, card), then the same export the CLI runs.
#include "ui/print_view.hpp"
#include "core/clock.hpp"
#include "core/labels.hpp"
#include "core/privacy_notes.hpp"
#include "print/export.hpp"
#include "print/print_job.hpp"
#include "ui/appearance.hpp"
#include "ui/dialog_fit.hpp"
#include "ui/keys.hpp"
#include "ui/text_fit.hpp"

#include "ui/preferences.hpp"
#include "ui/safety_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {

const char* kDialog = "Export or print";
// The button that removes a PDF kept after a failed print; the advice under
// it names it.
constexpr const char* kDeleteKept = "Delete it";

// `format` is a row of exportFormats() (print_state.hpp).
const ExportFormatInfo& formatAt(int format) {
    const auto& all = exportFormats();
    return format >= 0 && size_t(format) < all.size() ? all[size_t(format)] : all.front();
}
const char* extensionFor(int format) {
    return formatAt(format).extension;
}

void setBuffer(std::array<char, 1024>& buf, const std::string& s) {
    std::snprintf(buf.data(), buf.size(), "%s", s.c_str());
}

// A sensible place to write: next to the workbook, named after it.
std::string defaultOutPath(const AppState& app, int format, bool card, bool blank) {
    fs::path dir = app.doc.isUntitled() ? fs::path(app.workbooksDir.empty() ? "." : app.workbooksDir)
                                        : fs::path(app.doc.path()).parent_path();
    std::string stem = app.doc.isUntitled() ? "workbook" : fs::path(app.doc.path()).stem().string();
    if (card)
        stem += "-card";
    else if (blank)
        stem += "-blank";
    return (dir / (stem + extensionFor(format))).string();
}

// Chosen sections start as the defaults: everything but private pages.
void resetSections(AppState& app) {
    PrintUiState& ui = app.printUi;
    ui.sections.clear();
    for (const auto& ws : app.catalog.worksheets()) ui.sections[ws.id] = !ws.privateByDefault;
    ui.sections[kRehearsalSectionId] = !app.doc.workbook().takes.empty();
    ui.sectionsFor = app.doc.path();
}

void openDialog(AppState& app, bool printMode) {
    PrintUiState& ui = app.printUi;
    ui.openRequested = true;
    ui.printMode = printMode;
    ui.lastMessage.clear();
    ui.lastDetail.clear();
    ui.offerOpen = ui.offerDelete = false;
    ui.replaceAsked.clear();
    // What this dialog wrote is written again unasked only while it stays
    // open: closed, anything may have taken the name since.
    ui.savedPdf.clear();
    if (ui.sections.empty() || ui.sectionsFor != app.doc.path()) resetSections(app);
    setBuffer(ui.outPath, defaultOutPath(app, printMode ? 0 : ui.format, ui.card, ui.blank));
}

bool buildDocument(AppState& app, Platform& platform, ExportDocument& doc, std::string& error) {
    PrintUiState& ui = app.printUi;
    ExportOptions opts;
    opts.blank = ui.blank;
    opts.card = ui.card;
    opts.date = todayIsoDate();
    opts.safety = &safetyCard(app, platform);
    opts.helpCountry = helpCountry(app);
    opts.safetyLine = ui.safetyLine;
    opts.privateAnswers = ui.privateAnswers;
    opts.answeredOnly = ui.answeredOnly;
    bool all = true;
    for (const auto& [id, on] : ui.sections) {
        if (on) opts.sections.push_back(id);
        const WorksheetDef* ws = app.catalog.find(id);
        bool byDefault = ws ? !ws->privateByDefault : !app.doc.workbook().takes.empty();
        all = all && on == byDefault;
    }
    if (!ui.card && opts.sections.empty()) {
        error = "Choose at least one section to include.";
        return false;
    }
    // Left as the defaults: say so, so answers under other ids print too.
    if (all) opts.sections.clear();
    return buildExportDocument(app.catalog, app.doc.workbook(), opts, doc, error);
}

void runExport(AppState& app, Platform& platform, bool replaceConfirmed = false) {
    PrintUiState& ui = app.printUi;
    ExportDocument doc;
    std::string err;
    std::string out = ui.outPath.data();
    ui.replaceAsked.clear();
    if (out.empty()) {
        ui.lastOk = false;
        ui.lastMessage = "Give a file name to write.";
        return;
    }
    std::error_code ec;
    if (!replaceConfirmed && out != ui.savedPdf && fs::is_regular_file(out, ec)) {
        // Someone's file by that name (their own notes.md, last month's
        // export): not replaced unasked. The one this dialog just wrote is
        // written again, as a second Export after a change means.
        ui.replaceAsked = out;
        ui.replaceFocus = true;
        ui.lastMessage.clear();
        return;
    }
    if (!buildDocument(app, platform, doc, err)) {
        ui.lastOk = false;
        ui.lastMessage = err;
        return;
    }
    const ExportFormatInfo& f = formatAt(ui.format);
    int pages = 0;
    if (!exportToFile(doc, f, ui.paper == 1 ? Paper::Letter : Paper::A4, out, err, &pages)) {
        ui.lastOk = false;
        ui.lastMessage = err;
        app.sayError(err, platform.now());
        return;
    }
    ui.lastOk = true;
    ui.lastMessage = f.paged ? "Saved, " + countLabel(pages, "page", "pages") + ":" : "Saved:";
    ui.lastDetail.clear();
    ui.savedPdf = out;
    ui.offerOpen = true;
    ui.offerDelete = false;  // the person chose where it lives
    app.say("Saved " + out + (f.paged ? " (" + countLabel(pages, "page", "pages") + ")." : "."), platform.now());
}

void runPrint(AppState& app, Platform& platform) {
    PrintUiState& ui = app.printUi;
    ExportDocument doc;
    std::string err;
    if (!buildDocument(app, platform, doc, err)) {
        ui.lastOk = false;
        ui.lastMessage = err;
        return;
    }
    removeOldPrintedPdfs();  // kept by an earlier print for the person to open
    std::string folder = privateTempFolder(err);
    if (folder.empty()) {
        ui.lastOk = false;
        ui.lastMessage = err;
        return;
    }
    std::string stem = app.doc.isUntitled() ? "workbook" : fs::path(app.doc.path()).stem().string();
    std::string pdf = folder + "/" + stem + (ui.card ? "-card" : ui.blank ? "-blank" : "") + ".pdf";
    int pages = 0;
    if (!exportToFile(doc, pdfFormat(), ui.paper == 1 ? Paper::Letter : Paper::A4, pdf, err, &pages)) {
        ui.lastOk = false;
        ui.lastMessage = err;
        return;
    }
    PrintJobResult job = sendToPrinter(pdf, ui.printer.data(), doc.title);
    if (job.sent) {
        std::error_code ec;
        fs::remove(pdf, ec);
        ui.lastOk = true;
        ui.offerOpen = ui.offerDelete = false;
        ui.lastDetail.clear();
        ui.lastMessage = "Sent " + countLabel(pages, "page", "pages") + " to " +
                         (ui.printer[0] ? std::string(ui.printer.data()) : std::string("the default printer")) +
                         (job.jobId.empty() ? "." : " (job " + job.jobId + ").");
        app.say(ui.lastMessage, platform.now());
        return;
    }
    ui.lastOk = true;
    ui.savedPdf = pdf;
    ui.offerOpen = true;
    ui.offerDelete = true;  // it holds the answers: offer to remove it
    ui.lastMessage = std::string(job.lpMissing ? "There is no printing system (CUPS lp) on this computer."
                                               : "The printer did not take the job: " + job.message) +
                     "\nThe PDF is saved in a private temporary folder:";
    ui.lastDetail = keptPdfAdvice(pdf, "\"" + std::string(kDeleteKept) + "\" above");
    app.say("Not printed; the PDF is saved as " + pdf, platform.now());
}

}  // namespace

void openExportFor(AppState& app, const std::string& sectionId) {
    PrintUiState& ui = app.printUi;
    ui.card = false;
    ui.blank = false;
    resetSections(app);
    for (auto& [id, on] : ui.sections) on = id == sectionId;
    openDialog(app, false);
    // Named after the page, beside the workbook.
    fs::path dir = fs::path(defaultOutPath(app, ui.format, false, false)).parent_path();
    setBuffer(ui.outPath, (dir / (sectionId + extensionFor(ui.format))).string());
}

void drawPrintMenuItems(AppState& app, Platform& platform) {
    (void)platform;
    if (ImGui::MenuItem("Export…", "Ctrl+E")) openDialog(app, false);
    if (ImGui::MenuItem("Print…", "Ctrl+P")) openDialog(app, true);
}

namespace {

// What a run produced, and the buttons: always in view under the choices.
void drawPrintResult(AppState& app, PrintUiState& ui) {
    if (ui.lastMessage.empty()) return;
    // A PDF kept because it could not be printed worked only in part: a
    // caution, not the green of "done".
    const Tone tone = !ui.lastOk ? Tone::Error : ui.offerDelete ? Tone::Warn : Tone::Ok;
    ImGui::PushStyleColor(ImGuiCol_Text, themeColor(tone));
    ImGui::TextWrapped("%s", ui.lastMessage.c_str());
    ImGui::PopStyleColor();
    if (ui.offerOpen && !ui.savedPdf.empty()) {
        // The path as a read-only box: it can be selected and copied.
        const float buttons = ImGui::CalcTextSize("Open itOpen folderDelete it").x +
                              ImGui::GetStyle().FramePadding.x * 6 + ImGui::GetStyle().ItemSpacing.x * 3;
        // Beside the buttons when the whole path fits there; else on a line
        // of its own, and wrapped under it when even that cuts it off.
        const float avail = ImGui::GetContentRegionAvail().x;
        const float pathText = ImGui::CalcTextSize(ui.savedPdf.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + 2;
        const bool sameLine = avail - buttons >= pathText;
        ImGui::SetNextItemWidth(sameLine ? pathText : -1);
        ImGui::InputText("##saved", ui.savedPdf.data(), ui.savedPdf.size() + 1, ImGuiInputTextFlags_ReadOnly);
        app.uiMap.addLastItem("field/print/saved-path", "field", ui.savedPdf);
        if (sameLine) {
            ImGui::SameLine();
        } else if (pathText > avail) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", ui.savedPdf.c_str());
            ImGui::PopStyleColor();
            app.uiMap.addLastItem("text/print/saved-path", "text", ui.savedPdf);
        }
        std::string err;
        if (ImGui::Button("Open it") && !openWithDesktop(ui.savedPdf, err)) {
            ui.lastOk = false;
            ui.lastMessage = err;
        }
        app.uiMap.addLastItem("button/print/open", "button", "Open it");
        ImGui::SameLine();
        if (ImGui::Button("Open folder") && !openWithDesktop(fs::path(ui.savedPdf).parent_path().string(), err)) {
            ui.lastOk = false;
            ui.lastMessage = err;
        }
        app.uiMap.addLastItem("button/print/open-folder", "button", "Open folder");
        if (ui.offerDelete) {
            ImGui::SameLine();
            if (ImGui::Button(kDeleteKept)) {
                std::error_code ec;
                fs::remove(ui.savedPdf, ec);
                ui.lastOk = !ec;
                ui.lastMessage =
                    ec ? ui.savedPdf + ": could not delete it (" + ec.message() + ")" : "Deleted " + ui.savedPdf + ".";
                ui.lastDetail.clear();
                ui.offerOpen = ui.offerDelete = false;
            }
            app.uiMap.addLastItem("button/print/delete", "button", kDeleteKept);
        }
    }
    if (!ui.lastDetail.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", ui.lastDetail.c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace

namespace {
// Export onto a file already there: the question and its two answers take
// the place of the result and the buttons. True while it is asked (Esc
// included, which answers it: the dialog stays). Esc, or any change to the
// name, keeps the file.
bool drawReplaceQuestion(AppState& app, Platform& platform, PrintUiState& ui) {
    if (ui.replaceAsked.empty() || ui.printMode) return false;
    if (ui.replaceAsked != ui.outPath.data()) {
        ui.replaceAsked.clear();
        return false;
    }
    const bool escaped = escapeClosesDialog(app);
    std::error_code ec;
    const fs::path p = fs::absolute(ui.replaceAsked, ec);
    ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Warn));
    const std::string q = "There is already a file called \"" + p.filename().string() + "\" in " +
                          p.parent_path().string() + ". Replace it with this export?";
    ImGui::TextWrapped("%s", q.c_str());
    ImGui::PopStyleColor();
    app.uiMap.addLastItem("text/print/replace", "text", q);
    const bool replace = ImGui::Button("Replace");
    if (ui.replaceFocus) {
        // Where the keyboard was (the Save as box, after Enter) is no
        // answer: Enter now replaces, Tab reaches "Keep it".
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
        ui.replaceFocus = false;
    }
    app.uiMap.addLastItem("button/print/replace", "button", "Replace");
    ImGui::SameLine();
    if (ImGui::Button("Keep it") || escaped) {
        ui.replaceAsked.clear();
        ui.focusOutPath = true;  // back to the name, to change it
    }
    app.uiMap.addLastItem("button/print/keep", "button", "Keep it");
    if (replace) runExport(app, platform, true);
    return true;
}

// The passphrase protects the workbook file only: from a locked workbook,
// say so before anything is made.
void drawUnlockedCopyNote(AppState& app, const PrintUiState& ui) {
    if (!app.doc.isSealed()) return;
    const std::string note = ui.printMode ? unlockedPrintReminder() : unlockedExportReminder(formatAt(ui.format).name);
    ImGui::PushStyleColor(ImGuiCol_Text, themeColor(Tone::Warn));
    ImGui::TextWrapped("%s", note.c_str());
    ImGui::PopStyleColor();
    app.uiMap.addLastItem("note/print/unlocked", "text", note);
}

// The choices (format, paper, what goes on paper, the sections); true
// when one that names the file changed.
bool drawExportChoices(AppState& app, Platform& platform, PrintUiState& ui) {
    bool changed = false;
    if (!ui.printMode) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Format");
        ImGui::SameLine(120 * app.uiScale);
        for (size_t i = 0; i < exportFormats().size(); ++i) {
            if (i) sameLineForBox(exportFormats()[i].name);
            changed |= ImGui::RadioButton(exportFormats()[i].name, &ui.format, int(i));
        }
    }
    // Paper size means something only for pages (a PDF, or the printer).
    if (ui.printMode || formatAt(ui.format).paged) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Paper");
        ImGui::SameLine(120 * app.uiScale);
        ImGui::RadioButton("A4", &ui.paper, 0);
        sameLineForBox("US Letter");
        ImGui::RadioButton("US Letter", &ui.paper, 1);
    }

    // Each choice's words wrap in the dialog: at a large scale in a small
    // window they ran off its side ("Include answers kept private (the
    // blunt firs..."), and one is a privacy decision.
    changed |= ImGui::Checkbox("Blank, to fill in by hand", &ui.blank);
    sameLineForBox("Only the invitation card (one page)");
    changed |= ImGui::Checkbox("Only the invitation card (one page)", &ui.card);
    // Never on the card (the partner may see it) nor on pages for the partner.
    ImGui::BeginDisabled(ui.card);
    checkboxWrapped("##safety-line", "End with where to turn if things ever feel unsafe", &ui.safetyLine);
    {
        // Whose numbers, under the box and wrapped (beside it, a long name
        // ran off the dialog); they are changed on the safety card.
        const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
        const std::string whose = "Numbers for " +
                                  helpPlaceInText(helpFor(safetyCard(app, platform), helpCountry(app))) +
                                  ", as on the safety card (Help > Safety).";
        ImGui::Indent(indent);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", whose.c_str());
        ImGui::PopStyleColor();
        app.uiMap.addLastItem("text/print/safety-numbers", "text", whose);
        ImGui::Unindent(indent);
    }
    ImGui::EndDisabled();
    ImGui::BeginDisabled(ui.card || ui.blank);
    checkboxWrapped("##private", "Include answers kept private (the blunt first versions)", &ui.privateAnswers);
    ImGui::EndDisabled();

    ImGui::BeginDisabled(ui.card || ui.blank);
    checkboxWrapped("##answered-only", "Only pages with answers (leave out what you haven't written yet)",
                    &ui.answeredOnly);
    app.uiMap.addLastItem("check/print/answered-only", "check", "Only pages with answers");
    ImGui::EndDisabled();
    const bool skipEmpty = ui.answeredOnly && !ui.blank;

    if (!ui.card) {
        // All and None beside the list's name, above it: under the list they
        // sat at the foot of the scrolling choices, half cut off by the
        // footer until scrolled to.
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Sections");
        ImGui::SameLine();
        if (ImGui::SmallButton("All")) {
            for (auto& [id, on] : ui.sections) {
                const WorksheetDef* ws = app.catalog.find(id);
                on = !ws || !ws->privateByDefault;
            }
        }
        app.uiMap.addLastItem("button/print/all", "button", "All");
        ImGui::SameLine();
        if (ImGui::SmallButton("None"))
            for (auto& [id, on] : ui.sections) on = false;
        app.uiMap.addLastItem("button/print/none", "button", "None");
        // The list scrolls in its own box when the choices leave it three
        // rows or more; in a short dialog (800x600 with a result under it)
        // that box shrank to a sliver inside the scrolling choices, cut in
        // half by their edge: there the rows sit in the choices themselves,
        // which scroll as one.
        const float rowH = ImGui::GetFrameHeightWithSpacing();
        const float pad = ImGui::GetStyle().WindowPadding.y * 2;
        const float after = ui.printMode ? ImGui::GetFrameHeightWithSpacing()
                                         : ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing();
        const float room = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - after;
        const float whole = float(app.catalog.worksheets().size() + 1) * rowH + pad;
        const bool boxed = room >= 3 * rowH + pad;
        if (boxed) {
            ImGui::BeginChild("sections", ImVec2(0, std::min({190 * app.uiScale, room, whole})), true,
                              ImGuiWindowFlags_NavFlattened);
            const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
            app.uiMap.add({"pane/print/sections", "pane", "Sections", at, ImVec2(at.x + size.x, at.y + size.y)});
        } else
            ImGui::Indent(ImGui::GetStyle().WindowPadding.x);
        for (const auto& ws : app.catalog.worksheets()) {
            ImGui::PushID(ws.id.c_str());
            bool& on = ui.sections[ws.id];
            std::string label = pageName(app.catalog, ws) + (ws.privateByDefault ? "  (private)" : "");
            // Ticked or not, a page with nothing written stays off while
            // "Only pages with answers" is on: say so beside it.
            if (skipEmpty && !worksheetHasAnswer(ws, app.doc.workbook())) label += "  (no answers yet)";
            checkboxWrapped("##tick", label, &on);
            ImGui::PopID();
        }
        ImGui::PushID(kRehearsalSectionId);
        // The section's name on paper and in the sidebar (core), then what it holds.
        const std::string takes = std::string(practicePageName("takes")) + ": score history and best take";
        checkboxWrapped("##tick", takes, &ui.sections[kRehearsalSectionId]);
        ImGui::PopID();
        if (boxed)
            ImGui::EndChild();
        else
            ImGui::Unindent(ImGui::GetStyle().WindowPadding.x);
    }
    return changed;
}
}  // namespace

void drawPrintDialogs(AppState& app, Platform& platform) {
    PrintUiState& ui = app.printUi;
    ImGuiIO& io = ImGui::GetIO();
    // From anywhere, a text box included (as Ctrl+S is), but not over another
    // dialog: the File menu shows these keys, and they must do what it says.
    if (!ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId) && io.KeyCtrl && !io.KeyAlt) {
        if (keys::pressed(keys::letter('E'))) openDialog(app, false);
        if (keys::pressed(keys::letter('P'))) openDialog(app, true);
    }
    if (ui.openRequested) {
        ImGui::OpenPopup(kDialog);
        ui.openRequested = false;
    }
    // Never larger than the window: the choices scroll, the result and the
    // buttons stay in view below them (dialog_fit.hpp).
    fitNextDialog(ImVec2(640 * app.uiScale, 660 * app.uiScale), app.uiScale);
    if (!ImGui::BeginPopupModal(kDialog, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    app.uiMap.add({"dialog/print", "dialog", kDialog, ImGui::GetWindowPos(),
                   ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                          ImGui::GetWindowPos().y + ImGui::GetWindowSize().y)});

    // Flattened, as the sections list: one Tab order through every choice.
    ImGui::BeginChild("##choices", ImVec2(0, -ui.footerHeight), false, ImGuiWindowFlags_NavFlattened);
    // What of the choices is in view (they scroll above the footer).
    const ImVec2 choicesAt = ImGui::GetWindowPos(), choicesSize = ImGui::GetWindowSize();
    app.uiMap.add({"pane/print/choices", "pane", "Export choices", choicesAt,
                   ImVec2(choicesAt.x + choicesSize.x, choicesAt.y + choicesSize.y)});
    ImGui::TextUnformatted(ui.printMode ? "Print your workbook" : "Export your workbook");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Only what you choose goes on paper. Private pages stay off unless you tick them.");
    ImGui::PopStyleColor();
    drawUnlockedCopyNote(app, ui);
    ImGui::Separator();

    const bool changed = drawExportChoices(app, platform, ui);

    // Enter in the box runs it, as Enter confirms in every other dialog's box.
    bool entered = false;
    if (ui.printMode) {
        ImGui::SetNextItemWidth(-1);
        entered =
            ImGui::InputText("##printer", ui.printer.data(), ui.printer.size(), ImGuiInputTextFlags_EnterReturnsTrue);
        hintOverLastItem("Printer (empty: the default printer)", ui.printer[0] == '\0');
    } else {
        if (changed) setBuffer(ui.outPath, defaultOutPath(app, ui.format, ui.card, ui.blank));
        ImGui::TextUnformatted("Save as");
        ImGui::SetNextItemWidth(-1);
        if (ui.focusOutPath) ImGui::SetKeyboardFocusHere();
        ui.focusOutPath = false;
        entered = ImGui::InputText("##out", ui.outPath.data(), ui.outPath.size(), ImGuiInputTextFlags_EnterReturnsTrue);
        app.uiMap.addLastItem("field/print/out", "field", "Save as");
    }
    ImGui::EndChild();

    // The footer: measured each frame so the choices above leave it room.
    const float footerTop = ImGui::GetCursorPosY();
    ImGui::Separator();
    if (drawReplaceQuestion(app, platform, ui)) {
        ui.footerHeight = ImGui::GetCursorPosY() - footerTop;
        ImGui::EndPopup();
        return;
    }
    drawPrintResult(app, ui);
    if (!ui.lastMessage.empty()) ImGui::Separator();
    if (ImGui::Button(ui.printMode ? "Print" : "Export") || entered) {
        if (ui.printMode)
            runPrint(app, platform);
        else
            runExport(app, platform);
    }
    app.uiMap.addLastItem("button/print/run", "button", ui.printMode ? "Print" : "Export");
    ImGui::SameLine();
    if (ImGui::Button("Close") || escapeClosesDialog(app)) ImGui::CloseCurrentPopup();
    app.uiMap.addLastItem("button/print/close", "button", "Close");
    ui.footerHeight = ImGui::GetCursorPosY() - footerTop;
    ImGui::EndPopup();
}

// "print.export" / "print.print" open the dialog; "print.format=ID" (a row of
// exportFormats(): pdf, html, md),
// "print.paper=a4|letter", "print.blank", "print.card", "print.no-safety-line", "print.private-answers",
// "print.every-page" (pages with no answer too),
// "print.sections=a,b", "print.out=PATH" set choices; "print.run" runs it
// (an Export onto a file already there asks first); "print.replace" runs it
// as the question's Replace does.
bool printUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    if (action.rfind("print.", 0) != 0) return false;
    PrintUiState& ui = app.printUi;
    std::string a = action.substr(6), value;
    if (size_t eq = a.find('='); eq != std::string::npos) {
        value = a.substr(eq + 1);
        a = a.substr(0, eq);
    }
    if (a == "export" || a == "print") {
        openDialog(app, a == "print");
    } else if (a == "format") {
        const ExportFormatInfo* f = findExportFormat(value);
        if (f) {
            ui.format = int(f - exportFormats().data());
        } else {
            std::string ids;
            for (const auto& x : exportFormats()) ids += (ids.empty() ? "" : ", ") + std::string(x.id);
            error = "print.format takes one of " + ids + ", not '" + value + "'";
        }
        if (error.empty()) setBuffer(ui.outPath, defaultOutPath(app, ui.format, ui.card, ui.blank));
    } else if (a == "paper") {
        Paper p;
        if (!parsePaper(value, &p))
            error = "print.paper takes a4 or letter, not '" + value + "'";
        else
            ui.paper = p == Paper::Letter ? 1 : 0;
    } else if (a == "blank") {
        ui.blank = true;
    } else if (a == "card") {
        ui.card = true;
    } else if (a == "no-safety-line") {
        ui.safetyLine = false;
    } else if (a == "private-answers") {
        ui.privateAnswers = true;
    } else if (a == "every-page") {
        ui.answeredOnly = false;
    } else if (a == "sections") {
        if (ui.sections.empty() || ui.sectionsFor != app.doc.path()) resetSections(app);
        for (auto& [id, on] : ui.sections) on = false;
        for (const auto& id : splitSectionList(value)) {
            if (!ui.sections.count(id)) {
                error = "print.sections: unknown section '" + id + "'";
                return true;
            }
            ui.sections[id] = true;
        }
    } else if (a == "out") {
        setBuffer(ui.outPath, value);
    } else if (a == "run" || a == "replace") {
        if (ui.sections.empty() || ui.sectionsFor != app.doc.path()) resetSections(app);
        if (ui.printMode)
            runPrint(app, platform);
        else
            runExport(app, platform, a == "replace");
    } else {
        error = "unknown print action '" + action + "'";
    }
    return true;
}

}  // namespace doorway
