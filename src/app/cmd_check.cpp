// doorway check: placeholder until its feature lands.
#include "app/cli.hpp"

namespace doorway {

int cmdCheck(const Args& args) {
    (void)args;
    return failure("'check' is not available in this build yet");
}

}  // namespace doorway
