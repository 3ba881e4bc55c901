#include "core/workbook.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

namespace doorway {

namespace {

// [SECTION] Reading helpers: every type error names the key path.

struct Reader {
    const json::object& obj;
    std::string path;  // "takes[2]" etc., "" at top level
    std::set<std::string> known;

    std::string where(const std::string& key) const { return path.empty() ? key : path + "." + key; }

    const json::value* find(const std::string& key) {
        known.insert(key);
        auto it = obj.find(key);
        return it == obj.end() ? nullptr : &it->value();
    }
    std::string str(const std::string& key, bool required = false) {
        const json::value* v = find(key);
        if (!v || v->is_null()) {
            if (required) throw WorkbookError(where(key) + ": missing");
            return {};
        }
        if (!v->is_string()) throw WorkbookError(where(key) + ": expected a string");
        return std::string(v->get_string());
    }
    double num(const std::string& key) {
        const json::value* v = find(key);
        if (!v || v->is_null()) return 0;
        if (v->is_double()) return v->get_double();
        if (v->is_int64()) return double(v->get_int64());
        if (v->is_uint64()) return double(v->get_uint64());
        throw WorkbookError(where(key) + ": expected a number");
    }
    // A whole number: 3.5 is refused rather than silently cut to 3, so a
    // save never changes what the file said.
    int integer(const std::string& key) {
        double d = num(key);
        if (d < -1e9 || d > 1e9) throw WorkbookError(where(key) + ": number out of range");
        if (d != std::floor(d)) throw WorkbookError(where(key) + ": expected a whole number");
        return int(d);
    }
    const json::array* arr(const std::string& key) {
        const json::value* v = find(key);
        if (!v || v->is_null()) return nullptr;
        if (!v->is_array()) throw WorkbookError(where(key) + ": expected an array");
        return &v->get_array();
    }
    json::object object(const std::string& key) {
        const json::value* v = find(key);
        if (!v || v->is_null()) return {};
        if (!v->is_object()) throw WorkbookError(where(key) + ": expected an object");
        return v->get_object();
    }
    std::vector<std::string> strings(const std::string& key) {
        std::vector<std::string> out;
        if (const json::array* a = arr(key)) {
            for (size_t i = 0; i < a->size(); ++i) {
                if (!(*a)[i].is_string())
                    throw WorkbookError(where(key) + "[" + std::to_string(i) + "]: expected a string");
                out.emplace_back((*a)[i].get_string());
            }
        }
        return out;
    }
    json::object rest() const {
        json::object extra;
        for (const auto& kv : obj)
            if (!known.count(std::string(kv.key()))) extra.emplace(kv.key(), kv.value());
        return extra;
    }
};

const json::object& asObject(const json::value& v, const std::string& path) {
    if (!v.is_object()) {
        if (path.empty())
            throw WorkbookError("this is JSON, but not a Doorway workbook (the top level should be an object {...})");
        throw WorkbookError(path + ": expected an object");
    }
    return v.get_object();
}

// The "version" as a whole number, or a WorkbookError saying what is wrong.
int readVersion(const json::object& top) {
    auto ver = top.find("version");
    if (ver == top.end()) throw WorkbookError("\"version\" is missing, so this Doorway can't tell how to read it");
    const json::value& v = ver->value();
    double d = 0;
    if (v.is_int64())
        d = double(v.get_int64());
    else if (v.is_uint64())
        d = double(v.get_uint64());
    else if (v.is_double())
        d = v.get_double();
    else
        throw WorkbookError("\"version\" is not a version number (expected a whole number like 1, found " +
                            json::serialize(v).substr(0, 40) + ")");
    if (d != std::floor(d) || d > 1e6 || d < -1e6) {
        // As a person writes it ("2.5"), never in JSON's exponent form ("2.5E0").
        char shown[64];
        auto res = std::to_chars(shown, shown + sizeof shown, d);  // the shortest form that reads back the same
        throw WorkbookError(
            "\"version\" is not a version number (expected a whole number like 1, found " +
            (std::fabs(d) > 1e6 ? std::string("a number far outside any version") : std::string(shown, res.ptr)) + ")");
    }
    return int(d);
}

template <class T, class F>
std::vector<T> readArray(Reader& r, const std::string& key, F&& readOne) {
    std::vector<T> out;
    if (const json::array* a = r.arr(key)) {
        out.reserve(a->size());
        for (size_t i = 0; i < a->size(); ++i) {
            std::string p = r.where(key) + "[" + std::to_string(i) + "]";
            Reader item{asObject((*a)[i], p), p, {}};
            out.push_back(readOne(item));
        }
    }
    return out;
}

void putExtra(json::object& o, const json::object& extra) {
    for (const auto& kv : extra)
        if (!o.contains(kv.key())) o.emplace(kv.key(), kv.value());
}

// [SECTION] Migrations: version N-1 -> N, applied in order in memory.
// Version 1 is the first. 1 -> 2 added stable ids to check-ins, door offers
// and takes; the JSON needs no change for it, because the typed reader
// gives every entry without one an id (assignMissingIds).
int g_version = kWorkbookVersion;
std::function<void(json::object&, int)> g_testStep;

json::object migrate(json::object doc, int from) {
    for (int v = from; v < g_version; ++v) {
        // Migrations that change the JSON go here: if (v == 2) {...}
        if (g_testStep) g_testStep(doc, v);
    }
    doc["version"] = g_version;
    return doc;
}

}  // namespace

int currentWorkbookVersion() {
    return g_version;
}

WorkbookFormatForTests::WorkbookFormatForTests(int version, std::function<void(json::object&, int)> step) {
    g_version = version;
    g_testStep = std::move(step);
}

WorkbookFormatForTests::~WorkbookFormatForTests() {
    g_version = kWorkbookVersion;
    g_testStep = nullptr;
}

const json::value* Workbook::answer(const std::string& worksheet, const std::string& field) const {
    auto ws = answers.find(worksheet);
    if (ws == answers.end()) return nullptr;
    auto f = ws->second.find(field);
    return f == ws->second.end() ? nullptr : &f->second;
}

std::string Workbook::answerText(const std::string& worksheet, const std::string& field) const {
    const json::value* v = answer(worksheet, field);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

Workbook workbookFromJson(const json::value& docValue, int* migratedFrom, int* newerVersion) {
    const json::object& top = asObject(docValue, "");
    auto fmt = top.find("format");
    if (fmt == top.end() || !fmt->value().is_string() || fmt->value().get_string() != kWorkbookFormat)
        throw WorkbookError("this is JSON, but not a Doorway workbook (\"format\" should be \"doorway-workbook\")");
    int version = readVersion(top);
    if (version < 1)
        throw WorkbookError("format version " + std::to_string(version) + " is too old: this Doorway reads " +
                            (currentWorkbookVersion() == 1
                                 ? std::string("version 1 only")
                                 : "versions 1 to " + std::to_string(currentWorkbookVersion())));
    if (migratedFrom) *migratedFrom = 0;
    if (newerVersion) *newerVersion = 0;
    if (version > currentWorkbookVersion()) {
        // Too new: read what this version understands (unknown keys still
        // land in `extra`), but only when the caller promises to treat the
        // result as read-only.
        if (!newerVersion)
            throw WorkbookError("format version " + std::to_string(version) +
                                " is too new: it was written by a newer Doorway, and this one reads up to version " +
                                std::to_string(currentWorkbookVersion()));
        *newerVersion = version;
    }

    json::object doc = top;
    if (version < currentWorkbookVersion()) {
        doc = migrate(std::move(doc), version);
        if (migratedFrom) *migratedFrom = version;
    }

    Reader r{doc, "", {}};
    r.find("format");
    r.find("version");
    Workbook wb;
    wb.version = version > currentWorkbookVersion() ? version : currentWorkbookVersion();
    wb.created = r.str("created");
    wb.modified = r.str("modified");
    wb.title = r.str("title");

    json::object answers = r.object("answers");
    for (const auto& ws : answers) {
        std::string p = "answers." + std::string(ws.key());
        const json::object& fields = asObject(ws.value(), p);
        auto& dst = wb.answers[std::string(ws.key())];
        for (const auto& f : fields) dst.emplace(std::string(f.key()), f.value());
    }

    wb.tracker = readArray<TrackerEntry>(r, "tracker", [](Reader& e) {
        TrackerEntry t;
        t.id = e.str("id");
        t.date = e.str("date", true);
        t.fearSigns = e.strings("fear");
        t.refusalSigns = e.strings("refusal");
        t.note = e.str("note");
        t.extra = e.rest();
        return t;
    });
    wb.doors = readArray<DoorOffer>(r, "doors", [](Reader& e) {
        DoorOffer d;
        d.id = e.str("id");
        d.date = e.str("date", true);
        d.door = e.str("door", true);
        d.response = e.str("response");
        d.note = e.str("note");
        d.extra = e.rest();
        return d;
    });
    wb.takes = readArray<Take>(r, "takes", [](Reader& e) {
        Take t;
        t.id = e.str("id");
        t.time = e.str("time");
        t.mode = e.str("mode");
        t.objection = e.str("objection");
        t.durationS = e.num("duration_s");
        t.elapsedS = e.num("elapsed_s");
        t.text = e.str("text");
        t.score = e.integer("score");
        t.band = e.str("band");
        t.findings = readArray<TakeFinding>(e, "findings", [](Reader& f) {
            TakeFinding tf;
            tf.rule = f.str("rule");
            tf.kind = f.str("kind");
            tf.start = f.integer("start");
            tf.end = f.integer("end");
            tf.text = f.str("text");
            tf.extra = f.rest();
            return tf;
        });
        t.audio = e.str("audio");
        t.metrics = e.object("metrics");
        t.extra = e.rest();
        return t;
    });
    wb.settings = r.object("settings");
    wb.extra = r.rest();
    assignMissingIds(wb);
    return wb;
}

json::value workbookToJson(const Workbook& wb) {
    json::object o;
    o["format"] = kWorkbookFormat;
    // A newer file read best-effort keeps its own number, so it is never
    // passed off as an older format it may not fit.
    o["version"] = wb.version > currentWorkbookVersion() ? wb.version : currentWorkbookVersion();
    o["created"] = wb.created;
    o["modified"] = wb.modified;
    o["title"] = wb.title;
    json::object answers;
    for (const auto& [ws, fields] : wb.answers) {
        json::object f;
        for (const auto& [id, v] : fields) f[id] = v;
        answers[ws] = std::move(f);
    }
    o["answers"] = std::move(answers);

    json::array tracker;
    for (const auto& t : wb.tracker) {
        json::object e;
        e["id"] = t.id;
        e["date"] = t.date;
        e["fear"] = json::value_from(t.fearSigns);
        e["refusal"] = json::value_from(t.refusalSigns);
        if (!t.note.empty()) e["note"] = t.note;
        putExtra(e, t.extra);
        tracker.push_back(std::move(e));
    }
    o["tracker"] = std::move(tracker);

    json::array doors;
    for (const auto& d : wb.doors) {
        json::object e;
        e["id"] = d.id;
        e["date"] = d.date;
        e["door"] = d.door;
        e["response"] = d.response;
        if (!d.note.empty()) e["note"] = d.note;
        putExtra(e, d.extra);
        doors.push_back(std::move(e));
    }
    o["doors"] = std::move(doors);

    json::array takes;
    for (const auto& t : wb.takes) {
        json::object e;
        e["id"] = t.id;
        e["time"] = t.time;
        e["mode"] = t.mode;
        if (!t.objection.empty()) e["objection"] = t.objection;
        e["duration_s"] = t.durationS;
        e["elapsed_s"] = t.elapsedS;
        e["text"] = t.text;
        e["score"] = t.score;
        e["band"] = t.band;
        json::array fs;
        for (const auto& f : t.findings) {
            json::object fo;
            fo["rule"] = f.rule;
            fo["kind"] = f.kind;
            fo["start"] = f.start;
            fo["end"] = f.end;
            fo["text"] = f.text;
            putExtra(fo, f.extra);
            fs.push_back(std::move(fo));
        }
        e["findings"] = std::move(fs);
        if (!t.audio.empty()) e["audio"] = t.audio;
        if (!t.metrics.empty()) e["metrics"] = t.metrics;
        putExtra(e, t.extra);
        takes.push_back(std::move(e));
    }
    o["takes"] = std::move(takes);
    o["settings"] = wb.settings;
    putExtra(o, wb.extra);
    return o;
}

namespace {
void prettyInto(std::ostringstream& os, const json::value& v, int indent) {
    auto pad = [&](int n) { os << '\n' << std::string(size_t(n) * 2, ' '); };
    switch (v.kind()) {
        case json::kind::object: {
            const auto& o = v.get_object();
            if (o.empty()) {
                os << "{}";
                return;
            }
            os << '{';
            bool first = true;
            for (const auto& kv : o) {
                if (!first) os << ',';
                first = false;
                pad(indent + 1);
                os << json::serialize(json::value(kv.key())) << ": ";
                prettyInto(os, kv.value(), indent + 1);
            }
            pad(indent);
            os << '}';
            return;
        }
        case json::kind::array: {
            const auto& a = v.get_array();
            if (a.empty()) {
                os << "[]";
                return;
            }
            // Short arrays of scalars stay on one line: easier to read and diff.
            bool scalars = a.size() <= 8;
            for (const auto& e : a)
                scalars = scalars && !e.is_structured() && !(e.is_string() && e.get_string().size() > 40);
            os << '[';
            bool first = true;
            for (const auto& e : a) {
                if (!first) os << (scalars ? ", " : ",");
                first = false;
                if (!scalars) pad(indent + 1);
                prettyInto(os, e, indent + 1);
            }
            if (!scalars) pad(indent);
            os << ']';
            return;
        }
        case json::kind::double_: {
            // Shortest text that reads back as the same double, always with a
            // point or exponent so it reads back as a double ("60.0", "0.1"),
            // instead of Boost's "6E1".
            os << jsonDoubleText(v.get_double());
            return;
        }
        default:
            os << json::serialize(v);
    }
}
}  // namespace

namespace {
template <class T>
void fillIds(std::vector<T>& vec) {
    std::set<std::string> seen;
    for (T& e : vec) {
        if (e.id.empty() || seen.count(e.id)) e.id = freshEntryId(vec, entryIdPrefix(e));
        seen.insert(e.id);
    }
}
}  // namespace

void assignMissingIds(Workbook& wb) {
    fillIds(wb.tracker);
    fillIds(wb.doors);
    fillIds(wb.takes);
}

std::string jsonDoubleText(double d) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    if (!std::isfinite(d) || res.ec != std::errc()) return json::serialize(json::value(d));
    std::string t(buf, res.ptr);
    if (t.find_first_of(".e") == std::string::npos) t += ".0";
    // Boost.JSON 1.81 reads some long numbers to a neighbouring double, so
    // the shortest text may not read back as `d`; then the 17-digit text, or
    // one a unit or two away in its last digit, that Boost reads back as `d`.
    auto readsBack = [d](const std::string& s) {
        boost::system::error_code ec;
        json::value v = json::parse(s, ec);
        return !ec && v.is_number() && v.to_number<double>() == d;
    };
    if (readsBack(t)) return t;
    int n = std::snprintf(buf, sizeof buf, "%.16e", d);
    std::string e(buf, size_t(n));
    if (readsBack(e)) return e;
    const size_t last = e.find('e') - 1;
    for (int step : {1, -1, 2, -2, 3, -3}) {
        std::string c = e;
        int digit = c[last] - '0' + step;
        if (digit < 0 || digit > 9) continue;
        c[last] = char('0' + digit);
        if (readsBack(c)) return c;
    }
    return t;
}

std::string serializePretty(const json::value& v) {
    std::ostringstream os;
    prettyInto(os, v, 0);
    os << '\n';
    return os.str();
}

Workbook newWorkbook(const std::string& title, const std::string& nowIso) {
    Workbook wb;
    wb.title = title;
    wb.created = nowIso;
    wb.modified = nowIso;
    return wb;
}

}  // namespace doorway
