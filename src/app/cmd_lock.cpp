// doorway lock: placeholder until its feature lands.
#include "app/cli.hpp"

namespace doorway {

int cmdLock(const Args& args) {
    (void)args;
    return failure("'lock' is not available in this build yet");
}

}  // namespace doorway
