// The edit journal beside a workbook (see journal.hpp and
// docs/workbook-format.md, "The edit journal").
//
// [SECTION] Index
//   - records: what a touched part became, and applying it back
//   - writing: one write() per record, sealed when the workbook is
//   - replaying: header, records up to the last whole one, checkpoints
#include "core/journal.hpp"

#include "core/storage.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace doorway {

std::string journalPathFor(const std::string& workbookPath) {
    return workbookPath + ".journal";
}

std::uint64_t contentHash(const std::string& bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ull;
    return h;
}

namespace {

std::string hex(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

const char* partName(Touch::Part p) {
    switch (p) {
        case Touch::Part::Tracker:
            return "tracker";
        case Touch::Part::Doors:
            return "doors";
        case Touch::Part::Takes:
            return "takes";
        default:
            return "";
    }
}

const json::string* stringAt(const json::object& o, const char* key) {
    const json::value* v = o.if_contains(key);
    return v && v->is_string() ? &v->get_string() : nullptr;
}

bool uintAt(const json::object& o, const char* key, std::uint64_t& out) {
    const json::value* v = o.if_contains(key);
    if (v && v->is_uint64())
        out = v->get_uint64();
    else if (v && v->is_int64() && v->get_int64() >= 0)
        out = std::uint64_t(v->get_int64());
    else
        return false;
    return true;
}

}  // namespace

// [SECTION] records

json::object journalRecordFor(const Workbook& wb, const Touch& touch) {
    json::object r;
    switch (touch.part) {
        case Touch::Part::None:
            // A command that doesn't say what it touched: the whole workbook.
            r["op"] = "snapshot";
            r["value"] = workbookToJson(wb);
            break;
        case Touch::Part::Title:
            r["op"] = "title";
            r["value"] = wb.title;
            break;
        case Touch::Part::Answer: {
            r["op"] = "answer";
            r["ws"] = touch.sheet;
            r["field"] = touch.field;
            const json::value* v = wb.answer(touch.sheet, touch.field);
            r["value"] = v ? *v : json::value(nullptr);
            break;
        }
        case Touch::Part::Setting: {
            r["op"] = "setting";
            r["key"] = touch.sheet;
            const json::value* v = wb.settings.if_contains(touch.sheet);
            r["value"] = v ? *v : json::value(nullptr);
            break;
        }
        case Touch::Part::Tracker:
        case Touch::Part::Doors:
        case Touch::Part::Takes: {
            json::value all = workbookToJson(wb);
            r["op"] = "part";
            r["part"] = partName(touch.part);
            r["value"] = all.as_object()[partName(touch.part)];
            break;
        }
    }
    return r;
}

json::object journalSpliceFor(const std::string& sheet, const std::string& field, const std::string& before,
                              const std::string& after) {
    size_t prefix = 0, limit = std::min(before.size(), after.size());
    while (prefix < limit && before[prefix] == after[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < limit - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) ++suffix;
    // Keep the span on whole UTF-8 characters, so each record is valid text.
    while (prefix > 0 && (static_cast<unsigned char>(after[prefix]) & 0xC0) == 0x80) --prefix;
    while (suffix > 0 && prefix < before.size() - suffix &&
           (static_cast<unsigned char>(before[before.size() - suffix]) & 0xC0) == 0x80)
        --suffix;
    json::object r;
    r["op"] = "splice";
    r["ws"] = sheet;
    r["field"] = field;
    r["at"] = prefix;
    r["del"] = before.size() - suffix - prefix;
    r["ins"] = after.substr(prefix, after.size() - suffix - prefix);
    r["len"] = after.size();
    return r;
}

bool applyJournalRecord(Workbook& wb, const json::object& r, std::string& error) {
    const json::string* op = stringAt(r, "op");
    if (!op) {
        error = "a record without an operation";
        return false;
    }
    const json::value* value = r.if_contains("value");
    if (*op == "answer" || *op == "splice") {
        const json::string* ws = stringAt(r, "ws");
        const json::string* field = stringAt(r, "field");
        if (!ws || !field) {
            error = "an answer record without its worksheet or field";
            return false;
        }
        std::string sheet(*ws), fid(*field);
        if (*op == "answer") {
            if (!value) {
                error = "an answer record without a value";
                return false;
            }
            if (value->is_null()) {
                auto it = wb.answers.find(sheet);
                if (it != wb.answers.end()) {
                    it->second.erase(fid);
                    if (it->second.empty()) wb.answers.erase(it);
                }
            } else {
                wb.answers[sheet][fid] = *value;
            }
            return true;
        }
        std::uint64_t at = 0, del = 0, len = 0;
        const json::string* ins = stringAt(r, "ins");
        if (!uintAt(r, "at", at) || !uintAt(r, "del", del) || !uintAt(r, "len", len) || !ins) {
            error = "a text change with missing parts";
            return false;
        }
        const json::value* cur = wb.answer(sheet, fid);
        std::string text = cur && cur->is_string() ? std::string(cur->get_string()) : std::string();
        if (cur && !cur->is_string() && !cur->is_null()) {
            error = "a text change to an answer that is not text";
            return false;
        }
        if (at > text.size() || del > text.size() - at) {
            error = "a text change past the end of the answer";
            return false;
        }
        text.replace(size_t(at), size_t(del), ins->data(), ins->size());
        if (text.size() != len) {
            error = "a text change that does not add up";
            return false;
        }
        wb.answers[sheet][fid] = json::value(text);
        return true;
    }
    if (*op == "title") {
        if (!value || !value->is_string()) {
            error = "a title record without a title";
            return false;
        }
        wb.title = std::string(value->get_string());
        return true;
    }
    if (*op == "setting") {
        const json::string* key = stringAt(r, "key");
        if (!key || !value) {
            error = "a setting record without its key or value";
            return false;
        }
        if (value->is_null())
            wb.settings.erase(*key);
        else
            wb.settings[*key] = *value;
        return true;
    }
    if (*op == "part" || *op == "snapshot") {
        if (!value) {
            error = "a record without a value";
            return false;
        }
        try {
            if (*op == "snapshot") {
                wb = workbookFromJson(*value);
            } else {
                const json::string* part = stringAt(r, "part");
                if (!part || (*part != "tracker" && *part != "doors" && *part != "takes")) {
                    error = "a record for an unknown part of the workbook";
                    return false;
                }
                json::value all = workbookToJson(wb);
                all.as_object()[*part] = *value;
                int newer = 0;
                wb = workbookFromJson(all, nullptr, &newer);
            }
        } catch (const std::exception& e) {
            error = std::string("a record that is not part of a workbook (") + e.what() + ")";
            return false;
        }
        return true;
    }
    if (*op == "saved") return true;  // a checkpoint, handled by the replay
    error = "an unknown operation '" + std::string(*op) + "'";
    return false;
}

// [SECTION] writing

namespace {

// A sealed record on one line: the envelope's own line breaks are JSON
// whitespace, so spaces do as well.
std::string oneLine(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

}  // namespace

JournalWriter::~JournalWriter() {
    close();
}

JournalWriter::JournalWriter(JournalWriter&& o) noexcept
    : m_fd(o.m_fd), m_path(std::move(o.m_path)), m_seq(o.m_seq), m_sealer(o.m_sealer) {
    o.m_fd = -1;
}

JournalWriter& JournalWriter::operator=(JournalWriter&& o) noexcept {
    if (this != &o) {
        close();
        m_fd = o.m_fd;
        m_path = std::move(o.m_path);
        m_seq = o.m_seq;
        m_sealer = o.m_sealer;
        o.m_fd = -1;
    }
    return *this;
}

bool JournalWriter::start(const std::string& workbookPath, std::uint64_t base, Sealer* sealer, std::string& error) {
    close();
    m_path = journalPathFor(workbookPath);
    m_sealer = sealer;
    m_seq = 1;
    // Written whole, then renamed over any old one: a journal never has a
    // half header.
    std::string tmp = m_path + ".new";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = m_path + ": cannot write the edit journal (" + std::strerror(errno) + ")";
        return false;
    }
    json::object header;
    header["format"] = kJournalFormat;
    header["version"] = kJournalVersion;
    header["base"] = hex(base);
    header["sealed"] = sealer != nullptr;
    if (!writeAllBytes(fd, json::serialize(header) + "\n") || ::rename(tmp.c_str(), m_path.c_str()) != 0) {
        error = m_path + ": cannot write the edit journal (" + std::strerror(errno) + ")";
        ::close(fd);
        ::unlink(tmp.c_str());
        return false;
    }
    m_fd = fd;
    ::lseek(m_fd, 0, SEEK_END);
    return true;
}

bool JournalWriter::resume(const std::string& workbookPath, std::uint64_t continueAt, std::uint64_t nextSeq,
                           Sealer* sealer, std::string& error) {
    close();
    m_path = journalPathFor(workbookPath);
    m_sealer = sealer;
    m_seq = nextSeq;
    int fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0 || ::ftruncate(fd, off_t(continueAt)) != 0) {
        error = m_path + ": cannot continue the edit journal (" + std::strerror(errno) + ")";
        if (fd >= 0) ::close(fd);
        return false;
    }
    m_fd = fd;
    ::lseek(m_fd, 0, SEEK_END);
    return true;
}

bool JournalWriter::append(json::object record, std::string& error) {
    if (m_fd < 0) {
        error = "the edit journal is not open";
        return false;
    }
    record["n"] = m_seq;
    std::string line = json::serialize(record);
    if (m_sealer) {
        try {
            std::string sealed = m_sealer->seal(line);
            std::fill(line.begin(), line.end(), '\0');
            line = oneLine(std::move(sealed));
        } catch (const std::exception& e) {
            std::fill(line.begin(), line.end(), '\0');
            error = m_path + ": could not seal the edit journal (" + e.what() + ")";
            return false;
        }
    }
    line += '\n';
    // One write: a record is either all there or, cut off by a crash, a torn
    // tail the replay ignores.
    if (!writeAllBytes(m_fd, line)) {
        error = m_path + ": could not write the edit journal (" + std::strerror(errno) + ")";
        return false;
    }
    ++m_seq;
    return true;
}

bool JournalWriter::checkpoint(std::uint64_t hash, std::string& error) {
    json::object r;
    r["op"] = "saved";
    r["hash"] = hex(hash);
    if (!append(std::move(r), error)) return false;
    if (::fsync(m_fd) != 0) {
        error = m_path + ": could not write the edit journal to disk (" + std::strerror(errno) + ")";
        return false;
    }
    return true;
}

void JournalWriter::close() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

void JournalWriter::remove() {
    close();
    if (!m_path.empty()) ::unlink(m_path.c_str());
}

// [SECTION] replaying

namespace {

int wordsIn(const std::string& s) {
    int n = 0;
    bool in = false;
    for (unsigned char c : s) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
}

int wordsInValue(const json::value& v) {
    if (v.is_string()) return wordsIn(std::string(v.get_string()));
    int n = 0;
    if (v.is_array())
        for (const auto& e : v.get_array()) n += wordsInValue(e);
    if (v.is_object())
        for (const auto& kv : v.get_object()) n += wordsInValue(kv.value());
    return n;
}

constexpr const char* kAsideSuffix = ".unused";
constexpr int kMostAside = 1000;

// Moves a journal that can't be applied out of the way, without losing it.
std::string moveAside(const std::string& path) {
    std::string dest = path + kAsideSuffix;
    std::error_code ec;
    for (int i = 2; fs::exists(dest, ec) && i < kMostAside; ++i) dest = path + kAsideSuffix + std::to_string(i);
    return ::rename(path.c_str(), dest.c_str()) == 0 ? dest : std::string();
}

}  // namespace

std::vector<SetAsideJournal> journalsSetAside(const std::string& workbookPath) {
    std::vector<SetAsideJournal> out;
    const std::string base = journalPathFor(workbookPath) + kAsideSuffix;
    std::error_code ec;
    for (int i = 1; i < kMostAside; ++i) {
        const std::string p = i == 1 ? base : base + std::to_string(i);
        if (!fs::is_regular_file(p, ec)) {
            if (i > 1) break;  // .unused2 follows .unused
            continue;
        }
        std::ifstream in(p, std::ios::binary);
        std::string first;
        std::getline(in, first);
        boost::system::error_code jec;
        json::value h = json::parse(first, jec);
        const bool sealed = !jec && h.is_object() && h.as_object().contains("sealed") &&
                            h.as_object().at("sealed").is_bool() && h.as_object().at("sealed").get_bool();
        out.push_back({p, sealed});
    }
    return out;
}

int workbookWordCount(const Workbook& wb) {
    int n = wordsIn(wb.title);
    for (const auto& [ws, fields] : wb.answers)
        for (const auto& [id, v] : fields) n += wordsInValue(v);
    for (const Take& t : wb.takes) n += wordsIn(t.text);
    for (const TrackerEntry& t : wb.tracker) n += wordsIn(t.note);
    for (const DoorOffer& d : wb.doors) n += wordsIn(d.note);
    return n;
}

JournalReplay replayJournal(const std::string& workbookPath, std::uint64_t fileHash, Workbook& wb, Sealer* sealer,
                            bool readOnly) {
    JournalReplay out;
    std::string path = journalPathFor(workbookPath);
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec)) || ec) return out;
    std::string name = fs::path(path).filename().string();
    auto unused = [&](const std::string& why) {
        out.status = JournalReplay::Status::Unused;
        if (!readOnly) out.movedTo = moveAside(path);
        out.message = name + " " + why +
                      (out.movedTo.empty() ? "; it was left as it is."
                                           : "; it was kept as " + fs::path(out.movedTo).filename().string() + ".");
        return out;
    };
    std::string bytes, error;
    if (!readWorkbookBytes(path, bytes, error)) return unused("could not be read (" + error + ")");

    size_t eol = bytes.find('\n');
    boost::system::error_code jec;
    json::value header =
        json::parse(eol == std::string::npos ? std::string_view() : std::string_view(bytes).substr(0, eol), jec);
    const json::object* h = !jec && header.is_object() ? &header.get_object() : nullptr;
    const json::string* format = h ? stringAt(*h, "format") : nullptr;
    const json::string* base = h ? stringAt(*h, "base") : nullptr;
    std::uint64_t version = 0;
    if (!format || *format != kJournalFormat || !base || !uintAt(*h, "version", version))
        return unused("is not an edit journal Doorway can read");
    if (version > std::uint64_t(kJournalVersion))
        return unused("was written by a newer Doorway (journal version " + std::to_string(version) + ")");
    const json::value* sealedV = h->if_contains("sealed");
    bool sealed = sealedV && sealedV->is_bool() && sealedV->get_bool();
    if (sealed && !sealer) return unused("is locked, and no passphrase was given for it");

    // Whole records, in order; stop at the first that doesn't read.
    Workbook work = wb;
    int before = workbookWordCount(wb);
    bool baseMatches = *base == hex(fileHash);
    bool folded = false;
    size_t pos = eol + 1;
    std::uint64_t expect = 1;
    std::string stopReason;
    while (pos < bytes.size()) {
        size_t end = bytes.find('\n', pos);
        if (end == std::string::npos) {
            out.tornTail = true;  // cut off mid-write by a crash
            break;
        }
        std::string line = bytes.substr(pos, end - pos);
        json::value rec;
        try {
            std::string plain = sealed ? sealer->open(line) : line;
            rec = json::parse(plain, jec);
            std::fill(plain.begin(), plain.end(), '\0');
            // As the workbook loader reads numbers, so a snapshot's value
            // saves and reads back the same (tests/fuzz/fuzz_journal.cpp).
            if (!jec && !settleDoubles(rec)) jec = json::make_error_code(json::error::syntax);
        } catch (const std::exception& e) {
            jec = json::make_error_code(json::error::syntax);
            stopReason = e.what();
        }
        std::uint64_t n = 0;
        if (jec || !rec.is_object() || !uintAt(rec.get_object(), "n", n) || n != expect) {
            if (stopReason.empty()) stopReason = "a record is damaged";
            break;
        }
        const json::object& r = rec.get_object();
        const json::string* op = stringAt(r, "op");
        if (op && *op == "saved") {
            const json::string* hash = stringAt(r, "hash");
            if (hash && *hash == hex(fileHash)) folded = true;
        } else if (baseMatches) {
            std::string why;
            if (!applyJournalRecord(work, r, why)) {
                stopReason = why;
                break;
            }
            ++out.records;
        }
        ++expect;
        pos = end + 1;
    }
    if (!baseMatches) {
        if (folded) {
            out.status = JournalReplay::Status::AlreadySaved;
            if (!readOnly) ::unlink(path.c_str());
            return out;
        }
        return unused("belongs to another version of this workbook");
    }
    out.status = JournalReplay::Status::Replayed;
    out.goodLength = pos;
    out.nextSeq = expect;
    wb = std::move(work);
    out.wordsBack = std::max(0, workbookWordCount(wb) - before);
    if (out.records > 0)
        out.message = "Brought back " +
                      (out.wordsBack > 0 ? std::to_string(out.wordsBack) + (out.wordsBack == 1 ? " word" : " words")
                                         : std::to_string(out.records) + (out.records == 1 ? " edit" : " edits")) +
                      " that had not been saved.";
    out.damage = stopReason;
    if (out.tornTail || !stopReason.empty()) {
        std::string tail = " The end of " + name + " was cut off (" +
                           (stopReason.empty() ? "the last edit was being written" : stopReason) +
                           ") and was left out.";
        out.message = out.message.empty() ? tail.substr(1) : out.message + tail;
        out.tornTail = true;
    }
    return out;
}

bool foldJournal(const std::string& path, const std::string& fileBytes, const std::string& plainText, Sealer* sealer,
                 std::string& folded, std::string& error) {
    folded = plainText;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(journalPathFor(path), ec))) return true;
    LoadResult r = parseWorkbookText(plainText, path);
    if (!r.ok) {
        error = r.error;
        return false;
    }
    JournalReplay j = replayJournal(path, contentHash(fileBytes), r.workbook, sealer, true);
    if (j.status == JournalReplay::Status::Unused) {
        error = j.message.substr(0, j.message.find(';')) +
                ". Open the workbook in Doorway first (it keeps those edits aside), or move that file away";
        return false;
    }
    if (!j.damage.empty()) {
        // Lock and unlock remove the journal once it is folded in: what it
        // holds from a damaged record on would go with it, unseen.
        error = journalPathFor(path) + " holds edits Doorway can't read (" + j.damage +
                "), and they would be lost. Open the workbook in Doorway first, or move that file away";
        return false;
    }
    if (j.status == JournalReplay::Status::Replayed && j.records > 0)
        folded = serializePretty(workbookToJson(r.workbook));
    return true;
}

LoadResult loadWorkbookWithJournal(const std::string& path, Sealer* sealer, JournalReplay* replay) {
    std::string text, err;
    if (!readWorkbookBytes(path, text, err)) {
        LoadResult r;
        r.error = err;
        return r;
    }
    LoadResult r = parseWorkbookText(text, path, sealer);
    if (!r.ok) return r;
    JournalReplay j = replayJournal(path, contentHash(text), r.workbook, sealer, true);
    if (replay) *replay = j;
    return r;
}

}  // namespace doorway
