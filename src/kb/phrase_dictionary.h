// Longest-match lookup of dictionary phrases (PETRARCH actors or agents) in a word
// sequence, for the actor coder. Case-insensitive; a phrase written with accents also
// matches text without them and the reverse ("Ñáñez" ~ "NANEZ"), exact spelling first.
#ifndef DYAD_KB_PHRASE_DICTIONARY_H_
#define DYAD_KB_PHRASE_DICTIONARY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kb/petrarch_actors.h"

namespace dyad {

struct PhraseMatch {
  size_t length = 0;               // words matched; 0 when nothing matched
  std::string code;                // the first of `codes`, "" when none applies on the date
  std::vector<std::string> codes;  // one per dictionary record of the phrase, deduplicated
  // Which Add() call (0-based, counting AddActors/AddAgents entries one by one) gave `code`,
  // so callers can find the record's canonical phrase; -1 when nothing applies.
  int record = -1;
};

class PhraseDictionary {
 public:
  // Adds one record: a phrase and its codes in file order. Adding the same phrase again
  // (PETRARCH's repeated phrases) keeps every record; all of them count.
  void Add(const std::vector<std::string>& words, std::vector<DictCode> codes);
  void AddActors(const std::vector<ActorEntry>& entries);
  void AddAgents(const std::vector<AgentEntry>& entries);

  // The longest phrase starting at words[start]. Each record gives the first code whose
  // window holds `date` (YYYY-MM-DD), else its first undated code; with an empty date,
  // windows are ignored and the first undated code (else the first code) applies.
  PhraseMatch Match(const std::vector<std::string_view>& words, size_t start,
                    std::string_view date) const;

  size_t size() const { return phrases_.size(); }

 private:
  struct Record {
    std::vector<DictCode> codes;
    int id = 0;  // Add() call number
  };
  struct Entry {
    std::vector<Record> records;
  };
  static std::string Key(const std::vector<std::string_view>& words, size_t start, size_t len,
                         bool strip_accents);
  // Resolves every record of an entry on a date.
  static void Resolve(const Entry& entry, std::string_view date, PhraseMatch* match);

  std::vector<Entry> phrases_;
  int records_ = 0;
  std::unordered_map<std::string, size_t> exact_;     // lower-cased key -> phrase
  std::unordered_map<std::string, size_t> unmarked_;  // lower-cased, accents stripped
  std::unordered_map<std::string, size_t> max_len_;   // unmarked first word -> longest phrase
};

}  // namespace dyad

#endif  // DYAD_KB_PHRASE_DICTIONARY_H_
