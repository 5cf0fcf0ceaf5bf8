// The verb-pattern dictionary (data/events/patterns.tsv, grammar in docs/formats/events.md):
// which verb or event noun, with which dependents, codes which CAMEO event, and which
// dependents are its source and target.
#ifndef DYAD_EVENTS_PATTERNS_H_
#define DYAD_EVENTS_PATTERNS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "events/codebook.h"

namespace dyad {

// A dependent of the trigger, read on the active form of the clause.
struct Relation {
  enum Kind {
    kNone,
    kSubject,
    kObject,
    kIndirectObject,
    kPossessor,
    kPrep,
    kObjectPrep
  } kind = kNone;
  std::string prep;  // kPrep and kObjectPrep: the preposition
};

struct Condition {
  enum Kind { kObject, kXcomp, kPrep, kClause, kNoObject } kind = kObject;
  std::string prep;                // kPrep
  std::vector<std::string> words;  // lemmas of the dependent's head; empty = any
};

struct Pattern {
  std::string code;                    // source -> target
  std::string reverse_code;            // target -> source for a reciprocal pair, else ""
  bool noun = false;                   // N: trigger
  std::string lemma;                   // the verb or head noun
  std::vector<std::string> modifiers;  // particles (V) or compound/amod lemmas (N)
  std::vector<Condition> conditions;
  Relation source{Relation::kSubject, ""};
  Relation target{Relation::kObject, ""};
  int line = 0;
};

class PatternDictionary {
 public:
  // Every code must be in `codebook`; a line that breaks the grammar, or can never match,
  // stops loading with path:line.
  static Result<PatternDictionary> Load(const std::string& path, const Codebook& codebook);

  // Patterns whose trigger has this head lemma, in file order; nullptr when none.
  const std::vector<Pattern>* ForLemma(bool noun, const std::string& lemma) const;
  size_t size() const { return size_; }

 private:
  std::unordered_map<std::string, std::vector<Pattern>> verbs_, nouns_;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_PATTERNS_H_
