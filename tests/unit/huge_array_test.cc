#include "base/huge_array.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace dyad {
namespace {

// Small arrays come from the heap, large ones from huge-page mappings; both start zeroed
// and copy, move and assign alike.
TEST(HugeArrayTest, SmallAndLargeArraysBehaveAlike) {
  for (size_t size : {size_t{0}, size_t{10}, size_t{3} << 20}) {
    HugeArray<uint32_t> a(size);
    ASSERT_EQ(a.size(), size);
    EXPECT_EQ(a.empty(), size == 0);
    for (size_t i = 0; i < size; ++i) ASSERT_EQ(a[i], 0u) << i;
    for (size_t i = 0; i < size; ++i) a[i] = static_cast<uint32_t>(i * 7);
    HugeArray<uint32_t> copy(a);
    HugeArray<uint32_t> moved(std::move(a));
    EXPECT_TRUE(a.empty());
    HugeArray<uint32_t> assigned;
    assigned = copy;
    ASSERT_EQ(copy.size(), size);
    ASSERT_EQ(moved.size(), size);
    for (size_t i = 0; i < size; ++i) {
      ASSERT_EQ(copy[i], i * 7);
      ASSERT_EQ(moved[i], i * 7);
      ASSERT_EQ(assigned[i], i * 7);
    }
    if (size >= (size_t{1} << 20)) {
      EXPECT_EQ(reinterpret_cast<uintptr_t>(moved.data()) % (size_t{2} << 20), 0u);
    }
  }
}

}  // namespace
}  // namespace dyad
