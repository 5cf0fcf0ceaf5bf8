#include "eval/event_eval.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "base/file.h"
#include "base/lines.h"

namespace dyad {
namespace {

std::string Where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

bool Overlaps(uint32_t begin, uint32_t end, const std::vector<Span>& spans) {
  for (const Span& s : spans) {
    if (begin < s.end && s.begin < end) return true;
  }
  return false;
}

// Steps from word `w` (0-based) to the root; a cycle or a broken head counts as deep.
int Depth(const Sentence& s, int w) {
  int depth = 0;
  const int n = static_cast<int>(s.words.size());
  while (w >= 0 && w < n && s.words[w].head > 0) {
    w = s.words[w].head - 1;
    if (++depth > n) return n;
  }
  return depth;
}

// The trigger's word in its sentence, or -1.
int TriggerWord(const Document& doc, const Event& e) {
  if (e.sentence < 0 || e.sentence >= static_cast<int>(doc.sentences.size())) return -1;
  const Sentence& s = doc.sentences[e.sentence];
  for (size_t w = 0; w < s.words.size(); ++w) {
    if (s.words[w].span.begin == e.trigger_begin) return static_cast<int>(w);
  }
  return -1;
}

std::vector<std::string> PloverCodes(const nlohmann::json& side) {
  std::vector<std::string> out;
  if (!side.is_array()) return out;  // "" or null: no actor on that side
  for (const auto& a : side) {
    if (a.is_object() && a.contains("code") && a["code"].is_string()) {
      out.push_back(a["code"].get<std::string>());
    }
  }
  return out;
}

}  // namespace

int CameoClass(std::string_view root) {
  int r = 0;
  if (root.size() < 2) return -1;
  auto [end, ec] = std::from_chars(root.data(), root.data() + 2, r);
  if (ec != std::errc() || end != root.data() + 2) return -1;
  if (r >= 1 && r <= 2) return 0;
  if (r >= 3 && r <= 5) return 1;
  if (r >= 6 && r <= 8) return 2;
  if ((r >= 9 && r <= 13) || r == 16) return 3;
  if (r >= 14 && r <= 20) return 4;
  return -1;
}

Result<std::vector<ClassGold>> ReadClassGold(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  std::vector<ClassGold> out;
  LineReader lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    if (line.empty()) continue;
    const size_t tab = line.rfind('\t');
    const std::string where = Where(path, lines.line_number());
    if (tab == std::string_view::npos) {
      return Status::InvalidArgument(where + ": expected sentence<TAB>label");
    }
    ClassGold g;
    g.text = std::string(line.substr(0, tab));
    g.label = std::string(line.substr(tab + 1));
    g.line = lines.line_number();
    if (g.text.find_first_not_of(" \t") == std::string::npos) {
      return Status::InvalidArgument(where + ": empty sentence");
    }
    if (g.label.empty() || g.label.find_first_of(" \t") != std::string::npos) {
      return Status::InvalidArgument(where + ": label must be one word, got \"" + g.label + "\"");
    }
    out.push_back(std::move(g));
  }
  if (out.empty()) return Status::InvalidArgument(path + ": no sentences");
  return out;
}

Result<std::vector<SpanGold>> ReadSpanGold(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  std::vector<SpanGold> out;
  SpanGold current;
  char open_role = 0;  // role of the span being read: 'S', 'T', 'R' or 0
  uint32_t open_begin = 0;
  auto close = [&]() {
    if (open_role == 0) return;
    const Span span{open_begin, static_cast<uint32_t>(current.text.size())};
    if (open_role != 'T') current.sources.push_back(span);
    if (open_role != 'S') current.targets.push_back(span);
    open_role = 0;
  };
  auto finish = [&]() {
    close();
    if (!current.text.empty()) out.push_back(std::move(current));
    current = SpanGold();
  };
  LineReader lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      finish();
      continue;
    }
    const std::string where = Where(path, lines.line_number());
    const size_t sep = line.find_last_of(" \t");
    if (sep == std::string_view::npos || sep == 0) {
      return Status::InvalidArgument(where + ": expected word<SPACE>tag");
    }
    std::string_view word = line.substr(0, sep);
    while (!word.empty() && (word.back() == ' ' || word.back() == '\t')) word.remove_suffix(1);
    if (word.empty()) return Status::InvalidArgument(where + ": expected word<SPACE>tag");
    const std::string_view tag = line.substr(sep + 1);
    char role = 0;
    bool begins = false;
    if (tag != "O") {
      if (tag.size() != 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' ||
          (tag[2] != 'S' && tag[2] != 'T' && tag[2] != 'R')) {
        return Status::InvalidArgument(where + ": unknown tag \"" + std::string(tag) +
                                       "\" (expected O, B-S, I-S, B-T, I-T, B-R or I-R)");
      }
      role = tag[2];
      begins = tag[0] == 'B' || open_role != role;  // an I- after O starts a span too
    }
    if (role == 0 || begins) close();
    if (current.text.empty()) current.line = lines.line_number();
    if (!current.text.empty()) current.text += ' ';
    if (begins) {
      open_role = role;
      open_begin = static_cast<uint32_t>(current.text.size());
    }
    current.text += word;
  }
  finish();
  if (out.empty()) return Status::InvalidArgument(path + ": no sentences");
  return out;
}

Result<std::vector<PloverGold>> ReadPloverGold(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(content);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidArgument(path + ": byte " + std::to_string(e.byte) +
                                   ": not JSON: " + e.what());
  }
  if (!doc.is_array()) return Status::InvalidArgument(path + ": expected a JSON array of records");
  std::vector<PloverGold> out;
  for (size_t i = 0; i < doc.size(); ++i) {
    const nlohmann::json& r = doc[i];
    const std::string where = path + ": record " + std::to_string(i + 1);
    if (!r.is_object() || !r.contains("event") || !r["event"].is_string()) {
      return Status::InvalidArgument(where + ": no \"event\" string");
    }
    PloverGold g;
    g.event = r["event"].get<std::string>();
    if (g.event == "DOCUMENT") continue;
    if (g.event == "FIGHT") g.event = "ASSAULT";
    if (!r.contains("text") || !r["text"].is_string() || r["text"].get<std::string>().empty()) {
      return Status::InvalidArgument(where + ": no \"text\"");
    }
    g.text = r["text"].get<std::string>();
    if (r.contains("id") && r["id"].is_string()) g.id = r["id"].get<std::string>();
    if (r.contains("mode") && r["mode"].is_string()) g.mode = r["mode"].get<std::string>();
    if (r.contains("source")) g.source_codes = PloverCodes(r["source"]);
    if (r.contains("target")) g.target_codes = PloverCodes(r["target"]);
    out.push_back(std::move(g));
  }
  if (out.empty()) return Status::InvalidArgument(path + ": no event records");
  return out;
}

int MainEvent(const Document& doc, const MainEventOptions& options) {
  int best = -1;
  // Lower keys win: statements last (when asked), then depth (when asked), then position
  // in the text.
  std::tuple<bool, int, int, uint32_t> best_key;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    const int actors = !e.source.code.empty() + !e.target.code.empty();
    if (actors < options.min_actors) continue;
    const int w = TriggerWord(doc, e);
    const Sentence* s = w >= 0 ? &doc.sentences[e.sentence] : nullptr;
    const bool statement =
        options.statements == MainEventOptions::kAllLast
            ? e.root == "01"
            : options.statements == MainEventOptions::kGenericLast && e.cameo == "010";
    const int depth = !options.highest ? 0 : s != nullptr ? Depth(*s, w) : 1 << 20;
    const auto key = std::make_tuple(statement, depth, e.sentence, e.trigger_begin);
    if (best < 0 || key < best_key) {
      best = static_cast<int>(i);
      best_key = key;
    }
  }
  return best;
}

int EventClass(const Event& e) {
  int c = CameoClass(e.root);
  // CAMEO codes a refused or failed cooperative act as a rejection (12), an intended
  // material act as its verbal form: intent to cooperate (03) or a threat (13).
  if (e.negated && (c == 1 || c == 2)) return 3;
  if (e.modality == "intended" && c == 2) return 1;
  if (e.modality == "intended" && c == 4) return 3;
  return c;
}

ClassScores ScoreClasses(const std::vector<std::string>& gold,
                         const std::vector<std::string>& predicted) {
  ClassScores s;
  std::map<std::string, size_t> index;
  std::vector<std::string> gold_set(gold.begin(), gold.end());
  std::sort(gold_set.begin(), gold_set.end());
  gold_set.erase(std::unique(gold_set.begin(), gold_set.end()), gold_set.end());
  s.labels = gold_set;
  s.gold_labels = gold_set.size();
  for (const std::string& p : predicted) {
    if (!std::binary_search(gold_set.begin(), gold_set.end(), p) &&
        std::find(s.labels.begin(), s.labels.end(), p) == s.labels.end()) {
      s.labels.push_back(p);
    }
  }
  for (size_t i = 0; i < s.labels.size(); ++i) index[s.labels[i]] = i;
  s.confusion.assign(s.labels.size(), std::vector<size_t>(s.labels.size(), 0));
  s.per_label.resize(s.labels.size());
  s.total = std::min(gold.size(), predicted.size());
  for (size_t i = 0; i < s.total; ++i) {
    const size_t g = index[gold[i]], p = index[predicted[i]];
    ++s.confusion[g][p];
    ++s.per_label[g].gold;
    ++s.per_label[p].predicted;
    if (g == p) {
      ++s.per_label[g].correct;
      ++s.correct;
    }
  }
  s.accuracy = s.total ? static_cast<double>(s.correct) / s.total : 0;
  double f1_sum = 0;
  for (size_t l = 0; l < s.labels.size(); ++l) {
    ClassScores::PerLabel& pl = s.per_label[l];
    pl.precision = pl.predicted ? static_cast<double>(pl.correct) / pl.predicted : 0;
    pl.recall = pl.gold ? static_cast<double>(pl.correct) / pl.gold : 0;
    pl.f1 = pl.gold + pl.predicted ? 2.0 * pl.correct / (pl.gold + pl.predicted) : 0;
    if (l < s.gold_labels) f1_sum += pl.f1;
  }
  s.macro_f1 = s.gold_labels ? f1_sum / s.gold_labels : 0;
  return s;
}

void SpanScores::Add(const SpanGold& gold, const Event* main) {
  ++sentences;
  gold_sources += !gold.sources.empty();
  gold_targets += !gold.targets.empty();
  if (main == nullptr) return;
  ++with_event;
  if (!main->source.code.empty()) {
    ++source_coded;
    source_match += Overlaps(main->source.begin, main->source.end, gold.sources);
  }
  if (!main->target.code.empty()) {
    ++target_coded;
    target_match += Overlaps(main->target.begin, main->target.end, gold.targets);
  }
}

bool PloverActorMatches(const std::vector<std::string>& gold_codes, const EventActor& actor) {
  if (actor.code.empty()) return false;
  for (const std::string& g : gold_codes) {
    if (g.empty()) continue;
    if (actor.code.compare(0, g.size(), g) == 0 || g == actor.country) return true;
  }
  return false;
}

}  // namespace dyad
