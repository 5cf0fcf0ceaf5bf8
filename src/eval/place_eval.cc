#include "eval/place_eval.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "base/file.h"

namespace dyad {
namespace {

constexpr double kThresholdKm = 161;
constexpr double kCountryRadiusKm = 300;

// The text between <tag> and </tag> inside [from, to), or npos when absent.
size_t FindElement(const std::string& xml, std::string_view tag, size_t from, size_t to,
                   std::string* text) {
  std::string open = "<", close = "</";
  open.append(tag).append(">");
  close.append(tag).append(">");
  const size_t begin = xml.find(open, from);
  if (begin == std::string::npos || begin >= to) return std::string::npos;
  const size_t end = xml.find(close, begin);
  if (end == std::string::npos || end > to) return std::string::npos;
  *text = xml.substr(begin + open.size(), end - begin - open.size());
  return begin;
}

std::string DecodeEntities(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, text] : kEntities) {
    for (size_t at = s.find(entity); at != std::string::npos; at = s.find(entity, at + 1)) {
      s.replace(at, std::string_view(entity).size(), text);
    }
  }
  return s;
}

bool ParseDegrees(const std::string& s, double limit, double* out) {
  try {
    size_t used = 0;
    *out = std::stod(s, &used);
    return used == s.size() && std::abs(*out) <= limit;
  } catch (const std::exception&) {
    return false;
  }
}

// Cities sorted by latitude, for nearest-city look-ups within a band.
class CityIndex {
 public:
  explicit CityIndex(const PlaceGazetteer& places) {
    for (const Place& p : places.places()) {
      if (p.has_coordinates && (p.kind == PlaceKind::kCity || p.kind == PlaceKind::kCapital)) {
        cities_.push_back(&p);
      }
    }
    std::sort(cities_.begin(), cities_.end(),
              [](const Place* a, const Place* b) { return a->lat < b->lat; });
  }
  // The country of the nearest city within kCountryRadiusKm, or "".
  std::string CountryNear(double lat, double lon) const {
    const double band = kCountryRadiusKm / 111.0;
    auto it = std::lower_bound(cities_.begin(), cities_.end(), lat - band,
                               [](const Place* p, double v) { return p->lat < v; });
    const Place* best = nullptr;
    double best_km = kCountryRadiusKm;
    for (; it != cities_.end() && (*it)->lat <= lat + band; ++it) {
      const double km = DistanceKm(lat, lon, (*it)->lat, (*it)->lon);
      if (km <= best_km) {
        best_km = km;
        best = *it;
      }
    }
    return best ? best->country : "";
  }

 private:
  std::vector<const Place*> cities_;
};

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Result<std::vector<GoldToponym>> ReadGeoVirus(const std::string& path) {
  ASSIGN_OR_RETURN(std::string xml, ReadFile(path));
  std::vector<GoldToponym> out;
  int article = 0;
  for (size_t a = xml.find("<article>"); a != std::string::npos;
       a = xml.find("<article>", a + 1), ++article) {
    size_t a_end = xml.find("</article>", a);
    if (a_end == std::string::npos) {
      return Status::Corruption(path + ": byte " + std::to_string(a) + ": unclosed <article>");
    }
    for (size_t l = xml.find("<location>", a); l != std::string::npos && l < a_end;
         l = xml.find("<location>", l + 1)) {
      const size_t l_end = std::min(xml.find("</location>", l), a_end);
      GoldToponym t;
      t.article = article;
      std::string name, lat, lon;
      FindElement(xml, "name", l, l_end, &name);
      if (name.empty()) continue;
      t.name = DecodeEntities(name);
      if (FindElement(xml, "lat", l, l_end, &lat) == std::string::npos ||
          FindElement(xml, "lon", l, l_end, &lon) == std::string::npos ||
          !ParseDegrees(lat, 90, &t.lat) || !ParseDegrees(lon, 180, &t.lon)) {
        return Status::Corruption(path + ": byte " + std::to_string(l) + ": location '" + t.name +
                                  "' lacks a numeric <lat> and <lon>");
      }
      out.push_back(std::move(t));
    }
  }
  return out;
}

PlaceScores EvaluatePlaces(const std::vector<GoldToponym>& gold, const PlaceGazetteer& places,
                           bool article_hint) {
  std::vector<const Place*> found(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) found[i] = places.Best(gold[i].name);
  if (article_hint) {
    std::map<int, std::map<std::string, int>> votes;  // article -> country -> count
    for (size_t i = 0; i < gold.size(); ++i) {
      if (found[i] != nullptr) ++votes[gold[i].article][found[i]->country];
    }
    for (size_t i = 0; i < gold.size(); ++i) {
      const auto& v = votes[gold[i].article];
      auto top = std::max_element(v.begin(), v.end(),
                                  [](const auto& a, const auto& b) { return a.second < b.second; });
      if (top != v.end()) found[i] = places.Best(gold[i].name, top->first);
    }
  }
  const CityIndex cities(places);
  PlaceScores scores;
  std::vector<double> errors;
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldToponym& g = gold[i];
    ++scores.gold;
    const std::string country = cities.CountryNear(g.lat, g.lon);
    if (!country.empty()) {
      ++scores.country_known;
      if (found[i] != nullptr && found[i]->country == country) ++scores.country_correct;
    }
    if (found[i] == nullptr || !found[i]->has_coordinates) continue;
    ++scores.resolved;
    const double km = DistanceKm(g.lat, g.lon, found[i]->lat, found[i]->lon);
    errors.push_back(km);
    if (km <= kThresholdKm) ++scores.within_161;
  }
  if (!errors.empty()) {
    std::nth_element(errors.begin(), errors.begin() + errors.size() / 2, errors.end());
    scores.median_km = errors[errors.size() / 2];
  }
  return scores;
}

}  // namespace dyad
