// doorway transcribe [--json] [--script TEXT_FILE] AUDIO: recognise speech in
// a recording, offline, and report pace, fillers and long pauses.
#include "app/cli.hpp"
#include "core/paths.hpp"
#include "speech/audio_io.hpp"
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <cstdio>

namespace doorway {

int cmdTranscribe(const Args& args) {
    bool json = false;
    std::string scriptPath, audioPath;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json") json = true;
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
    if (!scriptPath.empty()) {
        std::string error;
        if (!readFile(scriptPath, opts.script, error, 4u << 20)) return failure(error);
    }
    speech::AudioClip clip;
    std::string error;
    if (!speech::loadAudioFile(audioPath, clip, error)) return failure(error);

    auto rec = speech::Recognizer::create(opts, error);
    if (!rec) return failure(error);
    speech::Transcript t = rec->recognize(clip.samples);
    auto m = speech::computeSpeechMetrics(t.words, clip.seconds(), speech::defaultFillers());

    auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    if (json) {
        boost::json::object o;
        o["file"] = audioPath;
        o["text"] = t.text;
        boost::json::array words;
        for (const auto& w : t.words)
            words.push_back(boost::json::object{{"word", w.word}, {"start", round3(w.start)}, {"end", round3(w.end)}});
        o["words"] = std::move(words);
        o["duration_s"] = round3(clip.seconds());
        o["processing_s"] = round3(t.processingS);
        // The rest of the take metrics (wpm, fillers, pauses, ...), same keys
        // as a take's "metrics" in the workbook.
        for (auto& [k, v] : speech::speechMetricsToJson(m))
            if (!o.contains(k)) o[k] = v;
        std::printf("%s\n", boost::json::serialize(o).c_str());
        return 0;
    }
    std::printf("%s\n\n", t.text.empty() ? "(no speech recognised)" : t.text.c_str());
    std::printf("duration    %.1f s (speaking %.1f s)\n", m.durationS, m.speakingS);
    std::printf("pace        %.0f words per minute (comfortable: %.0f-%.0f)\n", m.wpm, speech::kWpmLow,
                speech::kWpmHigh);
    std::printf("fillers     %d (%.1f per minute)\n", m.fillers, m.fillersPerMin);
    std::printf("pauses      %d over %.0f s\n", m.pauses, speech::kLongPauseS);
    std::printf("recognised  in %.2f s\n", t.processingS);
    return 0;
}

}  // namespace doorway
