#include "core/score_cache.hpp"

#include "core/text_edit.hpp"

namespace doorway {

const Scorer* ScoreCache::load(const std::string& scoringDir) {
    if (!loaded) {
        loaded = true;
        try {
            scorer = Scorer::loadDirectory(scoringDir);
        } catch (const std::exception& e) {
            error = e.what();
        }
    }
    return error.empty() ? &scorer : nullptr;
}

const ScoreResult* ScoreCache::score(const std::string& scoringDir, const std::string& text, ScoreAs as) {
    if (text::isBlank(text)) return nullptr;
    if (!load(scoringDir)) return nullptr;
    for (auto it = recent.begin(); it != recent.end(); ++it) {
        if (it->first.first == as && it->first.second == text) {
            if (it != recent.begin()) {
                auto entry = std::move(*it);
                recent.erase(it);
                recent.push_front(std::move(entry));
            }
            return &recent.front().second;
        }
    }
    ScoreResult r;
    try {
        r = scorer.score(text, as);
    } catch (const ScoreTooLong&) {
        return nullptr;  // a pasted book: no score, and the scorer stays usable
    } catch (const std::exception& e) {
        error = std::string("the scorer failed: ") + e.what();
        return nullptr;
    }
    ++runs;
    recent.emplace_front(std::pair{as, text}, std::move(r));
    while (recent.size() > kSize) recent.pop_back();
    return &recent.front().second;
}

}  // namespace doorway
