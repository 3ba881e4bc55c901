// doorway export: placeholder until its feature lands.
#include "app/cli.hpp"

namespace doorway {

int cmdExport(const Args& args) {
    (void)args;
    return failure("'export' is not available in this build yet");
}

}  // namespace doorway
