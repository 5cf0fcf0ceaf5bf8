// Near-duplicate articles (syndicated copies of one story) by MinHash over word shingles,
// with locality-sensitive hashing bands so the store finds candidates by index lookups
// instead of comparing every pair.
#ifndef DYAD_STORE_MINHASH_H_
#define DYAD_STORE_MINHASH_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad {

inline constexpr int kMinHashSize = 64;   // hash functions per signature
inline constexpr int kMinHashBands = 16;  // LSH bands of kMinHashSize / kMinHashBands rows
inline constexpr int kShingleWords = 5;   // words per shingle

// kMinHashSize minima over the hashed kShingleWords-word shingles of `text` (words lowercased,
// punctuation dropped). A text shorter than one shingle uses its words as one shingle; an
// empty text gives all-max values.
std::vector<uint64_t> MinHashSignature(std::string_view text);

// One hash per band: articles sharing any band hash are candidates.
std::vector<uint64_t> MinHashBands(const std::vector<uint64_t>& signature);

// The estimated Jaccard similarity of the two shingle sets: the share of equal minima.
double MinHashSimilarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace dyad

#endif  // DYAD_STORE_MINHASH_H_
