#include "base/flat_map.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <unordered_map>

namespace dyad {
namespace {

// Agrees with std::unordered_map on present and absent keys, including the key 0 that
// marks empty slots inside the table.
TEST(FlatMapTest, AgreesWithUnorderedMap) {
  std::mt19937_64 rng(5);
  std::unordered_map<uint64_t, uint64_t> reference;
  std::vector<std::pair<uint64_t, uint64_t>> items;
  for (int i = 0; i < 5000; ++i) {
    uint64_t key = i % 7 == 0 ? static_cast<uint64_t>(i) : rng();
    if (reference.emplace(key, i).second) items.emplace_back(key, i);
  }
  items.emplace_back(items.front().first, 123456);  // a later duplicate is ignored
  FlatMap map;
  EXPECT_EQ(map.Find(42), nullptr);  // empty map
  map.Build(items);
  for (const auto& [key, value] : reference) {
    const uint64_t* found = map.Find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value);
  }
  for (int i = 0; i < 5000; ++i) {
    uint64_t key = rng();
    EXPECT_EQ(map.Find(key) != nullptr, reference.count(key) == 1);
  }
}

// Grown key by key (the gazetteer's training path): every key found, values updated in place,
// ForEach visits each entry once, including the key 0.
TEST(FlatMapTest, InsertGrowsAndForEachVisitsAll) {
  FlatMap map;
  for (uint64_t key = 0; key < 1000; ++key) map.Insert(key * 0x9E3779B97F4A7C15ULL) = key;
  for (uint64_t key = 0; key < 1000; key += 2) map.Insert(key * 0x9E3779B97F4A7C15ULL) |= 1u << 20;
  EXPECT_EQ(map.size(), 1000u);
  for (uint64_t key = 0; key < 1000; ++key) {
    const uint64_t* found = map.Find(key * 0x9E3779B97F4A7C15ULL);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, key | (key % 2 == 0 ? 1u << 20 : 0));
  }
  std::map<uint64_t, uint64_t> seen;
  map.ForEach([&](uint64_t key, uint64_t value) { EXPECT_TRUE(seen.emplace(key, value).second); });
  EXPECT_EQ(seen.size(), 1000u);
  EXPECT_EQ(seen.at(0), 1u << 20);
}

}  // namespace
}  // namespace dyad
