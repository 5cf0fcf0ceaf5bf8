// Character classes shared by the tokenizer and the feature extractors.
#ifndef DYAD_TEXT_CHARS_H_
#define DYAD_TEXT_CHARS_H_

#include <string>
#include <string_view>

namespace dyad {

bool IsSpaceChar(char32_t c);
bool IsWordChar(char32_t c);  // letters, digits, combining marks, connector punctuation
bool IsLetterChar(char32_t c);
bool IsDigitChar(char32_t c);
bool IsUpperChar(char32_t c);
bool IsApostrophe(char32_t c);  // ' and U+2019
bool IsHyphen(char32_t c);      // - and U+2010, U+2011

// Word shape with runs collapsed: "McDonald's" -> "XxXx'x", "2024" -> "d", "U.S." -> "X.X."
std::string WordShape(std::string_view word);

}  // namespace dyad

#endif  // DYAD_TEXT_CHARS_H_
