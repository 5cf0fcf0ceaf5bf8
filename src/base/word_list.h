// Membership in the small fixed word lists the coders keep in code (titles that speak for a
// body, verbs that judge an event, nouns of places ...): a few dozen words at most, so a scan.
#ifndef DYAD_BASE_WORD_LIST_H_
#define DYAD_BASE_WORD_LIST_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace dyad {

inline bool OneOf(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

template <size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace dyad

#endif  // DYAD_BASE_WORD_LIST_H_
