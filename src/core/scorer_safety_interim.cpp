// STOPGAP (issue 15), to be replaced by the scorer engineer (issue 18):
// a minimal reading of whether rehearsal text discloses fear of the
// partner, violence, threats or control, so ScoreResult::safety can open
// the gentle "ask again" panel today. Deliberately narrow: it looks for a
// few unambiguous phrases and nothing else ("I'm scared of where we're
// heading" is the kind of vulnerable sentence Doorway encourages, and must
// not count). When issue 18 lands, delete this file and its one call.
#include <string>
#include <vector>

namespace doorway {

namespace {

// Lower case, curly apostrophes straightened, anything else that is not a
// letter or an apostrophe becomes one space.
std::string plain(const std::string& text) {
    std::string out = " ";
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0x99 || static_cast<unsigned char>(text[i + 2]) == 0x98)) {
            out += '\'';
            i += 2;
        } else if ((c >= 'a' && c <= 'z') || c == '\'') {
            out += char(c);
        } else if (c >= 'A' && c <= 'Z') {
            out += char(c - 'A' + 'a');
        } else if (out.back() != ' ') {
            out += ' ';
        }
    }
    if (out.back() != ' ') out += ' ';
    return out;
}

const std::vector<std::string> kPhrases = {
    "afraid of you",
    "afraid of him",
    "afraid of her",
    "scared of you",
    "scared of him",
    "scared of her",
    "frightened of you",
    "frightened of him",
    "frightened of her",
    "terrified of you",
    "terrified of him",
    "terrified of her",
    "afraid of what you'll do",
    "scared of what you'll do",
    "afraid of what you might do",
    "scared of what you might do",
    "afraid of what he'll do",
    "afraid of what she'll do",
    "afraid you'll hurt",
    "scared you'll hurt",
    "afraid to come home",
    "scared to come home",
    "you hit me",
    "he hits me",
    "she hits me",
    "he hit me",
    "she hit me",
    "you pushed me",
    "you shoved me",
    "you choked me",
    "choked me",
    "strangled me",
    "threatened to kill",
    "threatened to hurt",
    "you threatened me",
    "threatens me",
    "you'll kill me",
    "walking on eggshells",
    "walk on eggshells",
    "you won't let me see",
    "won't let me see my",
    "you track my phone",
    "you read my messages",
    "you take my money",
    "forced me to",
    "you forced me",
};

}  // namespace

bool interimDisclosesFear(const std::string& text) {
    std::string t = plain(text);
    for (const auto& p : kPhrases)
        if (t.find(" " + p + " ") != std::string::npos) return true;
    return false;
}

}  // namespace doorway
