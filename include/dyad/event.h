// An event record: who did what to whom, when and where, with provenance. Field names follow
// the JSONL record of DESIGN.md section 5, which is stable API.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyad {

// One side of an event.
struct EventActor {
  int mention = -1;  // index into Document::mentions, -1 when absent
  std::string code;  // full CAMEO actor code ("VENGOV"), "" when absent
  std::string country;
  std::vector<std::string> sectors;
  std::string text;    // the words of the sentence that name it
  std::string entity;  // the person or organisation behind it, after coreference, or ""
  uint32_t begin = 0;  // byte span of `text` in Document::text
  uint32_t end = 0;
};

struct EventLocation {
  std::string name;  // "" when the event has no known place
  std::string country;
  double lat = 0;
  double lon = 0;
  bool has_coordinates = false;
};

// Self-contained: a record carries its article's id and date and its sentence's text, so
// writers and the store need nothing else.
struct Event {
  std::string event_id;  // stable: hash of article id, sentence, trigger and code
  std::string article_id;
  std::string article_date;  // YYYY-MM-DD
  int sentence = 0;          // index into Document::sentences
  std::string sentence_text;
  uint32_t sentence_begin = 0;  // byte offset of the sentence in Document::text
  EventActor source, target;
  std::string cameo;  // "057"
  std::string root;   // "05"
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_event, plover_mode;
  std::string trigger_text;
  uint32_t trigger_begin = 0, trigger_end = 0;
  bool negated = false;
  std::string modality = "asserted";  // asserted, intended, demanded, hypothetical
  std::string date;                   // YYYY, YYYY-MM or YYYY-MM-DD
  std::string date_precision;         // year, month or day
  EventLocation location;
  double confidence = 0;
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
