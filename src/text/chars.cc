#include "text/chars.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace dyad {

bool IsSpaceChar(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF;
}

bool IsLetterChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c));
}

bool IsDigitChar(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}

bool IsUpperChar(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsLetterChar(c) || IsDigitChar(c) || c == '_';
  if (c == kReplacementChar) return false;
  int8_t type = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK ||
         type == U_CONNECTOR_PUNCTUATION || type == U_OTHER_NUMBER;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

std::string WordShape(std::string_view word) {
  std::string shape;
  char last = 0;
  for (size_t pos = 0; pos < word.size();) {
    int len;
    bool valid;
    char32_t c = DecodeUtf8(word, pos, &len, &valid);
    pos += len;
    char k;
    if (IsDigitChar(c)) {
      k = 'd';
    } else if (IsUpperChar(c)) {
      k = 'X';
    } else if (IsLetterChar(c)) {
      k = 'x';
    } else if (c < 0x80) {
      k = static_cast<char>(c);
    } else {
      k = '*';
    }
    if (k != last) shape.push_back(k);
    last = k;
    if (shape.size() >= 8) break;
  }
  return shape;
}

}  // namespace dyad
