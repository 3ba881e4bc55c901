// Boost.JSON compiled once for every fuzz target, with the fuzzer's
// instrumentation and the sanitizers, so they see inside the parser too.
#include <boost/json/src.hpp>
