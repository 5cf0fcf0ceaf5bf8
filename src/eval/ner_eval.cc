#include "eval/ner_eval.h"

#include <tuple>

namespace dyad {

void NerScores::Add(const std::vector<Entity>& gold, const std::vector<Entity>& system) {
  auto key = [](const Entity& e) { return std::make_tuple(e.first_word, e.end_word, e.type); };
  for (const Entity& g : gold) {
    ++all.gold;
    ++by_type[g.type].gold;
  }
  for (const Entity& s : system) {
    ++all.system;
    ++by_type[s.type].system;
    for (const Entity& g : gold) {
      if (key(g) == key(s)) {
        ++all.correct;
        ++by_type[s.type].correct;
        break;
      }
    }
  }
}

}  // namespace dyad
