// Scoring coded events against a PETRARCH validation suite's expected codings: each record's
// expected (source, target, CAMEO code) triples against the ones dyad coded, as multisets.
#ifndef DYAD_EVAL_PETRARCH_EVAL_H_
#define DYAD_EVAL_PETRARCH_EVAL_H_

#include <vector>

#include "dyad/event.h"
#include "io/petrarch_xml.h"

namespace dyad {

struct PetrarchScores {
  size_t records = 0;
  size_t exact_records = 0;  // every expected event coded and nothing else
  size_t expected = 0;       // expected events
  size_t correct = 0;        // expected events coded exactly (source, target and code)
  size_t uncoded = 0;        // expected events not coded
  size_t extra = 0;          // coded events not expected
  // Adds one record. A record marked noevents or error expects nothing.
  void Add(const std::vector<PetrarchEvent>& expected, const std::vector<PetrarchEvent>& coded);
};

// dyad's events as PETRARCH triples, each distinct triple once (PETRARCH codes a story's
// event once); events missing a side are left out, as PETRARCH codes only full dyads.
std::vector<PetrarchEvent> AsPetrarchEvents(const std::vector<Event>& events);

}  // namespace dyad

#endif  // DYAD_EVAL_PETRARCH_EVAL_H_
