#include "nlp/gazetteer.h"

#include <algorithm>

#include "base/utf8.h"
#include "nlp/features.h"
#include "nlp/hash_table_io.h"

namespace dyad {
namespace {

// Hash of a word sequence, built incrementally (order-sensitive) from the words' hashes.
uint64_t Extend(uint64_t h, uint64_t word_hash) { return MixBits(h * 31 + word_hash); }

// `word_hashes` are HashString of each word: computed once, not once per candidate span.
void Fill(const std::vector<uint64_t>& word_hashes, const FlatMap& table,
          std::vector<uint64_t>* out) {
  const size_t n = word_hashes.size();
  out->assign(n, 0);
  for (size_t i = 0; i < n;) {
    size_t best_len = 0;
    uint8_t best_type = 0;
    uint64_t h = 0x9E37;
    for (size_t len = 1; len <= static_cast<size_t>(Gazetteer::kMaxWords) && i + len <= n; ++len) {
      h = Extend(h, word_hashes[i + len - 1]);
      if (const uint64_t* type = table.Find(h)) {
        best_len = len;
        best_type = static_cast<uint8_t>(*type);
      }
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
    exact = Extend(exact, HashString(w));
    folded = Extend(folded, HashString(UnicodeLower(w)));
  }
  exact_.Insert(exact) |= type;
  folded_.Insert(folded) |= type;
}

void Gazetteer::Match(const Sentence& s, std::vector<uint64_t>* exact,
                      std::vector<uint64_t>* folded) const {
  std::vector<uint64_t> forms, lowers;
  forms.reserve(s.words.size());
  lowers.reserve(s.words.size());
  for (const Word& w : s.words) {
    forms.push_back(HashString(w.form));
    lowers.push_back(HashString(UnicodeLower(w.form)));
  }
  Fill(forms, exact_, exact);
  Fill(lowers, folded_, folded);
}

// The model block is hash_table_io's (sorted pairs), as it was when these were unordered_maps.
void Gazetteer::Write(ByteWriter* w) const {
  for (const FlatMap* table : {&exact_, &folded_}) {
    std::unordered_map<uint64_t, uint8_t> copy;
    table->ForEach([&](uint64_t key, uint64_t type) { copy[key] = static_cast<uint8_t>(type); });
    WriteHashTable(copy, w);
  }
}

Status Gazetteer::Read(ByteReader* r) {
  for (FlatMap* table : {&exact_, &folded_}) {
    std::unordered_map<uint64_t, uint8_t> copy;
    RETURN_IF_ERROR(ReadHashTable(r, &copy));
    *table = FlatMap();
    for (const auto& [key, type] : copy) table->Insert(key) = type;
  }
  return Status::Ok();
}

}  // namespace dyad
