// A sentence's dependency tree with child lists, and the tree questions the event coders
// share (dependents by relation or preposition, passive voice). Indices are 0-based words.
#ifndef DYAD_EVENTS_DEP_TREE_H_
#define DYAD_EVENTS_DEP_TREE_H_

#include <string>
#include <vector>

#include "base/utf8.h"
#include "dyad/document.h"

namespace dyad {

// The dependency tree of one sentence with child lists; indices are 0-based words.
class DepTree {
 public:
  explicit DepTree(const Sentence& s) : s_(s), kids_(s.words.size()) {
    const int n = size();
    for (int w = 0; w < n; ++w) {
      const int h = s.words[w].head - 1;
      if (h >= 0 && h < n && h != w) kids_[h].push_back(w);
    }
  }
  int size() const { return static_cast<int>(s_.words.size()); }
  const Word& word(int i) const { return s_.words[i]; }
  std::string Lemma(int i) const { return AsciiLower(s_.words[i].lemma); }
  const std::string& Rel(int i) const { return s_.words[i].deprel; }
  int Head(int i) const {
    const int h = s_.words[i].head - 1;
    return h >= 0 && h < size() ? h : -1;
  }
  const std::vector<int>& Kids(int i) const { return kids_[i]; }
  // The first child whose relation is `rel` or a subtype of it ("obl" matches "obl:agent").
  int Child(int i, const std::string& rel) const {
    for (int k : kids_[i]) {
      if (HasRel(k, rel)) return k;
    }
    return -1;
  }
  bool HasRel(int k, const std::string& rel) const {
    const std::string& r = Rel(k);
    return r == rel ||
           (r.size() > rel.size() && r.compare(0, rel.size(), rel) == 0 && r[rel.size()] == ':');
  }
  // The preposition of a dependent: its `case` child, or the relation's subtype (obl:on).
  std::string Prep(int k) const {
    for (int c : kids_[k]) {
      if (Rel(c) == "case") return Lemma(c);
    }
    const std::string& r = Rel(k);
    const size_t colon = r.find(':');
    return colon == std::string::npos ? "" : r.substr(colon + 1);
  }
  // Dependents of i introduced by `prep` (obl for verbs, nmod for nouns; never nmod:poss).
  std::vector<int> PrepKids(int i, const std::string& prep) const {
    std::vector<int> out;
    for (int k : kids_[i]) {
      const std::string& r = Rel(k);
      if (r == "nmod:poss") continue;
      if ((HasRel(k, "obl") || HasRel(k, "nmod")) && Prep(k) == prep) out.push_back(k);
    }
    return out;
  }

 private:
  const Sentence& s_;
  std::vector<std::vector<int>> kids_;
};

// Passive needs a passive auxiliary, or a participle ("the delegation, accompanied by");
// an nsubj:pass on a finite verb with no auxiliary is a parse error read as active.
inline bool IsPassive(const DepTree& t, int v) {
  if (t.Child(v, "aux:pass") >= 0) return true;
  if (t.word(v).xpos != "VBN") return false;
  return t.Rel(v) == "acl" || (t.Child(v, "nsubj:pass") >= 0 && t.Child(v, "aux") >= 0);
}

}  // namespace dyad

#endif  // DYAD_EVENTS_DEP_TREE_H_
