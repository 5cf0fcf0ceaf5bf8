#include "train/cluster_words.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <unordered_map>

#include "base/utf8.h"
#include "nlp/features.h"

namespace dyad {
namespace {

using SparseRow = std::vector<std::pair<int, float>>;  // (dimension, value), unit length

// Spherical k-means: the cluster (0-based) of each row.
std::vector<int> KMeans(const std::vector<SparseRow>& rows, int dims, int k, int iterations,
                        uint64_t seed) {
  const int n = static_cast<int>(rows.size());
  k = std::min(k, n);
  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<std::vector<float>> centroids(k, std::vector<float>(dims, 0));
  for (int c = 0; c < k; ++c) {
    for (const auto& [d, v] : rows[order[c]]) centroids[c][d] = v;
  }
  std::vector<int> assignment(n, -1);
  for (int iter = 0; iter < iterations; ++iter) {
    bool changed = false;
    for (int i = 0; i < n; ++i) {
      int best = 0;
      float best_dot = -1e30f;
      for (int c = 0; c < k; ++c) {
        float dot = 0;
        for (const auto& [d, v] : rows[i]) dot += centroids[c][d] * v;
        if (dot > best_dot) best_dot = dot, best = c;
      }
      if (assignment[i] != best) changed = true, assignment[i] = best;
    }
    if (!changed) break;
    for (auto& c : centroids) std::fill(c.begin(), c.end(), 0.0f);
    for (int i = 0; i < n; ++i) {
      for (const auto& [d, v] : rows[i]) centroids[assignment[i]][d] += v;
    }
    for (auto& c : centroids) {
      double norm = 0;
      for (float v : c) norm += static_cast<double>(v) * v;
      if (norm == 0) continue;  // an empty cluster keeps no centroid
      const float inv = static_cast<float>(1 / std::sqrt(norm));
      for (float& v : c) v *= inv;
    }
  }
  return assignment;
}

}  // namespace

WordClusters ClusterWords(const std::vector<Sentence>& text, const ClusterOptions& options) {
  std::vector<std::vector<std::string>> sentences;
  std::unordered_map<std::string, int> counts;
  for (const Sentence& s : text) {
    std::vector<std::string> lowers;
    for (const Word& w : s.words) lowers.push_back(UnicodeLower(w.form));
    for (const std::string& l : lowers) ++counts[l];
    sentences.push_back(std::move(lowers));
  }
  // Vocabulary by falling frequency (ties by spelling, for determinism).
  std::vector<std::pair<int, std::string>> by_count;
  for (const auto& [word, count] : counts) {
    if (count >= options.min_count) by_count.push_back({-count, word});
  }
  std::sort(by_count.begin(), by_count.end());
  std::unordered_map<std::string, int> vocab;
  for (const auto& [count, word] : by_count) vocab.emplace(word, static_cast<int>(vocab.size()));
  const int contexts = std::min<int>(options.context_words, static_cast<int>(vocab.size()));
  const int other = contexts, boundary = contexts + 1, side = contexts + 2;
  auto context_of = [&](const std::vector<std::string>& s, int k) {
    if (k < 0 || k >= static_cast<int>(s.size())) return boundary;
    auto it = vocab.find(s[k]);
    return it != vocab.end() && it->second < contexts ? it->second : other;
  };
  std::vector<std::map<int, float>> dense(vocab.size());
  for (const auto& s : sentences) {
    for (int i = 0; i < static_cast<int>(s.size()); ++i) {
      auto it = vocab.find(s[i]);
      if (it == vocab.end()) continue;
      dense[it->second][context_of(s, i - 1)] += 1;
      dense[it->second][side + context_of(s, i + 1)] += 1;
    }
  }
  std::vector<SparseRow> rows(vocab.size());
  for (size_t w = 0; w < dense.size(); ++w) {
    double norm = 0;
    for (const auto& [d, c] : dense[w]) {
      const float v = std::log1p(c);  // damp the most frequent contexts
      rows[w].push_back({d, v});
      norm += static_cast<double>(v) * v;
    }
    for (auto& [d, v] : rows[w]) v = static_cast<float>(v / std::sqrt(norm));
  }
  const std::vector<int> fine =
      KMeans(rows, 2 * side, options.fine, options.iterations, options.seed);
  const std::vector<int> coarse =
      KMeans(rows, 2 * side, options.coarse, options.iterations, options.seed + 1);
  WordClusters clusters;
  for (const auto& [word, index] : vocab) {
    clusters.Set(HashString(word), static_cast<uint16_t>(fine[index] + 1),
                 static_cast<uint16_t>(coarse[index] + 1));
  }
  return clusters;
}

}  // namespace dyad
