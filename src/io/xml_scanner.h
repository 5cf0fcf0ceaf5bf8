// A small XML tokenizer for hand-edited data files (the PETRARCH validation suites):
// tags with attributes, text with the five named and numeric entities, comments,
// processing instructions, CDATA. It reports structure, it does not check it, so a
// reader can accept the known quirks of a format and reject the rest with file:line.
#ifndef DYAD_IO_XML_SCANNER_H_
#define DYAD_IO_XML_SCANNER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct XmlToken {
  enum class Kind { kOpen, kClose, kEmpty, kText };  // <a>, </a>, <a/>, text
  Kind kind = Kind::kText;
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;  // values entity-decoded
  std::string text;                                             // kText, entity-decoded
  int line = 0;                                                 // where the token starts

  // The attribute's value, or "" when absent.
  const std::string* Attribute(std::string_view key) const;
};

class XmlScanner {
 public:
  // `name` is used in messages ("name:line: reason").
  XmlScanner(std::string name, std::string_view content) : name_(std::move(name)), s_(content) {}

  // Sets *token to the next token; returns false at the end. Malformed markup (an
  // unterminated tag, comment or attribute value) is an error.
  Result<bool> Next(XmlToken* token);

  // Entity references that were not understood and kept as written.
  int unknown_entities() const { return unknown_entities_; }

 private:
  Status Fail(int line, const std::string& reason) const;
  // Advances to `end` counting newlines.
  void Advance(size_t end);
  std::string Decode(std::string_view raw);

  std::string name_;
  std::string_view s_;
  size_t pos_ = 0;
  int line_ = 1;
  int unknown_entities_ = 0;
};

}  // namespace dyad

#endif  // DYAD_IO_XML_SCANNER_H_
