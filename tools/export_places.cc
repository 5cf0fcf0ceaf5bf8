// Build-time exporter: writes dyad's place table (docs/formats/places.md) from what Debian
// ships, so nothing is downloaded and the runtime needs neither GLib nor libgeonames.
//   cities:    libgeonames (GeoNames cities, English names; alternates from its gettext
//              catalogues in a few Latin-script languages)
//   admin:     the GeoNames first-level regions of those cities, plus iso-codes 3166-2
//   countries: iso-codes 3166-1, placed at the mean of their cities
// Usage: dyad_export_places ISO_CODES_JSON_DIR LOCALE_DIR OUT.tsv
#include <geonames.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

// Languages whose catalogues give names the English-language press also uses (Peking,
// Bombay, Canton, Rangoon).
const char* const kAltLanguages[] = {"fr", "es", "it", "pt", "nl", "de"};

// Suffixes and prefixes GeoNames puts on region names that the press drops.
const char* const kAdminSuffixes[] = {
    " Province",    " Region",     " Municipality",
    " Governorate", " Oblast",     " Prefecture",
    " District",    " Department", " Special Administrative Region"};
const char* const kAdminPrefixes[] = {"State of ", "Province of ", "Provincia de ", "Estado de "};

// Where a region or country is put: the middle of the box around its cities, leaving out the
// outer 5% each way (overseas towns, exclaves). Closer to the geographic centre that
// gazetteers give than the mean, which leans to where cities crowd.
struct Accumulator {
  std::vector<double> lats, lons;
  long population = 0;
  void Add(double lat, double lon, long pop) {
    lats.push_back(lat);
    lons.push_back(lon);
    population += pop;
  }
  void Center(double* lat, double* lon) const {
    double x = 0, y = 0;  // circular mean of longitude: no jump at 180
    for (double l : lons) {
      x += std::cos(l * M_PI / 180);
      y += std::sin(l * M_PI / 180);
    }
    const double mean_lon = std::atan2(y, x) * 180 / M_PI;
    std::vector<double> la = lats, dl;
    for (double l : lons) dl.push_back(std::remainder(l - mean_lon, 360.0));
    std::sort(la.begin(), la.end());
    std::sort(dl.begin(), dl.end());
    const size_t lo = la.size() / 20, hi = la.size() - 1 - lo;
    *lat = (la[lo] + la[hi]) / 2;
    *lon = std::remainder(mean_lon + (dl[lo] + dl[hi]) / 2, 360.0);
  }
};

struct Row {
  std::string name;
  std::vector<std::string> alts;
  std::string country, admin;
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  long population = 0;
  std::string kind;
};

// A field must not hold a tab, newline or '|', and must not be empty.
std::string Clean(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '|') c = ' ';
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// Latin script only (U+0000..U+024F and the typographic apostrophe).
bool IsLatin(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) continue;
    if (b >= 0xC2 && b <= 0xC9) {
      ++i;
      continue;
    }
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

std::string Folded(const std::string& s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Reads a GNU gettext .mo catalogue: msgid -> msgstr (here: GeoNames id -> name).
std::unordered_map<std::string, std::string> ReadMo(const std::string& path) {
  std::unordered_map<std::string, std::string> out;
  std::ifstream in(path, std::ios::binary);
  if (!in) return out;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto u32 = [&](size_t off) -> uint32_t {
    if (off + 4 > data.size()) return 0;
    return static_cast<uint8_t>(data[off]) | static_cast<uint8_t>(data[off + 1]) << 8 |
           static_cast<uint8_t>(data[off + 2]) << 16 |
           static_cast<uint32_t>(static_cast<uint8_t>(data[off + 3])) << 24;
  };
  if (u32(0) != 0x950412de) {
    std::cerr << path << ": not a little-endian .mo file, skipped\n";
    return out;
  }
  const uint32_t n = u32(8), orig = u32(12), trans = u32(16);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t ol = u32(orig + 8 * i), oo = u32(orig + 8 * i + 4);
    const uint32_t tl = u32(trans + 8 * i), to = u32(trans + 8 * i + 4);
    if (oo + ol > data.size() || to + tl > data.size()) break;
    out.emplace(data.substr(oo, ol), data.substr(to, tl));
  }
  return out;
}

nlohmann::json ReadJson(const std::string& path) {
  std::ifstream in(path);
  nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  if (doc.is_discarded()) {
    std::cerr << path << ": cannot read JSON\n";
    std::exit(1);
  }
  return doc;
}

void AddAlt(Row* row, const std::string& raw) {
  const std::string alt = Clean(raw);
  if (alt.empty() || alt == row->name || !IsLatin(alt)) return;
  for (const auto& a : row->alts) {
    if (a == alt) return;
  }
  row->alts.push_back(alt);
}

std::string Coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: " << argv[0] << " ISO_CODES_JSON_DIR LOCALE_DIR OUT.tsv\n";
    return 2;
  }
  const std::string iso_dir = argv[1], locale_dir = argv[2], out_path = argv[3];

  std::map<std::string, std::string> alpha3;  // alpha-2 -> alpha-3
  std::vector<Row> countries;
  const nlohmann::json iso1 = ReadJson(iso_dir + "/iso_3166-1.json");
  for (const auto& e : iso1["3166-1"]) {
    alpha3[e.value("alpha_2", "")] = e.value("alpha_3", "");
    Row r;
    r.name = Clean(e.value("name", ""));
    r.country = e.value("alpha_3", "");
    r.kind = "country";
    for (const char* key : {"common_name", "official_name"}) AddAlt(&r, e.value(key, ""));
    countries.push_back(std::move(r));
  }

  std::vector<std::unordered_map<std::string, std::string>> catalogues;
  for (const char* lang : kAltLanguages) {
    catalogues.push_back(ReadMo(locale_dir + "/" + lang + "/LC_MESSAGES/geonames.mo"));
  }

  std::vector<Row> cities;
  std::map<std::pair<std::string, std::string>, Accumulator> admins;  // (country, admin)
  std::map<std::string, Accumulator> by_country;
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    Row r;
    const char* id = nullptr;
    g_variant_get_child(city, 0, "&s", &id);  // the GeoNames id keys the catalogues
    r.name = Clean(geonames_city_get_name(city));
    r.admin = Clean(geonames_city_get_state(city));
    auto code = alpha3.find(geonames_city_get_country_code(city));
    r.country = code == alpha3.end() ? "" : code->second;
    r.lat = geonames_city_get_latitude(city);
    r.lon = geonames_city_get_longitude(city);
    r.population = geonames_city_get_population(city);
    r.has_coordinates = true;
    r.kind = "city";
    for (const auto& catalogue : catalogues) {
      auto it = catalogue.find(id);
      if (it != catalogue.end()) AddAlt(&r, it->second);
    }
    geonames_city_free(city);
    if (r.name.empty() || r.country.empty()) continue;  // Kosovo (XK) has no ISO alpha-3
    by_country[r.country].Add(r.lat, r.lon, r.population);
    if (!r.admin.empty()) admins[{r.country, r.admin}].Add(r.lat, r.lon, r.population);
    cities.push_back(std::move(r));
  }

  std::vector<Row> regions;
  std::map<std::pair<std::string, std::string>, size_t> region_index;  // (country, folded)
  for (const auto& [key, acc] : admins) {
    Row r;
    r.country = key.first;
    r.name = key.second;
    acc.Center(&r.lat, &r.lon);
    r.population = acc.population;
    r.has_coordinates = true;
    r.kind = "admin";
    for (const char* suffix : kAdminSuffixes) {
      const std::string s = suffix;
      if (r.name.size() > s.size() && r.name.ends_with(s)) {
        AddAlt(&r, r.name.substr(0, r.name.size() - s.size()));
      }
    }
    for (const char* prefix : kAdminPrefixes) {
      if (r.name.starts_with(prefix)) AddAlt(&r, r.name.substr(std::string(prefix).size()));
    }
    region_index[{r.country, Folded(r.name)}] = regions.size();
    for (const auto& a : r.alts) region_index[{r.country, Folded(a)}] = regions.size();
    regions.push_back(std::move(r));
  }
  // iso-codes subdivisions: an alternate of the GeoNames region of the same name, else a
  // region of its own without coordinates.
  const nlohmann::json iso2 = ReadJson(iso_dir + "/iso_3166-2.json");
  for (const auto& e : iso2["3166-2"]) {
    const std::string code = e.value("code", "");
    auto country = alpha3.find(code.substr(0, code.find('-')));
    const std::string name = Clean(e.value("name", ""));
    if (country == alpha3.end() || name.empty()) continue;
    auto it = region_index.find({country->second, Folded(name)});
    if (it != region_index.end()) continue;
    Row r;
    r.country = country->second;
    r.name = name;
    r.kind = "admin";
    region_index[{r.country, Folded(name)}] = regions.size();
    regions.push_back(std::move(r));
  }

  for (Row& c : countries) {
    auto it = by_country.find(c.country);
    if (it == by_country.end()) continue;
    it->second.Center(&c.lat, &c.lon);
    c.population = it->second.population;
    c.has_coordinates = true;
  }

  std::ostringstream out;
  out << "# name\talt_names\tcountry\tadmin\tlat\tlon\tpopulation\tkind\n"
      << "# dyad places, generated at build time by tools/export_places.cc from libgeonames "
         "and iso-codes. Do not edit: see docs/formats/places.md\n";
  for (const auto* rows : {&countries, &regions, &cities}) {
    for (const Row& r : *rows) {
      std::string alts;
      for (const auto& a : r.alts) alts += (alts.empty() ? "" : "|") + a;
      out << r.name << '\t' << (alts.empty() ? "-" : alts) << '\t' << r.country << '\t'
          << (r.admin.empty() ? "-" : r.admin) << '\t'
          << (r.has_coordinates ? Coordinate(r.lat) : "-") << '\t'
          << (r.has_coordinates ? Coordinate(r.lon) : "-") << '\t'
          << (r.has_coordinates ? std::to_string(r.population) : "-") << '\t' << r.kind << '\n';
    }
  }
  std::ofstream file(out_path, std::ios::binary);
  file << out.str();
  if (!file.flush()) {
    std::cerr << out_path << ": cannot write\n";
    return 1;
  }
  return 0;
}
