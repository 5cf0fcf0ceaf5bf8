// Line-by-line reading of a text held in memory, with 1-based line numbers for messages.
#ifndef DYAD_BASE_LINES_H_
#define DYAD_BASE_LINES_H_

#include <string_view>

namespace dyad {

class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  // Sets *line to the next line without its "\n" or "\r\n" and returns true; false at the
  // end. A final line without "\n" is still a line; an empty text has none.
  bool Next(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t nl = text_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = text_.size();
    *line = text_.substr(pos_, nl - pos_);
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    pos_ = nl + 1;
    ++line_number_;
    return true;
  }
  int line_number() const { return line_number_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_number_ = 0;
};

}  // namespace dyad

#endif  // DYAD_BASE_LINES_H_
