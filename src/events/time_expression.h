// Time expressions in one sentence ("in September 2023", "last year", "on Tuesday",
// "two weeks ago"), resolved to a calendar date against the article date. The rules are
// documented in docs/time-expressions.md; vague ones ("recently", "in recent years") and
// anaphoric ones ("a year earlier", "the quarter") are left out on purpose: an event keeps
// the article date rather than a guessed one.
#ifndef DYAD_EVENTS_TIME_EXPRESSION_H_
#define DYAD_EVENTS_TIME_EXPRESSION_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct TimeExpression {
  int first_word = 0;  // words [first_word, end_word) of the sentence
  int end_word = 0;
  int head_word = 0;      // 0-based index of the expression's syntactic head word
  std::string value;      // "2023", "2023-09", "2024-05-14"
  std::string precision;  // "year", "month" or "day"
};

// Finds the time expressions of a tagged sentence, left to right, without overlaps, and
// resolves them against article_date ("YYYY-MM-DD"). The parse (head, deprel) is used when
// present: to tell years from counts ("2000 soldiers"), to pick the head word and to see
// whether the governing verb is future ("will meet on Tuesday"); without it the sentence
// still works, with the last word as head. When article_date is not a valid date only
// expressions that carry their own year are returned.
std::vector<TimeExpression> FindTimeExpressions(const Sentence& sentence,
                                                std::string_view article_date);

// "YYYY-MM-DD" as a calendar date; nullopt for anything else or an impossible day.
std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view s);

// The expression that dates the event whose trigger is word event_word (0-based): one
// attached to the trigger itself, else one attached to its nearest ancestor ("came to
// strengthen ties last year" dates "strengthen" through "came"). nullopt when none; then
// the event keeps the article date. Needs a parsed sentence.
std::optional<size_t> ExpressionForWord(const Sentence& sentence,
                                        const std::vector<TimeExpression>& expressions,
                                        int event_word);

}  // namespace dyad

#endif  // DYAD_EVENTS_TIME_EXPRESSION_H_
