// Reading assets/scoring/model.json: the fitted weights (tools/fit_scorer) and the structure knobs; every
// error names the file and the key. The rules it weighs are read first (scorer_load.cpp).
#include "core/scorer_asset_reader.hpp"
#include "core/scorer_impl.hpp"

namespace doorway {

using namespace scoring;

using namespace scoring::asset;

void Scorer::Impl::loadModel(const std::string& dir, bool requireWeights) {
    loadAsset(dir, "model.json", "doorway-scoring-model", [&](const json::object& o, const std::string& file) {
        Reader r{file};
        r.onlyKeys(o, "",
                   {"format", "version", "comment", "fitted", "base", "bands", "unclear", "soft", "severe",
                    "repeat_factor", "negation_window", "quoted_whole_ratio", "length", "balance", "fragment_words",
                    "taint_reach", "echo_words", "weights"});
        Model& m = model;
        m.base = r.numAt(o, "", "base", -100, 200);
        const auto& bands = r.obj(r.need(o, "", "bands"), "bands");
        r.onlyKeys(bands, "bands", {"invitation", "mixed"});
        m.bandInvitation = r.numAt(bands, "bands", "invitation", 1, 100);
        m.bandMixed = r.numAt(bands, "bands", "mixed", 0, 100);
        if (m.bandMixed >= m.bandInvitation) assetError(file, "bands.mixed", "must be below bands.invitation");
        const auto& unclear = r.obj(r.need(o, "", "unclear"), "unclear");
        r.onlyKeys(unclear, "unclear", {"evidence_below"});
        m.unclearBelow = r.numAt(unclear, "unclear", "evidence_below", 0, 100);
        const auto& soft = r.obj(r.need(o, "", "soft"), "soft");
        r.onlyKeys(soft, "soft", {"top", "bottom", "width"});
        m.softTop = r.numAt(soft, "soft", "top", 50, 100);
        m.softBottom = r.numAt(soft, "soft", "bottom", 0, 50);
        m.softWidth = r.numAt(soft, "soft", "width", 1, 200);
        const auto& sev = r.obj(r.need(o, "", "severe"), "severe");
        r.onlyKeys(sev, "severe", {"knee", "ceiling"});
        m.severeKnee = r.numAt(sev, "severe", "knee", 0, 100);
        m.severeCeiling = r.numAt(sev, "severe", "ceiling", 0, 100);
        if (m.severeKnee >= m.severeCeiling) assetError(file, "severe.knee", "must be below severe.ceiling");
        if (m.severeCeiling >= m.bandInvitation) assetError(file, "severe.ceiling", "must be below bands.invitation");
        m.repeatFactor = r.numAt(o, "", "repeat_factor", 0, 1);
        m.negationWindow = int(r.numAt(o, "", "negation_window", 1, 30));
        m.quotedWholeRatio = r.numAt(o, "", "quoted_whole_ratio", 0, 1);
        m.fragmentWords = int(r.numAt(o, "", "fragment_words", 0, 5));
        m.taintReach = int(r.numAt(o, "", "taint_reach", 1, 100));
        m.echoWords = int(r.numAt(o, "", "echo_words", 0, 10));
        const auto& len = r.obj(r.need(o, "", "length"), "length");
        r.onlyKeys(len, "length", {"long_words", "short_words", "long_repeat_every"});
        m.longWords = int(r.numAt(len, "length", "long_words", 10, 100000));
        m.shortWords = int(r.numAt(len, "length", "short_words", 0, 1000));
        m.longRepeatEvery = r.numAt(len, "length", "long_repeat_every", 1, 100000);
        const auto& bal = r.obj(r.need(o, "", "balance"), "balance");
        r.onlyKeys(bal, "balance", {"min_we", "heavy_min_you", "heavy_ratio"});
        m.balanceMinWe = int(r.numAt(bal, "balance", "min_we", 1, 1000));
        m.heavyMinYou = int(r.numAt(bal, "balance", "heavy_min_you", 1, 1000));
        m.heavyRatio = r.numAt(bal, "balance", "heavy_ratio", 1, 100);

        // Weights: points per feature, strengths up, risks down, safety none.
        const auto& ws = r.obj(r.need(o, "", "weights"), "weights");
        for (const auto& kv : ws) {
            std::string key = "weights." + std::string(kv.key());
            Feature* f = nullptr;
            for (auto& each : features)
                if (each.name == kv.key()) f = &each;
            if (!f) assetError(file, key, "names no rule or group in rules.json");
            double w = r.num(kv.value(), key, -100, 100);
            if (f->kind == "strength" && w < 0) assetError(file, key, "a strength's weight must not be negative");
            if (f->kind == "risk" && w > 0) assetError(file, key, "a risk's weight must not be positive");
            if (f->kind == "safety" && w != 0) assetError(file, key, "a safety finding does not move the score (0)");
            f->weight = w;
            f->weighted = true;
        }
        if (requireWeights)
            for (const auto& f : features)
                if (!f.weighted && f.kind != "safety")
                    assetError(file, "weights." + f.name, "is missing (run tools/fit_scorer after adding a rule)");
    });
}

}  // namespace doorway
