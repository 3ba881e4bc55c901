// doorway transcribe [--json] [--script TEXT_FILE] AUDIO: recognise speech in
// a recording, offline, and report pace, fillers, long pauses and anything
// about the input that stands in the way of a good transcript.
//
// The recording is read in blocks and streamed through the same pipeline as
// a live take (front end, voice activity, recogniser), so time and memory
// grow with its length only linearly and a file past the longest take is
// refused before any work (before the recogniser is even loaded).
//
// When the input draws a warning (phone-band, a loud room, another voice),
// the numbers counted from the recogniser's words (pace, fillers) are not
// given as facts: the text says they were not measured, and --json gives
// them as null and names them in "unreliable". With no words heard, or too
// little speech for a rate (speech::paceNotMeasured), the pace is "not
// measured" the same way; the filler rate needs more speech still
// (speech::fillerRateNotMeasured), and below it only the count is given.
// --json names the reason for each null in "not_measured". Duration, speaking time and pauses come from voice
// activity and are always given.
#include "app/cli.hpp"
#include "app/commands_json.hpp"
#include "core/paths.hpp"
#include "speech/adaptation.hpp"
#include "speech/audio_io.hpp"
#include "speech/metrics.hpp"
#include "speech/noise_adaptation.hpp"
#include "speech/recognizer.hpp"
#include "speech/take_pipeline.hpp"

#include <boost/json.hpp>

#include <cstdio>

namespace doorway {

int cmdTranscribe(const Args& args) {
    bool json = false;
    std::string scriptPath, audioPath;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json")
            json = true;
        else if (a == "--script") {
            if (i + 1 >= args.size()) return usageError("transcribe", "--script needs a text file");
            scriptPath = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            return usageError("transcribe", "unknown option '" + a + "'");
        } else if (audioPath.empty()) {
            audioPath = a;
        } else {
            return usageError("transcribe", "one recording at a time ('" + audioPath + "' and '" + a + "')");
        }
    }
    if (audioPath.empty()) return usageError("transcribe", "which recording? (a WAV, FLAC or OGG file)");

    speech::RecognizerOptions opts;
    std::string error;
    if (!scriptPath.empty() && !readFile(scriptPath, opts.script, error, 4u << 20)) return failure(error);
    speech::AudioReader reader;
    if (!reader.open(audioPath, error)) return failure(error);
    // The voice this computer was taught, when it is not locked away.
    std::string voiceError;
    if (!speech::loadVoiceProfile(opts.mllr, nullptr, voiceError) && !voiceError.empty())
        std::fprintf(stderr, "doorway: note: the voice this computer was taught is not used: %s\n", voiceError.c_str());
    // A noisy recording is heard with the noisy-room model (said on stderr
    // and left out when its asset is missing or broken).
    opts.noiseMllr = speech::shippedNoiseAdaptation();

    auto rec = speech::Recognizer::create(opts, error);
    if (!rec) return failure(error);
    speech::TakePipeline pipeline({}, reader.sourceRate(), speech::InputSource::File);
    rec->primeNextTake(speech::kFilePrimeCmnS);  // a file alone: its own cepstral mean
    if (!pipeline.attach(*rec, error)) return failure(error);
    std::vector<int16_t> block;
    for (;;) {
        block.clear();
        if (reader.read(block, speech::kSampleRate / 2, error) == 0) break;
        pipeline.feed(block.data(), block.size());
    }
    if (!error.empty()) return failure(error);
    speech::TakeAnalysis a = pipeline.finish();
    const speech::Transcript& t = a.transcript;
    auto fillers = speech::defaultFillers();
    auto m = speech::computeSpeechMetrics(t.words, t.durationS, fillers, speech::kLongPauseS, &a.voiced);

    const std::string paceReason = speech::paceNotMeasured(m);
    const std::string fillerRateReason = speech::fillerRateNotMeasured(m);
    if (json) {
        boost::json::object o;
        o["file"] = audioPath;
        o["text"] = t.text;
        boost::json::array words;
        for (const auto& w : t.words)
            words.push_back(boost::json::object{{"word", w.word}, {"start", w.start}, {"end", w.end}});
        o["words"] = std::move(words);
        o["duration_s"] = t.durationS;
        o["processing_s"] = t.processingS;
        o["adapted"] = rec->adapted();
        o["noisy_room_model"] = a.noiseAdapted;
        // The rest of the take metrics (wpm, fillers, pauses, warnings, ...),
        // same keys as a take's "metrics" in the workbook.
        boost::json::object metrics = speech::takeMetricsJson(a, fillers);
        speech::withholdUnreliable(metrics);
        // Each number withheld (null) with the reason, so a program can tell
        // "not measured" from a measure of 0.
        boost::json::object notMeasured;
        for (const auto& k : speech::wordCountedMetrics())
            if (metrics.contains(k) && metrics.at(k).is_null())
                notMeasured[k] = std::string(speech::kWordsUntrusted) + " (see warnings)";
        if (!paceReason.empty())
            for (const auto& k : speech::paceMetrics())
                if (metrics.contains(k) && !notMeasured.contains(k)) {
                    metrics[k] = nullptr;
                    notMeasured[k] = paceReason;
                }
        if (!fillerRateReason.empty() && metrics.contains("fillers_per_min") &&
            !notMeasured.contains("fillers_per_min")) {
            metrics["fillers_per_min"] = nullptr;
            notMeasured["fillers_per_min"] = fillerRateReason;
        }
        metrics["not_measured"] = std::move(notMeasured);
        for (auto& [k, v] : metrics)
            if (!o.contains(k)) o[k] = v;
        printJson(o);
        return 0;
    }
    std::printf("%s\n\n", t.text.empty() ? "(no speech recognised)" : t.text.c_str());
    std::printf("duration    %.1f s (speaking %.1f s)\n", m.durationS, m.speakingS);
    if (!speech::wordsTrusted(a.input)) {
        // The words heard are not good enough to count from (see the warning).
        std::printf("pace        not measured: %s (see the warning below)\n", speech::kWordsUntrusted);
        std::printf("fillers     not counted: %s (see the warning below)\n", speech::kWordsUntrusted);
    } else {
        if (!paceReason.empty())
            std::printf("pace        not measured: %s\n", paceReason.c_str());
        else
            std::printf("pace        %.0f words per minute (comfortable: %.0f-%.0f)\n", m.wpm, speech::kWpmLow,
                        speech::kWpmHigh);
        if (!fillerRateReason.empty())
            std::printf("fillers     %d (%s)\n", m.fillers, fillerRateReason.c_str());
        else
            std::printf("fillers     %d (%.1f per minute)\n", m.fillers, m.fillersPerMin);
    }
    std::printf("pauses      %d over %.0f s\n", m.pauses, speech::kLongPauseS);
    std::printf("recognised  in %.2f s%s\n", t.processingS, rec->adapted() ? " (with your voice profile)" : "");
    for (const auto& w : a.input.warnings) std::printf("warning     %s\n", w.text.c_str());
    return 0;
}

}  // namespace doorway
