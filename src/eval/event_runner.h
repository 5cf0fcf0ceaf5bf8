// Codes single texts for the event evaluators: dyad's NLP pipeline and actor coder, then the
// event coder with evaluation options the `code` command does not offer (events without
// any coded actor, for sentence classification). Places are not resolved.
#ifndef DYAD_EVAL_EVENT_RUNNER_H_
#define DYAD_EVAL_EVENT_RUNNER_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"
#include "events/event_coder.h"
#include "events/petrarch_coder.h"
#include "kb/actor_kb.h"
#include "kb/places.h"

namespace dyad {

struct EventRunnerOptions {
  std::string model_dir = "models";
  std::string tables_dir = "data";  // with kb/ and events/
  // Keep events with fewer than two coded actors: 2 keeps only two-actor events (dyad
  // code's default), 1 one or more (--allow-single-actor), 0 also trigger-only events.
  int min_actors = 2;
  // PETRARCH/Phoenix actor and agent dictionaries added to the actor coder, used when this
  // build's PipelineOptions can take them (see event_runner.cc); else ignored.
  std::vector<std::string> actor_dictionaries, agent_dictionaries;
  // Use those dictionaries instead of dyad's own tables of the same kind (PETRARCH codes
  // with its dictionaries only).
  bool replace_dyad_actors = false;
  // A PETRARCH verb dictionary: when set, events are coded with its patterns
  // (petrarch_coder.h) instead of dyad's own; its load warnings go to verb_warnings.
  std::string petrarch_verbs;
  std::string petrarch_discards;  // with petrarch_verbs: its discard list, "" for none
  std::vector<std::string>* verb_warnings = nullptr;
};

class EventRunner {
 public:
  static Result<std::unique_ptr<EventRunner>> Load(const EventRunnerOptions& options);
  // True when the actor dictionaries of the options are in use.
  bool uses_dictionaries() const { return uses_dictionaries_; }
  // True when events come from a PETRARCH verb dictionary.
  bool uses_petrarch_verbs() const { return petrarch_ != nullptr; }
  // PETRARCH's require_dyad setting for the verb dictionary's coder (no effect without one).
  void set_require_dyad(bool on) {
    if (petrarch_ != nullptr) petrarch_->set_require_dyad(on);
  }
  // PETRARCH's new_actor_length setting (no effect without a verb dictionary).
  void set_new_actor_length(size_t words) {
    if (petrarch_ != nullptr) petrarch_->set_new_actor_length(words);
  }
  // A validation suite's <Config> options dyad follows: require_dyad (true unless "false",
  // any case) and new_actor_length (a word count, else off). The others (comma_*,
  // stop_on_error) are PETRARCH parser or run details and are ignored.
  void ApplyPetrarchConfig(const std::vector<std::pair<std::string, std::string>>& config);
  // Annotates `text` dated `date` (YYYY-MM-DD) and codes its events.
  Document Code(const std::string& id, const std::string& text, const std::string& date) const;

 private:
  EventRunner() = default;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<EventCoder> coder_;
  std::unique_ptr<PetrarchCoder> petrarch_;  // null unless options.petrarch_verbs
  ActorKb kb_;
  PlaceGazetteer places_;  // empty: the evaluations score no places
  EventCoderOptions coder_options_;
  bool uses_dictionaries_ = false;
};

}  // namespace dyad

#endif  // DYAD_EVAL_EVENT_RUNNER_H_
