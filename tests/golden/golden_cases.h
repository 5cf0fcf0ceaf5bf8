// The cases of a golden folder: the stems of its .txt articles, sorted.
#ifndef DYAD_TESTS_GOLDEN_GOLDEN_CASES_H_
#define DYAD_TESTS_GOLDEN_GOLDEN_CASES_H_

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace dyad {

inline std::vector<std::string> GoldenCases(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace dyad

#endif  // DYAD_TESTS_GOLDEN_GOLDEN_CASES_H_
