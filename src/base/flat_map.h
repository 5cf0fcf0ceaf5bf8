// A hash map from 64-bit keys (already hashes) to 64-bit values, in one flat array: a lookup
// costs one cache miss, where std::unordered_map costs two or three (bucket, node, and for
// string keys the key's own bytes). Built once after loading, or grown key by key (Insert).
#ifndef DYAD_BASE_FLAT_MAP_H_
#define DYAD_BASE_FLAT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace dyad {

class FlatMap {
 public:
  // Later duplicates of a key are ignored.
  void Build(const std::vector<std::pair<uint64_t, uint64_t>>& items) {
    size_t size = 16;
    while (size < items.size() * 2) size <<= 1;
    Reset(size);
    for (const auto& [key, value] : items) {
      const size_t before = this->size();
      uint64_t& stored = Insert(key);
      if (this->size() > before) stored = value;
    }
  }

  // The value of key, inserted as 0 when missing. Invalidates pointers from Find.
  uint64_t& Insert(uint64_t key) {
    if (key == kEmpty) {
      if (!has_empty_key_) empty_key_value_ = 0, has_empty_key_ = true;
      return empty_key_value_;
    }
    if (slots_.empty() || (used_ + 1) * 2 > slots_.size()) Grow();
    Slot& slot = slots_[SlotOf(key)];
    if (slot.key == kEmpty) {
      slot = {key, 0};
      ++used_;
    }
    return slot.value;
  }

  size_t size() const { return used_ + (has_empty_key_ ? 1 : 0); }

  // Calls visit(key, value) for every entry, in no particular order.
  template <typename Visit>
  void ForEach(Visit&& visit) const {
    if (has_empty_key_) visit(kEmpty, empty_key_value_);
    for (const Slot& slot : slots_) {
      if (slot.key != kEmpty) visit(slot.key, slot.value);
    }
  }

  // The value of key, or null.
  const uint64_t* Find(uint64_t key) const {
    if (key == kEmpty) return has_empty_key_ ? &empty_key_value_ : nullptr;
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[SlotOf(key)];
    return slot.key == key ? &slot.value : nullptr;
  }

 private:
  static constexpr uint64_t kEmpty = 0;
  struct Slot {
    uint64_t key;
    uint64_t value;
  };
  size_t Home(uint64_t key) const {
    return (key ^ (key >> 29)) * 0x9E3779B97F4A7C15ULL >> 7 & mask_;
  }

  // The slot holding key, or the empty slot where it would go (linear probing).
  size_t SlotOf(uint64_t key) const {
    size_t slot = Home(key);
    while (slots_[slot].key != kEmpty && slots_[slot].key != key) slot = (slot + 1) & mask_;
    return slot;
  }

  void Reset(size_t size) {
    mask_ = size - 1;
    slots_.assign(size, Slot{kEmpty, 0});
    used_ = 0;
    has_empty_key_ = false;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    const bool had_empty_key = has_empty_key_;
    Reset(old.empty() ? 16 : old.size() * 2);
    has_empty_key_ = had_empty_key;
    for (const Slot& s : old) {
      if (s.key == kEmpty) continue;
      slots_[SlotOf(s.key)] = s;
      ++used_;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t used_ = 0;
  bool has_empty_key_ = false;
  uint64_t empty_key_value_ = 0;
};

}  // namespace dyad

#endif  // DYAD_BASE_FLAT_MAP_H_
