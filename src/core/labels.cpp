// Shared labels (see labels.hpp).
#include "core/labels.hpp"

#include "core/clock.hpp"

#include <cstdlib>
#include <map>

namespace doorway {

namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

bool digits(const std::string& s, size_t from, size_t n) {
    if (s.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int monthOf(const std::string& s) {  // 1..12 from "YYYY-MM...", 0 if not one
    if (!digits(s, 0, 4) || s.size() < 7 || s[4] != '-' || !digits(s, 5, 2)) return 0;
    int m = std::atoi(s.substr(5, 2).c_str());
    return m >= 1 && m <= 12 ? m : 0;
}

}  // namespace

std::string monthLabel(const std::string& ym, bool withYear) {
    int m = ym.size() == 7 ? monthOf(ym) : 0;
    if (!m) return ym;
    return withYear ? std::string(kMonths[m - 1]) + " " + ym.substr(0, 4) : std::string(kMonths[m - 1]);
}

std::string monthInWords(const std::string& ym) {
    int m = ym.size() == 7 ? monthOf(ym) : 0;
    return m ? std::string(kMonthNames[m - 1]) : ym;
}

std::string dayLabel(const std::string& iso) {
    std::string date = iso.substr(0, 10);
    if (!isIsoDate(date)) return iso;
    return std::to_string(std::atoi(date.substr(8, 2).c_str())) + " " + kMonths[monthOf(date) - 1];
}

std::vector<std::string> pointLabels(const std::vector<std::string>& times) {
    std::map<std::string, int> perDay;
    for (const auto& t : times) ++perDay[dayLabel(t)];
    std::vector<std::string> out;
    std::map<std::string, int> seen;
    for (const auto& t : times) {
        std::string label = dayLabel(t);
        if (perDay[label] > 1 && t.size() >= 16 && t[10] == 'T') label += " " + t.substr(11, 5);
        int n = ++seen[label];
        if (n > 1) label += " (" + std::to_string(n) + ")";
        out.push_back(label);
    }
    return out;
}

std::string bandLabel(const std::string& band) {
    if (band == "mixed") return "in between";
    // A person who tried reads this beside their own words: plain, not a
    // charge ("accusation" stays the band's id in files and tests).
    if (band == "accusation") return "may sound like blame";
    return band;  // invitation, unclear, safety: their own names
}

std::string countLabel(long long n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 || n == -1 ? one : many);
}

std::string numberWords(long long n) {
    static const char* const kWords[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    return n >= 0 && n <= 9 ? std::string(kWords[n]) : std::to_string(n);
}

std::string countWords(long long n, std::string_view one, std::string_view many) {
    return numberWords(n) + " " + std::string(n == 1 ? one : many);
}

std::string takeModeLabel(const std::string& mode) {
    if (mode == "roleplay") return "role-play";
    if (mode == "spoken") return "spoken";
    if (mode == "typed" || mode.empty()) return "typed";
    return mode;
}

std::string takesSeriesName(bool rolePlay) {
    return rolePlay ? "Role-play answers" : "Rehearsal takes";
}

bool scoreShown(const std::string& band) {
    return band != "safety";
}

std::string scoreCaption(int score, const std::string& band) {
    return scoreShown(band) ? "Score " + std::to_string(score) + " of 100" : "Not scored";
}

std::string scoreFigure(int score, const std::string& band) {
    return scoreShown(band) ? std::to_string(score) : "\u2014";
}

}  // namespace doorway
