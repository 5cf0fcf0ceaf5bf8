// Writers for event records: dyad's own JSONL record (DESIGN.md section 5), CSV, and the
// layouts of the systems users already load (GDELT 2.0, Phoenix, ICEWS, PLOVER). Columns and
// how each is filled: docs/formats/outputs.md.
#ifndef DYAD_IO_EVENT_FORMATS_H_
#define DYAD_IO_EVENT_FORMATS_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

enum class EventFormat { kJsonl, kCsv, kGdelt, kPhoenix, kIcews, kPlover };

// "jsonl", "csv", "gdelt", "phoenix", "icews" or "plover"; anything else is InvalidArgument
// naming the accepted values.
Result<EventFormat> ParseEventFormat(std::string_view name);
std::string_view EventFormatName(EventFormat format);

// How often the store saw an event (GDELT's NumMentions, NumSources, NumArticles). A writer
// called without counts writes 1 for each: one sentence of one article from one source.
struct EventCounts {
  int mentions = 1;
  int sources = 1;
  int articles = 1;
};

// Column names, in order, of the tabular formats (empty for jsonl and plover).
const std::vector<std::string_view>& EventColumns(EventFormat format);

// The DESIGN.md section 5 record as a JSON object (what the jsonl format writes one a line);
// the HTTP API embeds it.
nlohmann::ordered_json EventRecord(const Event& event);

// The header line: column names for csv and icews. GDELT and Phoenix files have no header
// line, so those (and the JSONL formats) write nothing, and dyad's files concatenate with
// theirs.
void WriteHeader(EventFormat format, std::ostream& out);

// One line for `event`. Only id, date, url, source and title of `doc` are read, so a Document
// rebuilt from the store's article row is enough.
void WriteEvent(EventFormat format, const Document& doc, const Event& event, std::ostream& out,
                const EventCounts& counts = {});

// All `events` of one article. Same as WriteEvent on each, except plover: events of one
// sentence with the same trigger and code (a reciprocal pair, or a compound actor) become one
// record listing every actor, as PLOVER wants.
void WriteEvents(EventFormat format, const Document& doc, const std::vector<Event>& events,
                 std::ostream& out);

}  // namespace dyad

#endif  // DYAD_IO_EVENT_FORMATS_H_
