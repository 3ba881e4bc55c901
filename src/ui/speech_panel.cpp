// The speech panel inside the rehearsal pane: microphone choice and level,
// what is being heard, the after-take numbers (pace, fillers, pauses,
// phrasing), the take's recording, bringing in a recording, and the voice
// that speaks objections in role-play.
#include "ui/speech_panel.hpp"
#include "core/clock.hpp"
#include "core/labels.hpp"
#include "core/paths.hpp"
#include "core/scorer.hpp"
#include "core/take_findings.hpp"
#include "core/takes.hpp"
#include "core/worksheet.hpp"
#include "speech/adaptation.hpp"
#include "speech/audio_io.hpp"
#include "speech/engine.hpp"
#include "speech/input_quality.hpp"
#include "speech/metrics.hpp"
#include "speech/voice.hpp"
#include "ui/appearance.hpp"
#include "ui/rehearsal_shared.hpp"
#include "ui/text_fit.hpp"
#include "ui/voice_teach_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <thread>

namespace doorway {

namespace {

namespace fs = std::filesystem;

// The fold with the recording, filler and voice settings: its label, and the
// name the voice note sends you to.
constexpr const char* kMoreLabel = "More: bring in a recording, fillers, voices";

speech::SpeechEngine& engine(AppState& app) {
    if (!app.speechUi.engine) app.speechUi.engine = std::make_shared<speech::SpeechEngine>();
    return *app.speechUi.engine;
}

void note(AppState& app, const std::string& msg, bool isError = false) {
    app.speechUi.message = msg;
    app.speechUi.messageIsError = isError;
}

// Everything this person has written is what they are likely to say: the
// recogniser leans toward it.
void collectText(const json::value& v, std::string& out) {
    if (v.is_string()) {
        out += std::string(v.as_string());
        out += '\n';
    } else if (v.is_array()) {
        for (const auto& x : v.as_array()) collectText(x, out);
    } else if (v.is_object()) {
        for (const auto& [k, x] : v.as_object()) collectText(x, out);
    }
}

std::string biasScript(const Workbook& wb) {
    std::string out;
    for (const auto& [sheet, fields] : wb.answers)
        for (const auto& [field, value] : fields) collectText(value, out);
    for (const auto& t : wb.takes)
        if (t.mode == "typed") out += t.text + '\n';
    return out;
}

// Everything the recogniser should know before a take: what this person
// wrote, and the voice this computer was taught (when it can be opened
// with the open workbook's key, or is not sealed at all).
void prepareRecognizer(AppState& app) {
    SpeechUiState& st = app.speechUi;
    std::error_code ec;
    const fs::path profile = speech::voiceProfilePath();
    std::string stamp;
    if (fs::exists(profile, ec)) {
        stamp = std::to_string(fs::file_size(profile, ec)) + "/" +
                std::to_string(fs::last_write_time(profile, ec).time_since_epoch().count()) + "/" +
                std::to_string(reinterpret_cast<uintptr_t>(app.doc.sealer()));
    }
    if (stamp != st.voiceStamp) {
        std::string voiceError;
        speech::loadVoiceProfile(st.voiceMllr, app.doc.sealer(), voiceError);
        st.voiceStamp = stamp;
    }
    engine(app).prepare(biasScript(app.doc.workbook()), st.voiceMllr);
}

// The input warnings (codes) as the sentences people read.
void drawWarnings(const std::vector<std::string>& codes, speech::InputSource source = speech::InputSource::Live) {
    if (codes.empty()) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(260.0f, ImGui::GetContentRegionAvail().x));
    for (const auto& c : codes) {
        std::string text = speech::warningText(c, source);
        if (!text.empty()) ImGui::TextColored(themeColor(Tone::Warn), "%s", text.c_str());
    }
    ImGui::PopTextWrapPos();
}

std::vector<std::string> warningsOf(const json::object& m) {
    std::vector<std::string> out;
    if (auto it = m.find("warnings"); it != m.end() && it->value().is_array())
        for (const auto& v : it->value().as_array())
            if (v.is_string()) out.emplace_back(v.as_string());
    return out;
}

std::string voiceSetting(const Workbook& wb) {
    auto it = wb.settings.find(speech::kVoiceSetting);
    if (it != wb.settings.end() && it->value().is_string()) return std::string(it->value().as_string());
    return speech::kDefaultVoice;
}

// Turns words, voice activity and input checks into the take's metrics
// (warnings included) and saves the recording.
bool finishTake(AppState& app, const speech::TakeAnalysis& a, const speech::AudioClip& audio, json::object& metrics,
                std::string& audioFile, std::string& error) {
    const speech::Transcript& t = a.transcript;
    metrics = speech::takeMetricsJson(a, speech::fillersFromSettings(app.doc.workbook().settings));
    metrics["processing_s"] = std::round(t.processingS * 100) / 100;
    audioFile.clear();
    std::string folder = takesFolderFor(app.doc.path());
    if (folder.empty()) {
        note(app, "The recording was not kept: save the workbook first, and later takes keep theirs.");
        return true;
    }
    if (app.doc.isReadOnly()) return true;
    std::string stamp = nowIso8601();
    std::string name = "take-";
    for (char c : stamp)
        if (std::isdigit(static_cast<unsigned char>(c))) name += c;
    if (name.size() > 19) name.resize(19);
    std::string candidate = name + ".wav";
    for (int i = 2; fs::exists(fs::path(folder) / candidate); ++i) candidate = name + "-" + std::to_string(i) + ".wav";
    // A sealed workbook seals its recordings with the same key.
    if (!speech::writeAudioFile((fs::path(folder) / candidate).string(), audio, error, app.doc.sealer())) return false;
    audioFile = candidate;
    return true;
}

void rememberLast(AppState& app, const std::string& text, const json::object& metrics, const std::string& audio) {
    SpeechUiState& st = app.speechUi;
    st.haveLast = true;
    st.lastText = text;
    st.lastMetrics = metrics;
    st.lastAudio = audio;
}

// A spoken take outside the timed rehearsal (a recording brought in, or the
// panel's own Listen and Stop) goes into the history like any other, so its
// recording is never a file that no take points to.
void addSpokenTake(AppState& app, Platform& platform, const std::string& text, double seconds,
                   const json::object& metrics, const std::string& audioFile) {
    TakeRecord r;
    r.mode = "spoken";
    r.startedIso = nowIso8601();
    r.elapsedS = seconds;
    r.text = text;
    r.score = cachedScore(app, text);
    r.audio = audioFile;
    r.speechMetrics = metrics;
    Take take = makeTake(app.doc.workbook(), r);
    runCommandWithoutUndo(app, platform.now(), cmd::addTake(take));
}

bool importRecording(AppState& app, Platform& platform, const std::string& path, std::string& error) {
    speech::AudioClip clip;
    if (!speech::loadAudioFile(path, clip, error)) return false;
    speech::SpeechEngine& e = engine(app);
    prepareRecognizer(app);
    speech::TakeAnalysis a;
    if (!e.transcribe(clip, a, error, clip.sourceRate)) return false;
    const speech::Transcript& t = a.transcript;
    if (t.text.empty()) {
        // Nothing to score or keep: a copy of the file with no take pointing
        // to it would only be a stray recording in the takes folder.
        note(app, "No words were recognised in " + fs::path(path).filename().string() + ", so nothing was added.");
        return true;
    }
    json::object metrics;
    std::string audioFile;
    if (!finishTake(app, a, clip, metrics, audioFile, error)) return false;
    rememberLast(app, t.text, metrics, audioFile);
    addSpokenTake(app, platform, t.text, clip.seconds(), metrics, audioFile);
    note(app, "Brought in " + fs::path(path).filename().string() + " as a spoken take.");
    return true;
}

int findTakeWithAudio(const Workbook& wb, const std::string& audio) {
    for (size_t i = 0; i < wb.takes.size(); ++i)
        if (!audio.empty() && wb.takes[i].audio == audio) return int(i);
    return -1;
}

void playRecording(AppState& app, const std::string& audio) {
    std::string path = (fs::path(takesFolderFor(app.doc.path())) / audio).string();
    speech::AudioClip clip;
    std::string error;
    app.speechUi.playError.clear();
    if (!speech::loadAudioFile(path, clip, error, app.doc.sealer()) || !engine(app).play(clip, error)) {
        // Said beside the button that was pressed; the words and numbers stay.
        app.speechUi.playError = "Could not play the recording: " + error + ".";
        return;
    }
    app.speechUi.playingAudio = audio;
}

// Play / Stop for one take's recording, with why it could not play.
void drawPlayButton(AppState& app, Platform& platform, const std::string& audio) {
    SpeechUiState& st = app.speechUi;
    bool playing = st.engine && st.engine->playing() && st.playingAudio == audio;
    if (ImGui::Button(playing ? "Stop playing" : "Play recording")) {
        if (playing)
            st.engine->stopPlayback();
        else
            playRecording(app, audio);
    }
    if (playing) {
        platform.animateFor(0.5);
        ImGui::SameLine();
        ImGui::TextDisabled("playing...");
    } else if (!st.playError.empty()) {
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(themeColor(Tone::Error), "%s", st.playError.c_str());
        ImGui::PopTextWrapPos();
    }
}

void deleteRecording(AppState& app, Platform& platform, const std::string& audio) {
    const Workbook& wb = app.doc.workbook();
    int idx = findTakeWithAudio(wb, audio);
    std::error_code ec;
    fs::remove(fs::path(takesFolderFor(app.doc.path())) / audio, ec);
    if (idx >= 0) {
        Take t = wb.takes[size_t(idx)];
        t.audio.clear();
        runCommand(app, platform.now(), cmd::updateTake(t.id, t));
    }
    if (app.speechUi.lastAudio == audio) app.speechUi.lastAudio.clear();
    note(app, ec ? "The recording could not be removed: " + ec.message() : "The recording was deleted; the words stay.",
         bool(ec));
}

double num(const json::object& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end()) return 0;
    if (it->value().is_double()) return it->value().as_double();
    if (it->value().is_int64()) return double(it->value().as_int64());
    return 0;
}

// The panel's own Stop: the words, numbers and recording become a spoken
// take, as a timed one would.
bool endPanelTake(AppState& app, Platform& platform, std::string& error) {
    std::string text, audio;
    json::object metrics;
    if (!speechEndTake(app, platform, text, metrics, audio, error)) return false;
    if (text.empty()) {
        discardRecording(app, audio);
        note(app,
             "No words were heard in that take, so nothing was added to your takes. Is the right microphone chosen?");
        return true;
    }
    addSpokenTake(app, platform, text, num(metrics, "duration_s"), metrics, audio);
    if (app.speechUi.message.empty()) note(app, "Kept as a spoken take. See all takes lists it with the others.");
    return true;
}

// Which microphone: its exact PortAudio name, else the only one whose name
// contains `name`.
bool chooseDevice(AppState& app, const std::string& name, std::string& error) {
    speech::SpeechEngine& e = engine(app);
    if (name == "default") {
        app.speechUi.device = -1;
        return true;
    }
    std::vector<const speech::DeviceInfo*> partial;
    std::string known;
    for (const auto& d : e.devices()) {
        if (d.name == name) {
            app.speechUi.device = d.index;
            return true;
        }
        if (d.name.find(name) != std::string::npos) partial.push_back(&d);
        known += (known.empty() ? "" : ", ") + d.name;
    }
    if (partial.size() == 1) {
        app.speechUi.device = partial.front()->index;
        return true;
    }
    error =
        "no single microphone called '" + name + "' (" + (known.empty() ? "none were found" : "found: " + known) + ")";
    return false;
}

// Pace on a strip from 60 to 220 wpm with the comfortable band shaded, or
// why there is no pace to show (no words, too little speech, or words that
// can't be trusted): a made-up 0 would read as "unhurried".
void drawPaceBand(const json::object& m) {
    if (std::string why = speech::paceNotMeasuredIn(m); !why.empty()) {
        ImGui::TextDisabled("Pace not measured: %s.", why.c_str());
        return;
    }
    const double wpm = num(m, "wpm");
    const float w = std::min(320.0f, ImGui::GetContentRegionAvail().x);
    const float h = ImGui::GetTextLineHeight();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto x = [&](double v) { return p.x + float(std::clamp((v - 60.0) / 160.0, 0.0, 1.0)) * w; };
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), 3);
    dl->AddRectFilled(ImVec2(x(speech::kWpmLow), p.y), ImVec2(x(speech::kWpmHigh), p.y + h),
                      themeColorU32(Fill::BandGood), 3);
    float mx = x(wpm);
    dl->AddRectFilled(ImVec2(mx - 2, p.y - 2), ImVec2(mx + 2, p.y + h + 2), ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy(ImVec2(w, h));
    bool inBand = wpm >= speech::kWpmLow && wpm <= speech::kWpmHigh;
    ImGui::SameLine();
    ImGui::Text("%.0f words a minute%s", wpm,
                inBand                  ? " - an easy pace to follow"
                : wpm < speech::kWpmLow ? " - unhurried; a little quicker is fine"
                                        : " - quick; slowing down helps it land");
}

void drawAfterTake(AppState& app, Platform& platform) {
    SpeechUiState& st = app.speechUi;
    if (!st.haveLast) return;
    // A timed take's review at the top of the pane already shows it whole.
    const TakeSession& timed = app.rehearsalUi.take;
    if (timed.over && timed.spoken && timed.heard.audio == st.lastAudio && timed.heard.text == st.lastText) return;
    const json::object& m = st.lastMetrics;
    ImGui::Separator();
    ImGui::TextUnformatted("Your last spoken take");
    if (!st.lastText.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
        ImGui::TextDisabled("\"%s\"", st.lastText.c_str());
        ImGui::PopTextWrapPos();
    }
    drawWarnings(warningsOf(m), speech::inputSourceOf(m));
    drawPaceBand(m);
    ImGui::Text("%.0f s recorded, %.0f s speaking", num(m, "duration_s"), num(m, "speaking_s"));
    if (std::string why = speech::fillerRateNotMeasuredIn(m); !why.empty())
        ImGui::Text("Fillers: %.0f (%s)", num(m, "fillers"), why.c_str());
    else
        ImGui::Text("Fillers: %.0f (%.1f a minute)", num(m, "fillers"), num(m, "fillers_per_min"));
    if (auto it = m.find("filler_counts");
        it != m.end() && it->value().is_object() && !it->value().as_object().empty()) {
        std::string list;
        for (const auto& [k, v] : it->value().as_object())
            list +=
                (list.empty() ? "" : ", ") + std::string(k) + " x" + std::to_string(v.is_int64() ? v.as_int64() : 0);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", list.c_str());
    }
    ImGui::Text("Pauses over 2 s: %.0f", num(m, "pauses"));
    // The score is the take's, from the words (the metrics hold only speech
    // numbers); the caption and band name are the ones every view uses.
    if (const ScoreResult* r = cachedScore(app, st.lastText)) {
        ImGui::Text("Phrasing: %s (%s)", scoreCaption(r->score, r->band).c_str(), bandLabel(r->band).c_str());
    } else if (!app.rehearsalUi.scores.error.empty()) {
        ImGui::TextDisabled("Phrasing score unavailable: %s", app.rehearsalUi.scores.error.c_str());
    }
    if (!st.lastAudio.empty()) {
        // Listening back comes first; deleting is the rarer, final choice.
        ImGui::PushID(st.lastAudio.c_str());
        drawPlayButton(app, platform, st.lastAudio);
        if (ImGui::SmallButton("Delete recording")) deleteRecording(app, platform, st.lastAudio);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", st.lastAudio.c_str());
        ImGui::PopID();
    }
}

void drawVoice(AppState& app, Platform& platform) {
    std::string current = voiceSetting(app.doc.workbook());
    ImGui::SetNextItemWidth(140);
    const char* label = current == "off" ? "off (silent)" : current.c_str();
    if (ImGui::BeginCombo("Partner's voice in role-play", label)) {
        if (comboRow("off (silent)", current == "off"))
            runCommand(app, platform.now(), cmd::setSetting(speech::kVoiceSetting, "off"));
        for (const auto& v : speech::voiceNames())
            if (comboRow(v.c_str(), v == current))
                runCommand(app, platform.now(), cmd::setSetting(speech::kVoiceSetting, json::string(v)));
        ImGui::EndCombo();
    }
    if (current != "off") {
        ImGui::SameLine();
        if (ImGui::SmallButton("Try it")) speakObjection(app, platform, "I don't think we need a counselor.", true);
    }
    drawVoiceNote(app, platform);
}

void drawFillers(AppState& app, Platform& platform) {
    SpeechUiState& st = app.speechUi;
    if (!st.fillersEditing) {
        st.fillersEdit.clear();
        for (const auto& f : speech::fillersFromSettings(app.doc.workbook().settings))
            st.fillersEdit += (st.fillersEdit.empty() ? "" : ", ") + f;
    }
    char buf[512];
    std::snprintf(buf, sizeof buf, "%s", st.fillersEdit.c_str());
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x - 120));
    if (ImGui::InputText("Fillers to count", buf, sizeof buf)) st.fillersEdit = buf;
    st.fillersEditing = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        json::array list;
        std::string cur;
        for (char c : st.fillersEdit + ",") {
            if (c == ',') {
                auto words = speech::splitWords(cur);
                std::string joined;
                for (auto& w : words) joined += (joined.empty() ? "" : " ") + w;
                if (!joined.empty()) list.push_back(json::string(joined));
                cur.clear();
            } else {
                cur += c;
            }
        }
        runCommand(app, platform.now(), cmd::setSetting(speech::kFillersSetting, std::move(list)));
    }
}

}  // namespace

void discardRecording(AppState& app, const std::string& audio) {
    if (audio.empty()) return;
    std::error_code ec;
    fs::remove(fs::path(takesFolderFor(app.doc.path())) / audio, ec);
    if (app.speechUi.lastAudio == audio) app.speechUi.lastAudio.clear();
}

speech::SpeechEngine& speechEngine(AppState& app) {
    return engine(app);
}
void prepareSpeechRecognizer(AppState& app) {
    prepareRecognizer(app);
}

void drawSpeechSummary(AppState& app, Platform& platform, const json::object& m, const std::string& audio) {
    ImGui::PushID("speech-summary");
    // The warnings first: they say how far the numbers below can be trusted,
    // and the review's box is short enough to hide what comes last.
    drawWarnings(warningsOf(m), speech::inputSourceOf(m));
    const bool untrusted = speech::wordsUntrustedIn(m);
    if (untrusted)
        ImGui::TextDisabled("The phrasing score reads the words as they were heard, which may not be what you said.");
    drawPaceBand(m);
    if (const std::string line = speech::takeCountsLine(m); !line.empty()) ImGui::TextDisabled("%s", line.c_str());
    if (!audio.empty()) {
        ImGui::PushID(audio.c_str());
        drawPlayButton(app, platform, audio);
        ImGui::PopID();
    }
    ImGui::PopID();
}

void drawHeardSoFar(AppState& app, float boxLines) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("What I hear so far");
    ImGui::SameLine();
    drawSpeechLevel(app);
    if (boxLines > 0) ImGui::BeginChild("##heard", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * boxLines), true);
    const std::string& partial = speechPartialText(app);
    ImGui::PushTextWrapPos(0);
    if (partial.empty())
        ImGui::TextDisabled("Listening…");
    else
        ImGui::TextUnformatted(partial.c_str());
    ImGui::PopTextWrapPos();
    if (boxLines > 0) ImGui::EndChild();
}

void drawSpeechLevel(AppState& app) {
    SpeechUiState& st = app.speechUi;
    const bool on = st.listening && st.engine;
    float level = on ? std::min(1.0f, st.engine->level()) : 0.0f;
    char overlay[48];
    if (on)
        std::snprintf(overlay, sizeof overlay, "listening  %.0f s", st.engine->listenedS());
    else
        std::snprintf(overlay, sizeof overlay, "not listening");
    ImGui::PushID("speech-level");
    ImGui::ProgressBar(level, ImVec2(260 * app.uiScale, 0), overlay);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("How loud the microphone hears you. It should move when you speak.");
    if (on) {
        drawWarnings(st.liveWarnings);
        if (st.engine->takeFull())
            ImGui::TextColored(themeColor(Tone::Warn),
                               "This take has reached %.0f minutes, the longest kept; "
                               "what follows is not recorded. Stop when you are ready.",
                               speech::kMaxRecordingS / 60);
    }
    ImGui::PopID();
}

void drawSpeechPanel(AppState& app, Platform& platform) {
    SpeechUiState& st = app.speechUi;
    speech::SpeechEngine& e = engine(app);
    ImGui::PushID("speech-panel");
    ImGui::Spacing();
    ImGui::TextUnformatted("Say it aloud");
    ImGui::SameLine();
    ImGui::TextDisabled("(heard and kept on this computer only)");

    if (!e.inputAvailable()) {
        ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
        ImGui::TextWrapped(
            "There is no microphone to listen with right now, and that's fine: a typed take "
            "counts just the same. You can also bring in a recording you made elsewhere (More, below).");
        ImGui::TextDisabled("Details: %s", e.inputProblem().c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::SmallButton("Look again")) e.refreshDevices();
    } else {
        const auto& devs = e.devices();
        std::string current = "Default microphone";
        for (const auto& d : devs)
            if (d.index == st.device) current = d.name;
        ImGui::SetNextItemWidth(260);
        ImGui::BeginDisabled(st.listening);
        if (ImGui::BeginCombo("Microphone", current.c_str())) {
            if (comboRow("Default microphone", st.device < 0)) st.device = -1;
            for (const auto& d : devs) {
                ImGui::PushID(d.name.c_str());
                if (comboRow(d.name.c_str(), d.index == st.device)) st.device = d.index;
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (!st.listening) {
            if (ImGui::Button("Listen")) {
                std::string error;
                if (!speechBeginTake(app, platform, error)) note(app, "The microphone did not start: " + error, true);
            }
        } else if (ImGui::Button("Stop")) {
            std::string error;
            if (!endPanelTake(app, platform, error)) note(app, "That take could not be finished: " + error, true);
        }
        drawSpeechLevel(app);
        if (st.listening) {
            ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
            ImGui::TextDisabled("%s", st.partial.empty() ? "(listening...)" : st.partial.c_str());
            ImGui::PopTextWrapPos();
            if (!e.recognizerReady()) ImGui::TextDisabled("Getting the recogniser ready...");
        }
    }
    if (!st.message.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
        if (st.messageIsError)
            ImGui::TextColored(themeColor(Tone::Error), "%s", st.message.c_str());
        else
            ImGui::TextDisabled("%s", st.message.c_str());
        ImGui::PopTextWrapPos();
    }

    drawAfterTake(app, platform);

    if (st.teach.open) ImGui::SetNextItemOpen(true);
    if (ImGui::TreeNode(kMoreLabel)) {
        char path[1024];
        std::snprintf(path, sizeof path, "%s", st.importPath.c_str());
        ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x - 120));
        if (ImGui::InputText("##import", path, sizeof path)) st.importPath = path;
        hintOverLastItem("/path/to/recording.wav (WAV, FLAC or OGG)", path[0] == '\0');
        ImGui::SameLine();
        ImGui::BeginDisabled(st.listening || st.importPath.empty());
        if (ImGui::Button("Bring in")) {
            std::string error;
            if (!importRecording(app, platform, st.importPath, error)) note(app, error, true);
        }
        ImGui::EndDisabled();
        drawFillers(app, platform);
        drawVoice(app, platform);
        drawVoiceTeaching(app, platform);
        ImGui::TreePop();
    }
    ImGui::PopID();
}

void tickSpeech(AppState& app, Platform& platform) {
    SpeechUiState& st = app.speechUi;
    if (!st.engine) return;
    if (st.listening) {
        st.partial = st.engine->partialText();
        st.liveWarnings.clear();
        for (const auto& w : st.engine->liveInput().warnings) st.liveWarnings.push_back(w.code);
        platform.animateFor(0.25);  // the meter and the words keep moving
    }
    if (!st.playingAudio.empty() && !st.engine->playing()) st.playingAudio.clear();
    tickVoiceTeaching(app, platform);
}

bool speechUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    if (action.rfind("speech.", 0) != 0) return false;
    SpeechUiState& st = app.speechUi;
    const std::string rest = action.substr(7);
    if (rest.rfind("import=", 0) == 0) {
        std::string path = rest.substr(7);
        if (path.empty()) {
            error = "speech.import needs a file: speech.import=PATH";
            return true;
        }
        if (!importRecording(app, platform, path, error)) return true;
        return true;
    }
    if (rest == "listen") {
        if (!speechBeginTake(app, platform, error)) note(app, "The microphone did not start: " + error, true);
        error.clear();
        return true;
    }
    if (rest.rfind("device=", 0) == 0) {
        chooseDevice(app, rest.substr(7), error);
        return true;
    }
    if (rest.rfind("wait=", 0) == 0) {
        // Screenshots and tests: let the microphone run for this many
        // seconds of audio before the first frame is drawn. The capture and
        // the recogniser run on their own threads, so nothing needs a frame.
        char* end = nullptr;
        std::string v = rest.substr(5);
        double want = std::strtod(v.c_str(), &end);
        if (v.empty() || !end || *end || !std::isfinite(want) || want < 0 || want > 600) {
            error = "speech.wait needs seconds of audio, 0 to 600: speech.wait=8";
            return true;
        }
        if (!st.listening || !st.engine) {
            error = "the microphone is not listening (speech.listen, or rehearsal.aloud=on and rehearsal.start first)";
            return true;
        }
        // A stalled device must not hang the run: give up at twice the time.
        const auto giveUp = std::chrono::steady_clock::now() + std::chrono::duration<double>(want * 2 + 5);
        while (st.engine->listenedS() < want) {
            if (std::chrono::steady_clock::now() > giveUp) {
                error = "the microphone delivered only " + std::to_string(st.engine->listenedS()) + " s of audio";
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        // The recogniser trails the audio by a moment; let the words catch up.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        tickSpeech(app, platform);
        return true;
    }
    if (rest == "stop") {
        const RehearsalUiState& r = app.rehearsalUi;
        if (r.take.listening || r.role.listening) {
            error = "a timed take is listening: end it with rehearsal.finish (or roleplay's done action)";
            return true;
        }
        if (!endPanelTake(app, platform, error)) return true;
        return true;
    }
    if (rest == "play" || rest == "play-wait") {
        if (!st.haveLast || st.lastAudio.empty()) {
            error = "there is no recording of a spoken take to play yet";
            return true;
        }
        playRecording(app, st.lastAudio);
        // No speaker is a state of this computer, not a wrong action: the
        // panel says why (as speech.listen does) and the run goes on.
        if (st.playingAudio.empty()) return true;
        if (rest == "play-wait") {
            // Until the clip is done (a fake or real speaker keeps real time).
            const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(120);
            while (st.engine->playing() && std::chrono::steady_clock::now() < giveUp)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            tickSpeech(app, platform);
        }
        return true;
    }
    if (voiceTeachUiAction(app, platform, rest, error)) return true;
    if (rest.rfind("voice=", 0) == 0) {
        std::string v = rest.substr(6);
        const auto& names = speech::voiceNames();
        if (v != "off" && std::find(names.begin(), names.end(), v) == names.end()) {
            error = "unknown voice '" + v + "' (off, slt, kal16, rms, awb)";
            return true;
        }
        runCommand(app, platform.now(), cmd::setSetting(speech::kVoiceSetting, json::string(v)));
        return true;
    }
    error = "unknown speech action '" + action +
            "' (speech.device=NAME, speech.listen, speech.wait=SECONDS, speech.stop, speech.play, speech.play-wait, "
            "speech.import=PATH, speech.voice=NAME, speech.teach-open, speech.teach-from=DIR, speech.voice-remove)";
    return true;
}

bool speechInputAvailable(AppState& app) {
    return engine(app).inputAvailable();
}

bool speechBeginTake(AppState& app, Platform& platform, std::string& error) {
    SpeechUiState& st = app.speechUi;
    speech::SpeechEngine& e = engine(app);
    if (st.listening) return true;
    if (!e.inputAvailable()) {
        error = e.inputProblem();
        return false;
    }
    prepareRecognizer(app);
    if (!e.startListening(st.device, error)) return false;
    st.listening = true;
    st.listenStartedAt = platform.now();
    st.partial.clear();
    st.message.clear();
    platform.animateFor(0.5);
    return true;
}

const std::string& speechPartialText(const AppState& app) {
    return app.speechUi.partial;
}

bool speechEndTake(AppState& app, Platform& platform, std::string& text, boost::json::object& metrics,
                   std::string& audioFile, std::string& error) {
    SpeechUiState& st = app.speechUi;
    if (!st.listening || !st.engine) {
        error = "the microphone was not listening";
        return false;
    }
    speech::TakeAnalysis t;
    speech::AudioClip audio;
    bool ok = st.engine->stopListening(t, audio, error);
    st.listening = false;
    st.partial.clear();
    st.liveWarnings.clear();
    if (!ok) return false;
    if (!finishTake(app, t, audio, metrics, audioFile, error)) {
        // The words are still worth keeping even if the file was not written.
        note(app, "The recording could not be saved: " + error, true);
        error.clear();
    }
    text = t.transcript.text;
    rememberLast(app, text, metrics, audioFile);
    platform.animateFor(0.5);
    return true;
}

void speakObjection(AppState& app, Platform& platform, const std::string& text, bool asked) {
    SpeechUiState& st = app.speechUi;
    std::string voice = voiceSetting(app.doc.workbook());
    if (text.empty()) return;
    if (voice == "off") {
        if (asked) {
            st.voiceNote =
                std::string("The partner's voice is off, so nothing plays. To hear it, choose a voice under \"") +
                kMoreLabel + "\" on \"" + std::string(practicePageName("rehearsal")) + "\".";
            app.say(st.voiceNote, platform.now());
        }
        return;
    }
    speech::SpeechEngine& e = engine(app);
    st.voiceStaleError = e.lastVoiceError();
    st.voiceWaiting = asked;
    st.voiceAskedAt = platform.now();
    if (asked) st.voiceNote.clear();
    e.speak(text, voice);
}

void drawVoiceNote(AppState& app, Platform& platform) {
    SpeechUiState& st = app.speechUi;
    if (st.voiceWaiting && st.engine) {
        // The speaking thread leaves its error behind when it ends; the same
        // words as before count only after the time synthesis and opening
        // the output take, so an earlier try's error isn't reported early.
        const std::string err = st.engine->lastVoiceError();
        const bool settled = platform.now() - st.voiceAskedAt > 2.0;
        if (st.engine->playing()) {
            st.voiceWaiting = false;
            st.voiceNote.clear();
        } else if (!err.empty() && (err != st.voiceStaleError || settled)) {
            st.voiceWaiting = false;
            st.voiceNote = "The partner's voice can't play here: " + err +
                           ". That's fine: read their words on the card, or plug in headphones and try again.";
            app.say(st.voiceNote, platform.now());
        } else if (settled && platform.now() - st.voiceAskedAt > 20.0) {
            st.voiceWaiting = false;  // played and ended between two looks, or still busy: stop asking
        } else {
            platform.animateFor(0.5);  // keep looking while the window would idle
        }
    }
    if (st.voiceNote.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", st.voiceNote.c_str());
    ImGui::PopTextWrapPos();
    app.uiMap.addLastItem("note/voice", "note", st.voiceNote);
}

}  // namespace doorway
