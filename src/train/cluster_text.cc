#include "train/cluster_text.h"

#include "base/file.h"

namespace dyad {

std::string DropMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_markup = false;
  for (char c : text) {
    if (c == '<') in_markup = true;
    if (!in_markup) out += c;
    if (c == '>') in_markup = false, out += ' ';
  }
  return out;
}

Result<std::vector<Sentence>> ReadClusterText(const std::vector<std::string>& paths,
                                              const Segmenter& segmenter) {
  std::vector<Sentence> out;
  for (const std::string& path : paths) {
    ASSIGN_OR_RETURN(std::string content, ReadFile(path));
    Document doc;
    doc.text = DropMarkup(content);
    segmenter.Segment(&doc);
    for (Sentence& s : doc.sentences) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace dyad
