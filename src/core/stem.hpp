#pragma once
// English word stems (Snowball "english", through libstemmer), so role-play
// hears "worried", "worries" and "worrying" as one word.
#include <string>

namespace doorway {

// The stem of one lower-case word; words with no letters come back as they are.
std::string stemWord(const std::string& word);

}  // namespace doorway
