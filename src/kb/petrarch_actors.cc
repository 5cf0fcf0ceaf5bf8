#include "kb/petrarch_actors.h"

#include <cctype>
#include <map>

#include "kb/petrarch_text.h"

namespace dyad {
namespace {

bool IsCode(std::string_view code) {
  if (code == "---" || code == "+++") return true;
  if (code.empty()) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/') return false;
  }
  return true;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Parses the inside of "[CODE DATESPEC]": DATESPEC is "", "<D", ">D", "D-D" or a bare "D"
// (read as a start date), with any spaces ("< 140608", "19950601 - 19990815").
Status ParseCode(const std::string& path, int line, std::string_view inside, DictCode* out,
                 std::vector<std::string>* warnings) {
  inside = TrimSpace(inside);
  size_t space = inside.find_first_of(" \t");
  std::string_view code = inside.substr(0, space);
  if (!IsCode(code)) {
    return Status::InvalidArgument(DictWhere(path, line) + "bad code \"" + std::string(code) +
                                   "\" (expected letters and digits, or ---)");
  }
  out->code = std::string(code);
  std::string spec;
  if (space != std::string_view::npos) {
    for (char c : inside.substr(space)) {
      if (!std::isspace(static_cast<unsigned char>(c))) spec.push_back(c);
    }
  }
  if (spec.empty()) return Status::Ok();
  auto date = [&](std::string_view digits, std::string* to) -> Status {
    bool quirk = false;
    std::string error;
    if (!ParseDictDate(digits, to, &quirk, &error)) {
      return Status::InvalidArgument(DictWhere(path, line) + error);
    }
    if (quirk) {
      warnings->push_back(DictWhere(path, line) + "date \"" + std::string(digits) + "\" has " +
                          std::to_string(digits.size()) + " digits; read as " + *to +
                          " (PETRARCH's rule)");
    }
    return Status::Ok();
  };
  if (spec[0] == '<') return date(std::string_view(spec).substr(1), &out->end);
  if (spec[0] == '>') return date(std::string_view(spec).substr(1), &out->start);
  size_t dash = spec.find('-');
  if (dash == std::string::npos) {
    warnings->push_back(DictWhere(path, line) + "date \"" + spec +
                        "\" has no '<', '>' or range; read as a start date");
    return date(spec, &out->start);
  }
  RETURN_IF_ERROR(date(std::string_view(spec).substr(0, dash), &out->start));
  RETURN_IF_ERROR(date(std::string_view(spec).substr(dash + 1), &out->end));
  if (out->end < out->start) {
    warnings->push_back(DictWhere(path, line) + "date range \"" + spec +
                        "\" ends before it starts, so it never applies");
  }
  return Status::Ok();
}

// Parses "[..] [..]" groups from text[pos]; text after the last one is ignored with a
// warning (the International file has comments there without '#').
Status ParseCodeGroups(const std::string& path, int line, std::string_view text, size_t pos,
                       std::vector<DictCode>* codes, std::vector<std::string>* warnings) {
  while (pos < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[pos]))) {
      ++pos;
      continue;
    }
    if (text[pos] != '[') {
      warnings->push_back(DictWhere(path, line) + "text \"" + std::string(text.substr(pos)) +
                          "\" after the code ignored");
      return Status::Ok();
    }
    size_t close = text.find(']', pos);
    if (close == std::string_view::npos) {
      return Status::InvalidArgument(DictWhere(path, line) + "'[' without ']'");
    }
    DictCode code;
    RETURN_IF_ERROR(ParseCode(path, line, text.substr(pos + 1, close - pos - 1), &code, warnings));
    codes->push_back(std::move(code));
    pos = close + 1;
  }
  return Status::Ok();
}

std::string CodesText(const std::vector<DictCode>& codes) {
  std::string out;
  for (const DictCode& c : codes) {
    out += "[" + c.code;
    if (c.dated()) out += " " + c.start + ".." + c.end;
    out += "]";
  }
  return out.empty() ? "no code" : out;
}

bool SameCodes(const std::vector<DictCode>& a, const std::vector<DictCode>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].code != b[i].code || a[i].start != b[i].start || a[i].end != b[i].end) return false;
  }
  return true;
}

// Gives the codes of the record that ends to each of its phrases, and reports a phrase
// that an earlier record of the file codes otherwise.
class ActorRecords {
 public:
  ActorRecords(const std::string& path, std::vector<std::string>* warnings)
      : path_(path), warnings_(warnings) {}

  void StartRecord(std::vector<std::string> words, int line) {
    FinishRecord();
    canonical_ = Join(words);
    AddPhrase(std::move(words), line);
  }
  void AddPhrase(std::vector<std::string> words, int line) {
    ActorEntry e;
    e.words = std::move(words);
    e.canonical = canonical_;
    e.line = line;
    pending_.push_back(std::move(e));
  }
  std::vector<DictCode>* codes() { return &codes_; }
  bool open() const { return !pending_.empty(); }

  void FinishRecord() {
    if (pending_.empty()) return;
    if (codes_.empty()) {
      warnings_->push_back(DictWhere(path_, pending_[0].line) + "\"" + canonical_ +
                           "\" has no code (PETRARCH's null actor)");
    }
    for (ActorEntry& e : pending_) {
      e.codes = codes_;
      std::string key;
      for (const std::string& w : e.words) key += Upper(w) + ' ';
      auto [it, inserted] = first_seen_.emplace(key, entries_.size());
      if (!inserted && !SameCodes(entries_[it->second].codes, e.codes)) {
        const ActorEntry& prev = entries_[it->second];
        warnings_->push_back(DictWhere(path_, e.line) + "\"" + Join(e.words) + "\" " +
                             CodesText(e.codes) + " repeats line " + std::to_string(prev.line) +
                             " " + CodesText(prev.codes) + "; both kept");
      }
      entries_.push_back(std::move(e));
    }
    pending_.clear();
    codes_.clear();
  }
  std::vector<ActorEntry> Take() {
    FinishRecord();
    return std::move(entries_);
  }

 private:
  static std::string Upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  }
  const std::string& path_;
  std::vector<std::string>* warnings_;
  std::string canonical_;
  std::vector<ActorEntry> pending_;
  std::vector<DictCode> codes_;
  std::vector<ActorEntry> entries_;
  std::map<std::string, size_t> first_seen_;
};

}  // namespace

Result<std::vector<ActorEntry>> ReadPetrarchActors(const std::string& path,
                                                   std::vector<std::string>* warnings) {
  ASSIGN_OR_RETURN(std::vector<DictLine> lines, ReadDictLines(path));
  std::vector<std::string> ignored;
  if (warnings == nullptr) warnings = &ignored;
  ActorRecords records(path, warnings);
  for (const DictLine& dl : lines) {
    const std::string& text = dl.text;
    if (text[0] == '[') {
      if (!records.open()) {
        return Status::InvalidArgument(DictWhere(path, dl.line) + "code line before any phrase");
      }
      RETURN_IF_ERROR(ParseCodeGroups(path, dl.line, text, 0, records.codes(), warnings));
      continue;
    }
    const bool synonym = text[0] == '+';
    size_t bracket = text.find('[');
    const size_t begin = synonym ? 1 : 0;
    const size_t end = bracket == std::string::npos ? text.size() : bracket;
    std::string_view phrase = std::string_view(text).substr(begin, end - begin);
    std::vector<std::string> words = SplitPhrase(phrase);
    if (words.empty()) {
      return Status::InvalidArgument(DictWhere(path, dl.line) + "empty phrase");
    }
    if (synonym) {
      if (!records.open()) {
        return Status::InvalidArgument(DictWhere(path, dl.line) + "'+' synonym before any phrase");
      }
      records.AddPhrase(std::move(words), dl.line);
    } else {
      if (dl.indented) {
        warnings->push_back(DictWhere(path, dl.line) +
                            "indented phrase starts a new entry (as in PETRARCH)");
      }
      records.StartRecord(std::move(words), dl.line);
    }
    if (bracket != std::string::npos) {
      RETURN_IF_ERROR(ParseCodeGroups(path, dl.line, text, bracket, records.codes(), warnings));
    }
  }
  return records.Take();
}

std::string PetrarchPlural(const std::string& word) {
  if (word.empty()) return word;
  if (word.back() == 'Y') return word.substr(0, word.size() - 1) + "IES";
  if (word.back() == 'S') return word + "ES";
  return word + "S";
}

namespace {

// Expands every !MARKER! in phrase with each listed string (no further plurals).
Status ExpandMarkers(const std::string& path, int line, const std::string& phrase,
                     const std::map<std::string, std::vector<std::string>>& markers,
                     std::vector<std::string>* out) {
  size_t open = phrase.find('!');
  if (open == std::string::npos) {
    out->push_back(phrase);
    return Status::Ok();
  }
  size_t close = phrase.find('!', open + 1);
  if (close == std::string::npos) {
    return Status::InvalidArgument(DictWhere(path, line) + "'!' without a closing '!'");
  }
  const std::string name = phrase.substr(open + 1, close - open - 1);
  auto it = markers.find(name);
  if (it == markers.end()) {
    return Status::InvalidArgument(DictWhere(path, line) + "substitution marker !" + name +
                                   "! is not defined above");
  }
  for (const std::string& item : it->second) {
    RETURN_IF_ERROR(ExpandMarkers(
        path, line, phrase.substr(0, open) + item + phrase.substr(close + 1), markers, out));
  }
  return Status::Ok();
}

bool IsAgentCode(std::string_view code) {
  if (code.size() < 2) return false;
  std::string_view blocks;
  if (code.front() == '~') {
    blocks = code.substr(1);
  } else if (code.back() == '~') {
    blocks = code.substr(0, code.size() - 1);
  } else {
    return false;
  }
  return IsCode(blocks) && blocks != "---";
}

}  // namespace

Result<std::vector<AgentEntry>> ReadPetrarchAgents(const std::string& path,
                                                   std::vector<std::string>* warnings) {
  ASSIGN_OR_RETURN(std::vector<DictLine> lines, ReadDictLines(path));
  std::vector<std::string> ignored;
  if (warnings == nullptr) warnings = &ignored;
  std::map<std::string, std::vector<std::string>> markers;
  std::map<std::string, std::pair<std::string, int>> seen;  // phrase -> code, line
  std::vector<AgentEntry> out;
  auto add = [&](const std::string& phrase, const std::string& code, bool plural, int line) {
    AgentEntry e;
    e.words = SplitPhrase(phrase);
    if (e.words.empty()) return;
    std::string key;
    for (const std::string& w : e.words) key += w + ' ';
    auto [it, inserted] = seen.emplace(key, std::make_pair(code, line));
    if (!inserted && it->second.first != code) {
      warnings->push_back(DictWhere(path, line) + "\"" + std::string(TrimSpace(key)) + "\" [" +
                          code + "] repeats line " + std::to_string(it->second.second) + " [" +
                          it->second.first + "]; both kept");
    }
    e.code = code;
    e.plural = plural;
    e.line = line;
    out.push_back(std::move(e));
  };
  for (const DictLine& dl : lines) {
    const std::string& text = dl.text;
    size_t bracket = text.find('[');
    if (text[0] == '!' && text.find('=') != std::string::npos && bracket == std::string::npos) {
      size_t close = text.find('!', 1);
      size_t eq = text.find('=');
      if (close == std::string::npos || close > eq) {
        return Status::InvalidArgument(DictWhere(path, dl.line) +
                                       "marker definition needs !NAME! = a, b, ...");
      }
      std::vector<std::string>& items = markers[text.substr(1, close - 1)];
      items.clear();
      size_t start = eq + 1;
      while (start <= text.size()) {
        size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        std::string_view item = TrimSpace(std::string_view(text).substr(start, comma - start));
        if (item.empty()) {
          return Status::InvalidArgument(DictWhere(path, dl.line) + "empty item in marker list");
        }
        items.emplace_back(item);
        start = comma + 1;
      }
      continue;
    }
    if (bracket == std::string::npos) {
      warnings->push_back(DictWhere(path, dl.line) + "agent \"" + text +
                          "\" has no [code]; skipped (as in PETRARCH)");
      continue;
    }
    size_t close = text.find(']', bracket);
    if (close == std::string::npos) {
      close = text.find('}', bracket);
      if (close == std::string::npos) {
        return Status::InvalidArgument(DictWhere(path, dl.line) + "'[' without ']'");
      }
      warnings->push_back(DictWhere(path, dl.line) + "code closed by '}' instead of ']'");
    }
    if (!TrimSpace(std::string_view(text).substr(close + 1)).empty()) {
      return Status::InvalidArgument(DictWhere(path, dl.line) + "unexpected text after the code");
    }
    std::string code;
    for (char c : std::string_view(text).substr(bracket + 1, close - bracket - 1)) {
      if (!std::isspace(static_cast<unsigned char>(c))) code.push_back(c);
    }
    if (!IsAgentCode(code)) {
      return Status::InvalidArgument(DictWhere(path, dl.line) + "bad agent code \"" + code +
                                     "\" (expected ~CODE or CODE~)");
    }
    std::string phrase(TrimSpace(std::string_view(text).substr(0, bracket)));
    std::vector<std::string> plurals;
    bool explicit_plural = false;
    size_t brace = phrase.find('{');
    if (brace != std::string::npos) {
      size_t brace_close = phrase.find('}', brace);
      if (brace_close == std::string::npos) {
        return Status::InvalidArgument(DictWhere(path, dl.line) + "'{' without '}'");
      }
      if (!TrimSpace(std::string_view(phrase).substr(brace_close + 1)).empty()) {
        return Status::InvalidArgument(DictWhere(path, dl.line) + "text between '}' and the code");
      }
      std::string inside(
          TrimSpace(std::string_view(phrase).substr(brace + 1, brace_close - brace - 1)));
      if (!inside.empty()) plurals.push_back(inside);
      explicit_plural = true;
      phrase = std::string(TrimSpace(std::string_view(phrase).substr(0, brace)));
    }
    if (phrase.empty()) {
      return Status::InvalidArgument(DictWhere(path, dl.line) + "empty phrase");
    }
    if (phrase.find('!') != std::string::npos) {
      // Substitutions list their own forms: no plurals are generated.
      std::vector<std::string> forms;
      RETURN_IF_ERROR(ExpandMarkers(path, dl.line, phrase, markers, &forms));
      for (const std::string& f : forms) add(f, code, false, dl.line);
      for (const std::string& p : plurals) add(p, code, true, dl.line);
      continue;
    }
    add(phrase, code, false, dl.line);
    // A trailing '_' (TABARI's "exact end") asks for no generated plural.
    if (!explicit_plural && phrase.back() != '_') plurals.push_back(PetrarchPlural(phrase));
    for (const std::string& p : plurals) add(p, code, true, dl.line);
  }
  return out;
}

}  // namespace dyad
