// The rehearsal feature's shared data: the window's one scorer and its
// cache, the feature's clock, the role-play objections.
#include "ui/rehearsal_shared.hpp"

namespace doorway {

std::string scoringDir(const AppState& app) {
    return app.assetsDir + "/scoring";
}

const Scorer* rehearsalScorer(AppState& app) {
    return app.rehearsalUi.scores.load(scoringDir(app));
}

const ScoreResult* cachedScore(AppState& app, const std::string& text) {
    return app.rehearsalUi.scores.score(scoringDir(app), text);
}

void syncRehearsalClock(AppState& app, Platform& platform) {
    *app.rehearsalUi.clockNow = platform.now();
}

void ensureObjections(AppState& app) {
    RehearsalUiState& st = app.rehearsalUi;
    if (st.objectionsLoaded) return;
    st.objectionsLoaded = true;
    try {
        st.objections = ObjectionCatalog::loadFile(app.assetsDir + "/roleplay/objections.json");
        if (st.objectionId.empty() && !st.objections.empty()) st.objectionId = st.objections.objections().front().id;
    } catch (const std::exception& e) {
        st.objectionsError = e.what();
    }
}

}  // namespace doorway
