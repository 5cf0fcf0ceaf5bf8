// A fixed-size array of trivially copyable values in memory that asks the kernel for
// transparent huge pages. The linear models' weight tables are probed at random; with
// 4 KiB pages nearly every probe of a 10 MB table also misses the TLB (and under a
// hypervisor a TLB miss walks two page tables), so 2 MiB pages save a second miss.
// Falls back to ordinary pages where huge pages are unavailable.
#ifndef DYAD_BASE_HUGE_ARRAY_H_
#define DYAD_BASE_HUGE_ARRAY_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

namespace dyad {

// Allocates `bytes` zeroed bytes, huge-page aligned when large; never returns null for
// bytes > 0 (aborts on exhaustion like operator new).
void* AllocateHugeZeroed(size_t bytes);
void FreeHuge(void* p, size_t bytes);

template <typename T>
class HugeArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  HugeArray() = default;
  explicit HugeArray(size_t size)
      : data_(size ? static_cast<T*>(AllocateHugeZeroed(size * sizeof(T))) : nullptr),
        size_(size) {}
  HugeArray(const HugeArray& other) : HugeArray(other.size_) {
    if (size_) std::memcpy(data_, other.data_, size_ * sizeof(T));
  }
  HugeArray(HugeArray&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}
  HugeArray& operator=(HugeArray other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    return *this;
  }
  ~HugeArray() {
    if (data_) FreeHuge(data_, size_ * sizeof(T));
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_BASE_HUGE_ARRAY_H_
