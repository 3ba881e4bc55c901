#pragma once
// The labelled corpora in tests/corpus/ (see its README.md): reading them,
// and the fixed train / dev / test split by a hash of each text. Shared by
// tools/fit_scorer (train only) and bench/scorer_eval (dev, and test once).
#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace doorway::corpus {

enum class Split { Train, Dev, Test };

// FNV-1a over the text's bytes (the 64-bit prime), seeded with the fixed
// basis 1469598103934665603 (not the published one, 14695981039346656037: the
// splits were drawn with this one, so it stays). Stable across machines and runs.
inline uint64_t fnv1a(const std::string& s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// 0-5 train, 6-7 dev, 8-9 test.
inline Split splitOf(const std::string& text) {
    uint64_t d = fnv1a(text) % 10;
    return d < 6 ? Split::Train : d < 8 ? Split::Dev : Split::Test;
}

inline const char* splitName(Split s) {
    return s == Split::Train ? "train" : s == Split::Dev ? "dev" : "test";
}

struct Row {
    int line = 0;
    std::vector<std::string> cols;
};

// Tab-separated rows with exactly `columns` fields; '#' lines are comments;
// a literal "\n" in a field is a line break. Throws naming file and line.
inline std::vector<Row> readTsv(const std::string& path, size_t columns) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot be read");
    std::vector<Row> rows;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        Row r;
        r.line = n;
        std::string field;
        for (size_t i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == '\t') {
                r.cols.push_back(field);
                field.clear();
            } else if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == 'n') {
                field += '\n';
                ++i;
            } else {
                field += line[i];
            }
        }
        if (r.cols.size() != columns)
            throw std::runtime_error(path + ":" + std::to_string(n) + ": expected " + std::to_string(columns) +
                                     " tab-separated fields, found " + std::to_string(r.cols.size()));
        rows.push_back(std::move(r));
    }
    return rows;
}

struct Phrasing {
    int line = 0;
    std::string text, label, reg, topic, reason;
    Split split = Split::Train;
};

inline std::vector<Phrasing> readPhrasings(const std::string& path) {
    std::vector<Phrasing> out;
    for (auto& r : readTsv(path, 5)) {
        Phrasing p{r.line, r.cols[0], r.cols[1], r.cols[2], r.cols[3], r.cols[4], splitOf(r.cols[0])};
        if (p.label != "good" && p.label != "mixed" && p.label != "bad" && p.label != "safety")
            throw std::runtime_error(path + ":" + std::to_string(r.line) + ": unknown label '" + p.label + "'");
        out.push_back(std::move(p));
    }
    return out;
}

struct Answer {
    int line = 0;
    std::string objection, text, label, reg, reason;
    Split split = Split::Train;
};

inline std::vector<Answer> readAnswers(const std::string& path) {
    std::vector<Answer> out;
    for (auto& r : readTsv(path, 5)) {
        Answer a{r.line, r.cols[0], r.cols[1], r.cols[2], r.cols[3], r.cols[4], splitOf(r.cols[1])};
        if (a.label != "met" && a.label != "not_met" && a.label != "hostile")
            throw std::runtime_error(path + ":" + std::to_string(r.line) + ": unknown label '" + a.label + "'");
        out.push_back(std::move(a));
    }
    return out;
}

// A check set (tests/corpus/fresh*.tsv): a first column says which corpus a
// row belongs to (phrasing or roleplay), then that corpus's five columns.
// Every row is placed in `split`: dev for scorer_eval, train when a fitter
// learns from a check set whose errors have been read.
inline void readCheckSet(const std::string& path, Split split, std::vector<Phrasing>& ps, std::vector<Answer>& as) {
    for (auto& r : readTsv(path, 6)) {
        const std::string& kind = r.cols[0];
        const std::string where = path + ":" + std::to_string(r.line);
        if (kind == "phrasing") {
            ps.push_back({r.line, r.cols[1], r.cols[2], r.cols[3], r.cols[4], r.cols[5], split});
            const std::string& l = ps.back().label;
            if (l != "good" && l != "mixed" && l != "bad" && l != "safety")
                throw std::runtime_error(where + ": unknown label '" + l + "'");
        } else if (kind == "roleplay") {
            as.push_back({r.line, r.cols[1], r.cols[2], r.cols[3], r.cols[4], r.cols[5], split});
            const std::string& l = as.back().label;
            if (l != "met" && l != "not_met" && l != "hostile")
                throw std::runtime_error(where + ": unknown label '" + l + "'");
        } else {
            throw std::runtime_error(where + ": unknown kind '" + kind + "' (phrasing or roleplay)");
        }
    }
}

}  // namespace doorway::corpus
