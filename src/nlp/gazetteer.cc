#include "nlp/gazetteer.h"

#include <algorithm>

#include "base/utf8.h"
#include "nlp/features.h"
#include "nlp/hash_table_io.h"

namespace dyad {
namespace {

// Hash of a word sequence, built incrementally (order-sensitive).
uint64_t Extend(uint64_t h, std::string_view word) { return MixBits(h * 31 + HashString(word)); }

void Fill(const std::vector<std::string>& words, const std::unordered_map<uint64_t, uint8_t>& table,
          std::vector<uint64_t>* out) {
  const size_t n = words.size();
  out->assign(n, 0);
  for (size_t i = 0; i < n;) {
    size_t best_len = 0;
    uint8_t best_type = 0;
    uint64_t h = 0x9E37;
    for (size_t len = 1; len <= static_cast<size_t>(Gazetteer::kMaxWords) && i + len <= n; ++len) {
      h = Extend(h, words[i + len - 1]);
      auto it = table.find(h);
      if (it != table.end()) best_len = len, best_type = it->second;
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    for (size_t k = 0; k < best_len; ++k) (*out)[i + k] = (k == 0 ? 16 : 32) | best_type;
    i += best_len;
  }
}

std::vector<std::string> SplitWords(const std::string& phrase) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < phrase.size()) {
    size_t space = phrase.find(' ', start);
    if (space == std::string::npos) space = phrase.size();
    if (space > start) words.push_back(phrase.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

}  // namespace

void Gazetteer::Add(const std::string& phrase, Type type) {
  std::vector<std::string> words = SplitWords(phrase);
  if (words.empty() || words.size() > static_cast<size_t>(kMaxWords)) return;
  uint64_t exact = 0x9E37, folded = 0x9E37;
  for (const auto& w : words) {
    exact = Extend(exact, w);
    folded = Extend(folded, UnicodeLower(w));
  }
  exact_[exact] |= type;
  folded_[folded] |= type;
}

void Gazetteer::Match(const Sentence& s, std::vector<uint64_t>* exact,
                      std::vector<uint64_t>* folded) const {
  std::vector<std::string> forms, lowers;
  for (const Word& w : s.words) {
    forms.push_back(w.form);
    lowers.push_back(UnicodeLower(w.form));
  }
  Fill(forms, exact_, exact);
  Fill(lowers, folded_, folded);
}

void Gazetteer::Write(ByteWriter* w) const {
  WriteHashTable(exact_, w);
  WriteHashTable(folded_, w);
}

Status Gazetteer::Read(ByteReader* r) {
  RETURN_IF_ERROR(ReadHashTable(r, &exact_));
  return ReadHashTable(r, &folded_);
}

}  // namespace dyad
