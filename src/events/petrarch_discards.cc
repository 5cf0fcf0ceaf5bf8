#include "events/petrarch_discards.h"

#include "base/utf8.h"
#include "kb/petrarch_text.h"

namespace dyad {
const DiscardPhrase* PetrarchDiscards::Find(const Sentence& s) const {
  std::vector<std::string> words;
  for (const Word& w : s.words) words.push_back(AsciiUpper(w.form));
  for (const DiscardPhrase& p : phrases) {
    for (size_t start = 0; start + p.words.size() <= words.size(); ++start) {
      size_t i = 0;
      while (i < p.words.size() && words[start + i] == p.words[i]) ++i;
      if (i == p.words.size()) return &p;
    }
  }
  return nullptr;
}

Result<PetrarchDiscards> ReadPetrarchDiscards(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<DictLine> lines, ReadDictLines(path));
  PetrarchDiscards out;
  for (const DictLine& dl : lines) {
    std::string_view text = TrimSpace(dl.text);
    // TABARI ';' comments ("CUP ;AB 13 JUN 2005") end the phrase.
    text = TrimSpace(text.substr(0, text.find(';')));
    DiscardPhrase p;
    p.line = dl.line;
    if (!text.empty() && text[0] == '+') {
      p.story = true;
      text.remove_prefix(1);
    }
    for (const std::string& w : SplitWords(text, "_")) p.words.push_back(AsciiUpper(w));
    if (p.words.empty()) return Status::InvalidArgument(DictWhere(path, dl.line) + "empty phrase");
    out.phrases.push_back(std::move(p));
  }
  return out;
}

}  // namespace dyad
