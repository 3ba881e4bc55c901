// editor_bench: the cost of one keystroke in a 10,000-word answer.
//
// One keystroke's frame: the character goes into the wrapped text box, the
// box lays the text out again and draws it (ImGui draw lists, as the window
// builds them; no GPU), and the edit is recorded in the workbook with its
// journal record. Also one journal append alone. Prints medians and p90 in
// milliseconds; the targets are 4 ms and 0.2 ms.
//
//   build/bench/editor_bench [ROUNDS]
#include "bench_util.hpp"
#include "core/document.hpp"
#include "core/journal.hpp"
#include "ui/text_editor.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace doorway;

namespace {

std::string tenThousandWords() {
    const char* words[] = {"we", "keep", "having", "the",  "same", "fight", "about", "the",  "evenings", "and",
                           "I",  "miss", "how",    "easy", "it",   "used",  "to",    "feel", "between",  "us,"};
    std::string s;
    for (int i = 0; i < 10000; ++i) {
        s += words[i % 20];
        s += (i % 97 == 96) ? "\n\n" : " ";
    }
    return s;
}

void setUpImGui() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    io.IniFilename = nullptr;
    const char* dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    if (!fs::exists(dejavu) || !io.Fonts->AddFontFromFileTTF(dejavu, 17.0f)) io.Fonts->AddFontDefault();
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
}

}  // namespace

int main(int argc, char** argv) {
    int rounds = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    setUpImGui();
    fs::path dir = fs::temp_directory_path() / ("doorway-editor-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string path = (dir / "wb.json").string();
    Document doc;
    doc.createNew(path, "Bench", "2026-12-01T00:00:00Z");
    std::string err;
    std::string text = tenThousandWords();
    const size_t startSize = text.size();
    doc.execute(cmd::setAnswer("pattern", "loop", json::value(text)), 0);  // writes the file, starts the journal
    doc.save(err, "2026-12-01T00:00:00Z");

    TextEditorUi ui;
    EditorOptions opt;
    opt.maxLines = 14;
    focusEditor(ui, "pattern/loop");
    std::vector<double> frameMs, editMs;
    for (int i = -5; i < rounds; ++i) {  // the first frames take the keyboard and warm up
        ImGuiIO& io = ImGui::GetIO();
        if (i >= 0) io.AddInputCharacter(i % 7 == 6 ? ' ' : 'a' + (i % 26));
        double t0 = bench::nowMs();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
        EditorResult r = textEditor(ui, "pattern/loop", text, 820, opt);
        ImGui::End();
        ImGui::Render();
        double t1 = bench::nowMs();
        if (r.changed) {
            if (r.newUndoStep) doc.endUndoStep();
            doc.execute(cmd::setAnswer("pattern", "loop", json::value(text)), double(i));
        }
        double t2 = bench::nowMs();
        endEditorFrame(ui);
        if (i >= 0) {
            frameMs.push_back(t2 - t0);
            editMs.push_back(t2 - t1);
        }
    }

    // One journal append alone: a one-character splice in the long answer.
    JournalWriter j;
    std::string jpath = (dir / "alone.json").string();
    if (!j.start(jpath, 1, nullptr, err)) {
        std::fprintf(stderr, "editor_bench: %s\n", err.c_str());
        return 1;
    }
    std::vector<double> appendMs;
    std::string before = text;
    for (int i = 0; i < rounds; ++i) {
        std::string after = before;
        after.insert(after.size() / 2, 1, 'x');
        double t0 = bench::nowMs();
        j.append(journalSpliceFor("pattern", "loop", before, after), err);
        appendMs.push_back(bench::nowMs() - t0);
        before.swap(after);
    }
    j.remove();
    doc.setReadOnly("bench done");
    fs::remove_all(dir);
    ImGui::DestroyContext();

    std::printf("answer: %zu bytes, 10,000 words; %zu keystrokes, %zu characters landed\n", startSize, frameMs.size(),
                text.size() - startSize);
    if (text.size() - startSize != frameMs.size() || doc.workbook().answerText("pattern", "loop") != text) {
        std::fprintf(stderr, "editor_bench: keystrokes went missing; the figures would mean nothing\n");
        return 1;
    }
    std::printf("keystroke frame (box, layout, draw lists, workbook edit + journal): median %.3f ms, p90 %.3f ms\n",
                bench::median(frameMs), bench::percentile(frameMs, 0.9));
    std::printf("  of which the workbook edit and its journal record: median %.3f ms, p90 %.3f ms\n",
                bench::median(editMs), bench::percentile(editMs, 0.9));
    std::printf("journal append alone (one write): median %.4f ms, p90 %.4f ms\n", bench::median(appendMs),
                bench::percentile(appendMs, 0.9));
    return 0;
}
