// The actor knowledge base: dyad's own tables under data/kb (grammar: docs/formats/kb.md)
// plus the ISO 3166-1 country names Debian's iso-codes ships. Loaded once, read-only,
// shared by every thread. Name lookups are case-sensitive with an accent-folded fallback
// ("Nanez" finds "Ñáñez").
#ifndef DYAD_KB_ACTOR_KB_H_
#define DYAD_KB_ACTOR_KB_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct Country {
  std::string code;  // ISO alpha-3 = CAMEO country code
  std::vector<std::string> names, adjectives, person_nouns, capitals;
  double capital_lat = 0, capital_lon = 0;
  bool has_capital = false;
};

struct Organisation {
  std::string code;  // full CAMEO actor code
  std::vector<std::string> names;
  std::string country;  // ISO alpha-3 or empty
  std::string kind;     // IGO, PARTY, NGO, MNC, ARMED, MEDIA, GOVBODY, LEGBODY, COURT
};

// One role period of a person.
struct PersonRole {
  std::string name;
  std::vector<std::string> aliases;
  std::string country;  // empty for officials of international organisations
  std::string sector;   // sector block(s), or the organisation code when country is empty
  std::string title;
  std::string start, end;  // normalised to YYYY-MM-DD (first / last day); empty = open
  int line = 0;            // line in people.tsv, for messages
  std::string Code() const { return country + sector; }
};

struct Agent {
  std::string noun, plural;
  std::string code;  // sector code, "" for a title that takes the sector of its body
  std::string kind;  // title, noun or both
  // A PETRARCH "NGO~" agent: its code goes before the actor's ("MSF Arnor" is NGOARN).
  bool prefix = false;
};

// What a name or word means.
enum class NameKind { kCountry, kCapital, kAdjective, kPersonNoun, kRegion, kOrganisation };
struct NameEntry {
  NameKind kind;
  int index;  // into countries(), regions() (as countries), or organisations()
};

class ActorKb {
 public:
  // Reads dir/{countries,regions,organisations,people,agents}.tsv and the iso-codes JSON
  // (pass "" to skip it). Malformed lines stop loading with "path:line: reason".
  static Result<ActorKb> Load(const std::string& dir, const std::string& iso_3166_json);

  const std::vector<Country>& countries() const { return countries_; }
  const std::vector<Country>& regions() const { return regions_; }
  const std::vector<Organisation>& organisations() const { return organisations_; }
  const std::vector<PersonRole>& roles() const { return roles_; }
  // Non-fatal findings, "path:line: reason": names that mean different actors in one file.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Every meaning of a name (exact, else accent- and case-folded).
  std::vector<NameEntry> LookUpName(std::string_view name) const;
  const Country* CountryByCode(std::string_view code) const;
  // The agent whose singular or plural is `noun` (lower case), or nullptr.
  const Agent* LookUpAgent(std::string_view noun) const;

  // The role of a person (canonical name or alias) on `date` (YYYY-MM-DD): the first active
  // line in file order; nullptr when the name is unknown. *active is false when no line
  // covers the date; the role returned is then the one that ended last (a former official).
  const PersonRole* LookUpPerson(std::string_view name, std::string_view date, bool* active) const;

  // The one person with surname `surname` (the last word of the canonical name) whose role
  // on `date` is titled `title` (a lower-case sector noun such as "president"; "minister"
  // also fits "Foreign Minister", not a deputy's title): "President Putin" without a full
  // name. nullptr when none or several.
  const PersonRole* LookUpTitledSurname(std::string_view surname, std::string_view title,
                                        std::string_view date) const;

  // Calls `visit` with every phrase the lookups above can match (names, people, agents).
  void ForEachPhrase(const std::function<void(std::string_view)>& visit) const;

 private:
  Status LoadIso(const std::string& path);
  Status LoadCountries(const std::string& path);
  Status LoadRegions(const std::string& path);
  Status LoadOrganisations(const std::string& path);
  Status LoadPeople(const std::string& path);
  Status LoadAgents(const std::string& path);
  void AddName(const std::string& name, NameEntry entry);

  std::vector<Country> countries_, regions_;
  std::vector<Organisation> organisations_;
  std::vector<PersonRole> roles_;
  std::vector<Agent> agents_;
  std::unordered_map<std::string, int> country_index_;
  std::unordered_map<std::string, std::vector<NameEntry>> names_, folded_names_;
  std::unordered_map<std::string, std::vector<int>> people_, folded_people_;  // -> roles_
  std::unordered_map<std::string, std::vector<int>> surnames_;  // folded last word -> roles_
  std::unordered_map<std::string, int> agent_index_;
  std::vector<std::string> warnings_;
};

// Normalises a kb.md date to YYYY-MM-DD: a start takes the first day of its period, an
// end the last. Returns "" for an invalid date.
std::string NormaliseKbDate(std::string_view date, bool is_end);

}  // namespace dyad

#endif  // DYAD_KB_ACTOR_KB_H_
