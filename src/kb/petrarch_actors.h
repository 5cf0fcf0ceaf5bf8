// Readers for PETRARCH/Phoenix actor dictionaries (Phoenix.*.actors.txt) and agent
// dictionaries (Phoenix.agents.txt). Grammar and tolerated quirks: docs/formats/petrarch.md.
// Malformed lines stop loading with "file:line: reason"; quirks PETRARCH itself accepts
// (odd date lengths, a '}' closing a code, an agent without code, the same phrase with
// other codes) are kept and reported in *warnings as "file:line: ...".
#ifndef DYAD_KB_PETRARCH_ACTORS_H_
#define DYAD_KB_PETRARCH_ACTORS_H_

#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// A code with an optional validity window; dates are YYYY-MM-DD (inclusive) or "".
// The null code "---" means "not an actor".
struct DictCode {
  std::string code;
  std::string start, end;
  bool dated() const { return !start.empty() || !end.empty(); }
};

// One phrase (a primary line or a '+' synonym) with the codes of its record, in file
// order: the first code whose window holds a date applies, an undated code is the default.
struct ActorEntry {
  std::vector<std::string> words;  // as in the file ("U.N.", "SAMOA,"), split on '_' and space
  std::string canonical;           // the record's primary phrase, words joined by ' '
  std::vector<DictCode> codes;     // empty: PETRARCH's null actor
  int line = 0;
};

// One agent phrase form: the singular, or a plural (generated or from {...}), or one
// expansion of a !MARKER! substitution.
struct AgentEntry {
  std::vector<std::string> words;
  std::string code;  // "~GOV" (appended to the actor code) or "NGO~" (prepended)
  bool plural = false;
  int line = 0;
};

Result<std::vector<ActorEntry>> ReadPetrarchActors(const std::string& path,
                                                   std::vector<std::string>* warnings);
Result<std::vector<AgentEntry>> ReadPetrarchAgents(const std::string& path,
                                                   std::vector<std::string>* warnings);

// Regular English plural of the last word as PETRARCH forms it: Y -> IES, S -> +ES, else +S.
std::string PetrarchPlural(const std::string& word);

}  // namespace dyad

#endif  // DYAD_KB_PETRARCH_ACTORS_H_
