// The offline fitter: learns the phrasing score's weights and band edges,
// and role-play's concept weights and threshold, from the TRAIN split of
// tests/corpus/ (never dev or test). Rules stay hand-written in
// assets/scoring/rules.json; this only turns them into numbers.
//
//   fit_scorer [--write] [--lambda L] [--roleplay-lambda L] [--assets DIR] [--corpus DIR]
//
// Phrasing: L2-regularised ordinal logistic regression (bad < mixed < good)
// over the rules' features (Scorer::features), with each weight's sign held
// to its rule's kind (a strength never lowers a score). The two fitted
// thresholds become the band edges: the weights are rescaled to points so
// that the bad|mixed edge falls at bands.mixed and the mixed|good edge at
// bands.invitation in model.json. Fitted with feature dropout (--dropout,
// 0.3 unless told): see withDropout.
//
// Role-play: logistic regression of "met" (met vs not met; hostile answers
// are left out, they fail on their jab) on the concepts an answer touches,
// weights kept >= 0 and pulled towards 1, so a concept the train split
// rarely sees still counts as a whole idea. Writes each concept's weight
// and the catalog's threshold into objections.json.
//
// Without --write it prints what it would write.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "corpus.hpp"
#include "json_write.hpp"

using namespace doorway;

namespace {

namespace json = boost::json;

double sigmoid(double x) {
    return x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x));
}

struct Example {
    std::vector<std::pair<int, double>> x;  // sparse features
    int y = 0;                              // 0 bad, 1 mixed, 2 good
    double weight = 1;
};

struct OrdinalFit {
    std::vector<double> w;
    double t0 = -1, t1 = 1;
    double loss = 0;
};

// Negative log-likelihood and its gradient for the ordinal model.
double ordinalLoss(const std::vector<Example>& data, const OrdinalFit& f, double lambda, std::vector<double>& gw,
                   double& g0, double& g1) {
    std::fill(gw.begin(), gw.end(), 0.0);
    g0 = g1 = 0;
    double loss = 0;
    for (const auto& e : data) {
        double z = 0;
        for (auto [i, v] : e.x) z += f.w[size_t(i)] * v;
        double dz = 0;
        if (e.y == 0) {  // -log s(t0 - z)
            double s = sigmoid(f.t0 - z);
            loss -= e.weight * std::log(std::max(s, 1e-300));
            g0 -= e.weight * (1 - s);
            dz += e.weight * (1 - s);
        } else if (e.y == 2) {  // -log s(z - t1)
            double s = sigmoid(z - f.t1);
            loss -= e.weight * std::log(std::max(s, 1e-300));
            g1 += e.weight * (1 - s);
            dz -= e.weight * (1 - s);
        } else {  // -log(s(t1 - z) - s(t0 - z))
            double a = sigmoid(f.t1 - z), b = sigmoid(f.t0 - z);
            double p = std::max(a - b, 1e-12);
            loss -= e.weight * std::log(p);
            double da = a * (1 - a) / p, db = b * (1 - b) / p;
            g1 -= e.weight * da;
            g0 += e.weight * db;
            dz += e.weight * (da - db);
        }
        for (auto [i, v] : e.x) gw[size_t(i)] += dz * v;
    }
    for (size_t i = 0; i < f.w.size(); ++i) {
        loss += 0.5 * lambda * f.w[i] * f.w[i];
        gw[i] += lambda * f.w[i];
    }
    return loss;
}

// Projected Adam: strengths stay >= 0, risks <= 0, t1 > t0.
OrdinalFit fitOrdinal(const std::vector<Example>& data, const std::vector<int>& sign, double lambda) {
    OrdinalFit f;
    f.w.assign(sign.size(), 0.0);
    const size_t n = sign.size() + 2;
    std::vector<double> m(n, 0), v(n, 0), gw(sign.size());
    const double lr = 0.02, b1 = 0.9, b2 = 0.999;
    for (int it = 1; it <= 20000; ++it) {
        double g0, g1;
        f.loss = ordinalLoss(data, f, lambda, gw, g0, g1);
        auto step = [&](size_t k, double g, double& p) {
            m[k] = b1 * m[k] + (1 - b1) * g;
            v[k] = b2 * v[k] + (1 - b2) * g * g;
            double mh = m[k] / (1 - std::pow(b1, it)), vh = v[k] / (1 - std::pow(b2, it));
            p -= lr * mh / (std::sqrt(vh) + 1e-9);
        };
        for (size_t i = 0; i < f.w.size(); ++i) {
            step(i, gw[i], f.w[i]);
            if (sign[i] > 0) f.w[i] = std::max(0.0, f.w[i]);
            if (sign[i] < 0) f.w[i] = std::min(0.0, f.w[i]);
            if (sign[i] == 0) f.w[i] = 0;
        }
        step(f.w.size(), g0, f.t0);
        step(f.w.size() + 1, g1, f.t1);
        if (f.t1 < f.t0 + 0.1) f.t1 = f.t0 + 0.1;
    }
    return f;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot be read");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeAll(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error(path + ": cannot be written");
}

double round1(double x) {
    return std::round(x * 10) / 10;
}
double round2(double x) {
    return std::round(x * 100) / 100;
}

// The rules were written with the corpus in view, so a train message shows
// more of its findings than a message in words nobody wrote a rule for. A
// fit on train alone learns that a good message carries three strengths and
// sets the invitation edge there; fresh wordings, whose strengths the rules
// catch one or two at a time, then fall short of it. Fitting on copies of
// each message with findings dropped at random, as if the rules had missed
// them, teaches weights and edges that still hold when some are missed
// (dropout training; for a linear model it acts as a regulariser that
// spreads weight across the findings a message has).
std::vector<Example> withDropout(const std::vector<Example>& data, double p) {
    constexpr int kCopies = 8;
    std::mt19937 rng(20261201);  // fixed: the fit is reproducible
    std::bernoulli_distribution drop(p);
    std::vector<Example> out;
    out.reserve(data.size() * (kCopies + 1));
    for (const auto& e : data) {
        // The message as it is, then kCopies with findings missed: together
        // they weigh what the message alone did, so lambda means the same.
        out.push_back(e);
        out.back().weight = e.weight / (kCopies + 1);
        for (int c = 0; c < kCopies; ++c) {
            Example d;
            d.y = e.y;
            d.weight = e.weight / (kCopies + 1);
            for (const auto& x : e.x)
                if (!drop(rng)) d.x.push_back(x);
            out.push_back(std::move(d));
        }
    }
    return out;
}

void fitPhrasing(const std::string& assets, const std::string& corpusDir, double lambda, bool balance, double dropout,
                 bool write) {
    Scorer scorer = Scorer::loadForFitting(assets + "/scoring");
    auto list = scorer.featureList();
    std::map<std::string, int> index;
    std::vector<int> sign;
    for (const auto& [name, kind] : list) {
        index[name] = int(sign.size());
        sign.push_back(kind == "strength" ? 1 : kind == "risk" ? -1 : 0);
    }
    std::vector<Example> data;
    int counts[3] = {0, 0, 0};
    for (const auto& p : corpus::readPhrasings(corpusDir + "/phrasings.tsv")) {
        if (p.split != corpus::Split::Train || p.label == "safety") continue;
        Example e;
        e.y = p.label == "bad" ? 0 : p.label == "mixed" ? 1 : 2;
        for (const auto& [name, v] : scorer.features(p.text)) e.x.emplace_back(index.at(name), v);
        ++counts[e.y];
        data.push_back(std::move(e));
    }
    if (balance)
        for (auto& e : data) e.weight = double(data.size()) / (3.0 * counts[e.y]);
    const size_t messages = data.size();
    if (dropout > 0) data = withDropout(data, dropout);
    OrdinalFit f = fitOrdinal(data, sign, lambda);

    json::value model = json::parse(readAll(assets + "/scoring/model.json"));
    auto& mo = model.as_object();
    const auto& bands = mo.at("bands").as_object();
    const double mixedEdge = bands.at("mixed").to_number<double>();
    const double invitationEdge = bands.at("invitation").to_number<double>();
    // score = mixedEdge + scale * (z - t0): t0 -> the mixed edge, t1 -> the invitation edge.
    const double scale = (invitationEdge - mixedEdge) / (f.t1 - f.t0);
    const double base = mixedEdge - scale * f.t0;
    json::object weights;
    std::printf("phrasing: %zu train messages (bad %d, mixed %d, good %d), lambda %.3g, loss %.2f\n", messages,
                counts[0], counts[1], counts[2], lambda, f.loss);
    std::printf("  thresholds t0 %.3f t1 %.3f -> %.1f points per logit, base %.1f\n", f.t0, f.t1, scale, base);
    for (size_t i = 0; i < list.size(); ++i) {
        if (sign[i] == 0) continue;
        double pts = round1(scale * f.w[i]);
        if (pts == 0) pts = 0;  // no "-0"
        weights[list[i].first] = pts;
        std::printf("  %-28s %+6.1f\n", list[i].first.c_str(), pts);
    }
    mo["base"] = round1(base);
    mo["weights"] = std::move(weights);
    json::object fitted;
    fitted["by"] = "tools/fit_scorer";
    fitted["corpus"] = "tests/corpus/phrasings.tsv, train split";
    fitted["messages"] = messages;
    fitted["lambda"] = lambda;
    fitted["balanced"] = balance;
    fitted["dropout"] = dropout;
    fitted["thresholds"] = json::array{round2(f.t0), round2(f.t1)};
    mo["fitted"] = std::move(fitted);
    std::string text = tools::prettyJson(model) + "\n";
    if (write) {
        writeAll(assets + "/scoring/model.json", text);
        std::printf("  wrote %s/scoring/model.json\n", assets.c_str());
    }
}

void fitRolePlay(const std::string& assets, const std::string& corpusDir, double lambda, bool write) {
    const std::string path = assets + "/roleplay/objections.json";
    ObjectionCatalog cat = ObjectionCatalog::loadFile(path);
    // One weight per (objection, concept), then the threshold.
    std::map<std::string, int> index;
    for (const auto& o : cat.objections())
        for (const auto& c : o.concepts) index.emplace(o.id + "/" + c.id, int(index.size()));
    // The catalog-wide deflections after the concepts: one weight each, <= 0,
    // pulled towards 0 (a deflection costs only as much as train shows).
    const size_t firstDeflection = index.size();
    if (!cat.empty())
        for (const auto& df : cat.objections().front().deflections)
            index.emplace("deflection/" + df.id, int(index.size()));
    const size_t d = index.size();
    struct Item {
        std::vector<int> x;  // concepts touched, then deflections
        int ideas = 0;       // how many of x are concepts
        int y = 0;
    };
    std::vector<Item> data;
    for (const auto& a : corpus::readAnswers(corpusDir + "/roleplay.tsv")) {
        if (a.split != corpus::Split::Train || a.label == "hostile") continue;
        const Objection* o = cat.find(a.objection);
        if (!o)
            throw std::runtime_error("roleplay.tsv:" + std::to_string(a.line) + ": unknown objection " + a.objection);
        Item it;
        it.y = a.label == "met";
        for (const auto& h : conceptHits(*o, a.text)) it.x.push_back(index.at(o->id + "/" + h.conceptId));
        it.ideas = int(it.x.size());
        for (const auto& h : deflectionHits(*o, a.text)) it.x.push_back(index.at("deflection/" + h.conceptId));
        data.push_back(std::move(it));
    }
    // p(met) = s(k * (sum v - t)), v >= 0 pulled towards 1; k fixed so v and t read as "ideas".
    const double k = 4.0;
    std::vector<double> v(d, 1.0);
    for (size_t i = firstDeflection; i < d; ++i) v[i] = 0.0;
    double t = 1.0;
    // Steps on the mean gradient (the optimum is the same as for the sum):
    // a fixed step on the sum grew with the corpus and, past some 400
    // answers, made the threshold jump between iterations instead of settling.
    const double lr = 0.2, n = double(std::max<size_t>(1, data.size()));
    for (int iter = 0; iter < 40000; ++iter) {
        std::vector<double> g(d, 0.0);
        double gt = 0;
        for (const auto& it : data) {
            double s = -t;
            for (int i : it.x) s += v[size_t(i)];
            double p = sigmoid(k * s);
            double r = k * (p - it.y);
            for (int i : it.x) g[size_t(i)] += r;
            gt -= r;
        }
        for (size_t i = 0; i < d; ++i) {
            const bool deflection = i >= firstDeflection;
            g[i] += lambda * (v[i] - (deflection ? 0.0 : 1.0));
            v[i] = deflection ? std::min(0.0, v[i] - lr * g[i] / n) : std::max(0.0, v[i] - lr * g[i] / n);
        }
        t = std::max(0.05, t - lr * gt / n);
    }
    int right = 0;
    for (const auto& it : data) {
        double s = 0;
        for (int i : it.x) s += v[size_t(i)];
        right += (s >= t && it.ideas > 0) == bool(it.y);
    }
    std::printf("role-play: %zu train answers (hostile left out), lambda %.3g, threshold %.2f, train accuracy %.1f%%\n",
                data.size(), lambda, t, 100.0 * right / std::max<size_t>(1, data.size()));
    json::value doc = json::parse(readAll(path));
    auto& root = doc.as_object();
    root["threshold"] = round2(t);
    json::object fitted;
    fitted["by"] = "tools/fit_scorer";
    fitted["corpus"] = "tests/corpus/roleplay.tsv, train split";
    fitted["answers"] = data.size();
    fitted["lambda"] = lambda;
    root["fitted"] = std::move(fitted);
    if (auto dfs = root.find("deflections"); dfs != root.end())
        for (auto& dv : dfs->value().as_array()) {
            auto& dob = dv.as_object();
            std::string did(dob.at("id").as_string());
            double w = round2(v[size_t(index.at("deflection/" + did))]);
            dob["weight"] = w;
            std::printf("  deflection       %-16s %.2f\n", did.c_str(), w);
        }
    for (auto& ov : root.at("objections").as_array()) {
        auto& oo = ov.as_object();
        std::string oid(oo.at("id").as_string());
        for (auto& cv : oo.at("concepts").as_array()) {
            auto& co = cv.as_object();
            std::string cid(co.at("id").as_string());
            double w = round2(v[size_t(index.at(oid + "/" + cid))]);
            co["weight"] = w;
            std::printf("  %-16s %-16s %.2f\n", oid.c_str(), cid.c_str(), w);
        }
    }
    if (write) {
        writeAll(path, tools::prettyJson(doc) + "\n");
        std::printf("  wrote %s\n", path.c_str());
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::string assets = DOORWAY_SOURCE_ASSETS;
    std::string corpusDir = std::string(DOORWAY_SOURCE_ASSETS) + "/../tests/corpus";
    double lambda = 3.0, rpLambda = 2.0, dropout = 0.3;  // dropout: chosen on dev and fresh4/fresh5, see withDropout
    bool write = false, balance = false, phrasing = true, roleplay = true;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return argv[++i];
        };
        try {
            if (a == "--write")
                write = true;
            else if (a == "--lambda")
                lambda = std::stod(next());
            else if (a == "--roleplay-lambda")
                rpLambda = std::stod(next());
            else if (a == "--dropout") {
                dropout = std::stod(next());
                if (!(dropout >= 0 && dropout < 1))
                    throw std::runtime_error("--dropout must be at least 0 and below 1");
            } else if (a == "--balance")
                balance = true;
            else if (a == "--only-phrasing")
                roleplay = false;
            else if (a == "--only-roleplay")
                phrasing = false;
            else if (a == "--assets")
                assets = next();
            else if (a == "--corpus")
                corpusDir = next();
            else
                throw std::runtime_error("unknown option '" + a + "'");
        } catch (const std::exception& e) {
            std::fprintf(stderr,
                         "fit_scorer: %s\nusage: fit_scorer [--write] [--lambda L] [--roleplay-lambda L] "
                         "[--balance] [--dropout P] [--only-phrasing|--only-roleplay] [--assets DIR] [--corpus DIR]\n",
                         e.what());
            return 2;
        }
    }
    try {
        if (phrasing) fitPhrasing(assets, corpusDir, lambda, balance, dropout, write);
        if (roleplay) fitRolePlay(assets, corpusDir, rpLambda, write);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fit_scorer: %s\n", e.what());
        return 1;
    }
    return 0;
}
