#include "actors/place_context.h"

#include <map>
#include <string>

namespace dyad {
namespace {

// The country an item names or belongs to, or "" (agents, PETRARCH codes, ambiguous places).
// `namesakes`: for a place, every place of its name.
std::string CountryOf(const ActorKb& kb, const LexItem& item,
                      const std::vector<const Place*>& namesakes) {
  switch (item.kind) {
    case LexKind::kOrganisation: {
      // News agencies and firms work everywhere: "(AP)" says nothing of where the news is.
      const Organisation& o = kb.organisations()[item.index];
      return o.kind == "MEDIA" || o.kind == "MNC" ? "" : o.country;
    }
    case LexKind::kPerson:
      return item.active ? item.role->country : "";
    case LexKind::kPlace: {
      // A place counts only when every namesake lies in one country.
      for (const Place* p : namesakes) {
        if (p->country != item.place->country) return "";
      }
      return item.place->country;
    }
    default:  // a country, its capital, demonym or people noun
      return PlaceWordCountry(kb, item);
  }
}

// The country named right after `place` and a comma ("Dundalk, Ireland"), or "".
std::string CountryAfterComma(const ActorKb& kb, const Sentence& s,
                              const std::vector<LexItem>& items, size_t place) {
  if (place + 1 >= items.size()) return "";
  const LexItem& next = items[place + 1];
  const int comma = items[place].end_word;
  if (next.first_word != comma + 1 || s.words[comma].form != ",") return "";
  if (next.kind == LexKind::kCountry) return kb.countries()[next.index].code;
  if (next.kind == LexKind::kPlace && next.place->kind == PlaceKind::kAdmin) {
    return next.place->country;  // "Portland, Oregon"
  }
  return "";
}

// A town whose name other countries' towns share, in an article that names none of their
// countries, is more likely a word or a name than that town ("the Orange Order"): it stays
// unknown. Big cities and regions keep their best namesake.
bool Unsupported(const std::vector<const Place*>& namesakes) {
  constexpr long kSelfEvidentPopulation = 200000;
  const Place& best = *namesakes.front();
  if (best.kind != PlaceKind::kCity || best.population >= kSelfEvidentPopulation) return false;
  for (const Place* p : namesakes) {
    if (p->country != best.country) return true;
  }
  return false;
}

}  // namespace

void PreferPlacesInContext(const ActorKb& kb, const PlaceGazetteer& places, const Document& doc,
                           std::vector<std::vector<LexItem>>* items) {
  std::map<std::string, int> mentions;  // country -> items that name it
  // Per sentence and item: a place's namesakes, looked up once for both passes.
  std::vector<std::vector<std::vector<const Place*>>> namesakes_of(items->size());
  bool any_place = false;
  for (size_t i = 0; i < items->size(); ++i) {
    const std::vector<LexItem>& sentence_items = (*items)[i];
    namesakes_of[i].resize(sentence_items.size());
    for (size_t k = 0; k < sentence_items.size(); ++k) {
      const LexItem& item = sentence_items[k];
      if (item.kind == LexKind::kPlace) {
        namesakes_of[i][k] =
            places.LookUp(PhraseText(doc, doc.sentences[i], item.first_word, item.end_word));
        any_place = true;
      }
      const std::string country = CountryOf(kb, item, namesakes_of[i][k]);
      if (!country.empty()) ++mentions[country];
    }
  }
  if (!any_place) return;
  for (size_t i = 0; i < items->size(); ++i) {
    const Sentence& s = doc.sentences[i];
    std::vector<LexItem>& sentence_items = (*items)[i];
    std::vector<std::vector<const Place*>>& namesakes_in = namesakes_of[i];
    for (size_t k = 0; k < sentence_items.size(); ++k) {
      LexItem& item = sentence_items[k];
      if (item.kind != LexKind::kPlace) continue;
      const std::vector<const Place*>& namesakes = namesakes_in[k];
      if (namesakes.size() < 2) continue;
      const std::string local = CountryAfterComma(kb, s, sentence_items, k);
      const Place* chosen = nullptr;
      int most = 0;
      for (const Place* p : namesakes) {  // best-ranked first, so ties keep the rank order
        if (!local.empty()) {
          if (p->country == local) {
            chosen = p;
            break;
          }
          continue;
        }
        auto it = mentions.find(p->country);
        if (it != mentions.end() && it->second > most) {
          chosen = p;
          most = it->second;
        }
      }
      if (chosen != nullptr) {
        item.place = chosen;
      } else if (local.empty() && Unsupported(namesakes)) {
        sentence_items.erase(sentence_items.begin() + static_cast<long>(k));
        namesakes_in.erase(namesakes_in.begin() + static_cast<long>(k));
        --k;
      }
    }
  }
}

}  // namespace dyad
