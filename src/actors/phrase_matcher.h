// Finds the knowledge-base phrases of a sentence: people, organisations, countries, capitals,
// regions, demonyms and sector nouns, longest match first, left to right. Matching works on
// the written text of the words (so "People's" and "Tai'an" match as written), with curly
// apostrophes read as straight ones and an accent-folded fallback from the knowledge base.
#ifndef DYAD_ACTORS_PHRASE_MATCHER_H_
#define DYAD_ACTORS_PHRASE_MATCHER_H_

#include <string>
#include <string_view>
#include <vector>

#include "actors/petrarch_lexicon.h"
#include "actors/phrase_starts.h"
#include "dyad/document.h"
#include "kb/actor_kb.h"
#include "kb/places.h"

namespace dyad {

enum class LexKind {
  kPerson,
  kOrganisation,
  kCountry,
  kCapital,
  kRegion,
  kAdjective,   // demonym: "Venezuelan"
  kPersonNoun,  // "Venezuelans"
  kAgent,       // sector noun or title: "president", "foreign ministers"
  kPlace,       // a city or region of the gazetteer: "Tai'an", "Shandong"
  kCoded,       // a PETRARCH actor phrase coded to a person or body: "HUGO_CHAVEZ [VENGOV]"
};

struct LexItem {
  LexKind kind;
  int first_word = 0, end_word = 0;
  int index = -1;                     // country, region or organisation index in the kb
  const PersonRole* role = nullptr;   // kPerson: the role on the article date
  bool active = false;                // kPerson: the role covers the article date
  const Agent* agent = nullptr;       // kAgent
  const Place* place = nullptr;       // kPlace
  bool plural = false;                // kAgent written in the plural
  std::string code;                   // kCoded: the dictionary code on the article date
  const ActorEntry* entry = nullptr;  // kCoded: the dictionary phrase
  bool dictionary = false;            // from a PETRARCH dictionary (actor or agent file)
};

// True when a word starts with a capital (any non-ASCII first letter counts: "Ñáñez").
bool StartsUpper(std::string_view form);

// The country a place word names: a country, its capital, demonym or people noun, or a
// gazetteer place; "" for any other item.
std::string PlaceWordCountry(const ActorKb& kb, const LexItem& item);

// The written text of words [first, end) of a sentence: raw bytes with white space collapsed
// and curly apostrophes straightened.
std::string PhraseText(const Document& doc, const Sentence& s, int first, int end);

class PhraseMatcher {
 public:
  // `places` may be nullptr: cities and regions then stay unknown. `petrarch` (may be
  // nullptr) adds PETRARCH dictionary phrases; the longest phrase wins; on a tie the
  // dictionary's actor wins, and its agent over dyad's agent (not over dyad's names).
  PhraseMatcher(const ActorKb& kb, const PlaceGazetteer* places,
                const PetrarchLexicon* petrarch = nullptr)
      : kb_(kb), places_(places), petrarch_(petrarch), starts_(kb, places) {}
  // Non-overlapping items in word order.
  std::vector<LexItem> Match(const Document& doc, const Sentence& s) const;

 private:
  bool MatchAt(const Document& doc, const Sentence& s, int first, int end, LexItem* item) const;
  // The longest of dyad's own phrases starting at word `first`.
  bool LongestAt(const Document& doc, const Sentence& s, int first, LexItem* item) const;
  // MatchAt for words [first, end) written as `text`.
  bool MatchText(const Document& doc, const Sentence& s, const std::string& text, int first,
                 int end, LexItem* item) const;
  // The longest PETRARCH phrase at `first`; returns the words it covers (0: none). A null
  // actor ("---") covers words without giving an item (*item->kind is then untouched).
  int MatchPetrarch(const Document& doc, const Sentence& s,
                    const std::vector<std::string_view>& forms, int first, LexItem* item,
                    bool* coded) const;
  const ActorKb& kb_;
  const PlaceGazetteer* places_;
  const PetrarchLexicon* petrarch_;
  PhraseStarts starts_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_PHRASE_MATCHER_H_
