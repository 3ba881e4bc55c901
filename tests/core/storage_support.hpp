#pragma once
// Helpers for the [storage] tests: a workbook with every part filled in.
#include "core/workbook.hpp"

#include <string>

namespace doorway::test {

inline Workbook fullWorkbook() {
    Workbook wb = newWorkbook("Our kitchen-table talks", "2026-01-04T09:15:00Z");
    wb.modified = "2026-03-01T21:40:12Z";
    wb.answers["pattern"]["what_happens"] =
        "When I bring it up, we both go quiet. Ünïcödé ✓ \"quotes\" \\ and a\nnewline.";
    wb.answers["pattern"]["signs"] = json::array{"avoids_topic", "changes_subject"};
    wb.answers["pattern"]["how_often"] = 4;
    wb.answers["pattern"]["ratio"] = 0.1;
    wb.answers["pattern"]["minutes"] = 60.0;
    wb.answers["needs"]["rows"] = json::array{json::object{{"need", "feel heard"}, {"why", "so we stop circling"}},
                                              json::object{{"need", "a plan"}, {"why", ""}}};
    wb.answers["needs"]["dated"] = json::array{json::object{{"date", "2026-02-01"}, {"text", "first try"}}};
    wb.answers["needs"]["empty_obj"] = json::object{};
    wb.answers["needs"]["nothing"] = nullptr;
    wb.answers["needs"]["flag"] = true;
    for (int i = 0; i < 3; ++i) {
        TrackerEntry t;
        t.id = "checkin-" + std::to_string(i + 1);
        t.date = "2026-02-0" + std::to_string(i + 1);
        t.fearSigns = {"asks_questions", "sighs"};
        t.refusalSigns = i == 1 ? std::vector<std::string>{} : std::vector<std::string>{"laughs_it_off"};
        t.note = i == 2 ? "" : "talked after dinner";
        if (i == 0) t.extra["mood"] = "calm";
        wb.tracker.push_back(t);
    }
    DoorOffer d;
    d.id = "offer-1";
    d.date = "2026-02-10";
    d.door = "book_reading";
    d.response = "counter_offered";
    d.note = "would read one chapter";
    d.extra["followup"] = json::object{{"date", "2026-02-17"}};
    wb.doors.push_back(d);
    Take t;
    t.id = "take-20260211-210000";
    t.time = "2026-02-11T21:00:00Z";
    t.mode = "spoken";
    t.objection = "too_expensive";
    t.durationS = 60;
    t.elapsedS = 57.25;
    t.text = "I'd love for us to try this together.";
    t.score = 82;
    t.band = "invitation";
    TakeFinding f;
    f.rule = "i_statement";
    f.kind = "strength";
    f.start = 0;
    f.end = 7;
    f.text = "I'd love";
    f.extra["weight"] = 1.5;
    t.findings.push_back(f);
    t.audio = "take-20260211-210000.wav";
    t.metrics["wpm"] = 131.5;
    t.metrics["fillers"] = 2;
    t.extra["reviewed"] = true;
    wb.takes.push_back(t);
    Take typed;
    typed.id = "take-2";
    typed.time = "2026-02-12T08:00:00Z";
    typed.mode = "typed";
    typed.text = "Could we look for someone together?";
    typed.score = -3;
    typed.band = "mixed";
    wb.takes.push_back(typed);
    wb.settings["theme"] = "dark";
    wb.settings["recents"] = false;
    wb.extra["from_another_tool"] = json::object{{"x", json::array{1, 2, 3}}};
    return wb;
}

}  // namespace doorway::test
