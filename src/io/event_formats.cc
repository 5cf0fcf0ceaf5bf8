#include "io/event_formats.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

// Text from articles is repaired UTF-8, but a writer must never throw on odd bytes.
void WriteJsonLine(const Json& json, std::ostream& out) {
  out << json.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t part_idx = 0; part_idx < parts.size(); ++part_idx) {
    if (part_idx > 0) out += sep;
    out += parts[part_idx];
  }
  return out;
}

// Tab-separated formats have no quoting: tabs and line breaks inside a field become spaces.
std::string TsvField(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// RFC 4180: quote when needed, double the quotes inside.
std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Number(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

void WriteRow(const std::vector<std::string>& fields, char sep, std::ostream& out) {
  for (size_t field_idx = 0; field_idx < fields.size(); ++field_idx) {
    if (field_idx > 0) out << sep;
    out << (sep == ',' ? CsvField(fields[field_idx]) : TsvField(fields[field_idx]));
  }
  out << '\n';
}

// The event's own date when the article says the day, else the article's date: the tabular
// formats need a full day.
std::string DayOf(const Event& event) {
  if (event.date.size() == 10) return event.date;
  return event.article_date;
}

std::string Compact(const std::string& iso_day) {  // 2024-05-14 -> 20240514
  std::string out;
  for (char c : iso_day) {
    if (c != '-') out += c;
  }
  return out;
}

// The name a person reads: the entity behind the mention when known, else the words.
std::string ActorName(const EventActor& actor) {
  return actor.entity.empty() ? actor.text : actor.entity;
}

Json ActorJson(const EventActor& actor) {
  Json json;
  json["code"] = actor.code;
  json["country"] = actor.country;
  json["sectors"] = actor.sectors;
  json["text"] = actor.text;
  json["entity"] = actor.entity;
  json["span"] = {actor.begin, actor.end};
  return json;
}

}  // namespace

Json EventRecord(const Event& e) {
  Json json;
  json["event_id"] = e.event_id;
  json["article_id"] = e.article_id;
  json["sentence"] = e.sentence;
  json["date"] = e.date;
  json["date_precision"] = e.date_precision;
  json["article_date"] = e.article_date;
  json["source"] = ActorJson(e.source);
  json["target"] = ActorJson(e.target);
  json["cameo"] = e.cameo;
  json["root"] = e.root;
  json["quad_class"] = e.quad_class;
  json["goldstein"] = e.goldstein;
  json["plover"] = {{"event", e.plover_event}, {"mode", e.plover_mode}};
  json["trigger"] = {{"text", e.trigger_text}, {"span", {e.trigger_begin, e.trigger_end}}};
  json["negated"] = e.negated;
  json["modality"] = e.modality;
  if (e.location.name.empty()) {
    json["location"] = nullptr;
  } else {
    Json loc;
    loc["name"] = e.location.name;
    loc["country"] = e.location.country;
    if (e.location.has_coordinates) {
      loc["lat"] = e.location.lat;
      loc["lon"] = e.location.lon;
    } else {
      loc["lat"] = nullptr;
      loc["lon"] = nullptr;
    }
    json["location"] = loc;
  }
  json["sentence_text"] = e.sentence_text;
  json["confidence"] = e.confidence;
  return json;
}

namespace {

std::string Coordinate(const EventLocation& loc, double value) {
  return loc.has_coordinates ? Number(value, 4) : "";
}

std::vector<std::string> CsvRow(const Document& doc, const Event& e) {
  auto actor = [](const EventActor& a) {
    return std::vector<std::string>{a.code,
                                    a.country,
                                    Join(a.sectors, ";"),
                                    a.text,
                                    a.entity,
                                    std::to_string(a.begin),
                                    std::to_string(a.end)};
  };
  std::vector<std::string> row = {e.event_id, e.article_id,     std::to_string(e.sentence),
                                  e.date,     e.date_precision, e.article_date};
  for (const EventActor* a : {&e.source, &e.target}) {
    std::vector<std::string> fields = actor(*a);
    row.insert(row.end(), fields.begin(), fields.end());
  }
  std::vector<std::string> rest = {e.cameo,
                                   e.root,
                                   std::to_string(e.quad_class),
                                   Number(e.goldstein, 1),
                                   e.plover_event,
                                   e.plover_mode,
                                   e.trigger_text,
                                   std::to_string(e.trigger_begin),
                                   std::to_string(e.trigger_end),
                                   e.negated ? "true" : "false",
                                   e.modality,
                                   e.location.name,
                                   e.location.country,
                                   Coordinate(e.location, e.location.lat),
                                   Coordinate(e.location, e.location.lon),
                                   e.sentence_text,
                                   Number(e.confidence, 3),
                                   doc.url,
                                   doc.source,
                                   doc.title};
  row.insert(row.end(), rest.begin(), rest.end());
  return row;
}

// GDELT splits the CAMEO actor code: CountryCode, KnownGroupCode (IGOs, NGOs, armed groups
// have no country: their second block names the group), Type1-3Code (sector blocks).
void AppendGdeltActor(const EventActor& a, std::vector<std::string>& row) {
  std::string known_group;
  if (a.country.empty() && a.code.size() >= 6) known_group = a.code.substr(3, 3);
  row.push_back(a.code);
  row.push_back(ActorName(a));
  row.push_back(a.country);
  row.push_back(known_group);
  row.push_back("");  // EthnicCode
  row.push_back("");  // Religion1Code
  row.push_back("");  // Religion2Code
  for (size_t type_idx = 0; type_idx < 3; ++type_idx) {
    row.push_back(type_idx < a.sectors.size() ? a.sectors[type_idx] : "");
  }
}

void AppendEmptyGeo(std::vector<std::string>& row) {
  row.push_back("0");
  row.insert(row.end(), 7, "");
}

std::vector<std::string> GdeltRow(const Document& doc, const Event& e, const EventCounts& n) {
  std::string day = Compact(DayOf(e));
  int year = 0, month = 0, mday = 0;
  std::sscanf(day.c_str(), "%4d%2d%2d", &year, &month, &mday);
  // GDELT's FractionDate: year + (month * 30 + day) / 365.
  double fraction = year + (month * 30 + mday) / 365.0;
  std::vector<std::string> row = {e.event_id, day, day.substr(0, 6), day.substr(0, 4),
                                  Number(fraction, 4)};
  AppendGdeltActor(e.source, row);
  AppendGdeltActor(e.target, row);
  row.push_back(e.sentence == 0 ? "1" : "0");  // IsRootEvent: the lead sentence
  row.push_back(e.cameo);
  row.push_back(e.cameo.substr(0, std::min<size_t>(3, e.cameo.size())));
  row.push_back(e.root);
  row.push_back(std::to_string(e.quad_class));
  row.push_back(Number(e.goldstein, 1));
  row.push_back(std::to_string(n.mentions));
  row.push_back(std::to_string(n.sources));
  row.push_back(std::to_string(n.articles));
  row.push_back("");    // AvgTone: dyad does not score tone
  AppendEmptyGeo(row);  // Actor1Geo
  AppendEmptyGeo(row);  // Actor2Geo
  const EventLocation& loc = e.location;
  if (loc.name.empty()) {
    AppendEmptyGeo(row);
  } else {
    // ActionGeo_Type: 4 (world city) with coordinates, 1 (country) without.
    row.push_back(loc.has_coordinates ? "4" : "1");
    row.push_back(loc.name);
    row.push_back(loc.country);
    row.push_back("");  // ADM1Code
    row.push_back("");  // ADM2Code
    row.push_back(Coordinate(loc, loc.lat));
    row.push_back(Coordinate(loc, loc.lon));
    row.push_back("");  // FeatureID
  }
  row.push_back(Compact(e.article_date) + "000000");  // DATEADDED
  row.push_back(doc.url);
  return row;
}

// Phoenix splits the code into Entity (root block), Role (second block when it is one of the
// primary agents) and Attributes (the other blocks, ';'-joined).
void AppendPhoenixActor(const std::string& code, std::vector<std::string>& row) {
  static const std::vector<std::string> kRoles = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                                  "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};
  std::vector<std::string> blocks;
  for (size_t pos = 0; pos < code.size(); pos += 3) blocks.push_back(code.substr(pos, 3));
  std::string entity = blocks.empty() ? "" : blocks[0];
  std::string role;
  size_t first_attribute = 1;
  if (blocks.size() > 1 && std::count(kRoles.begin(), kRoles.end(), blocks[1]) > 0) {
    role = blocks[1];
    first_attribute = 2;
  }
  std::vector<std::string> attributes;
  for (size_t block_idx = first_attribute; block_idx < blocks.size(); ++block_idx) {
    attributes.push_back(blocks[block_idx]);
  }
  row.push_back(code);
  row.push_back(entity);
  row.push_back(role);
  row.push_back(Join(attributes, ";"));
}

// Phoenix's own quad classes: 0 for roots 01-02, 1 for 03-05, 2 for 06-08, 3 for 09-13 and
// 16, 4 for 14, 15 and 17-20.
int PhoenixQuad(const std::string& root) {
  int r = std::atoi(root.c_str());
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

std::vector<std::string> PhoenixRow(const Document& doc, const Event& e) {
  std::string day = Compact(DayOf(e));
  std::vector<std::string> row = {e.event_id, day, day.substr(0, 4), day.substr(4, 2),
                                  day.substr(6, 2)};
  AppendPhoenixActor(e.source.code, row);
  AppendPhoenixActor(e.target.code, row);
  const EventLocation& loc = e.location;
  std::vector<std::string> rest = {e.cameo,
                                   e.root,
                                   std::to_string(PhoenixQuad(e.root)),
                                   Number(e.goldstein, 1),
                                   "",  // Issues
                                   Coordinate(loc, loc.lat),
                                   Coordinate(loc, loc.lon),
                                   loc.name,
                                   "",  // StateName
                                   loc.country,
                                   e.article_id + "_" + std::to_string(e.sentence),
                                   doc.url,
                                   doc.source};
  row.insert(row.end(), rest.begin(), rest.end());
  return row;
}

std::vector<std::string> IcewsRow(const Document& doc, const Event& e) {
  const EventLocation& loc = e.location;
  return {e.event_id,
          DayOf(e),
          ActorName(e.source),
          Join(e.source.sectors, ","),
          e.source.country,
          e.trigger_text,
          e.cameo,
          Number(e.goldstein, 1),
          ActorName(e.target),
          Join(e.target.sectors, ","),
          e.target.country,
          e.article_id,
          std::to_string(e.sentence + 1),  // ICEWS numbers sentences from 1
          doc.source,
          loc.name,
          "",  // District
          "",  // Province
          loc.country,
          Coordinate(loc, loc.lat),
          Coordinate(loc, loc.lon)};
}

Json PloverEntity(const EventActor& a) {
  Json json;
  json["code"] = a.country.empty() && a.code.size() >= 3 ? a.code.substr(0, 3) : a.country;
  json["sector"] = a.sectors;
  json["entity_text"] = a.text;
  json["identifier_text"] = a.entity;
  json["actor_code"] = a.code;
  json["span"] = {a.begin, a.end};
  return json;
}

bool SameActor(const EventActor& a, const EventActor& b) {
  return a.code == b.code && a.begin == b.begin && a.end == b.end;
}

void AddUnique(std::vector<const EventActor*>& list, const EventActor& actor) {
  for (const EventActor* seen : list) {
    if (SameActor(*seen, actor)) return;
  }
  list.push_back(&actor);
}

// One PLOVER record for a group of events sharing sentence, trigger and code. A reciprocal
// group (every source is also a target) lists everyone as actor and has no recipient.
void WritePlover(const Document& doc, const std::vector<const Event*>& group, std::ostream& out) {
  const Event& e = *group.front();
  std::vector<const EventActor*> actors, recipients;
  for (const Event* member : group) {
    AddUnique(actors, member->source);
    AddUnique(recipients, member->target);
  }
  bool reciprocal = group.size() > 1 && actors.size() == recipients.size() &&
                    std::all_of(actors.begin(), actors.end(), [&](const EventActor* a) {
                      return std::any_of(recipients.begin(), recipients.end(),
                                         [&](const EventActor* r) { return SameActor(*a, *r); });
                    });
  if (reciprocal) recipients.clear();
  Json json;
  json["id"] = e.event_id;
  json["has_event"] = true;
  json["date"] = DayOf(e);
  json["actor"] = Json::array();
  for (const EventActor* a : actors) json["actor"].push_back(PloverEntity(*a));
  json["recipient"] = Json::array();
  for (const EventActor* r : recipients) json["recipient"].push_back(PloverEntity(*r));
  json["event"] = e.plover_event.empty() ? Json::array() : Json::array({e.plover_event});
  json["mode"] = e.plover_mode.empty() ? Json::array() : Json::array({e.plover_mode});
  json["quad_code"] = e.quad_class;
  json["event_text"] = e.trigger_text;
  if (e.location.name.empty()) {
    json["event_loc"] = nullptr;
  } else {
    Json loc;
    loc["extracted_place"] = e.location.name;
    loc["country_code"] = e.location.country;
    if (e.location.has_coordinates) {
      loc["lat"] = e.location.lat;
      loc["lon"] = e.location.lon;
    }
    json["event_loc"] = loc;
  }
  json["text"] = e.sentence_text;
  json["link"] = doc.url;
  json["cite_info"] = {{"article_id", e.article_id}, {"sentence", e.sentence},
                       {"source", doc.source},       {"title", doc.title},
                       {"cameo", e.cameo},           {"negated", e.negated},
                       {"modality", e.modality}};
  json["coder"] = "dyad";
  WriteJsonLine(json, out);
}

const std::vector<std::string_view> kCsvColumns = {"event_id",
                                                   "article_id",
                                                   "sentence",
                                                   "date",
                                                   "date_precision",
                                                   "article_date",
                                                   "source_code",
                                                   "source_country",
                                                   "source_sectors",
                                                   "source_text",
                                                   "source_entity",
                                                   "source_begin",
                                                   "source_end",
                                                   "target_code",
                                                   "target_country",
                                                   "target_sectors",
                                                   "target_text",
                                                   "target_entity",
                                                   "target_begin",
                                                   "target_end",
                                                   "cameo",
                                                   "root",
                                                   "quad_class",
                                                   "goldstein",
                                                   "plover_event",
                                                   "plover_mode",
                                                   "trigger_text",
                                                   "trigger_begin",
                                                   "trigger_end",
                                                   "negated",
                                                   "modality",
                                                   "location_name",
                                                   "location_country",
                                                   "lat",
                                                   "lon",
                                                   "sentence_text",
                                                   "confidence",
                                                   "url",
                                                   "news_source",
                                                   "title"};

std::vector<std::string_view> GdeltColumns() {
  std::vector<std::string_view> cols = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                        "FractionDate"};
  static const char* kActor[] = {"Code",       "Name",          "CountryCode",   "KnownGroupCode",
                                 "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code",
                                 "Type2Code",  "Type3Code"};
  static std::vector<std::string> names;  // owns the composed names
  if (names.empty()) {
    for (const char* prefix : {"Actor1", "Actor2"}) {
      for (const char* field : kActor) names.push_back(std::string(prefix) + field);
    }
    for (const char* prefix : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* field : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                                "Long", "FeatureID"}) {
        names.push_back(std::string(prefix) + field);
      }
    }
  }
  cols.insert(cols.end(), names.begin(), names.begin() + 20);
  for (const char* name :
       {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"}) {
    cols.push_back(name);
  }
  cols.insert(cols.end(), names.begin() + 20, names.end());
  cols.push_back("DATEADDED");
  cols.push_back("SOURCEURL");
  return cols;
}

const std::vector<std::string_view> kPhoenixColumns = {"EventID",
                                                       "Date",
                                                       "Year",
                                                       "Month",
                                                       "Day",
                                                       "SourceActorFull",
                                                       "SourceActorEntity",
                                                       "SourceActorRole",
                                                       "SourceActorAttribute",
                                                       "TargetActorFull",
                                                       "TargetActorEntity",
                                                       "TargetActorRole",
                                                       "TargetActorAttribute",
                                                       "EventCode",
                                                       "EventRootCode",
                                                       "QuadClass",
                                                       "GoldsteinScore",
                                                       "Issues",
                                                       "Lat",
                                                       "Lon",
                                                       "LocationName",
                                                       "StateName",
                                                       "CountryCode",
                                                       "SentenceIDs",
                                                       "URLs",
                                                       "NewsSources"};

const std::vector<std::string_view> kIcewsColumns = {
    "Event ID",       "Event Date", "Source Name",     "Source Sectors", "Source Country",
    "Event Text",     "CAMEO Code", "Intensity",       "Target Name",    "Target Sectors",
    "Target Country", "Story ID",   "Sentence Number", "Publisher",      "City",
    "District",       "Province",   "Country",         "Latitude",       "Longitude"};

}  // namespace

Result<EventFormat> ParseEventFormat(std::string_view name) {
  for (EventFormat f : {EventFormat::kJsonl, EventFormat::kCsv, EventFormat::kGdelt,
                        EventFormat::kPhoenix, EventFormat::kIcews, EventFormat::kPlover}) {
    if (name == EventFormatName(f)) return f;
  }
  return Status::InvalidArgument("unknown event format '" + std::string(name) +
                                 "' (expected jsonl, csv, gdelt, phoenix, icews or plover)");
}

std::string_view EventFormatName(EventFormat format) {
  switch (format) {
    case EventFormat::kJsonl:
      return "jsonl";
    case EventFormat::kCsv:
      return "csv";
    case EventFormat::kGdelt:
      return "gdelt";
    case EventFormat::kPhoenix:
      return "phoenix";
    case EventFormat::kIcews:
      return "icews";
    case EventFormat::kPlover:
      return "plover";
  }
  return "";
}

const std::vector<std::string_view>& EventColumns(EventFormat format) {
  static const std::vector<std::string_view> kNone;
  static const std::vector<std::string_view> kGdelt = GdeltColumns();
  switch (format) {
    case EventFormat::kCsv:
      return kCsvColumns;
    case EventFormat::kGdelt:
      return kGdelt;
    case EventFormat::kPhoenix:
      return kPhoenixColumns;
    case EventFormat::kIcews:
      return kIcewsColumns;
    default:
      return kNone;
  }
}

void WriteHeader(EventFormat format, std::ostream& out) {
  if (format != EventFormat::kCsv && format != EventFormat::kIcews) return;
  const std::vector<std::string_view>& cols = EventColumns(format);
  WriteRow(std::vector<std::string>(cols.begin(), cols.end()),
           format == EventFormat::kCsv ? ',' : '\t', out);
}

void WriteEvent(EventFormat format, const Document& doc, const Event& event, std::ostream& out,
                const EventCounts& counts) {
  switch (format) {
    case EventFormat::kJsonl:
      return WriteJsonLine(EventRecord(event), out);
    case EventFormat::kCsv:
      return WriteRow(CsvRow(doc, event), ',', out);
    case EventFormat::kGdelt:
      return WriteRow(GdeltRow(doc, event, counts), '\t', out);
    case EventFormat::kPhoenix:
      return WriteRow(PhoenixRow(doc, event), '\t', out);
    case EventFormat::kIcews:
      return WriteRow(IcewsRow(doc, event), '\t', out);
    case EventFormat::kPlover:
      return WritePlover(doc, {&event}, out);
  }
}

void WriteEvents(EventFormat format, const Document& doc, const std::vector<Event>& events,
                 std::ostream& out) {
  if (format != EventFormat::kPlover) {
    for (const Event& event : events) WriteEvent(format, doc, event, out);
    return;
  }
  std::vector<bool> done(events.size(), false);
  for (size_t event_idx = 0; event_idx < events.size(); ++event_idx) {
    if (done[event_idx]) continue;
    const Event& e = events[event_idx];
    std::vector<const Event*> group;
    for (size_t other_idx = event_idx; other_idx < events.size(); ++other_idx) {
      const Event& o = events[other_idx];
      if (!done[other_idx] && o.sentence == e.sentence && o.cameo == e.cameo &&
          o.trigger_begin == e.trigger_begin && o.trigger_end == e.trigger_end) {
        group.push_back(&o);
        done[other_idx] = true;
      }
    }
    WritePlover(doc, group, out);
  }
}

}  // namespace dyad
