// Model blocks holding a table from 64-bit hashes (words, phrases) to small codes:
// u32 count, then sorted (u64 hash, u8 or u32 code) pairs, so equal tables give equal
// files. Used by the gazetteer, the casing profile and the word clusters.
#ifndef DYAD_NLP_HASH_TABLE_IO_H_
#define DYAD_NLP_HASH_TABLE_IO_H_

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/model_file.h"
#include "dyad/status.h"

namespace dyad {

template <typename Code>
void WriteHashTable(const std::unordered_map<uint64_t, Code>& table, ByteWriter* w) {
  static_assert(std::is_same_v<Code, uint8_t> || std::is_same_v<Code, uint32_t>);
  std::vector<std::pair<uint64_t, Code>> sorted(table.begin(), table.end());
  std::sort(sorted.begin(), sorted.end());
  w->U32(static_cast<uint32_t>(sorted.size()));
  for (const auto& [hash, code] : sorted) {
    w->U64(hash);
    if constexpr (std::is_same_v<Code, uint8_t>) {
      w->U8(code);
    } else {
      w->U32(code);
    }
  }
}

template <typename Code>
Status ReadHashTable(ByteReader* r, std::unordered_map<uint64_t, Code>* table) {
  uint32_t n;
  RETURN_IF_ERROR(r->U32(&n));
  table->clear();
  table->reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t hash;
    Code code;
    RETURN_IF_ERROR(r->U64(&hash));
    if constexpr (std::is_same_v<Code, uint8_t>) {
      RETURN_IF_ERROR(r->U8(&code));
    } else {
      RETURN_IF_ERROR(r->U32(&code));
    }
    (*table)[hash] = code;
  }
  return Status::Ok();
}

}  // namespace dyad

#endif  // DYAD_NLP_HASH_TABLE_IO_H_
