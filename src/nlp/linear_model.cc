#include "nlp/linear_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace dyad {

template <typename Fn>
void LinearModel::ForEachWeight(const uint64_t* features, size_t count, Fn&& fn) const {
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
    const Slot* found[kBatch];
    uint32_t found_feature[kBatch];
    size_t hits = 0;
    for (size_t f = 0; f < n; ++f) {
      uint32_t slot = home[f];
      while (true) {
        const Slot& s = slots_[slot];
        if (s.key == keys[f]) {
          found_feature[hits] = static_cast<uint32_t>(base + f);
          found[hits++] = &s;
          if (s.entry[0].label == kOverflow) {
            __builtin_prefetch(&entries_[(uint32_t{s.entry[1].label} << 16) |
                                         static_cast<uint16_t>(s.entry[1].weight)]);
          }
          break;
        }
        if (s.key == 0) break;
        slot = (slot + 1) & mask_;
      }
    }
    for (size_t h = 0; h < hits; ++h) {
      const Slot& s = *found[h];
      if (s.entry[0].label == kOverflow) {
        const uint32_t begin =
            (uint32_t{s.entry[1].label} << 16) | static_cast<uint16_t>(s.entry[1].weight);
        const uint32_t end = begin + s.entry[2].label;
        for (uint32_t e = begin; e < end; ++e) {
          fn(found_feature[h], entries_[e].label, entries_[e].weight);
        }
      } else {
        for (uint32_t e = 0; e < kInline && s.entry[e].label != kNoLabel; ++e) {
          fn(found_feature[h], s.entry[e].label, s.entry[e].weight);
        }
      }
    }
  }
}

void LinearModel::Score(const uint64_t* features, size_t count, float* scores) const {
  const float scale = scale_;
  ForEachWeight(features, count,
                [&](uint32_t, uint16_t label, int16_t weight) { scores[label] += scale * weight; });
}

void LinearModel::ScoreRaw(const uint64_t* features, size_t count, int32_t* scores) const {
  ForEachWeight(features, count,
                [&](uint32_t, uint16_t label, int16_t weight) { scores[label] += weight; });
}

void LinearModel::ScoreRawAt(const uint64_t* features, const uint32_t* offsets, size_t count,
                             int32_t* scores) const {
  ForEachWeight(features, count, [&](uint32_t f, uint16_t label, int16_t weight) {
    scores[offsets[f] + label] += weight;
  });
}

template <typename Fn>
void LinearModel::ForEachRow(Fn&& fn) const {
  for (size_t slot = 0; slot < slots_.size(); ++slot) {
    const Slot& s = slots_[slot];
    if (s.key == 0) continue;
    if (s.entry[0].label == kOverflow) {
      const uint32_t begin =
          (uint32_t{s.entry[1].label} << 16) | static_cast<uint16_t>(s.entry[1].weight);
      fn(s.key, &entries_[begin], uint32_t{s.entry[2].label});
    } else {
      uint32_t count = 0;
      while (count < kInline && s.entry[count].label != kNoLabel) ++count;
      fn(s.key, s.entry, count);
    }
  }
}

void LinearModel::BuildTable(std::vector<std::pair<uint32_t, std::vector<Entry>>> rows) {
  num_features_ = rows.size();
  size_t slots = 16;
  while (slots < rows.size() * 4 / 3 + 1) slots <<= 1;
  mask_ = static_cast<uint32_t>(slots - 1);
  slots_ = HugeArray<Slot>(slots);
  size_t overflow = 0;
  for (const auto& row : rows) overflow += row.second.size() > kInline ? row.second.size() : 0;
  entries_ = HugeArray<Entry>(overflow);
  uint32_t next = 0;
  for (const auto& [key, row] : rows) {
    uint32_t slot = (key * 2654435761u) & mask_;
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    Slot& s = slots_[slot];
    s.key = key;
    for (auto& e : s.entry) e = {kNoLabel, 0};
    if (row.size() <= kInline) {
      for (size_t e = 0; e < row.size(); ++e) s.entry[e] = row[e];
    } else {
      s.entry[0].label = kOverflow;
      s.entry[1] = {static_cast<uint16_t>(next >> 16), static_cast<int16_t>(next & 0xFFFF)};
      s.entry[2].label = static_cast<uint16_t>(row.size());
      for (const Entry& e : row) entries_[next++] = e;
    }
  }
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
  ForEachRow([&](uint32_t key, const Entry* entries, uint32_t count) {
    std::vector<Entry> kept;
    for (uint32_t e = 0; e < count; ++e) {
      if (std::fabs(scale_ * entries[e].weight) >= min_weight) kept.push_back(entries[e]);
    }
    if (!kept.empty()) rows.emplace_back(key, std::move(kept));
  });
  m.BuildTable(std::move(rows));
  return m;
}

// Stored as the list of rows (key, count, entries); the table is rebuilt on load.
void LinearModel::Write(ByteWriter* w) const {
  w->U32(static_cast<uint32_t>(num_classes_));
  w->F32(scale_);
  w->U32(static_cast<uint32_t>(num_features_));
  ForEachRow([&](uint32_t key, const Entry* entries, uint32_t count) {
    w->U32(key);
    w->U16(static_cast<uint16_t>(count));
    for (uint32_t e = 0; e < count; ++e) {
      w->U16(entries[e].label);
      w->I16(entries[e].weight);
    }
  });
}

Status LinearModel::Read(ByteReader* r) {
  uint32_t classes, features;
  RETURN_IF_ERROR(r->U32(&classes));
  RETURN_IF_ERROR(r->F32(&scale_));
  RETURN_IF_ERROR(r->U32(&features));
  if (classes == 0 || classes >= kOverflow)
    return Status::Corruption("linear model: bad class count");
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
