// doorway print: placeholder until its feature lands.
#include "app/cli.hpp"

namespace doorway {

int cmdPrint(const Args& args) {
    (void)args;
    return failure("'print' is not available in this build yet");
}

}  // namespace doorway
