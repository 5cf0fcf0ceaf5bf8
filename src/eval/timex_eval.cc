#include "eval/timex_eval.h"

#include <chrono>
#include <optional>

#include "base/file.h"
#include "events/time_expression.h"

namespace dyad {
namespace {

namespace chr = std::chrono;

std::string At(std::string_view name, size_t byte, std::string_view message) {
  return std::string(name) + ": byte " + std::to_string(byte) + ": " + std::string(message);
}

// The value of attribute `key` inside a tag's text ("TIMEX3 tid=\"t1\" type=\"DATE\"").
std::string Attribute(std::string_view tag, std::string_view key) {
  std::string needle(1, ' ');
  needle.append(key).append("=\"");
  size_t at = tag.find(needle);
  if (at == std::string_view::npos) return "";
  size_t begin = at + needle.size();
  size_t end = tag.find('"', begin);
  return end == std::string_view::npos ? "" : std::string(tag.substr(begin, end - begin));
}

// Appends the character an XML entity ("&amp;") stands for; unknown entities stay as written.
size_t DecodeEntity(std::string_view xml, size_t pos, std::string* out) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (const auto& [entity, c] : kEntities) {
    if (xml.substr(pos, entity.size()) == entity) {
      out->push_back(c);
      return entity.size();
    }
  }
  out->push_back('&');
  return 1;
}

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// ISO 8601 week ("1998-W32"): the week whose Thursday falls in the year.
std::pair<int, int> IsoWeek(chr::sys_days day) {
  chr::weekday wd{day};
  chr::sys_days thursday = day - chr::days{wd.iso_encoding() - 1} + chr::days{3};
  chr::year y = chr::year_month_day{thursday}.year();
  int week = (thursday - chr::sys_days{y / chr::January / 1}).count() / 7 + 1;
  return {static_cast<int>(y), week};
}

// "1998-W32" or "1998-W32-WE" -> (1998, 32).
std::optional<std::pair<int, int>> ParseWeek(std::string_view gold) {
  if (gold.ends_with("-WE")) gold.remove_suffix(3);
  if (gold.size() < 7 || gold.substr(4, 2) != "-W") return std::nullopt;
  std::string_view year = gold.substr(0, 4), week = gold.substr(6);
  if (!Digits(year) || !Digits(week) || week.size() > 2) return std::nullopt;
  return std::make_pair(std::stoi(std::string(year)), std::stoi(std::string(week)));
}

// "1998-08-05TNI" -> "1998-08-05".
std::string_view DatePart(std::string_view gold) {
  size_t t = gold.find('T');
  return t == 10 ? gold.substr(0, 10) : gold;
}

bool PlainValue(std::string_view v) {
  return (v.size() == 4 && Digits(v)) ||
         (v.size() == 7 && Digits(v.substr(0, 4)) && v[4] == '-' && Digits(v.substr(5))) ||
         ParseIsoDate(v).has_value();
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

Result<TimemlDocument> ParseTimeml(std::string_view xml, std::string_view name) {
  TimemlDocument doc;
  doc.name = std::string(name);
  size_t dct_at = xml.find("<DCT>");
  size_t dct_end = dct_at == std::string_view::npos ? dct_at : xml.find("</DCT>", dct_at);
  if (dct_end == std::string_view::npos) {
    return Status::InvalidArgument(std::string(name) + ": no <DCT> element");
  }
  std::string dct = Attribute(xml.substr(dct_at, dct_end - dct_at), "value").substr(0, 10);
  if (!ParseIsoDate(dct)) {
    return Status::InvalidArgument(
        At(name, dct_at, "DCT value: expected YYYY-MM-DD, got \"" + dct + "\""));
  }
  doc.dct = dct;
  size_t begin = xml.find("<TEXT>");
  size_t end = begin == std::string_view::npos ? begin : xml.find("</TEXT>", begin);
  if (end == std::string_view::npos) {
    return Status::InvalidArgument(std::string(name) + ": no <TEXT> ... </TEXT> element");
  }
  std::optional<TimexSpan> open;
  for (size_t pos = begin + 6; pos < end;) {
    char c = xml[pos];
    if (c == '&') {
      pos += DecodeEntity(xml, pos, &doc.text);
      continue;
    }
    if (c != '<') {
      doc.text.push_back(c);
      ++pos;
      continue;
    }
    size_t close = xml.find('>', pos);
    if (close == std::string_view::npos || close > end) {
      return Status::InvalidArgument(At(name, pos, "unterminated tag"));
    }
    std::string_view tag = xml.substr(pos + 1, close - pos - 1);
    const uint32_t offset = static_cast<uint32_t>(doc.text.size());
    if (tag.starts_with("TIMEX3 ") || tag == "TIMEX3") {
      if (open) return Status::InvalidArgument(At(name, pos, "TIMEX3 inside TIMEX3"));
      open = TimexSpan{{offset, offset}, Attribute(tag, "type"), Attribute(tag, "value")};
    } else if (tag == "/TIMEX3") {
      if (!open) return Status::InvalidArgument(At(name, pos, "</TIMEX3> without <TIMEX3>"));
      open->span.end = offset;
      doc.timexes.push_back(std::move(*open));
      open.reset();
    }
    pos = close + 1;
  }
  if (open) return Status::InvalidArgument(At(name, end, "<TIMEX3> not closed before </TEXT>"));
  return doc;
}

bool TimexValueMatches(std::string_view gold, std::string_view system, std::string_view dct) {
  if (gold == system) return true;
  if (gold == "PRESENT_REF") return system == dct;
  std::optional<chr::year_month_day> day = ParseIsoDate(system);
  if (!day) return false;
  if (auto week = ParseWeek(gold)) return IsoWeek(chr::sys_days{*day}) == *week;
  return gold.size() > 10 && DatePart(gold) == system;
}

bool TimexValueRepresentable(std::string_view gold) {
  return gold == "PRESENT_REF" || PlainValue(DatePart(gold)) || ParseWeek(gold).has_value();
}

void TimexScores::Add(const TimemlDocument& doc, const std::vector<TimexSpan>& system) {
  ++documents;
  auto words = [&](Span s) { return doc.text.substr(s.begin, s.end - s.begin); };
  for (const TimexSpan& sys : system) {
    bool on_date = false, on_other = false;
    for (const TimexSpan& g : doc.timexes) {
      if (!Overlaps(g.span, sys.span)) continue;
      (g.type == "DATE" ? on_date : on_other) = true;
    }
    if (!on_date && on_other) continue;  // a TIME, DURATION or SET: not scored here
    ++this->system;
    if (on_date) {
      ++system_correct;
    } else {
      errors.push_back({doc.name, "spurious", words(sys.span), "", sys.value});
    }
  }
  for (const TimexSpan& g : doc.timexes) {
    if (g.type != "DATE") continue;
    ++gold;
    const TimexSpan* found = nullptr;
    for (const TimexSpan& sys : system) {
      if (Overlaps(g.span, sys.span)) {
        found = &sys;
        break;
      }
    }
    if (!found) {
      errors.push_back({doc.name, "missed", words(g.span), g.value, ""});
      continue;
    }
    ++gold_found;
    bool correct = TimexValueMatches(g.value, found->value, doc.dct);
    bool expressible = TimexValueRepresentable(g.value);
    value_correct += correct;
    representable += expressible;
    representable_correct += correct && expressible;
    if (!correct) errors.push_back({doc.name, "value", words(g.span), g.value, found->value});
  }
}

std::vector<TimexSpan> DocumentTimexes(const Document& doc) {
  std::vector<TimexSpan> out;
  for (const Sentence& sentence : doc.sentences) {
    for (const TimeExpression& e : FindTimeExpressions(sentence, doc.date)) {
      Span span{sentence.words[e.first_word].span.begin, sentence.words[e.end_word - 1].span.end};
      out.push_back({span, "", e.value});
    }
  }
  return out;
}

Result<TimexScores> EvaluateTimexFolder(const Pipeline& pipeline, const std::string& dir) {
  ASSIGN_OR_RETURN(std::vector<std::string> files, ListFiles(dir));
  TimexScores scores;
  for (const std::string& path : files) {
    if (!path.ends_with(".tml")) continue;
    ASSIGN_OR_RETURN(std::string xml, ReadFile(path));
    ASSIGN_OR_RETURN(TimemlDocument gold, ParseTimeml(xml, path));
    Document doc;
    doc.origin = path;
    doc.date = gold.dct;
    doc.text = gold.text;
    pipeline.Annotate(&doc);
    scores.Add(gold, DocumentTimexes(doc));
  }
  if (scores.documents == 0) return Status::NotFound(dir + ": no .tml files");
  return scores;
}

}  // namespace dyad
