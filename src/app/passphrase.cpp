// Reading a passphrase without echo: placeholder until sealing lands.
#include "app/cli.hpp"

namespace doorway {

bool readPassphrase(int fd, const std::string& prompt, std::string& out, std::string& error) {
    (void)fd;
    (void)prompt;
    (void)out;
    error = "passphrases are not available in this build yet";
    return false;
}

}  // namespace doorway
