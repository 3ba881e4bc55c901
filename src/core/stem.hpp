#pragma once
// English word stems (Snowball "english", through libstemmer), so role-play
// hears "worried", "worries" and "worrying" as one word.
#include <string>
#include <vector>

namespace doorway {

// The stem of one lower-case word; words with no letters come back as they are.
std::string stemWord(const std::string& word);

// The regular forms of an English verb: "choke" -> choke, chokes, choked,
// choking; "grab" -> grab, grabs, grabbed, grabbing (and the undoubled
// spellings, since the rule for doubling needs the stress, which spelling
// can't tell). Word lists write a verb once and still hear it in every tense
// ("you shove me", "he shoves me", "she shoved me"). Irregular forms
// ("threw", "held") are not guessed: lists name them.
std::vector<std::string> verbForms(const std::string& base);

}  // namespace doorway
