#include "kb/places.h"

#include <algorithm>
#include <cmath>

#include "base/utf8.h"
#include "kb/tsv.h"

namespace dyad {
namespace {

// Ranking weights (docs/formats/places.md): a score of log10(population + 1) plus these.
// A country hint outweighs a thousandfold population difference; a country name beats a
// region or town of the same name ("Georgia") unless the hint points elsewhere.
constexpr double kCountryBonus = 4;
constexpr double kCapitalBonus = 2;
constexpr double kPrimaryNameBonus = 1;
constexpr double kHintBonus = 3;

bool ParseNumber(const std::string& s, double lo, double hi, double* out) {
  try {
    size_t used = 0;
    *out = std::stod(s, &used);
    return used == s.size() && *out >= lo && *out <= hi;
  } catch (const std::exception&) {
    return false;
  }
}

bool ParseKind(const std::string& s, PlaceKind* kind) {
  if (s == "city") {
    *kind = PlaceKind::kCity;
  } else if (s == "admin") {
    *kind = PlaceKind::kAdmin;
  } else if (s == "country") {
    *kind = PlaceKind::kCountry;
  } else {
    return false;
  }
  return true;
}

bool IsAlpha3(const std::string& s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::string FoldPlaceName(std::string_view name) {
  // Most names are ASCII: skip ICU for them (half the load time).
  if (std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; })) {
    return AsciiLower(name);
  }
  std::string folded = UnicodeLower(StripAccents(name));
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    // U+2018, U+2019 (E2 80 98/99) and U+02BC (CA BC) are all written for "'".
    if (folded.compare(i, 2, "\xE2\x80") == 0 && i + 2 < folded.size() &&
        (folded[i + 2] == '\x98' || folded[i + 2] == '\x99')) {
      out += '\'';
      i += 2;
    } else if (folded.compare(i, 2, "\xCA\xBC") == 0) {
      out += '\'';
      i += 1;
    } else {
      out += folded[i];
    }
  }
  return out;
}

void PlaceGazetteer::AddName(const std::string& name, int place, bool primary) {
  auto add = [&](std::vector<Entry>& list) {
    for (Entry& e : list) {
      if (e.place == place) {
        e.primary = e.primary || primary;
        return;
      }
    }
    list.push_back({place, primary});
  };
  add(names_[name]);
  add(folded_[FoldPlaceName(name)]);
}

int PlaceGazetteer::Add(Place place) {
  const int index = static_cast<int>(places_.size());
  std::string name = place.name;
  places_.push_back(std::move(place));
  AddName(name, index, true);
  return index;
}

Result<PlaceGazetteer> PlaceGazetteer::Load(const std::string& places_tsv, const ActorKb* kb) {
  PlaceGazetteer g;
  std::unordered_map<std::string, int> country_place;  // alpha-3 -> its kCountry place
  if (!places_tsv.empty()) {
    ASSIGN_OR_RETURN(auto rows, ReadTsv(places_tsv, 8));
    g.places_.reserve(rows.size() + 600);
    for (const TsvRow& row : rows) {
      const auto& f = row.fields;
      const std::string where = places_tsv + ":" + std::to_string(row.line) + ": ";
      Place p;
      p.name = f[0];
      p.country = f[2];
      p.admin = f[3] == "-" ? "" : f[3];
      if (!IsAlpha3(p.country)) {
        return Status::InvalidArgument(where + "bad country code '" + f[2] + "'");
      }
      if (!ParseKind(f[7], &p.kind)) {
        return Status::InvalidArgument(where + "kind must be city, admin or country, got '" + f[7] +
                                       "'");
      }
      if ((f[4] == "-") != (f[5] == "-")) {
        return Status::InvalidArgument(where + "latitude and longitude must both be given");
      }
      p.has_coordinates = f[4] != "-";
      if (p.has_coordinates &&
          (!ParseNumber(f[4], -90, 90, &p.lat) || !ParseNumber(f[5], -180, 180, &p.lon))) {
        return Status::InvalidArgument(where + "bad coordinates '" + f[4] + "' '" + f[5] + "'");
      }
      double population = 0;
      if (f[6] != "-" &&
          (!ParseNumber(f[6], 0, 1e10, &population) || population != std::floor(population))) {
        return Status::InvalidArgument(where + "bad population '" + f[6] + "'");
      }
      p.population = static_cast<long>(population);
      const bool is_country = p.kind == PlaceKind::kCountry;
      const int index = g.Add(std::move(p));
      if (is_country) country_place[f[2]] = index;
      for (const std::string& alt : ListItems(f[1])) g.AddName(alt, index, false);
    }
  }
  if (kb == nullptr) return g;
  for (const Country& c : kb->countries()) {
    // The press names of a country count as its own names ("U.S.", "Russia").
    auto it = country_place.find(c.code);
    int index;
    if (it != country_place.end()) {
      index = it->second;
    } else {
      // No table row: stand the country at its capital rather than nowhere.
      Place p;
      p.name = c.names.empty() ? c.code : c.names.front();
      p.country = c.code;
      p.kind = PlaceKind::kCountry;
      p.lat = c.capital_lat;
      p.lon = c.capital_lon;
      p.has_coordinates = c.has_capital;
      index = g.Add(std::move(p));
    }
    for (const std::string& name : c.names) g.AddName(name, index, true);
    if (!c.has_capital) continue;
    // A capital is the largest city of that country called by one of its names (not a
    // namesake town: "Washington", Utah), else a place of its own.
    int capital = -1;
    for (const std::string& name : c.capitals) {
      auto found = g.folded_.find(FoldPlaceName(name));
      if (found == g.folded_.end()) continue;
      for (const Entry& e : found->second) {
        const Place& candidate = g.places_[e.place];
        if (candidate.country == c.code && candidate.kind == PlaceKind::kCity &&
            (capital < 0 || candidate.population > g.places_[capital].population)) {
          capital = e.place;
        }
      }
    }
    if (capital < 0) {
      Place p;
      p.name = c.capitals.front();
      p.country = c.code;
      p.lat = c.capital_lat;
      p.lon = c.capital_lon;
      p.has_coordinates = true;
      capital = g.Add(std::move(p));
    }
    g.places_[capital].kind = PlaceKind::kCapital;
    for (const std::string& name : c.capitals) g.AddName(name, capital, true);
    g.capitals_[c.code] = capital;
  }
  return g;
}

std::vector<const Place*> PlaceGazetteer::LookUp(std::string_view name,
                                                 std::string_view country_hint) const {
  const std::vector<Entry>* entries = nullptr;
  if (auto it = names_.find(std::string(name)); it != names_.end()) {
    entries = &it->second;
  } else if (auto folded = folded_.find(FoldPlaceName(name)); folded != folded_.end()) {
    entries = &folded->second;
  }
  std::vector<const Place*> out;
  if (entries == nullptr) return out;
  std::vector<std::pair<double, const Place*>> scored;
  for (const Entry& e : *entries) {
    const Place& p = places_[e.place];
    double score = std::log10(static_cast<double>(p.population) + 1);
    if (p.kind == PlaceKind::kCountry) score += kCountryBonus;
    if (p.kind == PlaceKind::kCapital) score += kCapitalBonus;
    if (e.primary) score += kPrimaryNameBonus;
    if (!country_hint.empty() && p.country == country_hint) score += kHintBonus;
    scored.emplace_back(score, &p);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& s : scored) out.push_back(s.second);
  return out;
}

const Place* PlaceGazetteer::Best(std::string_view name, std::string_view country_hint) const {
  auto found = LookUp(name, country_hint);
  return found.empty() ? nullptr : found.front();
}

const Place* PlaceGazetteer::CapitalOf(std::string_view country) const {
  auto it = capitals_.find(std::string(country));
  return it == capitals_.end() ? nullptr : &places_[it->second];
}

void PlaceGazetteer::ForEachFoldedName(const std::function<void(std::string_view)>& visit) const {
  // Every exact name is also in folded_, folded.
  for (const auto& entry : folded_) visit(entry.first);
}

}  // namespace dyad
