#include "kb/actor_kb.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "base/file.h"
#include "base/utf8.h"
#include "io/article_reader.h"
#include "kb/tsv.h"

namespace dyad {
namespace {

std::string Folded(std::string_view name) { return UnicodeLower(StripAccents(name)); }

std::string Where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

// A CAMEO code: one or more blocks of three [A-Z0-9].
bool IsCode(const std::string& code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

bool ParseCoordinate(const std::string& s, double limit, double* out) {
  try {
    size_t used = 0;
    *out = std::stod(s, &used);
    return used == s.size() && *out >= -limit && *out <= limit;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

std::string NormaliseKbDate(std::string_view d, bool is_end) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (i >= d.size() || !std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    }
    return true;
  };
  if (d.size() == 4 && digits(0, 4)) {
    return std::string(d) + (is_end ? "-12-31" : "-01-01");
  }
  if (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2)) {
    int month = std::stoi(std::string(d.substr(5, 2)));
    if (month < 1 || month > 12) return "";
    if (!is_end) return std::string(d) + "-01";
    for (int day = 31; day >= 28; --day) {
      std::string candidate = std::string(d) + "-" + std::to_string(day);
      if (IsIsoDate(candidate)) return candidate;
    }
    return "";
  }
  return IsIsoDate(d) ? std::string(d) : "";
}

void ActorKb::AddName(const std::string& name, NameEntry entry) {
  auto add = [&](std::unordered_map<std::string, std::vector<NameEntry>>& map, std::string key) {
    auto& list = map[std::move(key)];
    for (const NameEntry& e : list) {
      if (e.kind == entry.kind && e.index == entry.index) return;
    }
    list.push_back(entry);
  };
  add(names_, name);
  add(folded_names_, Folded(name));
}

Status ActorKb::LoadIso(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  nlohmann::json doc = nlohmann::json::parse(content, nullptr, false);
  if (doc.is_discarded() || !doc.contains("3166-1") || !doc["3166-1"].is_array()) {
    return Status::Corruption(path + ": not an iso-codes 3166-1 JSON file");
  }
  for (const auto& entry : doc["3166-1"]) {
    if (!entry.contains("alpha_3") || !entry["alpha_3"].is_string()) continue;
    const std::string code = entry["alpha_3"];
    auto it = country_index_.find(code);
    if (it == country_index_.end()) continue;  // only countries dyad lists
    for (const char* key : {"name", "common_name", "official_name"}) {
      if (entry.contains(key) && entry[key].is_string()) {
        const std::string name = entry[key];
        Country& c = countries_[it->second];
        if (std::find(c.names.begin(), c.names.end(), name) == c.names.end()) {
          c.names.push_back(name);
          AddName(name, {NameKind::kCountry, it->second});
        }
      }
    }
  }
  return Status::Ok();
}

Status ActorKb::LoadCountries(const std::string& path) {
  ASSIGN_OR_RETURN(auto rows, ReadTsv(path, 7));
  for (const TsvRow& row : rows) {
    const auto& f = row.fields;
    if (!IsCode(f[0]) || f[0].size() != 3) {
      return Status::InvalidArgument(Where(path, row.line) + ": bad country code '" + f[0] + "'");
    }
    if (country_index_.count(f[0])) {
      return Status::InvalidArgument(Where(path, row.line) + ": country " + f[0] + " listed twice");
    }
    Country c;
    c.code = f[0];
    c.names = ListItems(f[1]);
    c.adjectives = ListItems(f[2]);
    c.person_nouns = ListItems(f[3]);
    c.capitals = ListItems(f[4]);
    c.has_capital = !c.capitals.empty();
    if (c.has_capital && (!ParseCoordinate(f[5], 90, &c.capital_lat) ||
                          !ParseCoordinate(f[6], 180, &c.capital_lon))) {
      return Status::InvalidArgument(Where(path, row.line) + ": bad capital coordinates");
    }
    const int index = static_cast<int>(countries_.size());
    country_index_[c.code] = index;
    for (const auto& n : c.names) AddName(n, {NameKind::kCountry, index});
    for (const auto& n : c.adjectives) AddName(n, {NameKind::kAdjective, index});
    for (const auto& n : c.person_nouns) AddName(n, {NameKind::kPersonNoun, index});
    for (const auto& n : c.capitals) AddName(n, {NameKind::kCapital, index});
    countries_.push_back(std::move(c));
  }
  return Status::Ok();
}

Status ActorKb::LoadRegions(const std::string& path) {
  ASSIGN_OR_RETURN(auto rows, ReadTsv(path, 3));
  for (const TsvRow& row : rows) {
    if (!IsCode(row.fields[0])) {
      return Status::InvalidArgument(Where(path, row.line) + ": bad region code '" + row.fields[0] +
                                     "'");
    }
    Country r;
    r.code = row.fields[0];
    r.names = ListItems(row.fields[1]);
    r.adjectives = ListItems(row.fields[2]);
    const int index = static_cast<int>(regions_.size());
    for (const auto& n : r.names) AddName(n, {NameKind::kRegion, index});
    for (const auto& n : r.adjectives) AddName(n, {NameKind::kRegion, index});
    regions_.push_back(std::move(r));
  }
  return Status::Ok();
}

Status ActorKb::LoadOrganisations(const std::string& path) {
  static const std::vector<std::string> kKinds = {"IGO",   "PARTY",   "NGO",     "MNC",  "ARMED",
                                                  "MEDIA", "GOVBODY", "LEGBODY", "COURT"};
  ASSIGN_OR_RETURN(auto rows, ReadTsv(path, 4));
  std::unordered_map<std::string, std::pair<std::string, int>> seen;  // name -> (code, line)
  for (const TsvRow& row : rows) {
    const auto& f = row.fields;
    if (!IsCode(f[0])) {
      return Status::InvalidArgument(Where(path, row.line) + ": bad actor code '" + f[0] + "'");
    }
    if (std::find(kKinds.begin(), kKinds.end(), f[3]) == kKinds.end()) {
      return Status::InvalidArgument(Where(path, row.line) + ": unknown kind '" + f[3] + "'");
    }
    Organisation o;
    o.code = f[0];
    o.names = ListItems(f[1]);
    o.country = f[2] == "-" ? "" : f[2];
    o.kind = f[3];
    const int index = static_cast<int>(organisations_.size());
    for (const auto& n : o.names) {
      auto [it, inserted] = seen.emplace(n, std::make_pair(o.code, row.line));
      if (!inserted && it->second.first != o.code) {
        warnings_.push_back(Where(path, row.line) + ": '" + n + "' is " + o.code + " here and " +
                            it->second.first + " on line " + std::to_string(it->second.second));
      }
      AddName(n, {NameKind::kOrganisation, index});
    }
    organisations_.push_back(std::move(o));
  }
  return Status::Ok();
}

Status ActorKb::LoadPeople(const std::string& path) {
  ASSIGN_OR_RETURN(auto rows, ReadTsv(path, 7));
  for (const TsvRow& row : rows) {
    const auto& f = row.fields;
    PersonRole r;
    r.name = f[0];
    r.aliases = ListItems(f[1]);
    r.country = f[2] == "-" ? "" : f[2];
    r.sector = f[3];
    r.title = f[4];
    r.line = row.line;
    if (!r.country.empty() && !country_index_.count(r.country)) {
      return Status::InvalidArgument(Where(path, row.line) + ": unknown country '" + f[2] + "'");
    }
    if (!IsCode(r.sector)) {
      return Status::InvalidArgument(Where(path, row.line) + ": bad sector '" + f[3] + "'");
    }
    for (int k : {5, 6}) {
      if (f[k] == "-") continue;
      std::string date = NormaliseKbDate(f[k], k == 6);
      if (date.empty()) {
        return Status::InvalidArgument(Where(path, row.line) + ": bad date '" + f[k] + "'");
      }
      (k == 5 ? r.start : r.end) = date;
    }
    if (!r.start.empty() && !r.end.empty() && r.end < r.start) {
      return Status::InvalidArgument(Where(path, row.line) + ": role ends before it starts");
    }
    const int index = static_cast<int>(roles_.size());
    people_[r.name].push_back(index);
    folded_people_[Folded(r.name)].push_back(index);
    if (const size_t space = r.name.rfind(' '); space != std::string::npos) {
      surnames_[Folded(r.name.substr(space + 1))].push_back(index);
    }
    for (const auto& a : r.aliases) {
      people_[a].push_back(index);
      folded_people_[Folded(a)].push_back(index);
    }
    roles_.push_back(std::move(r));
  }
  return Status::Ok();
}

Status ActorKb::LoadAgents(const std::string& path) {
  ASSIGN_OR_RETURN(auto rows, ReadTsv(path, 4));
  for (const TsvRow& row : rows) {
    const auto& f = row.fields;
    // "-": a title with no sector of its own; its holder takes the sector of the body it heads.
    if (f[2] != "-" && (!IsCode(f[2]) || f[2].size() != 3)) {
      return Status::InvalidArgument(Where(path, row.line) + ": bad sector code '" + f[2] + "'");
    }
    if (f[3] != "title" && f[3] != "noun" && f[3] != "both") {
      return Status::InvalidArgument(Where(path, row.line) + ": kind must be title, noun or both");
    }
    Agent a{f[0], f[1] == "-" ? "" : f[1], f[2] == "-" ? "" : f[2], f[3], false};
    const int index = static_cast<int>(agents_.size());
    for (const std::string& form : {a.noun, a.plural}) {
      if (form.empty()) continue;
      auto [it, inserted] = agent_index_.emplace(form, index);
      if (!inserted && agents_[it->second].code != a.code) {
        warnings_.push_back(Where(path, row.line) + ": '" + form + "' is " + a.code + " here and " +
                            agents_[it->second].code + " earlier");
      }
    }
    agents_.push_back(std::move(a));
  }
  return Status::Ok();
}

Result<ActorKb> ActorKb::Load(const std::string& dir, const std::string& iso_3166_json) {
  ActorKb kb;
  RETURN_IF_ERROR(kb.LoadCountries(dir + "/countries.tsv"));
  if (!iso_3166_json.empty()) RETURN_IF_ERROR(kb.LoadIso(iso_3166_json));
  RETURN_IF_ERROR(kb.LoadRegions(dir + "/regions.tsv"));
  RETURN_IF_ERROR(kb.LoadOrganisations(dir + "/organisations.tsv"));
  RETURN_IF_ERROR(kb.LoadPeople(dir + "/people.tsv"));
  RETURN_IF_ERROR(kb.LoadAgents(dir + "/agents.tsv"));
  return kb;
}

std::vector<NameEntry> ActorKb::LookUpName(std::string_view name) const {
  auto it = names_.find(std::string(name));
  if (it != names_.end()) return it->second;
  it = folded_names_.find(Folded(name));
  return it == folded_names_.end() ? std::vector<NameEntry>() : it->second;
}

const Country* ActorKb::CountryByCode(std::string_view code) const {
  auto it = country_index_.find(std::string(code));
  return it == country_index_.end() ? nullptr : &countries_[it->second];
}

const Agent* ActorKb::LookUpAgent(std::string_view noun) const {
  auto it = agent_index_.find(std::string(noun));
  return it == agent_index_.end() ? nullptr : &agents_[it->second];
}

namespace {

// True when a role's title (folded) is `title` or ends with it, and not as a deputy's:
// "Prime Minister" and "Foreign Minister" have "minister", "Vice President" lacks "president".
bool TitleEndsWith(const std::string& role_title, std::string_view title) {
  if (role_title == title) return true;
  if (role_title.size() <= title.size() || !role_title.ends_with(title)) return false;
  const std::string_view before(role_title.data(), role_title.size() - title.size());
  if (!before.ends_with(' ')) return false;
  return !before.ends_with("vice ") && !before.ends_with("deputy ");
}

}  // namespace

const PersonRole* ActorKb::LookUpPerson(std::string_view name, std::string_view date,
                                        bool* active) const {
  const std::vector<int>* lines = nullptr;
  if (auto exact = people_.find(std::string(name)); exact != people_.end()) {
    lines = &exact->second;
  } else if (auto folded = folded_people_.find(Folded(name)); folded != folded_people_.end()) {
    lines = &folded->second;
  }
  *active = false;
  if (lines == nullptr) return nullptr;
  const PersonRole* last_ended = nullptr;
  for (int index : *lines) {
    const PersonRole& r = roles_[index];
    const bool started = r.start.empty() || r.start <= date;
    const bool not_ended = r.end.empty() || date <= r.end;
    if (started && not_ended) {
      *active = true;
      return &r;
    }
    if (last_ended == nullptr || r.end > last_ended->end) last_ended = &r;
  }
  return last_ended;
}

const PersonRole* ActorKb::LookUpTitledSurname(std::string_view surname, std::string_view title,
                                               std::string_view date) const {
  auto it = surnames_.find(Folded(surname));
  if (it == surnames_.end() || title.empty()) return nullptr;
  const PersonRole* found = nullptr;
  for (int index : it->second) {
    const PersonRole& r = roles_[index];
    const bool active = (r.start.empty() || r.start <= date) && (r.end.empty() || date <= r.end);
    if (!active || !TitleEndsWith(Folded(r.title), title)) continue;
    if (found != nullptr && found->name != r.name) return nullptr;  // two such people
    if (found == nullptr) found = &r;
  }
  return found;
}

void ActorKb::ForEachPhrase(const std::function<void(std::string_view)>& visit) const {
  for (const auto* table : {&names_, &folded_names_}) {
    for (const auto& entry : *table) visit(entry.first);
  }
  for (const auto* table : {&people_, &folded_people_}) {
    for (const auto& entry : *table) visit(entry.first);
  }
  for (const auto& entry : agent_index_) visit(entry.first);
}

}  // namespace dyad
