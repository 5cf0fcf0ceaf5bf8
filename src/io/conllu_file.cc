#include "io/conllu_file.h"

#include "base/file.h"
#include "io/conllu.h"

namespace dyad {

Result<std::vector<Document>> ReadConlluFile(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  return ParseConllu(content, path);
}

Result<std::vector<Sentence>> ReadConlluSentences(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Document> docs, ReadConlluFile(path));
  std::vector<Sentence> sentences;
  for (auto& doc : docs) {
    for (auto& s : doc.sentences) sentences.push_back(std::move(s));
  }
  return sentences;
}

}  // namespace dyad
