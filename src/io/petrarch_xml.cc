#include "io/petrarch_xml.h"

#include <cctype>

#include "base/file.h"
#include "base/utf8.h"
#include "io/xml_scanner.h"

namespace dyad {
namespace {

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e + 1 - b));
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string item = Trim(s.substr(start, end - start));
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

// "19950101" -> "1995-01-01"; six digits are YYMMDD (YY <= 30 -> 20YY), as in the
// dictionaries. False unless the digits name a plausible day.
bool NormaliseDate(const std::string& raw, std::string* date) {
  if (raw.size() != 8 && raw.size() != 6) return false;
  for (char c : raw) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  std::string full = raw;
  if (raw.size() == 6) full = (std::stoi(raw.substr(0, 2)) <= 30 ? "20" : "19") + raw;
  const int month = std::stoi(full.substr(4, 2)), day = std::stoi(full.substr(6, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  *date = full.substr(0, 4) + "-" + full.substr(4, 2) + "-" + full.substr(6, 2);
  return true;
}

// The elements of the format; others (such as "<EventCoding...>" inside the GSR file's
// '#' banner) are reported once and ignored.
bool KnownElement(const std::string& name) {
  static const char* const kNames[] = {"Validation", "Environment", "Verbfile",    "Actorfile",
                                       "Agentfile",  "Discardfile", "Errorfile",   "PICOfile",
                                       "Include",    "Exclude",     "Pause",       "Config",
                                       "Sentences",  "Sentence",    "EventCoding", "Text",
                                       "Parse",      "Stop",        "Skip"};
  for (const char* k : kNames) {
    if (name == k) return true;
  }
  return false;
}

class SuiteBuilder {
 public:
  SuiteBuilder(const std::string& path, PetrarchSuite* suite, std::vector<std::string>* warnings)
      : path_(path), suite_(suite), warnings_(warnings) {}

  Status Open(const XmlToken& t, bool empty) {
    if (!KnownElement(t.name)) return Unknown(t);
    if (t.name == "Sentence") {
      if (record_ != nullptr) {
        if (!record_self_closed_) {
          return Fail(t.line,
                      "<Sentence> inside the <Sentence> of line " + std::to_string(record_->line));
        }
        record_ = nullptr;  // a self-closed record without </Sentence> ends here
      }
      RETURN_IF_ERROR(StartRecord(t));
      if (empty) {
        // UniversalPetrarch's GSR file writes <Sentence .../> and then the record's
        // elements up to </Sentence>.
        record_self_closed_ = true;
        ++self_closed_;
      } else {
        stack_.push_back({t.name, t.line});
      }
      return Status::Ok();
    }
    if (!empty) stack_.push_back({t.name, t.line});
    if (t.name == "Stop" && record_ == nullptr && InSentences()) {
      suite_->stopped = true;
      return Status::Ok();
    }
    if (t.name == "EventCoding") return EventCoding(t);
    if (t.name == "Config") {
      const std::string* option = t.Attribute("option");
      const std::string* value = t.Attribute("value");
      if (option == nullptr) return Fail(t.line, "<Config> without option=");
      // Between records a <Config> changes the settings from the next record on (PETRARCH
      // reads the suite in order), so it travels with that record.
      auto& config = record_ != nullptr ? record_->config
                     : InSentences()    ? pending_config_
                                        : suite_->environment.config;
      config.emplace_back(*option, value != nullptr ? *value : "");
      return Status::Ok();
    }
    capture_.clear();
    return Status::Ok();
  }

  Status Close(const XmlToken& t) {
    if (!KnownElement(t.name)) return Unknown(t);
    if (t.name == "Sentence" && record_ != nullptr && record_self_closed_) {
      record_ = nullptr;
      return Status::Ok();
    }
    if (stack_.empty()) return Fail(t.line, "</" + t.name + "> closes nothing");
    if (stack_.back().first != t.name) {
      return Fail(t.line, "</" + t.name + "> closes <" + stack_.back().first + "> of line " +
                              std::to_string(stack_.back().second));
    }
    stack_.pop_back();
    const std::string text = capture_;
    capture_.clear();
    if (t.name == "Sentence") {
      record_ = nullptr;
    } else if (record_ != nullptr) {
      if (t.name == "Text") record_->text = Collapse(text);
      if (t.name == "Parse") record_->parse = Trim(text);
    } else if (InEnvironment()) {
      PetrarchEnvironment& env = suite_->environment;
      if (t.name == "Verbfile") env.verb_file = Trim(text);
      if (t.name == "Actorfile") {
        for (std::string& f : Split(text, ',')) env.actor_files.push_back(std::move(f));
      }
      if (t.name == "Agentfile") env.agent_file = Trim(text);
      if (t.name == "Discardfile") env.discard_file = Trim(text);
      if (t.name == "Errorfile") env.error_file = Trim(text);
      if (t.name == "PICOfile") env.pico_file = Trim(text);
      if (t.name == "Pause") env.pause = Trim(text);
      if (t.name == "Include") env.include = Split(Collapse(text), ' ');
      if (t.name == "Exclude") env.exclude = Split(Collapse(text), ' ');
    }
    return Status::Ok();
  }

  void Text(const std::string& text) { capture_ += text; }

  Status Finish(int line) {
    if (!suite_->stopped && !stack_.empty()) {
      return Fail(line, "<" + stack_.back().first + "> of line " +
                            std::to_string(stack_.back().second) + " is never closed");
    }
    if (self_closed_ > 0) {
      warnings_->push_back(path_ + ": " + std::to_string(self_closed_) +
                           " <Sentence .../> elements are self-closed and followed by their "
                           "content up to </Sentence>; read as records");
    }
    return Status::Ok();
  }

  bool stopped() const { return suite_->stopped; }

 private:
  Status Unknown(const XmlToken& t) {
    warnings_->push_back(path_ + ":" + std::to_string(t.line) + ": unknown element <" + t.name +
                         "> ignored");
    return Status::Ok();
  }
  Status Fail(int line, const std::string& reason) const {
    return Status::InvalidArgument(path_ + ":" + std::to_string(line) + ": " + reason);
  }
  bool InEnvironment() const {
    for (const auto& [name, line] : stack_) {
      if (name == "Environment") return true;
    }
    return false;
  }
  bool InSentences() const {
    for (const auto& [name, line] : stack_) {
      if (name == "Sentences") return true;
    }
    return false;
  }

  Status StartRecord(const XmlToken& t) {
    PetrarchRecord record;
    record.line = t.line;
    record.config = std::move(pending_config_);
    pending_config_.clear();
    for (const auto& [k, v] : t.attributes) record.attributes[k] = v;
    const std::string* id = t.Attribute("id");
    const std::string* date = t.Attribute("date");
    if (id == nullptr || id->empty()) return Fail(t.line, "<Sentence> without id=");
    if (date == nullptr) return Fail(t.line, "<Sentence id=\"" + *id + "\"> without date=");
    if (!NormaliseDate(*date, &record.date)) {
      return Fail(t.line, "<Sentence id=\"" + *id + "\">: date \"" + *date + "\" is not YYYYMMDD");
    }
    if (date->size() == 6) {
      warnings_->push_back(path_ + ":" + std::to_string(t.line) + ": date \"" + *date +
                           "\" read as YYMMDD: " + record.date);
    }
    record.id = *id;
    if (const std::string* category = t.Attribute("category")) record.category = *category;
    suite_->records.push_back(std::move(record));
    record_ = &suite_->records.back();
    record_self_closed_ = false;
    return Status::Ok();
  }

  Status EventCoding(const XmlToken& t) {
    if (record_ == nullptr) return Fail(t.line, "<EventCoding> outside a <Sentence>");
    if (const std::string* none = t.Attribute("noevents")) {
      record_->noevents = *none == "True" || *none == "true";
      return Status::Ok();
    }
    if (const std::string* error = t.Attribute("error")) {
      record_->error = *error;
      return Status::Ok();
    }
    const std::string* source = t.Attribute("sourcecode");
    const std::string* target = t.Attribute("targetcode");
    const std::string* code = t.Attribute("eventcode");
    if (source == nullptr || target == nullptr || code == nullptr) {
      return Fail(t.line,
                  "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents/error)");
    }
    record_->events.push_back(PetrarchEvent{*source, *target, *code});
    return Status::Ok();
  }

  const std::string& path_;
  PetrarchSuite* suite_;
  std::vector<std::string>* warnings_;
  std::vector<std::pair<std::string, int>> stack_;  // open elements and their lines
  std::vector<std::pair<std::string, std::string>> pending_config_;  // <Config>s before a record
  PetrarchRecord* record_ = nullptr;  // points into suite_->records, which only grows at its end
  bool record_self_closed_ = false;
  int self_closed_ = 0;
  std::string capture_;
};

}  // namespace

std::string PetrarchSuite::Resolve(const std::string& file) const {
  if (!file.empty() && file[0] == '/') return file;
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? file : path.substr(0, slash + 1) + file;
}

Result<PetrarchSuite> ReadPetrarchValidation(const std::string& path,
                                             std::vector<std::string>* warnings) {
  ASSIGN_OR_RETURN(std::string raw, ReadFile(path));
  const std::string content = RepairUtf8(raw);
  std::vector<std::string> ignored;
  if (warnings == nullptr) warnings = &ignored;
  PetrarchSuite suite;
  suite.path = path;
  SuiteBuilder builder(path, &suite, warnings);
  XmlScanner scanner(path, content);
  XmlToken token;
  int last_line = 1;
  while (!builder.stopped()) {
    ASSIGN_OR_RETURN(bool more, scanner.Next(&token));
    if (!more) break;
    last_line = token.line;
    switch (token.kind) {
      case XmlToken::Kind::kOpen:
        RETURN_IF_ERROR(builder.Open(token, false));
        break;
      case XmlToken::Kind::kEmpty:
        RETURN_IF_ERROR(builder.Open(token, true));
        break;
      case XmlToken::Kind::kClose:
        RETURN_IF_ERROR(builder.Close(token));
        break;
      case XmlToken::Kind::kText:
        builder.Text(token.text);
        break;
    }
  }
  RETURN_IF_ERROR(builder.Finish(last_line));
  if (scanner.unknown_entities() > 0) {
    warnings->push_back(path + ": " + std::to_string(scanner.unknown_entities()) +
                        " '&' not starting a known entity; kept as written");
  }
  return suite;
}

std::string PennParseProblem(std::string_view parse) {
  const size_t first = parse.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || parse[first] != '(') return "";  // CoNLL-U or none
  int depth = 0;
  for (size_t i = first; i < parse.size(); ++i) {
    if (parse[i] == '(') ++depth;
    if (parse[i] != ')') continue;
    // Text after the tree closes: a ')' too many, or a second tree.
    --depth;
    if (depth == 0 && parse.find_first_not_of(" \t\r\n", i + 1) != std::string_view::npos) {
      return "unbalanced: text after the tree closes at byte " + std::to_string(i);
    }
  }
  if (depth > 0) return "unbalanced: " + std::to_string(depth) + " '(' not closed";
  return "";
}

}  // namespace dyad
