#include "eval/petrarch_eval.h"

#include <algorithm>

namespace dyad {

void PetrarchScores::Add(const std::vector<PetrarchEvent>& expected_events,
                         const std::vector<PetrarchEvent>& coded) {
  ++records;
  expected += expected_events.size();
  std::vector<bool> used(coded.size(), false);
  size_t hits = 0;
  for (const PetrarchEvent& e : expected_events) {
    for (size_t c = 0; c < coded.size(); ++c) {
      if (!used[c] && coded[c] == e) {
        used[c] = true;
        ++hits;
        break;
      }
    }
  }
  correct += hits;
  uncoded += expected_events.size() - hits;
  extra += coded.size() - hits;
  if (hits == expected_events.size() && hits == coded.size()) ++exact_records;
}

std::vector<PetrarchEvent> AsPetrarchEvents(const std::vector<Event>& events) {
  std::vector<PetrarchEvent> out;
  for (const Event& e : events) {
    if (e.source.code.empty() || e.target.code.empty()) continue;
    PetrarchEvent p{e.source.code, e.target.code, e.cameo};
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(std::move(p));
  }
  return out;
}

}  // namespace dyad
