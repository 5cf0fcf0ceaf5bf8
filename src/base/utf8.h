// UTF-8 decoding with validation. Invalid sequences are reported, never trusted.
#ifndef DYAD_BASE_UTF8_H_
#define DYAD_BASE_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at text[pos]. On success returns the code point and sets *len
// to its byte length; on an invalid, overlong, surrogate or truncated sequence returns
// kReplacementChar with *len = 1 and *valid = false.
char32_t DecodeUtf8(std::string_view text, size_t pos, int* len, bool* valid);

// Appends the UTF-8 encoding of cp.
void AppendUtf8(char32_t cp, std::string* out);

// Byte offset after the first `chars` code points of s (s.size() when shorter).
size_t Utf8PrefixEnd(std::string_view s, size_t chars);
// Byte offset where the last `chars` code points of s begin (0 when shorter).
size_t Utf8SuffixStart(std::string_view s, size_t chars);

// Returns s with every invalid UTF-8 sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

// Lower-cases ASCII only; cheap and locale-free, for feature keys.
std::string AsciiLower(std::string_view s);
// Upper-cases ASCII only: PETRARCH dictionaries are upper case.
std::string AsciiUpper(std::string_view s);

// Full Unicode lower case (ICU), for dictionary keys.
std::string UnicodeLower(std::string_view s);

// Removes diacritics (NFD, drop nonspacing marks, NFC): "Ñáñez" -> "Nanez".
std::string StripAccents(std::string_view s);

}  // namespace dyad

#endif  // DYAD_BASE_UTF8_H_
