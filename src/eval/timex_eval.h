// Scoring dyad's time expressions (events/time_expression.h) against TimeML gold, as in
// TempEval-3: each document's creation time (DCT) is the article date, the TIMEX3 elements of
// type DATE are the gold. Definitions are in docs/time-expressions.md ("Evaluation").
#ifndef DYAD_EVAL_TIMEX_EVAL_H_
#define DYAD_EVAL_TIMEX_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad {

struct TimexSpan {
  Span span;          // bytes of TimemlDocument::text (or Document::text)
  std::string type;   // DATE, TIME, DURATION, SET; "" for system output
  std::string value;  // "1998-08-07", "1998-W32", "PRESENT_REF" ...
};

struct TimemlDocument {
  std::string name;  // file name, for messages
  std::string dct;   // creation date, YYYY-MM-DD
  std::string text;  // the <TEXT> element with its tags removed and entities decoded
  std::vector<TimexSpan> timexes;
};

// Reads one TimeML file's contents. Errors name the file and the byte ("a.tml: byte 812:
// unterminated tag").
Result<TimemlDocument> ParseTimeml(std::string_view xml, std::string_view name);

// Whether a system value (YYYY, YYYY-MM or YYYY-MM-DD) says what the gold TimeML value says:
// equal strings; a day inside a gold ISO week ("1998-W32", "1998-W32-WE"); the creation date
// for PRESENT_REF; the date part of a gold day with a part of day ("1998-08-05TNI").
bool TimexValueMatches(std::string_view gold, std::string_view system, std::string_view dct);

// Whether dyad can express a gold value at all: the forms TimexValueMatches accepts.
bool TimexValueRepresentable(std::string_view gold);

struct TimexError {
  std::string document;
  std::string kind;  // "missed", "spurious" or "value"
  std::string text;  // the gold (missed, value) or system (spurious) words
  std::string gold_value, system_value;
};

struct TimexScores {
  size_t documents = 0;
  size_t gold = 0;            // DATE TIMEX3s
  size_t system = 0;          // system expressions, except those on non-DATE TIMEX3s
  size_t system_correct = 0;  // system expressions overlapping a DATE TIMEX3
  size_t gold_found = 0;      // DATE TIMEX3s overlapping a system expression
  size_t value_correct = 0;   // of gold_found, with a matching value
  size_t representable = 0;   // of gold_found, with a value dyad can express
  size_t representable_correct = 0;
  std::vector<TimexError> errors;

  double Precision() const { return system ? 100.0 * system_correct / system : 0; }
  double Recall() const { return gold ? 100.0 * gold_found / gold : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double ValueAccuracy() const { return gold_found ? 100.0 * value_correct / gold_found : 0; }
  double RepresentableAccuracy() const {
    return representable ? 100.0 * representable_correct / representable : 0;
  }

  // Adds one document: system spans (TimexSpan::value set) against its gold.
  void Add(const TimemlDocument& gold, const std::vector<TimexSpan>& system);
};

// The time expressions of an annotated document as byte spans, resolved against doc.date.
std::vector<TimexSpan> DocumentTimexes(const Document& doc);

// Annotates every *.tml file below dir with the pipeline and scores it.
Result<TimexScores> EvaluateTimexFolder(const Pipeline& pipeline, const std::string& dir);

}  // namespace dyad

#endif  // DYAD_EVAL_TIMEX_EVAL_H_
