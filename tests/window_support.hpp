#pragma once
// What the window tests (tests/cli/*_window_test.cpp) share beyond the
// driver: reading an answer back from the file, the example workbook, and
// questions asked of the window map. A window test says
// `using namespace doorway::test;` and has these, the driver and the
// general helpers of support.hpp.
#include "support.hpp"
#include "window_driver.hpp"

#include <boost/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

// The two names every window test writes with.
namespace fs = std::filesystem;
namespace json = boost::json;

namespace doorway::test {

// The answer box the writing tests type into ("What they picture", their words).
inline constexpr const char* kTheirWordsField = "answer/their_picture/their_words";

// The text saved in `file` for that box; "" when there is none.
std::string answerIn(const std::string& file);

// A copy of workbooks/example.json as `name` in `dir`; its path.
std::string exampleCopy(const TempDir& dir, const std::string& name = "example.json");

// The ids of the items that have the keyboard now (one, or none).
std::vector<std::string> focusedIds(WindowApp& app);

// Whether an item whose id starts with `prefix` is drawn, visible, in `map`.
bool anyVisible(const json::object& map, const std::string& prefix);

// The status line's height at the window's foot: what is above it is in sight.
inline constexpr double kStatusLineH = 24;

// Wholly on screen: drawn, not clipped, and between the window's top and `bottom`.
bool wholeOnScreen(const MapItem& it, double bottom);

// Waits until the box `id` holds `chars` bytes of text: the window has
// every key typed (a loaded machine can hold keys back for a second or more).
bool waitForChars(WindowApp& app, const std::string& id, long chars, double seconds = 20);
// Clicks into the box `id`, gives each letter of `text` a key of its own (as
// a layout for its script would; see mapKeysFor) and types it. True once the
// box holds all of it.
bool typeInAnyScript(WindowApp& app, const std::string& id, const std::string& text);

// Waits until the status line says something containing `part`; the last
// thing it said (kept if it fades), "" when it said nothing.
std::string waitForStatus(WindowApp& app, const std::string& part, double seconds = 20);
// Whether the status line comes to say `part` within `seconds`.
bool statusSays(WindowApp& app, const std::string& part, double seconds);

}  // namespace doorway::test
