#include "store/minhash.h"

#include <xxhash.h>

#include <limits>
#include <string>

#include "base/utf8.h"

namespace dyad {
namespace {

// Words: runs of letters and digits (any byte >= 0x80 counts as a letter, so non-ASCII words
// stay whole), lowercased.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(UnicodeLower(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(UnicodeLower(current));
  return words;
}

}  // namespace

std::vector<uint64_t> MinHashSignature(std::string_view text) {
  std::vector<uint64_t> signature(kMinHashSize, std::numeric_limits<uint64_t>::max());
  std::vector<std::string> words = Words(text);
  if (words.empty()) return signature;
  size_t shingles = words.size() >= kShingleWords ? words.size() - kShingleWords + 1 : 1;
  for (size_t start = 0; start < shingles; ++start) {
    std::string shingle;
    for (size_t word_idx = start; word_idx < std::min(words.size(), start + kShingleWords);
         ++word_idx) {
      shingle += words[word_idx];
      shingle += ' ';
    }
    // One base hash, then kMinHashSize cheap permutations of it (seeded rehash).
    uint64_t base = XXH3_64bits(shingle.data(), shingle.size());
    for (int hash_idx = 0; hash_idx < kMinHashSize; ++hash_idx) {
      uint64_t h = XXH3_64bits_withSeed(&base, sizeof base, hash_idx + 1);
      if (h < signature[hash_idx]) signature[hash_idx] = h;
    }
  }
  return signature;
}

std::vector<uint64_t> MinHashBands(const std::vector<uint64_t>& signature) {
  constexpr int kRows = kMinHashSize / kMinHashBands;
  std::vector<uint64_t> bands;
  for (int band_idx = 0; band_idx < kMinHashBands; ++band_idx) {
    // The band number is the seed, so equal rows in different bands do not collide.
    bands.push_back(XXH3_64bits_withSeed(&signature[band_idx * kRows], kRows * sizeof(uint64_t),
                                         band_idx) >>
                    1);  // fits SQLite's signed 64-bit integers
  }
  return bands;
}

double MinHashSimilarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.size() != b.size() || a.empty()) return 0;
  int equal = 0;
  for (size_t hash_idx = 0; hash_idx < a.size(); ++hash_idx) equal += a[hash_idx] == b[hash_idx];
  return static_cast<double>(equal) / a.size();
}

}  // namespace dyad
