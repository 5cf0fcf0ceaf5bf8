#include "actors/petrarch_lexicon.h"

#include "base/utf8.h"

namespace dyad {

Result<std::unique_ptr<PetrarchLexicon>> PetrarchLexicon::Load(
    const ActorDictionaryOptions& options) {
  auto lex = std::make_unique<PetrarchLexicon>();
  lex->replace_dyad_ = options.replace_dyad;
  for (const std::string& path : options.actor_files) {
    ASSIGN_OR_RETURN(std::vector<ActorEntry> entries, ReadPetrarchActors(path, &lex->warnings_));
    lex->actors_.AddActors(entries);
    for (ActorEntry& e : entries) lex->actor_entries_.push_back(std::move(e));
  }
  for (const std::string& path : options.agent_files) {
    ASSIGN_OR_RETURN(std::vector<AgentEntry> entries, ReadPetrarchAgents(path, &lex->warnings_));
    lex->AddAgents(entries);
  }
  return lex;
}

void PetrarchLexicon::AddAgents(const std::vector<AgentEntry>& entries) {
  agents_.AddAgents(entries);
  // The reader lists a line's singular forms before its plurals: a plural belongs to the
  // latest singular of its line.
  int singular = -1, singular_line = -1;
  for (const AgentEntry& e : entries) {
    std::string phrase;
    for (const std::string& w : e.words) phrase += (phrase.empty() ? "" : " ") + w;
    phrase = UnicodeLower(phrase);
    std::string code;
    for (char ch : e.code) {
      if (ch != '~') code += ch;
    }
    if (e.plural && singular >= 0 && singular_line == e.line) {
      Agent& a = agent_table_[singular];
      if (a.plural.empty()) a.plural = phrase;
      agent_of_record_.push_back(singular);
    } else {
      // PETRARCH agents may stand before a name ("President Chavez") or alone.
      const bool prefix = !e.code.empty() && e.code.back() == '~';
      agent_table_.push_back(Agent{phrase, e.plural ? phrase : "", code, "both", prefix});
      agent_of_record_.push_back(static_cast<int>(agent_table_.size()) - 1);
      if (!e.plural) singular = agent_of_record_.back(), singular_line = e.line;
    }
    plural_of_record_.push_back(e.plural);
  }
}

PetrarchLexicon::ActorHit PetrarchLexicon::MatchActor(const std::vector<std::string_view>& words,
                                                      size_t start, std::string_view date) const {
  ActorHit hit;
  if (!has_actors()) return hit;
  PhraseMatch m = actors_.Match(words, start, date);
  if (m.length == 0 || m.code.empty() || m.record < 0) return hit;
  hit.length = m.length;
  hit.code = m.code;
  hit.entry = &actor_entries_[m.record];
  return hit;
}

PetrarchLexicon::AgentHit PetrarchLexicon::MatchAgent(const std::vector<std::string_view>& words,
                                                      size_t start) const {
  AgentHit hit;
  if (!has_agents()) return hit;
  PhraseMatch m = agents_.Match(words, start, "");
  if (m.length == 0 || m.record < 0) return hit;
  hit.length = m.length;
  hit.agent = &agent_table_[agent_of_record_[m.record]];
  hit.plural = plural_of_record_[m.record];
  return hit;
}

std::string DictionaryDisplayName(std::string_view canonical) {
  // A phrase written in mixed case was written as its name is spelled.
  for (char ch : canonical) {
    if (ch >= 'a' && ch <= 'z') return std::string(canonical);
  }
  std::string out;
  size_t at = 0;
  while (at < canonical.size()) {
    size_t space = canonical.find(' ', at);
    if (space == std::string_view::npos) space = canonical.size();
    const std::string_view word = canonical.substr(at, space - at);
    const bool keep = word.find('.') != std::string_view::npos;  // "U.N."
    if (!out.empty()) out += ' ';
    if (keep || word.empty()) {
      out += word;
    } else {
      int len = 1;
      bool valid = true;
      DecodeUtf8(word, 0, &len, &valid);
      out += word.substr(0, len);
      out += UnicodeLower(word.substr(len));
    }
    at = space + 1;
  }
  return out;
}

}  // namespace dyad
