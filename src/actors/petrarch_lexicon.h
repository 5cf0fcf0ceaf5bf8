// PETRARCH/Phoenix actor and agent dictionaries as an extra source of phrases for the actor
// coder, beside (or instead of) dyad's own tables. Actor phrases give a coded item (a country,
// region, person or body, resolved by the article date); agent phrases give sector nouns.
// Immutable after Load and safe to share between threads.
#ifndef DYAD_ACTORS_PETRARCH_LEXICON_H_
#define DYAD_ACTORS_PETRARCH_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "kb/actor_kb.h"
#include "kb/petrarch_actors.h"
#include "kb/phrase_dictionary.h"

namespace dyad {

// Which extra dictionaries the actor coder reads (the PipelineOptions fields of the same
// meaning are copied here).
struct ActorDictionaryOptions {
  std::vector<std::string> actor_files;  // PETRARCH actor dictionaries (Phoenix.*.actors.txt)
  std::vector<std::string> agent_files;  // PETRARCH agent dictionaries (Phoenix.agents.txt)
  // Use the files instead of dyad's own tables of the same kind: actor files replace dyad's
  // countries, capitals, demonyms, regions, organisations and people; agent files replace
  // dyad's sector nouns. The place gazetteer stays.
  bool replace_dyad = false;
  bool empty() const { return actor_files.empty() && agent_files.empty(); }
};

class PetrarchLexicon {
 public:
  // Reads every file; a malformed line stops loading with "file:line: reason". The quirks
  // PETRARCH accepts are counted in warnings().
  static Result<std::unique_ptr<PetrarchLexicon>> Load(const ActorDictionaryOptions& options);

  struct ActorHit {
    size_t length = 0;  // words matched; 0 for none
    std::string code;   // on the date; "---" for PETRARCH's null actor
    const ActorEntry* entry = nullptr;
  };
  // The longest actor phrase at words[start] that has a code on `date` (YYYY-MM-DD).
  ActorHit MatchActor(const std::vector<std::string_view>& words, size_t start,
                      std::string_view date) const;

  struct AgentHit {
    size_t length = 0;
    const Agent* agent = nullptr;  // code: the sector blocks without '~'
    bool plural = false;
  };
  AgentHit MatchAgent(const std::vector<std::string_view>& words, size_t start) const;

  bool has_actors() const { return actors_.size() > 0; }
  bool has_agents() const { return agents_.size() > 0; }
  bool replaces_dyad_actors() const { return replace_dyad_ && has_actors(); }
  bool replaces_dyad_agents() const { return replace_dyad_ && has_agents(); }
  size_t actor_phrases() const { return actors_.size(); }
  size_t agent_phrases() const { return agents_.size(); }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  void AddAgents(const std::vector<AgentEntry>& entries);

  bool replace_dyad_ = false;
  PhraseDictionary actors_, agents_;
  std::vector<ActorEntry> actor_entries_;  // by PhraseMatch::record
  std::vector<Agent> agent_table_;
  std::vector<int> agent_of_record_;  // record -> agent_table_ index
  std::vector<bool> plural_of_record_;
  std::vector<std::string> warnings_;
};

// A dictionary's canonical phrase as a display name: in an all-capital phrase each word gets
// an initial capital ("HUGO CHAVEZ" -> "Hugo Chavez") except abbreviations with dots ("U.N.");
// a phrase with any lower case stays as written.
std::string DictionaryDisplayName(std::string_view canonical);

}  // namespace dyad

#endif  // DYAD_ACTORS_PETRARCH_LEXICON_H_
