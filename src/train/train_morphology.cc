#include "train/train_morphology.h"

#include <map>
#include <sstream>

#include "base/file.h"
#include "base/utf8.h"

namespace dyad {
namespace {

// The most frequent value per key.
class Counter {
 public:
  void Add(const std::string& key, const std::string& value) { ++counts_[key][value]; }
  std::unordered_map<std::string, std::string> Best() const {
    std::unordered_map<std::string, std::string> out;
    for (const auto& [key, values] : counts_) {
      const std::string* best = nullptr;
      int best_count = 0;
      for (const auto& [v, c] : values) {
        if (c > best_count) best = &v, best_count = c;
      }
      out[key] = *best;
    }
    return out;
  }

 private:
  std::map<std::string, std::map<std::string, int>> counts_;
};

// "word base ..." lines of a WordNet .exc file.
Status ReadExceptions(const std::string& path, char pos, Morphology* m) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  std::istringstream in(content);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string form, base;
    if (fields >> form >> base) m->exceptions.emplace(form + "\t" + pos, base);
  }
  return Status::Ok();
}

// Lemmas (first field) of a WordNet index file; multiword lemmas are skipped.
Status ReadIndex(const std::string& path, std::unordered_set<std::string>* out) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  std::istringstream in(content);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::string lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') == std::string::npos) out->insert(lemma);
  }
  return Status::Ok();
}

}  // namespace

Result<Morphology> TrainMorphology(const std::vector<Sentence>& train,
                                   const std::string& wordnet_dir) {
  Morphology m;
  Counter lemmas, feats, tag_feats;
  for (const Sentence& s : train) {
    for (const Word& w : s.words) {
      lemmas.Add(w.form + "\t" + w.xpos, w.lemma);
      feats.Add(AsciiLower(w.form) + "\t" + w.xpos, w.feats);
      tag_feats.Add(w.upos + "\t" + w.xpos, w.feats);
    }
  }
  m.lemmas = lemmas.Best();
  m.feats = feats.Best();
  m.tag_feats = tag_feats.Best();
  // Seen forms whose rule already gives the right lemma need no entry.
  for (auto it = m.lemmas.begin(); it != m.lemmas.end();) {
    size_t tab = it->first.find('\t');
    std::string form = it->first.substr(0, tab), xpos = it->first.substr(tab + 1);
    std::string lower = UnicodeLower(form);
    bool rule_ok = (it->second == lower && xpos.rfind("NNP", 0) != 0 &&
                    (xpos.size() < 2 || (xpos != "NNS" && xpos.rfind("VB", 0) != 0 &&
                                         xpos.rfind("JJ", 0) != 0 && xpos.rfind("RB", 0) != 0)));
    it = rule_ok ? m.lemmas.erase(it) : std::next(it);
  }
  if (!wordnet_dir.empty()) {
    RETURN_IF_ERROR(ReadExceptions(wordnet_dir + "/noun.exc", 'n', &m));
    RETURN_IF_ERROR(ReadExceptions(wordnet_dir + "/verb.exc", 'v', &m));
    RETURN_IF_ERROR(ReadExceptions(wordnet_dir + "/adj.exc", 'a', &m));
    RETURN_IF_ERROR(ReadIndex(wordnet_dir + "/index.verb", &m.verbs));
    RETURN_IF_ERROR(ReadIndex(wordnet_dir + "/index.adj", &m.adjectives));
  }
  return m;
}

}  // namespace dyad
