#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <string>
#include <system_error>

// Every test process gets a data folder of its own ($XDG_DATA_HOME), and the
// doorways it starts inherit it: what Doorway keeps there (a learned voice,
// which `lock` seals; the default workbooks folder) is never the tester's
// own. A test that needs a particular folder still sets it.
int main(int argc, char* argv[]) {
    namespace fs = std::filesystem;
    std::string folder = (fs::temp_directory_path() / "doorway-test-data-XXXXXX").string();
    const bool made = ::mkdtemp(folder.data()) != nullptr;
    if (made) ::setenv("XDG_DATA_HOME", folder.c_str(), 1);
    const int rc = Catch::Session().run(argc, argv);
    if (made) {
        std::error_code ec;
        fs::remove_all(folder, ec);
    }
    return rc;
}
