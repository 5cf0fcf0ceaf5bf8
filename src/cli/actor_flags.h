// The actor-dictionary flags shared by the commands that code actors (`dyad actors` now,
// `dyad code`, `dyad ingest`), so every command spells them the same way.
#ifndef DYAD_CLI_ACTOR_FLAGS_H_
#define DYAD_CLI_ACTOR_FLAGS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad::cli {

struct ActorFlags {
  std::vector<std::string> actors;  // --actors FILE, repeatable
  std::vector<std::string> agents;  // --agents FILE, repeatable
  bool no_dyad_actors = false;      // --no-dyad-actors
};

// Adds --actors, --agents and --no-dyad-actors to `cmd`. A command whose --actors means
// something else (`dyad bench parse --actors`) names the actor file option `actors_option`.
void AddActorFlags(CLI::App* cmd, ActorFlags* flags, const std::string& actors_option = "--actors");

// Copies the flags into `options`; --no-dyad-actors without any file is an error.
Status ApplyActorFlags(const ActorFlags& flags, PipelineOptions* options);

}  // namespace dyad::cli

#endif  // DYAD_CLI_ACTOR_FLAGS_H_
