#include "base/huge_array.h"

#include <sys/mman.h>

#include <new>

namespace dyad {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;

// Small arrays are not worth a huge page; they come from the ordinary heap.
bool UseMmap(size_t bytes) { return bytes >= kHugePage / 2; }

size_t Rounded(size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }

}  // namespace

void* AllocateHugeZeroed(size_t bytes) {
  if (!UseMmap(bytes)) {
    void* p = ::operator new(bytes);
    std::memset(p, 0, bytes);
    return p;
  }
  // Over-allocate by one huge page so the array can start on a 2 MiB boundary, then give
  // the unused head and tail back.
  const size_t size = Rounded(bytes);
  const size_t span = size + kHugePage;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  char* base = static_cast<char*>(raw);
  const size_t head = (kHugePage - reinterpret_cast<uintptr_t>(base) % kHugePage) % kHugePage;
  if (head) munmap(base, head);
  if (span - head > size) munmap(base + head + size, span - head - size);
#ifdef MADV_HUGEPAGE
  madvise(base + head, size, MADV_HUGEPAGE);  // advice only: failure leaves 4 KiB pages
#endif
  return base + head;
}

void FreeHuge(void* p, size_t bytes) {
  if (!UseMmap(bytes)) {
    ::operator delete(p);
    return;
  }
  munmap(p, Rounded(bytes));
}

}  // namespace dyad
