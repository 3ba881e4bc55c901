#pragma once
// Every size past which Doorway refuses a file, in one place, with the
// arithmetic that ties them together. The rule they keep: whatever Doorway
// writes, it can read back. A limit on what is written (the plain text) sets
// the limit on what is read (the same text sealed), never the other way
// round; docs/workbook-format.md ("Sizes") explains them.
#include <cstdint>
#include <string>

namespace doorway {

// A workbook's plain JSON text, as read and as written. Saves refuse before
// writing more (nothing changes on disk).
inline constexpr std::uint64_t kMaxWorkbookBytes = std::uint64_t(64) << 20;
// One recorded take's plain bytes (about 70 minutes of 16 kHz speech).
// Locking refuses a larger recording by name rather than leave it plaintext,
// and nothing larger is ever sealed.
inline constexpr std::uint64_t kMaxTakeBytes = std::uint64_t(128) << 20;
// The most plain bytes a sealed envelope ever holds (the larger of the two).
inline constexpr std::uint64_t kMaxSealedPlainBytes =
    kMaxTakeBytes > kMaxWorkbookBytes ? kMaxTakeBytes : kMaxWorkbookBytes;

// A sealed envelope (src/seal) is a short JSON text around the base64 of
// the ciphertext, which is the plain bytes plus a 16-byte tag. The text
// around it is about 400 bytes; 1,024 leaves room, and seal.cpp checks
// every envelope it writes against this bound.
inline constexpr std::uint64_t kSealTagBytes = 16;
inline constexpr std::uint64_t kEnvelopeTextBytes = 1024;
constexpr std::uint64_t sealedSizeBound(std::uint64_t plainBytes) {
    return (plainBytes + kSealTagBytes + 2) / 3 * 4 + kEnvelopeTextBytes;
}

// What readers accept on disk: a sealed file of the largest plain file.
inline constexpr std::uint64_t kMaxWorkbookFileBytes = sealedSizeBound(kMaxWorkbookBytes);
inline constexpr std::uint64_t kMaxTakeFileBytes = sealedSizeBound(kMaxTakeBytes);

// One answer or title on paper: past this many characters the rest is left
// out with a note saying how much (the workbook keeps it all), so one field
// can't make an export take minutes and gigabytes. A long page of writing
// is about 4,000 characters, so an answer prints up to some 25 pages.
// `check` warns about a workbook past either (it still opens and saves).
inline constexpr std::uint64_t kMaxPrintedFieldChars = 100000;
inline constexpr std::uint64_t kMaxPrintedTitleChars = 200;

// "67,108,864": exact sizes for messages, grouped so they can be read.
std::string groupedNumber(std::uint64_t n);
// "65,012,345 bytes; the limit is 67,108,864".
std::string sizeAgainstLimit(std::uint64_t size, std::uint64_t limit);

}  // namespace doorway
