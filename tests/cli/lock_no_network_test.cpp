// Doorway never talks to a network: the built binary imports no socket,
// resolver or HTTP functions. This reads the executable's own undefined
// dynamic symbols (what our code and the static libraries linked into it
// call); shared libraries' internals are theirs, and are listed in the
// README's privacy section if they ever matter.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <regex>
#include <set>
#include <string>

namespace {

std::set<std::string> undefinedDynamicSymbols(const std::string& binary, int& status) {
    std::set<std::string> out;
    std::string cmd = "nm -D --undefined-only " + doorway::test::quote(binary) + " 2>&1";
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) {
        status = -1;
        return out;
    }
    char line[1024];
    while (std::fgets(line, sizeof line, p)) {
        // "                 U socket@GLIBC_2.2.5" -> "socket"
        std::string s(line);
        size_t u = s.find(" U ");
        if (u == std::string::npos) continue;
        std::string name = s.substr(u + 3);
        name = name.substr(0, name.find_first_of("@\n "));
        if (!name.empty()) out.insert(name);
    }
    status = ::pclose(p);
    return out;
}

// Names that would mean network code: BSD sockets, name resolution,
// libcurl, TLS.
std::vector<std::string> networkSymbols(const std::set<std::string>& symbols) {
    static const std::regex kNetwork(
        "^(socket|socketpair|connect|bind|listen|accept4?|send|sendto|sendmsg|recv|recvfrom|recvmsg|getaddrinfo|"
        "getnameinfo|gethostbyname2?(_r)?|gethostbyaddr(_r)?|res_n?query|res_n?search|inet_pton|inet_aton|"
        "curl_.*|SSL_.*|TLS_.*|gnutls_.*)$");
    std::vector<std::string> hits;
    for (const auto& s : symbols)
        if (std::regex_match(s, kNetwork)) hits.push_back(s);
    return hits;
}

}  // namespace

TEST_CASE("the scan recognises network functions", "[privacy]") {
    auto hits = networkSymbols({"socket", "getaddrinfo", "curl_easy_init", "fopen", "crypto_pwhash", "sendfile"});
    CHECK(hits == std::vector<std::string>{"curl_easy_init", "getaddrinfo", "socket"});
}

TEST_CASE("the doorway binary imports no network functions", "[privacy]") {
    int status = 0;
    std::set<std::string> syms = undefinedDynamicSymbols(DOORWAY_TEST_BINARY, status);
    INFO("nm exit status " << status);
    REQUIRE(status == 0);
    // The list is real: things we know the binary calls are in it.
    REQUIRE(syms.size() > 50);
    CHECK(syms.count("crypto_pwhash") == 1);
    CHECK(syms.count("glfwInit") == 1);
    std::vector<std::string> hits = networkSymbols(syms);
    std::string list;
    for (const auto& h : hits) list += h + " ";
    INFO("network symbols imported: " << list);
    CHECK(hits.empty());
}
