#include "base/flat_map.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dyad
