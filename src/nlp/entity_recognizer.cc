#include "nlp/entity_recognizer.h"

#include <algorithm>

#include "base/model_file.h"
#include "base/utf8.h"
#include "nlp/features.h"
#include "text/chars.h"

namespace dyad {
const std::vector<std::string>& EntityRecognizer::Tags() {
  static const std::vector<std::string> kTags = {"O",     "B-PER", "I-PER", "B-ORG",
                                                 "I-ORG", "B-LOC", "I-LOC"};
  return kTags;
}

bool EntityRecognizer::Allowed(int prev, int tag) {
  if (tag == 0 || tag % 2 == 1) return true;  // O or B-X
  return prev == tag - 1 || prev == tag;      // I-X after B-X or I-X
}

std::vector<Entity> EntityRecognizer::Decode(const std::vector<int>& tags) {
  std::vector<Entity> out;
  for (size_t i = 0; i < tags.size(); ++i) {
    const int t = tags[i];
    if (t == 0) continue;
    if (t % 2 == 1 || out.empty() || out.back().end_word != static_cast<int>(i) ||
        Tags()[t].substr(2) != out.back().type) {
      out.push_back({static_cast<int>(i), static_cast<int>(i) + 1, Tags()[t].substr(2)});
    } else {
      out.back().end_word = static_cast<int>(i) + 1;
    }
  }
  return out;
}

void EntityRecognizer::Prepare(const Sentence& s, std::vector<WordInfo>* info) const {
  info->resize(s.words.size());
  std::vector<uint64_t> exact, folded;
  gazetteer_.Match(s, &exact, &folded);
  for (size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    std::string lower = UnicodeLower(w.form);
    WordInfo& wi = (*info)[i];
    wi.lower = HashString(lower);
    wi.form = HashString(w.form);
    wi.shape = HashString(WordShape(w.form));
    wi.upos = HashString(w.upos);
    wi.xpos = HashString(w.xpos);
    for (size_t k = 0; k < 3; ++k) {
      wi.prefix[k] = HashString(std::string_view(lower).substr(0, Utf8PrefixEnd(lower, k + 1)));
      wi.suffix[k] = HashString(std::string_view(lower).substr(Utf8SuffixStart(lower, k + 1)));
    }
    int len;
    bool valid;
    wi.upper_initial = !w.form.empty() && IsUpperChar(DecodeUtf8(w.form, 0, &len, &valid));
    wi.gaz_exact = exact[i];
    wi.gaz_folded = folded[i];
  }
}

void EntityRecognizer::Features(const std::vector<WordInfo>& info, int i, int prev_tag,
                                std::vector<uint64_t>* out) {
  out->clear();
  const int n = static_cast<int>(info.size());
  constexpr uint64_t kNone = 0xE4E4;
  auto at = [&](int k) -> const WordInfo* { return k >= 0 && k < n ? &info[k] : nullptr; };
  auto lower = [&](int k) { return at(k) ? at(k)->lower : kNone + static_cast<uint64_t>(k - i); };
  auto shape = [&](int k) { return at(k) ? at(k)->shape : kNone + static_cast<uint64_t>(k - i); };
  auto upos = [&](int k) { return at(k) ? at(k)->upos : kNone + static_cast<uint64_t>(k - i); };
  const WordInfo& w = info[i];
  const uint64_t prev = static_cast<uint64_t>(prev_tag + 1);
  uint32_t t = 0;
  auto add = [&](auto... values) { out->push_back(Feat(3000 + t++, values...)); };
  add(0);
  add(w.lower);
  add(w.form);
  add(w.shape);
  add(w.upos);
  add(w.xpos);
  for (int k = 0; k < 3; ++k) add(w.prefix[k]);
  for (int k = 0; k < 3; ++k) add(w.suffix[k]);
  add(lower(i - 1));
  add(lower(i + 1));
  add(lower(i - 2));
  add(lower(i + 2));
  add(shape(i - 1));
  add(shape(i + 1));
  add(upos(i - 1));
  add(upos(i + 1));
  add(lower(i - 1), w.lower);
  add(w.lower, lower(i + 1));
  add(prev);
  add(prev, w.shape);
  add(prev, w.upos);
  add(prev, w.lower);
  add(w.upper_initial ? 1 : 0, i == 0 ? 1 : 0, w.upos);
  add(shape(i - 1), w.shape, shape(i + 1));
  add(upos(i - 1), w.upos, upos(i + 1));
  add(prev, lower(i - 1));
  add(w.gaz_exact);
  add(w.gaz_folded);
  add(w.gaz_exact, w.shape);
  add(prev, w.gaz_folded);
  add(w.gaz_folded, at(i + 1) ? at(i + 1)->gaz_folded : kNone);
}

void EntityRecognizer::Recognize(Sentence* s) const {
  std::vector<WordInfo> info;
  Prepare(*s, &info);
  std::vector<uint64_t> feats;
  std::vector<int> tags;
  int prev = -1;
  for (size_t i = 0; i < info.size(); ++i) {
    Features(info, static_cast<int>(i), prev, &feats);
    float scores[7] = {0, 0, 0, 0, 0, 0, 0};
    model_.Score(feats.data(), feats.size(), scores);
    int best = 0;
    for (int t = 1; t < 7; ++t) {
      if (Allowed(prev, t) && scores[t] > scores[best]) best = t;
    }
    tags.push_back(best);
    prev = best;
  }
  s->entities = Decode(tags);
}

Status EntityRecognizer::Save(const std::string& path) const {
  ModelWriter writer(kComponent);
  ByteWriter weights;
  model_.Write(&weights);
  writer.AddBlock("weights", weights.Take());
  ByteWriter gazetteer;
  gazetteer_.Write(&gazetteer);
  writer.AddBlock("gazetteer", gazetteer.Take());
  return writer.Save(path);
}

Result<EntityRecognizer> EntityRecognizer::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ModelReader reader, ModelReader::Open(path, kComponent));
  EntityRecognizer r;
  ASSIGN_OR_RETURN(ByteReader weights, reader.Block("weights"));
  RETURN_IF_ERROR(r.model_.Read(&weights));
  ASSIGN_OR_RETURN(ByteReader gazetteer, reader.Block("gazetteer"));
  RETURN_IF_ERROR(r.gazetteer_.Read(&gazetteer));
  if (r.model_.num_classes() != static_cast<int>(Tags().size())) {
    return Status::Corruption(path + ": weights do not match the entity tag set");
  }
  return r;
}

}  // namespace dyad
