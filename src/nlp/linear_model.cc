#include "nlp/linear_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace dyad {

void LinearModel::Score(const uint64_t* features, size_t count, float* scores) const {
  if (slots_.empty()) return;
  // Scoring is bound by cache misses on a large table, so the probes are issued in a
  // batch with prefetches before any is read.
  constexpr size_t kBatch = 32;
  uint32_t keys[kBatch], home[kBatch];
  for (size_t base = 0; base < count; base += kBatch) {
    const size_t n = std::min(kBatch, count - base);
    for (size_t f = 0; f < n; ++f) {
      keys[f] = FoldFeature(features[base + f]);
      home[f] = (keys[f] * 2654435761u) & mask_;
      __builtin_prefetch(&slots_[home[f]]);
    }
    uint32_t found[kBatch];
    size_t hits = 0;
    for (size_t f = 0; f < n; ++f) {
      uint32_t slot = home[f];
      while (true) {
        uint32_t k = slots_[slot].key;
        if (k == keys[f]) {
          found[hits++] = slot;
          if (slots_[slot + 1].begin - slots_[slot].begin > kInline) {
            __builtin_prefetch(&entries_[slots_[slot].begin]);
          }
          break;
        }
        if (k == 0) break;
        slot = (slot + 1) & mask_;
      }
    }
    for (size_t h = 0; h < hits; ++h) {
      const Slot& slot = slots_[found[h]];
      const uint32_t count = slots_[found[h] + 1].begin - slot.begin;
      if (count <= kInline) {
        for (uint32_t e = 0; e < count; ++e)
          scores[slot.first[e].label] += scale_ * slot.first[e].weight;
      } else {
        for (uint32_t e = slot.begin; e < slot.begin + count; ++e) {
          scores[entries_[e].label] += scale_ * entries_[e].weight;
        }
      }
    }
  }
}

void LinearModel::BuildTable(std::vector<std::pair<uint32_t, std::vector<Entry>>> rows) {
  num_features_ = rows.size();
  size_t slots = 16;
  while (slots < rows.size() * 4 / 3 + 1) slots <<= 1;
  mask_ = static_cast<uint32_t>(slots - 1);
  slots_.assign(slots + 1, Slot{0, 0, {}});
  std::vector<int32_t> row_of_slot(slots, -1);
  for (size_t r = 0; r < rows.size(); ++r) {
    uint32_t slot = (rows[r].first * 2654435761u) & mask_;
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    slots_[slot].key = rows[r].first;
    row_of_slot[slot] = static_cast<int32_t>(r);
  }
  entries_.clear();
  for (size_t slot = 0; slot < slots; ++slot) {
    slots_[slot].begin = static_cast<uint32_t>(entries_.size());
    if (row_of_slot[slot] >= 0) {
      const auto& row = rows[row_of_slot[slot]].second;
      entries_.insert(entries_.end(), row.begin(), row.end());
      for (uint32_t e = 0; e < kInline && e < row.size(); ++e) slots_[slot].first[e] = row[e];
    }
  }
  slots_[slots].begin = static_cast<uint32_t>(entries_.size());
}

LinearModel LinearModel::Build(int num_classes, std::vector<Weight> weights) {
  LinearModel m;
  m.num_classes_ = num_classes;
  // Fold to 32-bit keys, summing weights that collide.
  std::unordered_map<uint64_t, float> folded;
  folded.reserve(weights.size());
  for (const auto& w : weights) {
    folded[(static_cast<uint64_t>(FoldFeature(w.feature)) << 16) | w.label] += w.weight;
  }
  float max_abs = 0;
  for (const auto& [k, v] : folded) max_abs = std::max(max_abs, std::fabs(v));
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::map<uint32_t, std::vector<Entry>> rows;
  for (const auto& [k, v] : folded) {
    long q = std::lround(v / m.scale_);
    if (q == 0) continue;
    rows[static_cast<uint32_t>(k >> 16)].push_back(
        {static_cast<uint16_t>(k & 0xFFFF), static_cast<int16_t>(q)});
  }
  std::vector<std::pair<uint32_t, std::vector<Entry>>> list;
  list.reserve(rows.size());
  for (auto& [key, row] : rows) {
    std::sort(row.begin(), row.end(),
              [](const Entry& a, const Entry& b) { return a.label < b.label; });
    list.emplace_back(key, std::move(row));
  }
  m.BuildTable(std::move(list));
  return m;
}

LinearModel LinearModel::Pruned(float min_weight) const {
  LinearModel m;
  m.num_classes_ = num_classes_;
  m.scale_ = scale_;
  std::vector<std::pair<uint32_t, std::vector<Entry>>> rows;
  for (size_t slot = 0; slot + 1 < slots_.size(); ++slot) {
    if (slots_[slot].key == 0) continue;
    std::vector<Entry> kept;
    for (uint32_t e = slots_[slot].begin; e < slots_[slot + 1].begin; ++e) {
      if (std::fabs(scale_ * entries_[e].weight) >= min_weight) kept.push_back(entries_[e]);
    }
    if (!kept.empty()) rows.emplace_back(slots_[slot].key, std::move(kept));
  }
  m.BuildTable(std::move(rows));
  return m;
}

// Stored as the list of rows (key, count, entries); the table is rebuilt on load.
void LinearModel::Write(ByteWriter* w) const {
  w->U32(static_cast<uint32_t>(num_classes_));
  w->F32(scale_);
  w->U32(static_cast<uint32_t>(num_features_));
  for (size_t slot = 0; slot + 1 < slots_.size(); ++slot) {
    if (slots_[slot].key == 0) continue;
    w->U32(slots_[slot].key);
    uint32_t count = slots_[slot + 1].begin - slots_[slot].begin;
    w->U16(static_cast<uint16_t>(count));
    for (uint32_t e = slots_[slot].begin; e < slots_[slot + 1].begin; ++e) {
      w->U16(entries_[e].label);
      w->I16(entries_[e].weight);
    }
  }
}

Status LinearModel::Read(ByteReader* r) {
  uint32_t classes, features;
  RETURN_IF_ERROR(r->U32(&classes));
  RETURN_IF_ERROR(r->F32(&scale_));
  RETURN_IF_ERROR(r->U32(&features));
  if (classes == 0 || classes > 65535) return Status::Corruption("linear model: bad class count");
  num_classes_ = static_cast<int>(classes);
  std::vector<std::pair<uint32_t, std::vector<Entry>>> rows(features);
  for (auto& [key, row] : rows) {
    RETURN_IF_ERROR(r->U32(&key));
    uint16_t count;
    RETURN_IF_ERROR(r->U16(&count));
    row.resize(count);
    for (auto& e : row) {
      RETURN_IF_ERROR(r->U16(&e.label));
      RETURN_IF_ERROR(r->I16(&e.weight));
      if (e.label >= classes) return Status::Corruption("linear model: label out of range");
    }
    if (key == 0) return Status::Corruption("linear model: zero key");
  }
  BuildTable(std::move(rows));
  return Status::Ok();
}

}  // namespace dyad
