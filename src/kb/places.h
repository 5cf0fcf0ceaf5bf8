// The place gazetteer: cities, first-level regions and countries with their country and
// coordinates, read from the table generated at build time (docs/formats/places.md) plus the
// countries and capitals of the actor knowledge base. Loaded once, read-only, shared by every
// thread.
#ifndef DYAD_KB_PLACES_H_
#define DYAD_KB_PLACES_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "kb/actor_kb.h"

namespace dyad {

enum class PlaceKind { kCity, kCapital, kAdmin, kCountry };

struct Place {
  std::string name;
  std::string country;  // ISO alpha-3
  std::string admin;    // first-level region of a city, "" otherwise
  double lat = 0, lon = 0;
  long population = 0;  // 0 when unknown; a region's or country's is the sum of its cities
  PlaceKind kind = PlaceKind::kCity;
  bool has_coordinates = false;
};

class PlaceGazetteer {
 public:
  // Reads the place table at `places_tsv` (pass "" to skip it) and adds every country and
  // capital of `kb` (may be nullptr). A malformed line stops loading with "path:line: reason".
  static Result<PlaceGazetteer> Load(const std::string& places_tsv, const ActorKb* kb);

  // Every place called `name` (exact, else case-, accent- and apostrophe-folded), best first:
  // see Rank. Pointers stay valid as long as the gazetteer.
  std::vector<const Place*> LookUp(std::string_view name, std::string_view country_hint = {}) const;
  // The best place called `name`, or nullptr.
  const Place* Best(std::string_view name, std::string_view country_hint = {}) const;
  // The capital of a country (alpha-3), or nullptr.
  const Place* CapitalOf(std::string_view country) const;

  // Calls `visit` with every name LookUp can match, folded (FoldPlaceName).
  void ForEachFoldedName(const std::function<void(std::string_view)>& visit) const;

  const std::vector<Place>& places() const { return places_; }
  size_t size() const { return places_.size(); }

 private:
  struct Entry {
    int place;
    bool primary;  // the place's own name, not an alternate
  };
  void AddName(const std::string& name, int place, bool primary);
  int Add(Place place);

  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<Entry>> names_, folded_;
  std::unordered_map<std::string, int> capitals_;  // alpha-3 -> place
};

// The key folded lookups use: lower case, no accents, typographic apostrophes as "'".
std::string FoldPlaceName(std::string_view name);

}  // namespace dyad

#endif  // DYAD_KB_PLACES_H_
