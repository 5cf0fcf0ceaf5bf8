// Feature hashing shared by every linear model: a feature is a template id combined
// with one or more 64-bit values (string hashes, tag ids, small integers).
#ifndef DYAD_NLP_FEATURES_H_
#define DYAD_NLP_FEATURES_H_

#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace dyad {

inline uint64_t HashString(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

inline uint64_t MixBits(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t Feat(uint32_t tmpl, uint64_t a) {
  return MixBits(a + 0x9E3779B97F4A7C15ULL * (tmpl + 1));
}
inline uint64_t Feat(uint32_t tmpl, uint64_t a, uint64_t b) {
  return MixBits(Feat(tmpl, a) ^ (b + 0x632BE59BD9B4E019ULL));
}
inline uint64_t Feat(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return MixBits(Feat(tmpl, a, b) ^ (c + 0x8CB92BA72F3D8DD7ULL));
}
inline uint64_t Feat(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return MixBits(Feat(tmpl, a, b, c) ^ (d + 0x52DCE729DA3ED7C3ULL));
}

}  // namespace dyad

#endif  // DYAD_NLP_FEATURES_H_
