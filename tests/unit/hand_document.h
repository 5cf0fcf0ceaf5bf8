// Hand-made documents for unit tests: words joined by single spaces, spans set.
#ifndef DYAD_TESTS_UNIT_HAND_DOCUMENT_H_
#define DYAD_TESTS_UNIT_HAND_DOCUMENT_H_

#include <string>

#include "dyad/document.h"

namespace dyad {

// Appends `form` to doc->text (after a space) and a word for it to `s`; returns the word for
// the caller to fill in (lemma, tags, head).
inline Word& AppendWord(Document* doc, Sentence* s, const std::string& form) {
  if (!doc->text.empty()) doc->text += ' ';
  Word word;
  word.span.begin = static_cast<uint32_t>(doc->text.size());
  doc->text += form;
  word.span.end = static_cast<uint32_t>(doc->text.size());
  word.form = form;
  word.lemma = form;
  s->words.push_back(word);
  s->span = {0, static_cast<uint32_t>(doc->text.size())};
  return s->words.back();
}

}  // namespace dyad

#endif  // DYAD_TESTS_UNIT_HAND_DOCUMENT_H_
