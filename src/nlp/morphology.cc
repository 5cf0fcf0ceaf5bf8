#include "nlp/morphology.h"

#include <algorithm>
#include <vector>

#include "base/model_file.h"
#include "base/utf8.h"
#include "nlp/features.h"

namespace dyad {
namespace {

bool EndsWith(const std::string& s, const char* suffix) {
  std::string_view suf(suffix);
  return s.size() > suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// "a\tb" in a per-thread buffer: the tables are probed for every word, and building a
// fresh string for each probe showed up in profiles.
std::string& TabKey(std::string_view a, std::string_view b) {
  thread_local std::string key;
  key.assign(a);
  key += '\t';
  key += b;
  return key;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void WriteMap(const std::unordered_map<std::string, std::string>& map, ByteWriter* w) {
  std::vector<std::pair<std::string, std::string>> sorted(map.begin(), map.end());
  std::sort(sorted.begin(), sorted.end());
  w->U32(static_cast<uint32_t>(sorted.size()));
  for (const auto& [k, v] : sorted) {
    w->Str(k);
    w->Str(v);
  }
}

Status ReadMap(ByteReader* r, std::unordered_map<std::string, std::string>* map) {
  uint32_t n;
  RETURN_IF_ERROR(r->U32(&n));
  map->reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string k, v;
    RETURN_IF_ERROR(r->Str(&k));
    RETURN_IF_ERROR(r->Str(&v));
    (*map)[std::move(k)] = std::move(v);
  }
  return Status::Ok();
}

void WriteSet(const std::unordered_set<std::string>& set, ByteWriter* w) {
  std::vector<std::string> sorted(set.begin(), set.end());
  std::sort(sorted.begin(), sorted.end());
  w->U32(static_cast<uint32_t>(sorted.size()));
  for (const auto& s : sorted) w->Str(s);
}

Status ReadSet(ByteReader* r, std::unordered_set<std::string>* set) {
  uint32_t n;
  RETURN_IF_ERROR(r->U32(&n));
  set->reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string s;
    RETURN_IF_ERROR(r->Str(&s));
    set->insert(std::move(s));
  }
  return Status::Ok();
}

}  // namespace

std::string Morphology::RuleLemma(const std::string& lower, const std::string& xpos) const {
  auto exception = [&](char pos) -> const std::string* {
    auto it = exceptions.find(TabKey(lower, std::string_view(&pos, 1)));
    return it == exceptions.end() ? nullptr : &it->second;
  };
  auto stem = [&](size_t cut) { return lower.substr(0, lower.size() - cut); };
  if (xpos == "NNS" || xpos == "NNPS") {
    if (const std::string* e = exception('n')) return *e;
    if (EndsWith(lower, "ies") && lower.size() > 4) return stem(3) + "y";
    if (EndsWith(lower, "sses") || EndsWith(lower, "xes") || EndsWith(lower, "zes") ||
        EndsWith(lower, "ches") || EndsWith(lower, "shes")) {
      return stem(2);
    }
    if (EndsWith(lower, "ss") || EndsWith(lower, "us") || EndsWith(lower, "is")) return lower;
    if (EndsWith(lower, "s")) return stem(1);
    return lower;
  }
  if (xpos.size() == 3 && xpos[0] == 'V' && xpos[1] == 'B') {
    if (const std::string* e = exception('v')) return *e;
    // Candidate stems, checked against WordNet's verbs; the first known one wins.
    std::vector<std::string> candidates;
    if (xpos == "VBZ") {
      if (EndsWith(lower, "ies")) candidates.push_back(stem(3) + "y");
      if (EndsWith(lower, "es")) candidates.push_back(stem(2));
      if (EndsWith(lower, "s")) candidates.push_back(stem(1));
    } else if (xpos == "VBD" || xpos == "VBN") {
      if (EndsWith(lower, "ied")) candidates.push_back(stem(3) + "y");
      if (EndsWith(lower, "ed")) {
        std::string s = stem(2);
        candidates.push_back(s);
        candidates.push_back(s + "e");
        if (s.size() > 2 && s.back() == s[s.size() - 2])
          candidates.push_back(s.substr(0, s.size() - 1));
      }
      if (EndsWith(lower, "d")) candidates.push_back(stem(1));
    } else if (xpos == "VBG") {
      if (EndsWith(lower, "ying")) candidates.push_back(stem(4) + "ie");
      if (EndsWith(lower, "ing")) {
        std::string s = stem(3);
        candidates.push_back(s);
        candidates.push_back(s + "e");
        if (s.size() > 2 && s.back() == s[s.size() - 2])
          candidates.push_back(s.substr(0, s.size() - 1));
      }
    } else {
      return lower;
    }
    for (const auto& c : candidates) {
      if (verbs.count(c)) return c;
    }
    // Unknown verb: the plainest rule.
    if (!candidates.empty()) {
      const std::string& c = candidates.front();
      if (xpos != "VBZ" && c.size() > 2 && !IsVowel(c.back()) && IsVowel(c[c.size() - 2]) &&
          !IsVowel(c[c.size() - 3]) && (xpos == "VBG" || xpos == "VBD" || xpos == "VBN")) {
        return c + "e";
      }
      return c;
    }
    return lower;
  }
  if (xpos == "JJR" || xpos == "JJS" || xpos == "RBR" || xpos == "RBS") {
    if (const std::string* e = exception('a')) return *e;
    const char* suffix = (xpos == "JJR" || xpos == "RBR") ? "er" : "est";
    size_t cut = xpos == "JJR" || xpos == "RBR" ? 2 : 3;
    if (EndsWith(lower, suffix)) {
      std::string s = stem(cut);
      std::vector<std::string> candidates = {s, s + "e"};
      if (!s.empty() && s.back() == 'i')
        candidates.insert(candidates.begin(), s.substr(0, s.size() - 1) + "y");
      if (s.size() > 2 && s.back() == s[s.size() - 2])
        candidates.push_back(s.substr(0, s.size() - 1));
      for (const auto& c : candidates) {
        if (adjectives.count(c)) return c;
      }
    }
    return lower;
  }
  return lower;
}

const std::string* Morphology::Lookup(const FlatMap& index,
                                      const std::unordered_map<std::string, std::string>& map,
                                      const std::string& key) const {
  if (indexed_) {
    const uint64_t* value = index.Find(HashString(key));
    return value ? &index_values_[*value] : nullptr;
  }
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

void Morphology::BuildIndex() {
  index_values_.clear();
  auto build = [&](const std::unordered_map<std::string, std::string>& map, FlatMap* index) {
    std::vector<std::pair<uint64_t, uint64_t>> items;
    for (const auto& [key, value] : map) {
      items.emplace_back(HashString(key), index_values_.size());
      index_values_.push_back(value);
    }
    index->Build(items);
  };
  build(lemmas, &lemma_index_);
  build(feats, &feats_index_);
  build(tag_feats, &tag_feats_index_);
  indexed_ = true;
}

std::string Morphology::Lemma(const std::string& form, const std::string& upos,
                              const std::string& xpos) const {
  if (const std::string* lemma = Lookup(lemma_index_, lemmas, TabKey(form, xpos))) return *lemma;
  std::string lower = UnicodeLower(form);
  if (const std::string* lemma = Lookup(lemma_index_, lemmas, TabKey(lower, xpos))) return *lemma;
  if (upos == "PROPN") {
    if (xpos == "NNPS") {
      std::string base = RuleLemma(lower, xpos);
      // Keep the original capitalisation on the part that survives.
      return form.substr(0, std::min(form.size(), base.size()));
    }
    return form;
  }
  return RuleLemma(lower, xpos);
}

std::string Morphology::Feats(const std::string& form, const std::string& upos,
                              const std::string& xpos) const {
  std::string& key = TabKey(form, xpos);
  for (size_t k = 0; k < form.size(); ++k) {
    if (key[k] >= 'A' && key[k] <= 'Z') key[k] = static_cast<char>(key[k] - 'A' + 'a');
  }
  if (const std::string* f = Lookup(feats_index_, feats, key)) return *f;
  const std::string* f = Lookup(tag_feats_index_, tag_feats, TabKey(upos, xpos));
  return f ? *f : "_";
}

void Morphology::Analyze(Sentence* sentence) const {
  for (Word& w : sentence->words) {
    w.lemma = Lemma(w.form, w.upos, w.xpos);
    w.feats = Feats(w.form, w.upos, w.xpos);
  }
}

Status Morphology::Save(const std::string& path) const {
  ModelWriter writer(kComponent);
  ByteWriter w;
  WriteMap(lemmas, &w);
  WriteMap(feats, &w);
  WriteMap(tag_feats, &w);
  WriteMap(exceptions, &w);
  WriteSet(verbs, &w);
  WriteSet(adjectives, &w);
  writer.AddBlock("tables", w.Take());
  return writer.Save(path);
}

Result<Morphology> Morphology::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ModelReader reader, ModelReader::Open(path, kComponent));
  ASSIGN_OR_RETURN(ByteReader r, reader.Block("tables"));
  Morphology m;
  RETURN_IF_ERROR(ReadMap(&r, &m.lemmas));
  RETURN_IF_ERROR(ReadMap(&r, &m.feats));
  RETURN_IF_ERROR(ReadMap(&r, &m.tag_feats));
  RETURN_IF_ERROR(ReadMap(&r, &m.exceptions));
  RETURN_IF_ERROR(ReadSet(&r, &m.verbs));
  RETURN_IF_ERROR(ReadSet(&r, &m.adjectives));
  m.BuildIndex();
  return m;
}

}  // namespace dyad
