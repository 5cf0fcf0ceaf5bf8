// The event stage: for each verb or event noun of a parsed sentence, the best pattern of the
// dictionary gives a CAMEO code; its source and target are read off the tree (active voice,
// passive agents, prepositional roles, coordinations, control verbs) and mapped to the actor
// mentions; negation and modality come from the trigger's dependents; the date from the time
// expression attached to it; the place from its locative phrase or the dateline.
#ifndef DYAD_EVENTS_EVENT_CODER_H_
#define DYAD_EVENTS_EVENT_CODER_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"
#include "events/codebook.h"
#include "events/patterns.h"
#include "kb/actor_kb.h"
#include "kb/places.h"

namespace dyad {

struct EventCoderOptions {
  // Keep events with only one coded actor (the other side empty).
  bool allow_single_actor = false;
  // With allow_single_actor, also keep events with no coded actor at all: the trigger alone
  // still tells what kind of event a sentence reports (sentence classification).
  bool allow_no_actor = false;
};

class EventCoder {
 public:
  // events_dir holds cameo.tsv and patterns.tsv.
  static Result<std::unique_ptr<EventCoder>> Load(const std::string& events_dir);
  EventCoder(Codebook codebook, PatternDictionary patterns)
      : codebook_(std::move(codebook)), patterns_(std::move(patterns)) {}

  // Fills doc->events; needs the parse and the actor layer (doc->mentions, doc->actors).
  void Code(const ActorKb& kb, const PlaceGazetteer& places, const EventCoderOptions& options,
            Document* doc) const;
  const Codebook& codebook() const { return codebook_; }
  const PatternDictionary& patterns() const { return patterns_; }

 private:
  Codebook codebook_;
  PatternDictionary patterns_;
};

// Drops repeated records of one article: one record per (source, target, code, date), the
// first one seen (one-a-story; distinct dates are distinct events).
void KeepOneAStory(std::vector<Event>* events);

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_CODER_H_
