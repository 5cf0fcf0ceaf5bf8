// PETRARCH discard lists (PETR.Validate.discards.txt, Phoenix.discards.txt): phrases that mark
// a sentence (plain line) or a whole story ('+' line) as not political news, so PETRARCH
// codes nothing there ("BASEBALL", "+TYPHOON"). Grammar: docs/formats/petrarch.md.
#ifndef DYAD_EVENTS_PETRARCH_DISCARDS_H_
#define DYAD_EVENTS_PETRARCH_DISCARDS_H_

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct DiscardPhrase {
  std::vector<std::string> words;  // upper case
  bool story = false;              // '+': the whole story is discarded
  int line = 0;
};

struct PetrarchDiscards {
  std::vector<DiscardPhrase> phrases;
  // The first phrase found as a run of the sentence's words (case-insensitive), or nullptr.
  const DiscardPhrase* Find(const Sentence& s) const;
};

// Errors name file:line (an empty phrase, an unclosed comment).
Result<PetrarchDiscards> ReadPetrarchDiscards(const std::string& path);

}  // namespace dyad

#endif  // DYAD_EVENTS_PETRARCH_DISCARDS_H_
