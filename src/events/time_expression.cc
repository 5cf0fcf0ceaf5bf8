#include "events/time_expression.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "base/utf8.h"
#include "base/word_list.h"

namespace dyad {
namespace {

namespace chr = std::chrono;

enum class Precision { kYear, kMonth, kDay };
// What the governing verb says about when the expression lies relative to the article:
// "will meet on Tuesday" looks forward, "met on Tuesday" back; unknown mostly looks back
// (news reports what happened), but a month and day without year takes the nearest.
enum class Tense { kUnknown, kPast, kFuture };

struct Resolved {
  chr::year_month_day date;
  Precision precision = Precision::kDay;
};

// A rule's match: words [start, end) and the date they resolve to.
struct Match {
  int end = 0;
  Resolved resolved;
};

constexpr struct {
  const char* name;
  unsigned month;
  bool abbreviation;
} kMonths[] = {
    {"january", 1, false},   {"jan", 1, true},     {"february", 2, false},  {"feb", 2, true},
    {"march", 3, false},     {"mar", 3, true},     {"april", 4, false},     {"apr", 4, true},
    {"may", 5, false},       {"june", 6, false},   {"jun", 6, true},        {"july", 7, false},
    {"jul", 7, true},        {"august", 8, false}, {"aug", 8, true},        {"september", 9, false},
    {"sept", 9, true},       {"sep", 9, true},     {"october", 10, false},  {"oct", 10, true},
    {"november", 11, false}, {"nov", 11, true},    {"december", 12, false}, {"dec", 12, true},
};

constexpr const char* kWeekdays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday"};

constexpr struct {
  const char* word;
  int value;
} kNumberWords[] = {
    {"a", 1},       {"an", 1},      {"one", 1},     {"two", 2},     {"three", 3},
    {"four", 4},    {"five", 5},    {"six", 6},     {"seven", 7},   {"eight", 8},
    {"nine", 9},    {"ten", 10},    {"eleven", 11}, {"twelve", 12}, {"fifteen", 15},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40},  {"fifty", 50},
};

// Parses a run of ASCII digits (at most 9); -1 otherwise.
int ParseDigits(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string Format(const Resolved& r) {
  char buf[16];
  int y = static_cast<int>(r.date.year());
  unsigned m = static_cast<unsigned>(r.date.month());
  unsigned d = static_cast<unsigned>(r.date.day());
  switch (r.precision) {
    case Precision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", y);
      break;
    case Precision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
      break;
    case Precision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
      break;
  }
  return buf;
}

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kYear:
      return "year";
    case Precision::kMonth:
      return "month";
    case Precision::kDay:
      break;
  }
  return "day";
}

Resolved Year(chr::year y) { return {y / chr::January / 1, Precision::kYear}; }
Resolved Month(chr::year_month ym) { return {ym / 1, Precision::kMonth}; }
Resolved Day(chr::sys_days d) { return {chr::year_month_day{d}, Precision::kDay}; }

// The rules, over the lower-cased word forms of one sentence.
class Finder {
 public:
  Finder(const Sentence& sentence, std::optional<chr::year_month_day> article)
      : s_(sentence), article_(article) {
    lower_.reserve(s_.words.size());
    for (const Word& w : s_.words) lower_.push_back(AsciiLower(w.form));
    if (article_) today_ = chr::sys_days{*article_};
  }

  std::vector<TimeExpression> Run() {
    std::vector<TimeExpression> out;
    const int n = size();
    for (int word_idx = 0; word_idx < n;) {
      std::optional<Match> m = MatchAt(word_idx);
      if (!m) {
        ++word_idx;
        continue;
      }
      if (!m->resolved.date.ok()) {  // "February 30": skip it whole, not as a year
        word_idx = m->end;
        continue;
      }
      TimeExpression e;
      e.first_word = word_idx;
      e.end_word = m->end;
      e.head_word = HeadOf(word_idx, m->end);
      e.value = Format(m->resolved);
      e.precision = PrecisionName(m->resolved.precision);
      out.push_back(std::move(e));
      word_idx = m->end;
    }
    return out;
  }

 private:
  int size() const { return static_cast<int>(s_.words.size()); }
  // "" past the end, so rules can look ahead without bounds checks.
  const std::string& At(int i) const {
    static const std::string kNone;
    return i >= 0 && i < size() ? lower_[i] : kNone;
  }
  bool Capitalised(int i) const {
    const std::string& f = s_.words[i].form;
    return !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
  }
  // Whether white space follows word i (true when the sentence has no tokens).
  bool SpaceAfter(int i) const {
    int t = s_.words[i].token;
    if (t < 0 || t >= static_cast<int>(s_.tokens.size())) return true;
    const Token& token = s_.tokens[t];
    return i + 1 >= token.first_word + token.word_count && token.space_after;
  }
  bool Parsed() const { return !s_.words.empty() && s_.words[0].head >= 0; }

  // Tries every rule at word i; the longest match wins.
  std::optional<Match> MatchAt(int i) const {
    std::optional<Match> best;
    auto consider = [&](std::optional<Match> m) {
      if (m && (!best || m->end > best->end)) best = m;
    };
    consider(AbsoluteDate(i));
    consider(IsoDate(i));
    if (today_) {
      consider(DeicticWord(i));
      consider(RelativeUnit(i));
      consider(Ago(i));
    }
    return best;
  }

  // ---- words ----

  // A month name at i ("September", "Sept.", "Sept" "."): its number and the end.
  std::optional<std::pair<unsigned, int>> MonthAt(int i) const {
    if (i >= size()) return std::nullopt;
    std::string_view w = WithoutPrefix(At(i));
    const char initial = w.empty() ? 0 : s_.words[i].form[At(i).size() - w.size()];
    if (initial < 'A' || initial > 'Z') return std::nullopt;
    bool dotted = !w.empty() && w.back() == '.';
    if (dotted) w.remove_suffix(1);
    for (const auto& entry : kMonths) {
      if (w != entry.name) continue;
      int end = i + 1;
      // "Sept" "." "12": the abbreviation's dot is its own word.
      if (entry.abbreviation && !dotted) {
        if (At(end) == "." && ParseDigits(At(end + 1)) >= 0) ++end;
        // "Jan" and "Dec" are also names: without a dot, a number must follow.
        else if (ParseDigits(At(end)) < 0)
          return std::nullopt;
      }
      // "may" and "march" are also verbs, "May" can start a question.
      const std::string& upos = s_.words[i].upos;
      if ((entry.month == 5 || entry.month == 3) && !entry.abbreviation &&
          (upos == "VERB" || upos == "AUX"))
        return std::nullopt;
      return std::make_pair(entry.month, end);
    }
    return std::nullopt;
  }

  // "mid-November" -> "november", "early-1996" -> "1996": one word with its modifier.
  static std::string_view WithoutPrefix(std::string_view w) {
    for (std::string_view prefix : {"mid-", "early-", "late-"}) {
      if (w.starts_with(prefix)) return w.substr(prefix.size());
    }
    return w;
  }

  // A day of the month: "3", "03", "3rd", "21st".
  int DayNumber(int i) const {
    std::string_view w = At(i);
    if (w.size() > 2 &&
        (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")))
      w.remove_suffix(2);
    if (w.empty() || w.size() > 2) return -1;
    int d = ParseDigits(w);
    return d >= 1 && d <= 31 ? d : -1;
  }

  // Four digits read as a year, when the context allows it.
  int YearNumber(int i) const {
    std::string_view w = WithoutPrefix(At(i));
    if (w.size() != 4) return -1;
    return ParseDigits(w);
  }

  // A year standing alone ("in 2019", "the 2023 agreement") rather than a count
  // ("2000 soldiers"), an amount ("$1500") or a code.
  bool StandaloneYear(int i) const {
    int y = YearNumber(i);
    if (y < 1600 || y > 2099) return false;
    const std::string& prev = At(i - 1);
    const std::string& next = At(i + 1);
    if (prev == "$" || prev == "#" || prev == "no." || prev == "number" || prev == "€" ||
        prev == "£" || prev == "us$")
      return false;
    if (next == "%" || next == ":" || next == "percent") return false;
    // A number before a plural noun ("1990 earnings", "2000 soldiers"): edited news writes
    // counts above 999 with a separator ("2,000 soldiers"), so it is a year when it lies in
    // 1900-2099 and no quantity word ("about 2000 soldiers") says it counts.
    if (Parsed() && s_.words[i].deprel == "nummod") {
      int head = s_.words[i].head - 1;
      if (head >= 0 && s_.words[head].xpos == "NNS") {
        if (y < 1900) return false;
        if (OneOf(prev, {"about", "some", "nearly", "over", "than", "almost", "least", "around",
                         "only", "just", "roughly", "approximately", "up"})) {
          return false;
        }
      }
    }
    return true;
  }

  int NumberWord(int i) const {
    const std::string& w = At(i);
    int digits = ParseDigits(w);
    if (digits > 0 && w.size() <= 3) return digits;
    for (const auto& entry : kNumberWords) {
      if (w == entry.word) return entry.value;
    }
    return -1;
  }

  int WeekdayAt(int i) const {
    if (i >= size() || !Capitalised(i)) return -1;
    for (int d = 0; d < 7; ++d) {
      if (At(i) == kWeekdays[d]) return d;
    }
    return -1;
  }

  // ---- the tense of the clause around word i ----

  Tense TenseAt(int i) const {
    if (!Parsed()) return SentenceTense();
    int verb = i;
    for (int step = 0; step < 6 && verb >= 0; ++step) {
      if (s_.words[verb].upos == "VERB" || s_.words[verb].upos == "AUX") break;
      verb = s_.words[verb].head - 1;
    }
    if (verb < 0) return SentenceTense();
    return VerbTense(verb, 0);
  }

  // Auxiliaries first ("will meet", "might come", "was meeting"), then the verb's own form:
  // in news, a present or base form with a date looks forward ("meets Monday", "is to resume
  // Tuesday", "a program to pay by February"), and so does the complement of an intention
  // ("plans to", "decided to", "set to").
  Tense VerbTense(int verb, int depth) const {
    for (int c = 0; c < size(); ++c) {
      if (s_.words[c].head - 1 != verb || !s_.words[c].deprel.starts_with("aux")) continue;
      const std::string& lemma = s_.words[c].lemma;
      if (lemma == "will" || lemma == "shall" || At(c) == "'ll" || lemma == "might")
        return Tense::kFuture;
      if (lemma == "have" && s_.words[c].xpos == "VBD") return Tense::kPast;
    }
    const std::string& xpos = s_.words[verb].xpos;
    if (xpos == "VBD") return Tense::kPast;
    int governor = s_.words[verb].head - 1;
    if (s_.words[verb].deprel == "xcomp" && governor >= 0 && depth < 3) {
      if (OneOf(s_.words[governor].lemma,
                {"go", "plan", "expect", "intend", "schedule", "set", "due", "decide", "agree",
                 "hope", "aim", "promise", "vow", "prepare"})) {
        return Tense::kFuture;
      }
      return VerbTense(governor, depth + 1);
    }
    return Tense::kUnknown;
  }

  Tense SentenceTense() const {
    for (int i = 0; i < size(); ++i) {
      if (s_.words[i].xpos == "MD" && (At(i) == "will" || At(i) == "shall" || At(i) == "'ll"))
        return Tense::kFuture;
    }
    for (const Word& w : s_.words) {
      if (w.xpos == "VBD") return Tense::kPast;
    }
    return Tense::kUnknown;
  }

  // ---- resolution ----

  // The month m nearest the article month, in the direction `shift` asks:
  // 0 this year, -1 last, +1 next, and for no modifier the tense decides.
  chr::year_month ResolveMonth(unsigned m, int shift, Tense tense) const {
    chr::year y = article_->year();
    unsigned now = static_cast<unsigned>(article_->month());
    switch (shift) {
      case -1:
        return (m < now ? y : y - chr::years{1}) / chr::month{m};
      case 1:
        return (m > now ? y : y + chr::years{1}) / chr::month{m};
      case 0:
        return y / chr::month{m};
      default:
        break;
    }
    if (tense == Tense::kFuture) return (m >= now ? y : y + chr::years{1}) / chr::month{m};
    return (m <= now ? y : y - chr::years{1}) / chr::month{m};
  }

  // Month and day without a year: the year that puts the date nearest the article,
  // restricted to the past or the future when the tense says which.
  chr::year_month_day ResolveMonthDay(unsigned m, unsigned d, Tense tense) const {
    chr::year_month_day best{};
    int best_distance = 1 << 30;
    for (int offset = -1; offset <= 1; ++offset) {
      chr::year_month_day ymd = (article_->year() + chr::years{offset}) / chr::month{m} / d;
      if (!ymd.ok()) continue;
      int delta = (chr::sys_days{ymd} - *today_).count();
      if (tense == Tense::kPast && delta > 0) continue;
      if (tense == Tense::kFuture && delta < 0) continue;
      if (std::abs(delta) < best_distance) {
        best_distance = std::abs(delta);
        best = ymd;
      }
    }
    return best;
  }

  // Weekday d (0 Sunday): the most recent one on or before the article date, or the next on
  // or after it for the future; "last"/"next" exclude the article day itself.
  chr::sys_days ResolveWeekday(int d, int shift, Tense tense) const {
    chr::weekday target{static_cast<unsigned>(d)};
    chr::weekday today{*today_};
    bool forward = shift > 0 || (shift == 0 && tense == Tense::kFuture);
    if (forward) {
      chr::days ahead = target - today;
      if (ahead.count() == 0 && shift > 0) ahead = chr::days{7};
      return *today_ + ahead;
    }
    chr::days back = today - target;
    if (back.count() == 0 && shift < 0) back = chr::days{7};
    return *today_ - back;
  }

  chr::sys_days WeekStart(int shift) const {
    chr::weekday today{*today_};
    return *today_ - (today - chr::Monday) + chr::weeks{shift};
  }

  // ---- rules ----

  // "September 2023", "May 3, 2024", "3 May 2024", "on 3 May", "Sept. 12", "May", "2023",
  // with an optional "early"/"late"/"mid" before a month or a year.
  std::optional<Match> AbsoluteDate(int i) const {
    int start = i;
    if (At(i) == "early" || At(i) == "late" || At(i) == "mid" || At(i) == "mid-") ++i;
    if (At(i) == "-" && At(i - 1) == "mid") ++i;
    std::optional<Match> m = MonthFirst(start, i);
    if (!m) m = DayFirst(i);
    if (!m && StandaloneYear(i)) m = Match{i + 1, Year(chr::year{YearNumber(i)})};
    if (!m && start != i) return std::nullopt;
    return m;
  }

  // Month [day] [,] [year], with an optional "last"/"next"/"this" before the month.
  std::optional<Match> MonthFirst(int start, int i) const {
    int shift = 2;  // no modifier
    if (start == i) {
      if (At(i) == "last") shift = -1;
      if (At(i) == "next") shift = 1;
      if (At(i) == "this") shift = 0;
      if (shift != 2) ++i;
    }
    auto month = MonthAt(i);
    if (!month) return std::nullopt;
    auto [m, end] = *month;
    int day = DayNumber(end);
    if (day > 0 && shift == 2 && At(end + 1) != ":") {
      int after = end + 1;
      if (At(after) == ",") ++after;
      int y = YearNumber(after);
      if (y >= 1000) return Match{after + 1, {chr::year{y} / chr::month{m} / day}};
      if (!today_) return std::nullopt;
      return Match{end + 1, {ResolveMonthDay(m, day, TenseAt(i)), Precision::kDay}};
    }
    int after = end;
    if (At(after) == "," && YearNumber(after + 1) >= 1000) ++after;
    if (shift == 2 && At(after) == "of" && YearNumber(after + 1) >= 1000) ++after;
    int y = YearNumber(after);
    if (y >= 1000 && shift == 2) return Match{after + 1, Month(chr::year{y} / chr::month{m})};
    if (!today_) return std::nullopt;
    return Match{end, Month(ResolveMonth(m, shift, TenseAt(i)))};
  }

  // Day [of] Month [,] [year]: "3 May 2024", "3rd of May".
  std::optional<Match> DayFirst(int i) const {
    int day = DayNumber(i);
    if (day < 0) return std::nullopt;
    int j = i + 1;
    if (At(j) == "of") ++j;
    auto month = MonthAt(j);
    if (!month) return std::nullopt;
    auto [m, end] = *month;
    int after = end;
    if (At(after) == ",") ++after;
    int y = YearNumber(after);
    if (y >= 1000) return Match{after + 1, {chr::year{y} / chr::month{m} / day}};
    if (!today_) return std::nullopt;
    return Match{end, {ResolveMonthDay(m, day, TenseAt(i)), Precision::kDay}};
  }

  // "2024-05-14", as one word or as the tokenizer's pieces ("2024" "-05" "-14").
  std::optional<Match> IsoDate(int i) const {
    std::string glued;
    for (int j = i; j < size() && j < i + 5; ++j) {
      glued += At(j);
      if (auto ymd = ParseIsoDate(glued)) return Match{j + 1, {*ymd, Precision::kDay}};
      if (glued.size() >= 10) break;
      if (SpaceAfter(j)) break;
    }
    return std::nullopt;
  }

  // "today", "yesterday", "tomorrow", "now", "tonight", "last night", "this morning".
  std::optional<Match> DeicticWord(int i) const {
    const std::string& w = At(i);
    if (w == "today" || w == "tonight" || w == "now" || w == "currently")
      return Match{i + 1, Day(*today_)};
    if (w == "yesterday") return Match{i + 1, Day(*today_ - chr::days{1})};
    if (w == "tomorrow") return Match{i + 1, Day(*today_ + chr::days{1})};
    const std::string& next = At(i + 1);
    bool part_of_day = next == "morning" || next == "afternoon" || next == "evening";
    if (w == "this" && part_of_day) return Match{i + 2, Day(*today_)};
    if (w == "last" && next == "night") return Match{i + 2, Day(*today_ - chr::days{1})};
    return std::nullopt;
  }

  // [earlier|later|early|late|mid] (last|next|this|coming) (year|month|week|weekend|weekday),
  // and a weekday alone ("on Tuesday").
  std::optional<Match> RelativeUnit(int i) const {
    const int start = i;
    const std::string& mod = At(i);
    if (mod == "earlier" || mod == "later" || mod == "early" || mod == "late" || mod == "mid") ++i;
    int shift = 2;
    const std::string& w = At(i);
    if (w == "last" || w == "previous") shift = -1;
    if (w == "next" || w == "coming") shift = 1;
    if (w == "this") shift = 0;
    if (shift == 2) {
      if (start != i) return std::nullopt;
      int d = WeekdayAt(i);
      if (d < 0) return std::nullopt;
      return Match{i + 1, Day(ResolveWeekday(d, 0, TenseAt(i)))};
    }
    const std::string& unit = At(i + 1);
    const int end = i + 2;
    if (unit == "year") return Match{end, Year(article_->year() + chr::years{shift})};
    if (unit == "month") {
      return Match{end, Month(article_->year() / article_->month() + chr::months{shift})};
    }
    if (unit == "week") return Match{end, Day(WeekStart(shift))};
    if (unit == "weekend") return Match{end, Day(WeekStart(shift) + chr::days{5})};
    int d = WeekdayAt(i + 1);
    if (d >= 0 && start == i) return Match{end, Day(ResolveWeekday(d, shift, TenseAt(i)))};
    return std::nullopt;
  }

  // "three days ago", "two weeks ago", "a year ago", "18 months ago".
  std::optional<Match> Ago(int i) const {
    int n = NumberWord(i);
    if (n < 0 || At(i + 2) != "ago") return std::nullopt;
    std::string_view unit = At(i + 1);
    if (unit.ends_with("s")) unit.remove_suffix(1);
    const int end = i + 3;
    if (unit == "day") return Match{end, Day(*today_ - chr::days{n})};
    if (unit == "week") return Match{end, Day(*today_ - chr::weeks{n})};
    if (unit == "month") {
      return Match{end, Month(article_->year() / article_->month() - chr::months{n})};
    }
    if (unit == "year") return Match{end, Year(article_->year() - chr::years{n})};
    return std::nullopt;
  }

  // The word of [first, end) whose head lies outside it; the last word when unparsed.
  int HeadOf(int first, int end) const {
    if (!Parsed()) return end - 1;
    for (int i = first; i < end; ++i) {
      int head = s_.words[i].head - 1;
      if (head < first || head >= end) return i;
    }
    return end - 1;
  }

  const Sentence& s_;
  std::vector<std::string> lower_;
  std::optional<chr::year_month_day> article_;
  std::optional<chr::sys_days> today_;
};

}  // namespace

std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = ParseDigits(s.substr(0, 4));
  int m = ParseDigits(s.substr(5, 2));
  int d = ParseDigits(s.substr(8, 2));
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::vector<TimeExpression> FindTimeExpressions(const Sentence& sentence,
                                                std::string_view article_date) {
  return Finder(sentence, ParseIsoDate(article_date)).Run();
}

std::optional<size_t> ExpressionForWord(const Sentence& sentence,
                                        const std::vector<TimeExpression>& expressions,
                                        int event_word) {
  const int n = static_cast<int>(sentence.words.size());
  int word = event_word;
  // Bounded walk: a malformed tree with a cycle cannot loop for ever.
  for (int step = 0; step < n && word >= 0 && word < n; ++step) {
    for (size_t e = 0; e < expressions.size(); ++e) {
      int head = expressions[e].head_word;
      if (head >= 0 && head < n && sentence.words[head].head - 1 == word) return e;
    }
    word = sentence.words[word].head - 1;
  }
  return std::nullopt;
}

}  // namespace dyad
