#include "eval/event_runner.h"

#include <algorithm>
#include <cctype>

#include "actors/actor_coder.h"
#include "base/file.h"

namespace dyad {
namespace {

// PipelineOptions gains PETRARCH dictionary lists on another branch; this sets them when
// the build has them and reports whether it could, so the evaluators work either way.
template <typename Options>
bool SetDictionaries(const EventRunnerOptions& in, Options* out) {
  if constexpr (requires {
                  out->actor_dictionaries;
                  out->agent_dictionaries;
                }) {
    out->actor_dictionaries = in.actor_dictionaries;
    out->agent_dictionaries = in.agent_dictionaries;
    out->replace_dyad_actors = in.replace_dyad_actors;
    return !in.actor_dictionaries.empty() || !in.agent_dictionaries.empty();
  } else {
    return false;
  }
}

}  // namespace

Result<std::unique_ptr<EventRunner>> EventRunner::Load(const EventRunnerOptions& options) {
  std::unique_ptr<EventRunner> runner(new EventRunner());
  PipelineOptions pipeline;
  pipeline.model_dir = options.model_dir;
  pipeline.tables_dir = options.tables_dir;
  pipeline.actors = true;
  runner->uses_dictionaries_ = SetDictionaries(options, &pipeline);
  ASSIGN_OR_RETURN(runner->pipeline_, Pipeline::Load(pipeline));
  ASSIGN_OR_RETURN(runner->coder_, EventCoder::Load(options.tables_dir + "/events"));
  // The event coder reads the knowledge base for places only; it is loaded apart from the
  // pipeline's because the pipeline keeps its own private.
  ASSIGN_OR_RETURN(runner->kb_, ActorKb::Load(options.tables_dir + "/kb",
                                              FileExists(kIsoCodesJson) ? kIsoCodesJson : ""));
  if (!options.petrarch_verbs.empty()) {
    ASSIGN_OR_RETURN(runner->petrarch_,
                     PetrarchCoder::Load(options.petrarch_verbs, &runner->coder_->codebook(),
                                         options.verb_warnings));
    if (!options.petrarch_discards.empty()) {
      ASSIGN_OR_RETURN(PetrarchDiscards discards, ReadPetrarchDiscards(options.petrarch_discards));
      runner->petrarch_->set_discards(std::move(discards));
    }
  }
  runner->coder_options_.allow_single_actor = options.min_actors < 2;
  runner->coder_options_.allow_no_actor = options.min_actors < 1;
  return runner;
}

void EventRunner::ApplyPetrarchConfig(
    const std::vector<std::pair<std::string, std::string>>& config) {
  for (const auto& [option, value] : config) {
    if (option == "new_actor_length") {
      const bool digits =
          !value.empty() && value.size() < 4 && std::all_of(value.begin(), value.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) != 0;
          });
      set_new_actor_length(digits ? std::stoul(value) : 0);
    } else if (option == "require_dyad") {
      std::string v = value;
      for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      set_require_dyad(v != "false");
    }
  }
}

Document EventRunner::Code(const std::string& id, const std::string& text,
                           const std::string& date) const {
  Document doc;
  doc.id = id;
  doc.origin = id;
  doc.date = date;
  doc.text = text;
  pipeline_->Annotate(&doc);
  if (petrarch_ != nullptr) {
    petrarch_->Code(&doc);
  } else {
    coder_->Code(kb_, places_, coder_options_, &doc);
  }
  return doc;
}

}  // namespace dyad
