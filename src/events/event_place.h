// Where an event happened: a locative phrase attached to the event's trigger in the
// dependency tree ("in Beijing", "in the Venezuelan capital"), else the article's dateline
// ("CARACAS, May 14 (Reuters) -"). Places resolve through the PlaceGazetteer.
#ifndef DYAD_EVENTS_EVENT_PLACE_H_
#define DYAD_EVENTS_EVENT_PLACE_H_

#include <optional>
#include <string>

#include "dyad/document.h"
#include "dyad/event.h"
#include "kb/actor_kb.h"
#include "kb/places.h"

namespace dyad {

// What the article as a whole says about where it happens, from its dateline.
struct PlaceHint {
  const Place* place = nullptr;  // the dateline's place, nullptr when none was found
  std::string country;           // its country (alpha-3), or "" when unknown
  Span span;                     // bytes of the dateline's place name in Document::text
};

struct ResolvedPlace {
  enum class Source { kPhrase, kCapitalPhrase, kDateline };
  EventLocation location;
  const Place* place = nullptr;
  Source source = Source::kPhrase;
  int first_word = -1, end_word = -1;  // the words naming it; -1 for the dateline
};

// The place of the event whose trigger is word `trigger_word` (0-based) of `sentence`:
// an obl/nmod dependent introduced by a locative preposition (in, at, near, ...) of the
// trigger or of its heads up to the clause head, nearest first; "the capital" takes the
// country of an adjective or "of" phrase, else the hint's country. Falls back to the hint's
// place; nullopt when there is none.
std::optional<ResolvedPlace> FindEventPlace(const Sentence& sentence, int trigger_word,
                                            const PlaceGazetteer& places, const ActorKb& kb,
                                            const PlaceHint& article_hint);

// Reads a dateline at the start of the article: a place name in capitals or followed by an
// agency, date or dash ("BEIJING —", "Caracas, May 14 (Xinhua) --", "PARIS, Texas (AP) -").
PlaceHint DetectDateline(const Document& document, const PlaceGazetteer& places);

// The record fields of a place.
EventLocation ToEventLocation(const Place& place);

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_PLACE_H_
