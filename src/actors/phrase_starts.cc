#include "actors/phrase_starts.h"

#include <algorithm>

namespace dyad {

PhraseStarts::PhraseStarts(const ActorKb& kb, const PlaceGazetteer* places) {
  kb.ForEachPhrase([&](std::string_view phrase) { AddFolded(FoldPlaceName(phrase)); });
  if (places != nullptr) places->ForEachFoldedName([&](std::string_view name) { AddFolded(name); });
}

void PhraseStarts::AddFolded(std::string_view folded) {
  const size_t space = folded.find(' ');
  const int words = 1 + static_cast<int>(std::count(folded.begin(), folded.end(), ' '));
  int& most = max_words_[std::string(folded.substr(0, space))];
  most = std::max(most, words);
}

int PhraseStarts::MaxWords(std::string_view first_word) const {
  auto it = max_words_.find(FoldPlaceName(first_word));
  return it == max_words_.end() ? 0 : it->second;
}

}  // namespace dyad
