// "Score the trend, not the worst day" (see trend.hpp for the rules).
#include "core/trend.hpp"

#include "core/clock.hpp"
#include "core/labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace doorway {

namespace {

// "YYYY-MM" of a valid YYYY-MM-DD date, "" otherwise.
std::string monthOf(const std::string& date) {
    return isIsoDate(date) ? date.substr(0, 7) : std::string();
}

std::string nextMonth(const std::string& ym) {
    int y = std::stoi(ym.substr(0, 4));
    int m = std::stoi(ym.substr(5, 2)) + 1;
    if (m > 12) {
        m = 1;
        ++y;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
}

// What to do while there is nothing to read yet (both empty states say it).
constexpr const char* kStartNoting =
    "Every week or two, tick the signs you noticed, even if it was a quiet stretch. After a couple of months the "
    "picture starts to mean something.";

// "offers you logged on "9. Other doors"": the doors log's page by the
// sidebar's name for it (none named without one).
std::string offersLogged(const WorksheetCatalog& catalog) {
    const WorksheetDef* doorsPage = worksheetWith(catalog, FieldKind::DoorLog);
    return "offers you logged" + (doorsPage ? " on \"" + pageName(catalog, *doorsPage) + "\"" : std::string());
}

// Names a recent turn without letting it rewrite the story ("" when none).
std::string recentTurn(const std::string& direction, const MonthCount& latest) {
    if (direction == "mostly_fear" && latest.refusal > latest.fear)
        return " The most recent month leaned the other way; one month is worth watching, not a reason to change "
               "your reading yet.";
    if (direction == "mostly_refusal" && latest.fear > latest.refusal)
        return " The most recent month showed more openness; if that holds, the picture may be turning.";
    return {};
}

// A check-in in the month of the latest check-in that noted mockery,
// punishment or coldness (a sign that flags safety, named from the asset):
// the person's safety comes before any advice about doors, and before any
// reading of a direction. The words print too, so they send to no menu.
// "" when there is none.
// A date's month when the reading counts it: well formed, and not after
// `thisMonth` ("" = any month). "" when it is left out.
std::string countedMonth(const std::string& date, const std::string& thisMonth) {
    std::string m = monthOf(date);
    return thisMonth.empty() || m <= thisMonth ? m : std::string();
}

// A well-formed date in a month after `thisMonth` (never, when that is "").
bool laterThan(const std::string& date, const std::string& thisMonth) {
    const std::string m = monthOf(date);
    return !m.empty() && !thisMonth.empty() && m > thisMonth;
}

std::string safetyFirstLine(const WorksheetCatalog& catalog, const Workbook& wb, const std::string& thisMonth) {
    const FieldDef* tracker = nullptr;
    if (const WorksheetDef* page = worksheetWith(catalog, FieldKind::Tracker))
        for (const FieldDef& f : page->fields) tracker = f.kind == FieldKind::Tracker ? &f : tracker;
    if (!tracker) return {};
    std::string latestCheckIn, flagged, flaggedMonth;
    for (const TrackerEntry& e : wb.tracker) latestCheckIn = std::max(latestCheckIn, countedMonth(e.date, thisMonth));
    for (const TrackerEntry& e : wb.tracker) {
        const std::string m = monthOf(e.date);
        if (m.empty()) continue;  // no real date
        // The latest month read, and any check-in left out as dated later:
        // a slip of the year must never hide a sign that matters more.
        if (m != latestCheckIn && !laterThan(e.date, thisMonth)) continue;
        for (const std::vector<std::string>* signs : {&e.fearSigns, &e.refusalSigns})
            for (const std::string& id : *signs)
                if (const OptionDef* o = tracker->option(id); o && o->flagsSafety) {
                    flagged = o->label;
                    flaggedMonth = m;
                }
    }
    if (flagged.empty()) return {};
    return "In " + monthInWords(flaggedMonth) + " you noted \"" + flagged +
           "\". That matters more than any trend: before another door, look after yourself, and talk it over with "
           "someone you trust or a helpline.";
}

int answeredDoorsIn(const Workbook& wb) {
    int n = 0;
    for (const DoorOffer& d : wb.doors) n += !monthOf(d.date).empty() && doorLean(d.response) != DoorLean::Neither;
    return n;
}

// The reading while there is too little to read a direction from.
std::string tooEarlyText(int checkins, int months, int answered, const std::string& logged,
                         const std::string& safetyFirst) {
    if (checkins == 0 && months > 0)
        // The chart already shows bars from the doors log: say where they
        // come from rather than "nothing yet" beside them.
        return std::string("No check-ins yet: ") +
               (answered == 1 ? "the bar so far is the one answer"
                              : "the bars so far are the " + countWords(answered, "answer", "answers")) +
               " to " + logged + ". " + kStartNoting;
    if (checkins == 0) return std::string("There are no check-ins yet. ") + kStartNoting;
    return "So far there " + std::string(checkins == 1 ? "is " : "are ") +
           countWords(checkins, "check-in", "check-ins") + " over " + countWords(months, "month", "months") +
           ". That is too little to read a direction from" +
           (safetyFirst.empty() ? ", and that is fine: one conversation, good or bad, is a single day. Keep noting "
                                  "what you see for a couple of months and the trend will show itself."
                                : ". " + safetyFirst);
}

// How many check-ins and offers are dated after `thisMonth`.
int datedLater(const Workbook& wb, const std::string& thisMonth) {
    int n = 0;
    for (const TrackerEntry& e : wb.tracker) n += laterThan(e.date, thisMonth);
    for (const DoorOffer& d : wb.doors) n += laterThan(d.date, thisMonth);
    return n;
}

TrendReading readCounted(const WorksheetCatalog& catalog, const Workbook& wb, const std::string& thisMonth);

}  // namespace

TrendReading readTrend(const WorksheetCatalog& catalog, const Workbook& wb, const std::string& today) {
    const std::string thisMonth = today.empty() ? std::string() : monthOf(today);
    TrendReading out = readCounted(catalog, wb, thisMonth);
    const int later = datedLater(wb, thisMonth);
    if (later == 0) return out;
    const char* slip =
        " If a check-in's date is a slip, Edit on it changes the date; an offer can be removed and "
        "logged again.";
    int counted = 0;
    for (const MonthCount& m : out.months) counted += m.checkins;
    if (counted == 0 && !wb.tracker.empty()) {
        // Nothing left to read: not "no check-ins yet" above a list of them.
        const std::string safetyFirst = safetyFirstLine(catalog, wb, thisMonth);
        out.text = "Every check-in so far is dated after this month, so there is nothing to read yet." +
                   std::string(slip) + (safetyFirst.empty() ? "" : " " + safetyFirst);
        return out;
    }
    out.text += " Left out of this reading until its month comes: " + countWords(later, "entry", "entries") +
                " dated after this month." + slip;
    return out;
}

namespace {

TrendReading readCounted(const WorksheetCatalog& catalog, const Workbook& wb, const std::string& thisMonth) {
    TrendReading out;
    const std::string logged = offersLogged(catalog);

    // One vote per check-in, split between the columns by its share of
    // signs; one vote per door answered. Kept per month for the weighting.
    struct Votes {
        double fear = 0, refusal = 0;
    };
    std::map<std::string, MonthCount> counts;
    std::map<std::string, Votes> votes;
    int checkins = 0;
    for (const TrackerEntry& e : wb.tracker) {
        std::string m = countedMonth(e.date, thisMonth);
        if (m.empty()) continue;
        MonthCount& c = counts[m];
        c.month = m;
        int f = int(e.fearSigns.size()), r = int(e.refusalSigns.size());
        c.fear += f;
        c.refusal += r;
        ++c.checkins;
        ++checkins;
        if (f + r > 0) {
            votes[m].fear += double(f) / double(f + r);
            votes[m].refusal += double(r) / double(f + r);
        }
    }
    for (const DoorOffer& d : wb.doors) {
        std::string m = countedMonth(d.date, thisMonth);
        if (m.empty()) continue;
        bool fear = doorLean(d.response) == DoorLean::Fear;
        bool refusal = doorLean(d.response) == DoorLean::Refusal;
        if (!fear && !refusal) continue;  // no answer yet says nothing either way
        MonthCount& c = counts[m];
        c.month = m;
        (fear ? c.fear : c.refusal) += 1;
        (fear ? votes[m].fear : votes[m].refusal) += 1;
    }

    if (!counts.empty()) {
        std::string m = counts.begin()->first, last = counts.rbegin()->first;
        for (int guard = 0; guard < 1200; ++guard) {  // 100 years of months at most
            auto it = counts.find(m);
            out.months.push_back(it != counts.end() ? it->second : MonthCount{m, 0, 0, 0});
            if (m == last) break;
            m = nextMonth(m);
        }
    }

    // Recent months weigh more: a month's votes halve every three months of age.
    double fearW = 0, refusalW = 0;
    int n = int(out.months.size());
    for (int i = 0; i < n; ++i) {
        auto it = votes.find(out.months[size_t(i)].month);
        if (it == votes.end()) continue;
        double w = std::pow(0.5, double(n - 1 - i) / 3.0);
        fearW += w * it->second.fear;
        refusalW += w * it->second.refusal;
    }
    int fearTotal = 0, refusalTotal = 0;
    for (const auto& c : out.months) {
        fearTotal += c.fear;
        refusalTotal += c.refusal;
    }

    std::string span = countWords(n, "month", "months");
    const std::string safetyFirst = safetyFirstLine(catalog, wb, thisMonth);
    const bool flagged = !safetyFirst.empty();
    if (checkins < 3 || n < 2 || fearW + refusalW <= 0) {
        out.direction = "too_early";
        out.text = tooEarlyText(checkins, int(out.months.size()), fearTotal + refusalTotal, logged, safetyFirst);
        return out;
    }

    double share = fearW / (fearW + refusalW);
    // Doors count only once one is answered: "included" with none said
    // something that wasn't there.
    const int answeredDoors = answeredDoorsIn(wb);
    std::string counted = "Across " + countWords(checkins, "check-in", "check-ins") + " over " + span + ", you noted " +
                          countWords(fearTotal, "sign", "signs") + " from the fear column and " +
                          countWords(refusalTotal, "sign", "signs") + " from the refusal column" +
                          (answeredDoors ? " (" + logged + " included)" : std::string()) + ". ";
    auto lean = [](double sh) { return sh >= 0.65 ? "mostly_fear" : sh <= 0.35 ? "mostly_refusal" : "mixed"; };
    out.direction = lean(share);
    // The totals and the reading can disagree (seven signs to two, "still
    // mixed"): the reading counts each check-in once, however many signs it
    // has, and recent months count most. Said when they do.
    if (fearTotal + refusalTotal > 0 && lean(double(fearTotal) / double(fearTotal + refusalTotal)) != out.direction)
        counted +=
            "The reading counts each check-in once, however many signs it had, and recent months most, so it "
            "can differ from these totals. ";
    if (out.direction == "mostly_fear") {
        out.text = counted +
                   "Most of what you've seen sits on the fear side: objections to particulars, softening when the ask "
                   "is smaller, interest in other ways in. " +
                   (!flagged ? "That usually leaves room to work with. Keep the doors small and specific, and "
                               "let the hard days be what they are: single days."
                             : safetyFirst);
    } else if (out.direction == "mostly_refusal") {
        out.text = counted +
                   "Lately, most of what you've seen sits on the refusal side. That is not a verdict on your partner "
                   "or on you, and it can still shift. " +
                   (!flagged ? "It may be worth giving more of your attention to your own support, and to what "
                               "you want for yourself whatever they decide."
                             : safetyFirst);
    } else {
        out.text = counted + "The two sides come out close, so the picture is still mixed. " +
                   (!flagged ? "That is common while someone is making up their mind. Keep offering small "
                               "doors, keep noting what comes back, and look again in a month."
                             : safetyFirst);
    }

    if (!flagged) out.text += recentTurn(out.direction, out.months.back());
    return out;
}

}  // namespace

const std::vector<DoorResponse>& doorResponses() {
    static const std::vector<DoorResponse> kResponses = {{"accepted", "Accepted"},
                                                         {"declined", "Declined"},
                                                         {"counter_offered", "Counter-offered"},
                                                         {"no_answer", "No answer yet"}};
    return kResponses;
}

std::string doorResponseLabel(const std::string& response) {
    for (const DoorResponse& r : doorResponses())
        if (response == r.id) return r.label;
    return response;
}

DoorLean doorLean(const std::string& response) {
    if (response == "accepted" || response == "counter_offered") return DoorLean::Fear;
    if (response == "declined") return DoorLean::Refusal;
    return DoorLean::Neither;
}

}  // namespace doorway
