// doorway transcribe: placeholder until its feature lands.
#include "app/cli.hpp"

namespace doorway {

int cmdTranscribe(const Args& args) {
    (void)args;
    return failure("'transcribe' is not available in this build yet");
}

}  // namespace doorway
