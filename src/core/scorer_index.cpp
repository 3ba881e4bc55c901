// The scorer's indexes, built once the rules and the lexicon are read: which
// patterns may start at a word, which words each pattern needs (and their
// fingerprints), and the word sets as bit sets. Matching (scorer_match.cpp)
// asks these so that a text tries only the patterns that could match it.
#include "core/scorer_impl.hpp"

#include <algorithm>

namespace doorway {

using namespace scoring;

void WordClass::indexStarts(size_t vocabSize) {
    startIds.clear();
    prefixStarts.clear();
    for (auto& ph : phrases)
        for (auto& item : ph.items) item.index(vocabSize);
    for (size_t i = 0; i < phrases.size(); ++i) {
        if (phrases[i].items.empty()) continue;
        const Alt& first = phrases[i].items.front();
        for (int id : first.ids)
            if (id >= 0 && size_t(id) < vocabSize) startIds.emplace_back(id, int(i));
        if (!first.prefixes.empty() || !first.suffixes.empty()) prefixStarts.push_back(int(i));
    }
    std::sort(startIds.begin(), startIds.end());
    startIds.erase(std::unique(startIds.begin(), startIds.end()), startIds.end());
}

void Scorer::Impl::StartIndex::add(const Alt& first, bool any, int index) {
    if (any) {
        always.push_back(index);
        return;
    }
    for (int id : first.ids) {
        if (size_t(id) >= byId.size()) byId.resize(size_t(id) + 1);
        byId[size_t(id)].push_back(index);
    }
    for (const auto& p : first.prefixes) byPrefix.emplace_back(p, index);
}

// The union of what the first consumed token of `p` can be.
void Scorer::Impl::firstAlts(const Pattern& p, Alt& out, bool& any) const {
    for (const auto& el : p.elems) {
        if (el.kind == ElemKind::Word) {
            if (!el.alt.suffixes.empty()) break;  // "*ing" can start anywhere: always try it
            out.ids.insert(out.ids.end(), el.alt.ids.begin(), el.alt.ids.end());
            out.prefixes.insert(out.prefixes.end(), el.alt.prefixes.begin(), el.alt.prefixes.end());
            if (!el.optional) return;
        } else if (el.kind == ElemKind::Class) {
            bool anyStart = false;
            for (const auto& ph : classes[size_t(el.cls)].phrases)
                anyStart = anyStart || !ph.items.front().suffixes.empty();
            if (anyStart) break;
            for (const auto& ph : classes[size_t(el.cls)].phrases) {
                const Alt& a = ph.items.front();
                out.ids.insert(out.ids.end(), a.ids.begin(), a.ids.end());
                out.prefixes.insert(out.prefixes.end(), a.prefixes.begin(), a.prefixes.end());
            }
            if (!el.optional) return;
        } else if (el.kind == ElemKind::Gap || el.kind == ElemKind::Echo) {
            break;
        }
    }
    any = true;
}

// The words a pattern needs: each required literal word (any of its ids),
// and each required class whose phrases all start with literal words.
void Scorer::Impl::collectNeeds(Pattern& p) const {
    p.needs.clear();
    for (const auto& e : p.elems) {
        if (e.optional) continue;
        if (e.kind == ElemKind::Word || e.kind == ElemKind::Ahead) {
            if (e.alt.prefixes.empty() && e.alt.suffixes.empty() && !e.alt.ids.empty()) p.needs.push_back(e.alt.ids);
        } else if (e.kind == ElemKind::Class || e.kind == ElemKind::AheadClass) {
            std::vector<int> any;
            bool literal = true;
            for (const auto& ph : classes[size_t(e.cls)].phrases) {
                const Alt& first = ph.items.front();
                literal = literal && first.prefixes.empty() && first.suffixes.empty();
                any.insert(any.end(), first.ids.begin(), first.ids.end());
            }
            if (literal && !any.empty()) p.needs.push_back(std::move(any));
        }
    }
    // A fingerprint with more than half its bits set rules out little.
    constexpr int kMaskUseful = 128;
    p.needMasks.clear();
    if (p.echo) return;
    for (const auto& need : p.needs) {
        WordMask m;
        for (int id : need) m.add(id);
        if (m.count() <= kMaskUseful) p.needMasks.push_back(m);
    }
}

void Scorer::Impl::buildIndex() {
    const size_t vocab = ids.size();
    for (auto& rule : rules)
        for (auto& g : rule.groups)
            for (auto& p : g.patterns) collectNeeds(p);
    for (auto& c : classes) c.indexStarts(vocab);
    for (auto& rule : rules)
        for (auto& g : rule.groups)
            for (auto& p : g.patterns)
                for (auto& e : p.elems) e.alt.index(vocab);
    for (auto& p : mentionCues)
        for (auto& e : p.elems) e.alt.index(vocab);
    for (const auto& [key, alt] : wordLists()) alt->index(vocab);
    openers.index(vocab);
    for (auto& t : topics) t.words.index(vocab);
    for (size_t ri = 0; ri < rules.size(); ++ri)
        for (const auto& g : rules[ri].groups)
            for (const auto& p : g.patterns) {
                Alt first;
                bool any = false;
                firstAlts(p, first, any);
                ruleStarts.add(first, any, int(patRefs.size()));
                patRefs.push_back({int(ri), &g, &p});
            }
    for (size_t i = 0; i < mentionCues.size(); ++i) {
        Alt first;
        bool any = false;
        firstAlts(mentionCues[i], first, any);
        cueStarts.add(first, any, int(i));
    }
}

}  // namespace doorway
