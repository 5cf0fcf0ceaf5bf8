#include "cli/actor_flags.h"

namespace dyad::cli {

void AddActorFlags(CLI::App* cmd, ActorFlags* flags, const std::string& actors_option) {
  cmd->add_option(actors_option, flags->actors,
                  "PETRARCH actor dictionary (Phoenix.*.actors.txt); repeatable")
      ->allow_extra_args(false);
  // One file per flag, so article files can follow: --actors A.txt --actors B.txt in/.
  cmd->add_option("--agents", flags->agents,
                  "PETRARCH agent dictionary (Phoenix.agents.txt); repeatable")
      ->allow_extra_args(false);
  cmd->add_flag("--no-dyad-actors", flags->no_dyad_actors,
                "use the --actors/--agents files instead of dyad's own tables of the same kind");
}

Status ApplyActorFlags(const ActorFlags& flags, PipelineOptions* options) {
  if (flags.no_dyad_actors && flags.actors.empty() && flags.agents.empty()) {
    return Status::InvalidArgument("--no-dyad-actors needs --actors FILE or --agents FILE");
  }
  options->actor_dictionaries = flags.actors;
  options->agent_dictionaries = flags.agents;
  options->replace_dyad_actors = flags.no_dyad_actors;
  return Status::Ok();
}

}  // namespace dyad::cli
