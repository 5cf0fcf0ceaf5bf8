// Shared lexical layer of the PETRARCH/TABARI dictionary files (grammar:
// docs/formats/petrarch.md): comments removed, blank lines dropped, dates normalised.
#ifndef DYAD_KB_PETRARCH_TEXT_H_
#define DYAD_KB_PETRARCH_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// One meaningful line of a dictionary: `#` and `<!-- -->` comments removed, trailing
// white space trimmed, leading white space kept (its presence is `indented`).
struct DictLine {
  int line = 0;
  std::string text;  // without the leading white space
  bool indented = false;
};

// Reads `path` (invalid UTF-8 repaired to U+FFFD). An unterminated `<!--` is an error.
Result<std::vector<DictLine>> ReadDictLines(const std::string& path);

// "path:line: " for messages.
std::string DictWhere(const std::string& path, int line);

// Normalises a PETRARCH date to YYYY-MM-DD. Six digits are YYMMDD (YY <= 30 -> 20YY,
// else 19YY); eight are YYYYMMDD. As PETRARCH does, seven digits are read as YYMMDD
// and nine or more as YYYYMMDD with the rest ignored; *quirk is set for those. Returns
// false (with *error) for non-digits, fewer than six digits or an impossible day.
bool ParseDictDate(std::string_view digits, std::string* date, bool* quirk, std::string* error);

// Splits on any of `separators` and on white space, dropping empty pieces.
std::vector<std::string> SplitWords(std::string_view s, std::string_view separators);
// SplitWords on '_': "SAMOA,_AMERICAN_" -> {SAMOA,, AMERICAN}.
inline std::vector<std::string> SplitPhrase(std::string_view phrase) {
  return SplitWords(phrase, "_");
}

// Trims ASCII white space on both sides.
std::string_view TrimSpace(std::string_view s);

}  // namespace dyad

#endif  // DYAD_KB_PETRARCH_TEXT_H_
