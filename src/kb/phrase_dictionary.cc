#include "kb/phrase_dictionary.h"

#include <algorithm>

#include "base/utf8.h"

namespace dyad {

std::string PhraseDictionary::Key(const std::vector<std::string_view>& words, size_t start,
                                  size_t len, bool strip_accents) {
  std::string key;
  for (size_t word_idx = start; word_idx < start + len; ++word_idx) {
    if (word_idx > start) key += ' ';
    std::string lower = UnicodeLower(words[word_idx]);
    key += strip_accents ? StripAccents(lower) : lower;
  }
  return key;
}

void PhraseDictionary::Add(const std::vector<std::string>& words, std::vector<DictCode> codes) {
  if (words.empty()) {
    ++records_;  // keeps record numbers in step with the caller's entries
    return;
  }
  std::vector<std::string_view> views(words.begin(), words.end());
  const std::string exact = Key(views, 0, views.size(), false);
  auto [it, inserted] = exact_.emplace(exact, phrases_.size());
  if (inserted) phrases_.emplace_back();
  phrases_[it->second].records.push_back(Record{std::move(codes), records_++});
  // The first phrase with a given unmarked spelling answers accent-free lookups.
  unmarked_.emplace(Key(views, 0, views.size(), true), it->second);
  size_t& longest = max_len_[Key(views, 0, 1, true)];
  longest = std::max(longest, words.size());
  // dyad's tokenizer splits most hyphenated words ("Al-Qaeda": Al - Qaeda): the phrase is
  // found as those tokens too, as the same record.
  std::vector<std::string> split;
  for (const std::string& w : words) {
    size_t at = 0;
    for (size_t dash = w.find('-', 1); dash != std::string::npos && dash + 1 < w.size();
         dash = w.find('-', dash + 1)) {
      if (dash == at) continue;  // "--": no word between
      split.push_back(w.substr(at, dash - at));
      split.push_back("-");
      at = dash + 1;
    }
    split.push_back(w.substr(at));
  }
  if (split.size() == words.size()) return;
  std::vector<std::string_view> split_views(split.begin(), split.end());
  exact_.emplace(Key(split_views, 0, split.size(), false), it->second);
  unmarked_.emplace(Key(split_views, 0, split.size(), true), it->second);
  size_t& split_longest = max_len_[Key(split_views, 0, 1, true)];
  split_longest = std::max(split_longest, split.size());
}

void PhraseDictionary::AddActors(const std::vector<ActorEntry>& entries) {
  for (const ActorEntry& e : entries) Add(e.words, e.codes);
}

void PhraseDictionary::AddAgents(const std::vector<AgentEntry>& entries) {
  for (const AgentEntry& e : entries) Add(e.words, {DictCode{e.code, "", ""}});
}

void PhraseDictionary::Resolve(const Entry& entry, std::string_view date, PhraseMatch* match) {
  for (const Record& r : entry.records) {
    const std::vector<DictCode>& record = r.codes;
    const DictCode* chosen = nullptr;
    if (!date.empty()) {
      for (const DictCode& c : record) {
        if (c.dated() && (c.start.empty() || c.start <= date) && (c.end.empty() || date <= c.end)) {
          chosen = &c;
          break;
        }
      }
    }
    if (chosen == nullptr) {
      for (const DictCode& c : record) {
        if (!c.dated()) {
          chosen = &c;
          break;
        }
      }
    }
    if (chosen == nullptr && date.empty() && !record.empty()) chosen = &record[0];
    if (chosen == nullptr) continue;
    if (match->record < 0) match->record = r.id;
    if (std::find(match->codes.begin(), match->codes.end(), chosen->code) == match->codes.end()) {
      match->codes.push_back(chosen->code);
    }
  }
  if (!match->codes.empty()) match->code = match->codes[0];
}

PhraseMatch PhraseDictionary::Match(const std::vector<std::string_view>& words, size_t start,
                                    std::string_view date) const {
  PhraseMatch match;
  if (start >= words.size()) return match;
  std::vector<std::string> lower, unmarked;  // per word of the window, folded once
  auto fold = [&](size_t word_idx) {
    const std::string_view w = words[start + word_idx];
    const bool ascii = std::all_of(w.begin(), w.end(), [](char c) { return (c & 0x80) == 0; });
    // ASCII words need neither ICU's case folding nor accent stripping.
    lower.push_back(ascii ? AsciiLower(w) : UnicodeLower(w));
    // An underscore joins words in the text as in a dictionary phrase ("Dol_Amroth").
    std::replace(lower.back().begin(), lower.back().end(), '_', ' ');
    unmarked.push_back(ascii ? lower.back() : StripAccents(lower.back()));
  };
  fold(0);
  auto longest = max_len_.find(unmarked[0].substr(0, unmarked[0].find(' ')));
  if (longest == max_len_.end()) return match;
  const size_t max_len = std::min(longest->second, words.size() - start);
  for (size_t word_idx = 1; word_idx < max_len; ++word_idx) fold(word_idx);
  for (size_t len = max_len; len > 0; --len) {
    std::string exact_key, unmarked_key;
    for (size_t word_idx = 0; word_idx < len; ++word_idx) {
      if (word_idx > 0) exact_key += ' ', unmarked_key += ' ';
      exact_key += lower[word_idx];
      unmarked_key += unmarked[word_idx];
    }
    auto hit = exact_.find(exact_key);
    if (hit == exact_.end()) {
      hit = unmarked_.find(unmarked_key);
      if (hit == unmarked_.end()) continue;
    }
    match.length = len;
    Resolve(phrases_[hit->second], date, &match);
    return match;
  }
  return match;
}

}  // namespace dyad
