// doorway score: placeholder until its feature lands.
#include "app/cli.hpp"

namespace doorway {

int cmdScore(const Args& args) {
    (void)args;
    return failure("'score' is not available in this build yet");
}

}  // namespace doorway
