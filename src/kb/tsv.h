// Reader for dyad's tab-separated data files (grammar: docs/formats/kb.md): '#' comment
// lines, blank lines ignored, a fixed number of fields per line, '-' for "no value",
// '|' between list items. Errors name the file and line.
#ifndef DYAD_KB_TSV_H_
#define DYAD_KB_TSV_H_

#include <functional>
#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct TsvRow {
  int line = 0;
  std::vector<std::string> fields;
};

// Reads `path`, checking that every data line has `columns` fields.
Result<std::vector<TsvRow>> ReadTsv(const std::string& path, size_t columns);

// The items of a list field ("a|b" -> {a, b}; "-" -> {}).
std::vector<std::string> ListItems(const std::string& field);

}  // namespace dyad

#endif  // DYAD_KB_TSV_H_
