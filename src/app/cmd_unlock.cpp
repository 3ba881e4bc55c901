// doorway unlock FILE [--passphrase-fd N]: remove the passphrase from a
// workbook (and its recorded takes), in place. The code is shared with
// lock in cmd_lock.cpp.
#include "app/cli.hpp"

namespace doorway {

int runLockCommand(bool lock, const Args& args);  // cmd_lock.cpp

int cmdUnlock(const Args& args) { return runLockCommand(false, args); }

}  // namespace doorway
