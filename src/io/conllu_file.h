#ifndef DYAD_IO_CONLLU_FILE_H_
#define DYAD_IO_CONLLU_FILE_H_

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// Reads a CoNLL-U file into documents (see ParseConllu).
Result<std::vector<Document>> ReadConlluFile(const std::string& path);
// All sentences of a CoNLL-U file, in order.
Result<std::vector<Sentence>> ReadConlluSentences(const std::string& path);

}  // namespace dyad

#endif  // DYAD_IO_CONLLU_FILE_H_
