// Toponym resolution scored on gold toponyms with coordinates (GeoVirus XML): is the name
// found, is its country right, and is the point within 161 km (100 miles, the usual
// geocoding threshold) of the gold point.
#ifndef DYAD_EVAL_PLACE_EVAL_H_
#define DYAD_EVAL_PLACE_EVAL_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "kb/places.h"

namespace dyad {

struct GoldToponym {
  std::string name;
  double lat = 0, lon = 0;
  int article = 0;  // index of its article in the file
};

// Reads GeoVirus.xml (<article><locations><location><name/><lat/><lon/>...). Toponyms with an
// empty name are skipped; a location without numeric lat/lon is an error naming its byte.
Result<std::vector<GoldToponym>> ReadGeoVirus(const std::string& path);

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

struct PlaceScores {
  size_t gold = 0;             // gold toponyms
  size_t resolved = 0;         // the gazetteer found a place with coordinates
  size_t country_known = 0;    // gold points whose country could be told (see below)
  size_t country_correct = 0;  // ... and the resolved place has that country
  size_t within_161 = 0;       // resolved within 161 km of the gold point
  double median_km = 0;        // median error over resolved toponyms
};

// Resolves every gold name with PlaceGazetteer::Best. With `article_hint`, a second pass
// gives each name the most common country of its article's first-pass results as hint.
// The gold country is that of the gazetteer city nearest the gold point (within 300 km; else
// unknown), as GeoVirus gives coordinates only.
PlaceScores EvaluatePlaces(const std::vector<GoldToponym>& gold, const PlaceGazetteer& places,
                           bool article_hint);

}  // namespace dyad

#endif  // DYAD_EVAL_PLACE_EVAL_H_
