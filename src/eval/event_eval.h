// Scoring the event coder against gold sets (formats: docs/formats/event-gold.md):
// 5-class sentence files (ConfliBERT cameo_class), source/target span files (ConfliBERT
// cameo_ner) and PLOVER gold records (PLOVER_GSR_CAMEO). Each gold sentence is coded alone;
// its prediction is the sentence's main event (MainEvent).
#ifndef DYAD_EVAL_EVENT_EVAL_H_
#define DYAD_EVAL_EVENT_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

// The five classes of the ConfliBERT CAMEO set by root: 0 statement (01-02), 1 verbal
// cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13 and 16),
// 4 material conflict (14, 15, 17-20). -1 for anything else. Root 16 (reduce relations:
// sanctions, expulsions, aid cuts) is verbal conflict as in PLOVER's quad grouping
// (SANCTION): the ConfliBERT coders label it so (docs/formats/event-gold.md).
int CameoClass(std::string_view root);

// The class an event reports: its root's, except that CAMEO codes a negated cooperative act
// ("will not lift the embargo", "failed to reach a deal") as a rejection (3) and an
// intended material one as its verbal form: intent to cooperate (2 -> 1), a threat (4 -> 3).
int EventClass(const Event& e);

// The label of a sentence without any event.
inline constexpr const char* kNoEvent = "none";

// `sentence<TAB>label`, one a line; a label is a non-empty word (0-4 in ConfliBERT, "none"
// for a sentence with no event). Errors name file:line.
struct ClassGold {
  std::string text;
  std::string label;
  int line = 0;
};
Result<std::vector<ClassGold>> ReadClassGold(const std::string& path);

// `word<SPACE>tag` lines, a blank line after each sentence; tags O, B-/I- with S (source),
// T (target) or R (reciprocal: both). The text is the words joined by single spaces; spans
// are byte ranges of it. A reciprocal span is both a source and a target.
struct SpanGold {
  std::string text;
  std::vector<Span> sources, targets;
  int line = 0;  // line of the first word
};
Result<std::vector<SpanGold>> ReadSpanGold(const std::string& path);

// PLOVER gold records (a JSON array of objects with "text", "event", optional "mode",
// "source" and "target" lists of {"actorText", "code"}). DOCUMENT records are skipped.
// Older event names are mapped to the 2021 PLOVER types dyad's codebook uses (FIGHT ->
// ASSAULT).
struct PloverGold {
  std::string id, text, event, mode;
  std::vector<std::string> source_codes, target_codes;  // as written ("HUN", "IGO")
};
Result<std::vector<PloverGold>> ReadPloverGold(const std::string& path);

// Which of a document's events stands for the whole sentence.
struct MainEventOptions {
  // Events with fewer coded actors (source, target) are not candidates.
  int min_actors = 0;
  // Prefer the trigger highest in the dependency tree (fewest steps to the root), then the
  // first; without it, the first trigger in the text.
  bool highest = true;
  // Statements only when nothing else was coded ("X said Y attacked Z" reports the attack):
  // never, only the generic statement 010 ("said", "announced"), or all of root 01.
  enum Statements { kStatementsFirst, kGenericLast, kAllLast };
  Statements statements = kGenericLast;
};
// Index into doc.events of the main event, or -1.
int MainEvent(const Document& doc, const MainEventOptions& options);

// Accuracy, macro-F1 (over the gold labels), per-label precision/recall/F1 and the
// confusion matrix of two parallel label lists.
struct ClassScores {
  struct PerLabel {
    size_t gold = 0, predicted = 0, correct = 0;
    double precision = 0, recall = 0, f1 = 0;
  };
  // Gold labels in sorted order, then predicted labels never seen in gold (e.g. "none").
  std::vector<std::string> labels;
  size_t gold_labels = 0;                      // the first gold_labels of `labels` are gold
  std::vector<std::vector<size_t>> confusion;  // [gold label][predicted label]
  std::vector<PerLabel> per_label;
  size_t total = 0, correct = 0;
  double accuracy = 0, macro_f1 = 0;
};
ClassScores ScoreClasses(const std::vector<std::string>& gold,
                         const std::vector<std::string>& predicted);

// How well the main events' actors fall on the gold source/target spans: a side matches
// when its byte span overlaps a gold span of that role.
struct SpanScores {
  size_t sentences = 0;
  size_t with_event = 0;  // a main event was coded
  size_t source_coded = 0, source_match = 0;
  size_t target_coded = 0, target_match = 0;
  size_t gold_sources = 0, gold_targets = 0;  // sentences with a gold source / target span
  void Add(const SpanGold& gold, const Event* main);
};

// PLOVER actor codes: a side matches when a gold code starts dyad's actor code or equals its
// country ("IGO" matches "IGOUNO", "HUN" matches "HUNGOV").
bool PloverActorMatches(const std::vector<std::string>& gold_codes, const EventActor& actor);

}  // namespace dyad

#endif  // DYAD_EVAL_EVENT_EVAL_H_
