// The safety card: the validating reader, the built-in copy, countries and
// the printed line.
//
// [SECTION] Index
//   - reader: every error names the file, the key path and the problem
//   - the card built in
//   - countries and locales
//   - the printed line
#include "core/safety.hpp"

#include "core/content.hpp"

#include "core/clock.hpp"
#include "core/paths.hpp"

#include <boost/json.hpp>

#include <cctype>
#include <cstdlib>
#include <set>

namespace doorway {

namespace json = boost::json;

// Defined in the file CMake generates from assets/safety.json.
extern const char* const kBuiltInSafetyJson;

namespace {

// [SECTION] reader

struct BadCard {
    std::string message;
};

class Reader {
public:
    Reader(const json::value& v, std::string where) : m_where(std::move(where)) {
        if (!v.is_object()) throw BadCard{m_where + ": expected an object"};
        m_obj = &v.get_object();
    }
    std::string at(const std::string& key) const { return m_where + "." + key; }

    std::string text(const std::string& key, bool required = true) {
        m_known.insert(key);
        const json::value* v = m_obj->if_contains(key);
        if (!v || v->is_null()) {
            if (required) throw BadCard{at(key) + ": missing"};
            return {};
        }
        if (!v->is_string()) throw BadCard{at(key) + ": expected text"};
        std::string s(v->get_string());
        if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) throw BadCard{at(key) + ": is empty"};
        return s;
    }

    const json::array& list(const std::string& key, bool required = true) {
        static const json::array kNone;
        m_known.insert(key);
        const json::value* v = m_obj->if_contains(key);
        if (!v || v->is_null()) {
            if (required) throw BadCard{at(key) + ": missing"};
            return kNone;
        }
        if (!v->is_array()) throw BadCard{at(key) + ": expected a list"};
        if (required && v->get_array().empty()) throw BadCard{at(key) + ": is empty"};
        return v->get_array();
    }

    const json::value& value(const std::string& key) {
        m_known.insert(key);
        const json::value* v = m_obj->if_contains(key);
        if (!v || v->is_null()) throw BadCard{at(key) + ": missing"};
        return *v;
    }

    // A typo ("sourse") must not quietly drop a source: unknown keys are
    // errors; "_anything" is for notes to authors.
    void finish() const {
        for (const auto& kv : *m_obj) {
            std::string k(kv.key());
            if (m_known.count(k) || (!k.empty() && k[0] == '_')) continue;
            throw BadCard{at(k) + ": unknown key"};
        }
    }

private:
    std::string m_where;
    const json::object* m_obj = nullptr;
    std::set<std::string> m_known;
};

std::string upper(std::string s) {
    for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

HelpLine readLine(const json::value& v, const std::string& where) {
    Reader r(v, where);
    HelpLine l;
    l.name = r.text("name");
    l.contact = r.text("contact");
    l.detail = r.text("detail", false);
    l.brief = r.text("brief", false);
    l.source = r.text("source");
    l.checked = r.text("checked");
    r.finish();
    if (l.source.rfind("https://", 0) != 0 && l.source.rfind("http://", 0) != 0)
        throw BadCard{where +
                      ".source: expected the address (http:// or https://) of the page the number was checked against"};
    if (!isIsoDate(l.checked)) throw BadCard{where + ".checked: expected the date it was checked, YYYY-MM-DD"};
    return l;
}

HelpCountry readCountry(const json::value& v, const std::string& where, bool elsewhere) {
    Reader r(v, where);
    HelpCountry c;
    if (!elsewhere) {
        c.code = upper(r.text("code"));
        if (c.code.size() != 2 || !std::isalpha(static_cast<unsigned char>(c.code[0])) ||
            !std::isalpha(static_cast<unsigned char>(c.code[1])))
            throw BadCard{where + ".code: expected a two-letter country code such as \"GB\""};
    }
    c.name = r.text("name");
    c.nameInText = r.text("nameInText", false);
    const json::array& lines = r.list("lines");
    for (size_t i = 0; i < lines.size(); ++i)
        c.lines.push_back(readLine(lines[i], where + ".lines[" + std::to_string(i) + "]"));
    r.finish();
    return c;
}

SafetyCard readCard(const json::value& doc) {
    Reader r(doc, "(top level)");
    std::string format = r.text("format");
    if (format != kSafetyFormat)
        throw BadCard{std::string("format: expected \"") + kSafetyFormat + "\", found \"" + format + "\""};
    const json::value& ver = r.value("version");
    if (!ver.is_int64() || ver.get_int64() != kSafetyVersion)
        throw BadCard{"version: expected " + std::to_string(kSafetyVersion)};
    SafetyCard c;
    c.title = r.text("title");
    const json::array& paras = r.list("paragraphs");
    for (size_t i = 0; i < paras.size(); ++i) {
        if (!paras[i].is_string() || paras[i].get_string().empty())
            throw BadCard{"paragraphs[" + std::to_string(i) + "]: expected non-empty text"};
        c.paragraphs.emplace_back(paras[i].get_string());
    }
    c.helpHeading = r.text("helpHeading");
    const json::array& countries = r.list("countries");
    std::set<std::string> codes;
    for (size_t i = 0; i < countries.size(); ++i) {
        std::string where = "countries[" + std::to_string(i) + "]";
        HelpCountry hc = readCountry(countries[i], where, false);
        if (!codes.insert(hc.code).second) throw BadCard{where + ".code: \"" + hc.code + "\" is listed twice"};
        c.countries.push_back(std::move(hc));
    }
    c.elsewhere = readCountry(r.value("elsewhere"), "elsewhere", true);
    const json::array& always = r.list("always", false);
    for (size_t i = 0; i < always.size(); ++i) {
        std::string where = "always[" + std::to_string(i) + "]";
        Reader a(always[i], where);
        SafetyResource res{a.text("name"), a.text("detail")};
        a.finish();
        c.always.push_back(std::move(res));
    }
    c.paperHeading = r.text("paperHeading");
    c.closing = r.text("closing", false);
    r.finish();
    return c;
}

}  // namespace

bool parseSafetyCard(const std::string& text, const std::string& name, SafetyCard& out, std::string& error) {
    try {
        ContentFile file = ContentFile::parse(text, name);
        try {
            SafetyCard c = readCard(file.root());
            out = std::move(c);
            return true;
        } catch (const BadCard& bad) {
            // "path: problem", the path from the top level: placed in the
            // text in the content layer's words (core/content.hpp).
            std::string msg = bad.message;
            if (msg.rfind("(top level)", 0) == 0) msg = msg.substr(msg.rfind("(top level).", 0) == 0 ? 12 : 11);
            size_t colon = msg.find(": ");
            std::string path = colon == std::string::npos ? "" : msg.substr(0, colon);
            std::string problem = colon == std::string::npos ? msg : msg.substr(colon + 2);
            if (!path.empty() && path[0] == ':') path.clear();
            error = file.errorAt(path, problem).what();
            return false;
        }
    } catch (const ContentError& e) {
        error = e.what();
        return false;
    }
}

bool loadSafetyCard(const std::string& path, SafetyCard& out, std::string& error) {
    std::string text;
    if (!readFile(path, text, error, 1u << 20)) return false;
    return parseSafetyCard(text, path, out, error);
}

// [SECTION] the card built in

SafetyCard builtInSafetyCard() {
    SafetyCard c;
    std::string error;
    if (parseSafetyCard(kBuiltInSafetyJson, "built-in safety card", c, error)) return c;
    // Only a broken build gets here (a test parses the embedded copy): say
    // the one thing that is true everywhere, with no number to go stale.
    c.title = "Your safety comes first";
    c.paragraphs = {"If you are afraid of your partner, support that is just for you comes before any invitation."};
    c.helpHeading = "Where to turn";
    c.elsewhere = {"",
                   "Wherever you are",
                   "",
                   {{"In danger right now", "your local emergency number", "", "your local emergency number",
                     "https://findahelpline.com", "2026-12-01"},
                    {"A helpline near you", "findahelpline.com", "", "findahelpline.com", "https://findahelpline.com",
                     "2026-12-01"}}};
    c.paperHeading = "If things ever feel unsafe";
    return c;
}

// [SECTION] countries and locales

std::string helpPlaceInText(const HelpCountry& c) {
    if (!c.nameInText.empty()) return c.nameInText;
    std::string out = c.name;
    if (c.code.empty() && !out.empty() && static_cast<unsigned char>(out[0]) < 0x80)
        out[0] = char(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

const HelpCountry& helpFor(const SafetyCard& card, const std::string& code) {
    std::string want = upper(code);
    for (const auto& c : card.countries)
        if (c.code == want) return c;
    return card.elsewhere;
}

std::string countryFromLocale(const std::string& locale) {
    // language[_TERRITORY][.codeset][@modifier]
    size_t us = locale.find('_');
    if (us == std::string::npos || us + 3 > locale.size()) return {};
    std::string t = locale.substr(us + 1, 2);
    bool letters = std::isalpha(static_cast<unsigned char>(t[0])) && std::isalpha(static_cast<unsigned char>(t[1]));
    if (!letters) return {};
    if (us + 3 < locale.size() && std::isalpha(static_cast<unsigned char>(locale[us + 3]))) return {};
    return upper(t);
}

std::string countryFromEnvironment() {
    for (const char* var : {"LC_ALL", "LC_TELEPHONE", "LANG"}) {
        const char* v = std::getenv(var);
        if (!v || !*v) continue;
        return countryFromLocale(v);  // the first one set decides, as the C library does
    }
    return {};
}

std::string savedHelpCountry(const std::string& path) {
    std::string text, error;
    if (path.empty() || !readFile(path, text, error, 1u << 16)) return {};
    boost::system::error_code ec;
    json::value doc = json::parse(text, ec);
    if (ec || !doc.is_object()) return {};
    const json::value* v = doc.get_object().if_contains(kHelpCountryPref);
    return v && v->is_string() ? upper(std::string(v->get_string())) : std::string();
}

std::string effectiveHelpCountry(const std::string& saved) {
    return saved.empty() ? countryFromEnvironment() : upper(saved);
}

// [SECTION] the printed line

std::string paperSafetyLine(const SafetyCard& card, const std::string& code) {
    const HelpCountry& c = helpFor(card, code);
    // The country is named so a page printed far from home says whose numbers these are.
    std::string out = card.paperHeading + (c.code.empty() ? std::string() : " (" + c.name + ")") + ": ";
    bool first = true;
    for (const auto& l : c.lines) {
        if (l.brief.empty()) continue;
        if (!first) out += " · ";
        out += l.brief;
        first = false;
    }
    if (first) out += c.lines.empty() ? std::string() : c.lines.front().name + " " + c.lines.front().contact;
    return out + ".";
}

}  // namespace doorway
