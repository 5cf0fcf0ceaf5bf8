// Codes events with a PETRARCH verb dictionary (src/events/petrarch_verbs.h) over dyad's
// dependency parse, so a PETRARCH validation suite runs with its own verbs. For each verb form
// of the dictionary found in a sentence, the block's patterns are matched against the words
// before and after the verb; the best (most words) match gives the code, else the verb's own
// code. '$' and '+' words of a pattern bind the source and target to the actor mentions they
// fall on; otherwise the source is the verb's subject and the target its object or the first
// coded actor after it. Needs the parse and the actor layer; dyad's own coder
// (event_coder.h) is untouched by this one.
#ifndef DYAD_EVENTS_PETRARCH_CODER_H_
#define DYAD_EVENTS_PETRARCH_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "events/codebook.h"
#include "events/petrarch_discards.h"
#include "events/petrarch_verbs.h"

namespace dyad {

// What the matcher chose for one verb occurrence (exposed for tests and --dump).
struct PetrarchVerbMatch {
  int verb_word = -1;                      // 0-based word of the verb in its sentence
  const VerbBlock* block = nullptr;        // the verb's block
  const VerbPattern* pattern = nullptr;    // nullptr: the verb's own code
  std::string code, reciprocal;            // "" when that direction codes nothing
  int source_word = -1, target_word = -1;  // words bound by '$' / '+', -1 when none
  bool compound = false;                   // '%': the subject's conjuncts act on each other
};

class PetrarchCoder {
 public:
  // Reads the verb file (PETRARCH-2 syntax; PETRARCH-1 files are read with the tolerances
  // of docs/formats/petrarch.md). `codebook` (may be null) fills Goldstein, quad class and
  // PLOVER for codes it knows; other codes (TABARI/WEIS-era) are kept as written.
  static Result<std::unique_ptr<PetrarchCoder>> Load(const std::string& verb_file,
                                                     const Codebook* codebook,
                                                     std::vector<std::string>* warnings);
  PetrarchCoder(VerbDictionary verbs, const Codebook* codebook);

  // The verb matches of sentence `index` of a parsed document with mentions.
  std::vector<PetrarchVerbMatch> Match(const Document& doc, int index) const;
  // Replaces doc->events with the events of every sentence; only full dyads are coded unless
  // require_dyad is off. A sentence holding a discard phrase codes nothing; a story
  // discard empties the document.
  void Code(Document* doc) const;
  void set_discards(PetrarchDiscards discards) { discards_ = std::move(discards); }
  // PETRARCH's require_dyad option (on by default): off, an event with only a source or only
  // a target is coded too, "---" standing for the missing side.
  void set_require_dyad(bool on) { require_dyad_ = on; }
  bool require_dyad() const { return require_dyad_; }
  // PETRARCH's new_actor_length option (0, off, by default): an uncoded noun phrase of at
  // most this many words is an actor coded by its words (src/events/petrarch_new_actors.h).
  void set_new_actor_length(size_t words) { new_actor_length_ = words; }
  // PETRARCH-1's reading, on for a verb file in its flat syntax (no preposition groups), else
  // off: an agentless passive reads as written, its subject the source ("X was criticized
  // over its dispute with Y": X/Y; PETRARCH-2 keeps X the target), and a pattern word
  // matches the word as written only ("* EFFORT" misses "efforts"; PETRARCH-2: lemma too),
  // and an adverbial clause without a subject of its own has none ("after leaving Eriador").
  void set_petrarch1(bool on) { petrarch1_ = on; }
  bool petrarch1() const { return petrarch1_; }
  const VerbDictionary& verbs() const { return verbs_; }

 private:
  VerbDictionary verbs_;
  const Codebook* codebook_;
  PetrarchDiscards discards_;
  bool require_dyad_ = true;
  size_t new_actor_length_ = 0;
  bool petrarch1_ = false;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_PETRARCH_CODER_H_
