// The app's preferences, kept in configDir()/privacy.json (never workbook
// content): the privacy choices, whether the first-run safety card was
// shown, and whose help lines the card lists. Read by the privacy and
// safety features and by print; owned by none of their views.
#include "ui/preferences.hpp"

#include "core/paths.hpp"
#include "core/safety.hpp"
#include "core/storage.hpp"

#include <boost/json.hpp>

#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {
const char* kPrefsFormat = "doorway-privacy";
}  // namespace

bool loadPrivacyPrefs(const std::string& path, PrivacyPrefs& out, std::string& error) {
    out = PrivacyPrefs{};
    std::error_code fec;
    if (!fs::exists(path, fec)) return true;
    std::string text;
    if (!readFile(path, text, error, 1u << 16)) return false;
    boost::system::error_code ec;
    json::value doc = json::parse(text, ec);
    if (ec || !doc.is_object()) {
        error = path + ": not valid preferences (" + (ec ? ec.message() : std::string("expected an object")) +
                "); using the defaults";
        return false;
    }
    const json::object& o = doc.get_object();
    auto boolean = [&](const char* key, bool& field) {
        if (const json::value* v = o.if_contains(key)) {
            if (!v->is_bool()) {
                error = path + ": " + key + ": expected true or false; using the default";
                return false;
            }
            field = v->get_bool();
        }
        return true;
    };
    PrivacyPrefs p;
    // A file from before recent files were off by default, without this
    // key, had them on: it keeps that. Every file written since says.
    p.rememberRecents = true;
    bool ok = boolean("neutralTitle", p.neutralTitle) && boolean("rememberRecents", p.rememberRecents) &&
              boolean("safetyCardShown", p.safetyCardShown);
    if (const json::value* v = o.if_contains(kHelpCountryPref)) {
        if (!v->is_string() || (v->get_string().size() != 0 && v->get_string().size() != 2)) {
            if (ok) error = path + ": " + kHelpCountryPref + ": expected a two-letter country code; using the locale";
            ok = false;
        } else {
            p.helpCountry = std::string(v->get_string());
        }
    }
    if (const json::value* v = o.if_contains("idleLockMinutes")) {
        if (!v->is_int64() || v->get_int64() < 0 || v->get_int64() > 24 * 60) {
            if (ok) error = path + ": idleLockMinutes: expected whole minutes from 0 to 1440; using off";
            ok = false;
        } else {
            p.idleLockMinutes = int(v->get_int64());
        }
    }
    out = p;                              // keep what was valid
    if (!ok) out.safetyCardShown = true;  // a damaged file is not a first run
    return ok;
}

bool savePrivacyPrefs(const std::string& path, const PrivacyPrefs& p, std::string& error) {
    json::object o;
    o["format"] = kPrefsFormat;
    o["version"] = 1;
    o["neutralTitle"] = p.neutralTitle;
    o["idleLockMinutes"] = p.idleLockMinutes;
    o["rememberRecents"] = p.rememberRecents;
    o["safetyCardShown"] = p.safetyCardShown;
    if (!p.helpCountry.empty()) o[kHelpCountryPref] = p.helpCountry;
    std::error_code ec;
    fs::path dir = fs::path(path).parent_path();
    if (!dir.empty()) fs::create_directories(dir, ec);
    SaveResult r = writeFileAtomic(path, json::serialize(o) + "\n", false);
    if (!r.ok) error = r.error;
    return r.ok;
}

std::string preferencesPath(const AppState& app, const Platform& platform) {
    if (!app.privacyUi.prefsPath.empty()) return app.privacyUi.prefsPath;
    if (!platform.hasWindow()) return {};  // headless: in memory only
    return configDir() + "/privacy.json";
}

void applyPreferences(AppState& app) {
    app.privacyUi.neutralTitle = app.privacyUi.prefs.neutralTitle;
    app.fileUi.recentsEnabled = app.privacyUi.prefs.rememberRecents;
}

void storePreferences(AppState& app, Platform& platform) {
    applyPreferences(app);
    std::string path = preferencesPath(app, platform), error;
    if (path.empty()) return;
    if (!savePrivacyPrefs(path, app.privacyUi.prefs, error))
        app.sayError("Could not keep this preference: " + error, platform.now());
}

std::string helpCountry(const AppState& app) {
    return effectiveHelpCountry(app.privacyUi.prefs.helpCountry);
}

void setHelpCountry(AppState& app, Platform& platform, const std::string& code) {
    app.privacyUi.prefs.helpCountry = code;
    storePreferences(app, platform);
}

}  // namespace doorway
