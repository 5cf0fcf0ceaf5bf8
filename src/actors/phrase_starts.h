// Which words can start a knowledge-base phrase, and how many words such phrases have at most.
// The phrase matcher asks it before trying a span: most words start no phrase, and trying one
// costs a string, an ICU case fold and four hash lookups per candidate length.
#ifndef DYAD_ACTORS_PHRASE_STARTS_H_
#define DYAD_ACTORS_PHRASE_STARTS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "kb/actor_kb.h"
#include "kb/places.h"

namespace dyad {

class PhraseStarts {
 public:
  // Every phrase of `kb` and of `places` (may be nullptr).
  PhraseStarts(const ActorKb& kb, const PlaceGazetteer* places);

  // The most space-separated words of a phrase whose first word folds (FoldPlaceName) to the
  // same key as `first_word`; 0 when no phrase starts with it. The fold is coarser than every
  // lookup's own key, so a phrase a lookup would find is never ruled out.
  int MaxWords(std::string_view first_word) const;

 private:
  void AddFolded(std::string_view folded);
  std::unordered_map<std::string, int> max_words_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_PHRASE_STARTS_H_
