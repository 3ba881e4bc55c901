#pragma once
// The one way a subcommand writes --json output, so every command prints
// numbers the same way: plain decimals (Boost.JSON's serializer writes
// doubles in exponent form, "0E0", "-1.14E1", which is valid but reads as
// noise to a person and trips naive tools).
#include <boost/json/value.hpp>

#include <string>

namespace doorway {

// Decimals kept for a number that is not whole; trailing zeros go, so a
// whole double prints as an integer ("5", not "5.000").
inline constexpr int kJsonDecimals = 3;

// One number as it appears in --json output: fixed notation, never an
// exponent, kJsonDecimals decimals at most; a nonzero number smaller than
// that shows its first three significant digits ("0.000123") rather than
// rounding to 0. NaN and infinities, which JSON cannot hold, are "null".
std::string jsonNumberText(double d);

// `v` as compact JSON text with every double written by jsonNumberText.
// Strings, integers and structure are as boost::json::serialize writes them,
// so boost::json::parse reads the text back.
std::string cliJson(const boost::json::value& v);

// Prints cliJson(v) and a newline on stdout.
void printJson(const boost::json::value& v);

}  // namespace doorway
