// "Teach Doorway your voice": the sentences, one at a time, recorded with
// the chosen microphone; then an adaptation learned on a worker thread,
// saved in the user's data folder (sealed with the open workbook's key when
// it is locked) and used by every later take. One click removes it.
#include "ui/voice_teach_view.hpp"

#include "core/paths.hpp"
#include "speech/adaptation.hpp"
#include "speech/engine.hpp"
#include "speech/metrics.hpp"
#include "ui/appearance.hpp"

#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

namespace doorway {

namespace {

namespace fs = std::filesystem;

void say(VoiceTeachState& t, const std::string& text, bool isError = false) {
    t.status = text;
    t.statusIsError = isError;
}

void startReading(VoiceTeachState& t) {
    t.reading = true;
    t.next = 0;
    t.texts.clear();
    t.audio.clear();
    say(t, "Read each sentence in your usual voice, as if you were talking to someone across a table.");
}

// Drops the recordings (they were only ever in memory).
void stopReading(VoiceTeachState& t) {
    t.reading = false;
    t.recording = false;
    t.texts.clear();
    t.audio.clear();
    t.texts.shrink_to_fit();
    t.audio.shrink_to_fit();
}

void learn(AppState& app, VoiceTeachState& t) {
    std::vector<speech::TeachingTake> takes;
    for (size_t i = 0; i < t.texts.size(); ++i) {
        speech::TeachingTake take;
        take.text = t.texts[i];
        take.audio.samples = std::move(t.audio[i]);
        takes.push_back(std::move(take));
    }
    stopReading(t);
    t.learning = true;
    say(t, "Learning your voice... this takes a few seconds.");
    speechEngine(app).startLearning(std::move(takes));
}

// Record / Stop for the sentence being read. A reading with no voice in it
// is asked for again rather than learned from.
void recordButton(AppState& app, Platform& platform, VoiceTeachState& t) {
    speech::SpeechEngine& e = speechEngine(app);
    if (!t.recording) {
        if (ImGui::Button("Record this sentence")) {
            std::string error;
            prepareSpeechRecognizer(app);
            if (e.startListening(app.speechUi.device, error))
                t.recording = true;
            else
                say(t, "The microphone did not start: " + error, true);
        }
        return;
    }
    platform.animateFor(0.25);
    if (!ImGui::Button("Done with this sentence")) return;
    speech::TakeAnalysis a;
    speech::AudioClip audio;
    std::string error;
    t.recording = false;
    if (!e.stopListening(a, audio, error)) {
        say(t, "That reading could not be finished: " + error, true);
        return;
    }
    double voicedS = 0;
    for (const auto& v : a.voiced) voicedS += v.end - v.start;
    if (voicedS < 0.8 && a.transcript.words.empty()) {
        say(t, "Nothing was heard in that one. Is the right microphone chosen? Try the sentence again.", true);
        return;
    }
    t.texts.push_back(speech::teachingSentences()[t.next]);
    t.audio.push_back(std::move(audio.samples));
    ++t.next;
    say(t, t.next < speech::teachingSentences().size() ? "Thank you. The next one:" : "That was the last one.");
}

void drawReading(AppState& app, Platform& platform, VoiceTeachState& t) {
    const auto& sentences = speech::teachingSentences();
    if (t.next < sentences.size()) {
        ImGui::Text("Sentence %zu of %zu", t.next + 1, sentences.size());
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(260.0f, ImGui::GetContentRegionAvail().x));
        ImGui::TextUnformatted(("\"" + sentences[t.next] + "\"").c_str());
        ImGui::PopTextWrapPos();
        recordButton(app, platform, t);
        if (t.recording) {
            ImGui::SameLine();
            ImGui::ProgressBar(std::min(1.0f, speechEngine(app).level()), ImVec2(160, 0), "listening");
        }
    }
    ImGui::BeginDisabled(t.recording || t.texts.size() < speech::kMinTeachingTakes);
    if (ImGui::Button("Learn from what I have read")) learn(app, t);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(t.recording);
    if (ImGui::Button("Cancel")) {
        stopReading(t);
        say(t, "Nothing was kept.");
    }
    ImGui::EndDisabled();
    if (t.texts.size() < speech::kMinTeachingTakes)
        ImGui::TextDisabled("At least %zu sentences are needed; all %zu is best.", speech::kMinTeachingTakes,
                            sentences.size());
}

// Saves a learned adaptation, sealed like the open workbook.
bool keep(AppState& app, const std::string& mllr, std::string& error) {
    if (!speech::saveVoiceProfile(mllr, app.doc.sealer(), error)) return false;
    prepareSpeechRecognizer(app);
    return true;
}

}  // namespace

void drawVoiceTeaching(AppState& app, Platform& platform) {
    VoiceTeachState& t = app.speechUi.teach;
    ImGui::PushID("voice-teach");
    ImGui::Separator();
    ImGui::TextUnformatted("Teach Doorway your voice");
    if (t.scrollTo) {
        ImGui::SetScrollHereY(0.2f);
        t.scrollTo = false;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("(optional, about two minutes)");
    // While reading, what was just said ("Thank you. The next one:") leads
    // into the sentence it points to; otherwise it follows the buttons.
    auto status = [&t] {
        if (t.status.empty()) return;
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(260.0f, ImGui::GetContentRegionAvail().x));
        if (t.statusIsError)
            ImGui::TextColored(themeColor(Tone::Error), "%s", t.status.c_str());
        else
            ImGui::TextDisabled("%s", t.status.c_str());
        ImGui::PopTextWrapPos();
    };
    if (t.learning) {
        platform.animateFor(0.5);
        if (t.status.empty()) ImGui::TextDisabled("Learning your voice...");  // else the status says it
    } else if (t.reading) {
        status();
        drawReading(app, platform, t);
    } else {
        const auto state = speech::voiceProfileState();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(260.0f, ImGui::GetContentRegionAvail().x));
        if (state == speech::VoiceProfileState::None)
            ImGui::TextWrapped(
                "Read a dozen short sentences aloud and Doorway will understand you better in every "
                "take. What it learns stays on this computer.");
        else
            ImGui::TextWrapped(
                "Doorway has learned your voice%s. It is kept in %s and used for every take.",
                state == speech::VoiceProfileState::Sealed ? " (locked with a workbook's passphrase)" : "",
                displayPath(speech::voiceProfilePath()).c_str());
        const std::string missing = speech::adaptationToolsProblem();
        if (!missing.empty()) ImGui::TextDisabled("This step can't run here: %s.", missing.c_str());
        ImGui::PopTextWrapPos();
        ImGui::BeginDisabled(app.speechUi.listening || !speechEngine(app).inputAvailable() || !missing.empty());
        if (ImGui::Button(state == speech::VoiceProfileState::None ? "Start reading" : "Read the sentences again"))
            startReading(t);
        ImGui::EndDisabled();
        if (state != speech::VoiceProfileState::None) {
            ImGui::SameLine();
            if (ImGui::Button("Remove my voice profile")) {
                std::string error;
                if (speech::removeVoiceProfile(error)) {
                    say(t, "Your voice profile is removed; takes are heard without it.");
                    prepareSpeechRecognizer(app);
                } else {
                    say(t, error, true);
                }
            }
        }
    }
    if (!t.reading) status();
    ImGui::PopID();
}

void tickVoiceTeaching(AppState& app, Platform& platform) {
    VoiceTeachState& t = app.speechUi.teach;
    if (!t.learning || !app.speechUi.engine) return;
    std::string mllr, error;
    if (!app.speechUi.engine->learningDone(mllr, error)) {
        platform.animateFor(0.5);
        return;
    }
    t.learning = false;
    if (error.empty() && keep(app, mllr, error))
        say(t, "Doorway has learned your voice; later takes use it. You can remove it here at any time.");
    else
        say(t, "Your voice could not be learned: " + error, true);
}

bool voiceTeachUiAction(AppState& app, Platform& platform, const std::string& rest, std::string& error) {
    VoiceTeachState& t = app.speechUi.teach;
    if (rest == "teach-open") {
        t.open = t.scrollTo = true;
        return true;
    }
    if (rest == "voice-remove") {
        if (speech::removeVoiceProfile(error)) prepareSpeechRecognizer(app);
        return true;
    }
    if (rest.rfind("teach-from=", 0) != 0) return false;
    const fs::path dir = rest.substr(11);
    std::vector<speech::TeachingTake> takes;
    const auto& sentences = speech::teachingSentences();
    for (size_t i = 0; i < 99; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "%02zu", i + 1);
        std::error_code ec;
        const fs::path wav = dir / (std::string(name) + ".wav"), txt = dir / (std::string(name) + ".txt");
        if (!fs::exists(wav, ec)) continue;
        // What was read: NN.txt beside it, else the teaching sentence NN.
        speech::TeachingTake take;
        if (fs::exists(txt, ec)) {
            if (!readFile(txt.string(), take.text, error, 4096)) return true;
        } else if (i < sentences.size()) {
            take.text = sentences[i];
        } else {
            continue;
        }
        if (!speech::loadAudioFile(wav.string(), take.audio, error)) return true;
        takes.push_back(std::move(take));
    }
    t.open = t.scrollTo = true;
    t.learning = true;
    speechEngine(app).startLearning(std::move(takes));
    // Screenshots and tests: wait for the result before the next action.
    while (speechEngine(app).learning()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    tickVoiceTeaching(app, platform);
    if (t.statusIsError) error = t.status;
    return true;
}

}  // namespace doorway
