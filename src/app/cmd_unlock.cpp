// doorway unlock: placeholder until its feature lands.
#include "app/cli.hpp"

namespace doorway {

int cmdUnlock(const Args& args) {
    (void)args;
    return failure("'unlock' is not available in this build yet");
}

}  // namespace doorway
