// CoNLL-U in and out (https://universaldependencies.org/format.html).
#ifndef DYAD_IO_CONLLU_H_
#define DYAD_IO_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// Reads CoNLL-U: one Document per "# newdoc" (one for the whole input when there is
// none). Document::text is rebuilt from the "# text" lines (sentences of a paragraph
// joined by a space, paragraphs and documents by a blank line) and every span points
// into it. Empty nodes (IDs like 8.1) are skipped. Errors read "origin:line: reason".
Result<std::vector<Document>> ParseConllu(std::string_view content, const std::string& origin);

// Writes the sentences of `doc` (with "# text" and multiword token ranges).
std::string FormatConllu(const Document& doc);

}  // namespace dyad

#endif  // DYAD_IO_CONLLU_H_
