// Named-entity training and gold files: UNER .iob2 (ID, word, BIO tag, ... per line,
// "#" comments) and CoNLL two-column files (word, IO or BIO tag), as wikigold uses.
// Tags are mapped to PER/ORG/LOC; anything else (MISC, OTH, the early UNER release's
// "B-O") becomes O, and IO tagging is converted to BIO.
#ifndef DYAD_IO_IOB_H_
#define DYAD_IO_IOB_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// Sentences with forms in words[] and gold spans in entities[]. Errors: "file:line: reason".
Result<std::vector<Sentence>> ParseEntityFile(std::string_view content, const std::string& origin);
Result<std::vector<Sentence>> ReadEntityFile(const std::string& path);

// BIO tags of a sentence's entities ("B-PER", "I-PER", "O").
std::vector<std::string> EntityTags(const Sentence& sentence);

}  // namespace dyad

#endif  // DYAD_IO_IOB_H_
