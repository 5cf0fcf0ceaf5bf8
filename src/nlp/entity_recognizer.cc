#include "nlp/entity_recognizer.h"

#include <algorithm>

#include "base/model_file.h"
#include "base/utf8.h"
#include "nlp/features.h"
#include "nlp/hash_table_io.h"
#include "text/chars.h"

namespace dyad {
namespace {

bool UpperInitial(const std::string& form) {
  int len;
  bool valid;
  return !form.empty() && IsUpperChar(DecodeUtf8(form, 0, &len, &valid));
}

bool HasLetter(const std::string& form) {
  for (size_t pos = 0; pos < form.size();) {
    int len;
    bool valid;
    if (IsLetterChar(DecodeUtf8(form, pos, &len, &valid))) return true;
    pos += len;
  }
  return false;
}

// Casing of a sentence apart from its first word: 0 no letters, 1 all lower case,
// 2 ordinary, 3 title case (headlines), 4 mostly capitals. Names in an all-lower-case
// or title-case sentence do not stand out by their capital.
uint64_t SentenceCase(const Sentence& s) {
  int letters = 0, initial = 0, all_caps = 0;
  for (size_t i = 1; i < s.words.size(); ++i) {
    const std::string& f = s.words[i].form;
    if (!HasLetter(f)) continue;
    ++letters;
    if (UpperInitial(f)) ++initial;
    if (UnicodeLower(f) != f && f.size() > 1 && WordShape(f) == "X") ++all_caps;
  }
  if (letters == 0) return 0;
  if (initial == 0) return 1;
  if (all_caps * 2 > letters) return 4;
  if (letters >= 3 && initial * 10 >= letters * 6) return 3;
  return 2;
}

}  // namespace

void CaseProfile::Count(const Sentence& s) {
  for (size_t i = 1; i < s.words.size(); ++i) {
    const std::string& f = s.words[i].form;
    if (!HasLetter(f)) continue;
    auto& c = counts_[HashString(UnicodeLower(f))];
    ++c[0];
    if (UpperInitial(f)) ++c[1];
  }
}

void CaseProfile::Finish(int min_count) {
  buckets_.clear();
  for (const auto& [h, c] : counts_) {
    if (c[0] < static_cast<uint32_t>(min_count)) continue;
    const double r = static_cast<double>(c[1]) / c[0];
    buckets_[h] = r == 0 ? 1 : r < 0.25 ? 2 : r < 0.75 ? 3 : r < 1 ? 4 : 5;
  }
  counts_.clear();
}

uint8_t CaseProfile::Bucket(uint64_t lower_hash) const {
  auto it = buckets_.find(lower_hash);
  return it == buckets_.end() ? 0 : it->second;
}

void CaseProfile::Write(ByteWriter* w) const { WriteHashTable(buckets_, w); }

Status CaseProfile::Read(ByteReader* r) { return ReadHashTable(r, &buckets_); }

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
  const uint64_t sentence_case = SentenceCase(s);
  for (size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    std::string lower = UnicodeLower(w.form);
    WordInfo& wi = (*info)[i];
    wi.lower = HashString(lower);
    wi.form = HashString(w.form);
    wi.shape = HashString(WordShape(w.form));
    wi.upos = HashString(w.upos);
    wi.xpos = HashString(w.xpos);
    for (size_t k = 0; k < 4; ++k) {
      wi.prefix[k] = HashString(std::string_view(lower).substr(0, Utf8PrefixEnd(lower, k + 1)));
      wi.suffix[k] = HashString(std::string_view(lower).substr(Utf8SuffixStart(lower, k + 1)));
    }
    wi.upper_initial = UpperInitial(w.form);
    wi.gaz_exact = exact[i];
    wi.gaz_folded = folded[i];
    wi.case_bucket = case_profile_.Bucket(wi.lower);
    wi.sentence_case = sentence_case;
    wi.fine = clusters_.Fine(wi.lower);
    wi.coarse = clusters_.Coarse(wi.lower);
  }
}

namespace {
constexpr uint64_t kNone = 0xE4E4;
}  // namespace

void EntityRecognizer::EmissionFeatures(const std::vector<WordInfo>& info, int i,
                                        std::vector<uint64_t>* out) {
  out->clear();
  const int n = static_cast<int>(info.size());
  auto at = [&](int k) -> const WordInfo* { return k >= 0 && k < n ? &info[k] : nullptr; };
  auto get = [&](int k, uint64_t WordInfo::*field) {
    return at(k) ? at(k)->*field : kNone + static_cast<uint64_t>(k - i);
  };
  auto lower = [&](int k) { return get(k, &WordInfo::lower); };
  auto shape = [&](int k) { return get(k, &WordInfo::shape); };
  auto upos = [&](int k) { return get(k, &WordInfo::upos); };
  auto cased = [&](int k) { return get(k, &WordInfo::case_bucket); };
  auto gaz = [&](int k) { return get(k, &WordInfo::gaz_folded); };
  auto fine = [&](int k) { return get(k, &WordInfo::fine); };
  auto coarse = [&](int k) { return get(k, &WordInfo::coarse); };
  auto upper = [&](int k) -> uint64_t { return at(k) ? at(k)->upper_initial : 2; };
  const WordInfo& w = info[i];
  uint32_t t = 0;
  auto add = [&](auto... values) { out->push_back(Feat(3000 + t++, values...)); };
  add(0);
  add(w.lower);
  add(w.form);
  add(w.shape);
  add(w.upos);
  add(w.xpos);
  for (int k = 0; k < 4; ++k) add(w.prefix[k]);
  for (int k = 0; k < 4; ++k) add(w.suffix[k]);
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
  add(w.upper_initial ? 1 : 0, i == 0 ? 1 : 0, w.upos);
  add(shape(i - 1), w.shape, shape(i + 1));
  add(upos(i - 1), w.upos, upos(i + 1));
  add(upos(i - 1), w.upos);
  add(w.upos, upos(i + 1));
  add(lower(i - 1), w.shape);
  add(w.shape, lower(i + 1));
  add(upper(i - 1), w.upper_initial, upper(i + 1));
  add(w.gaz_exact);
  add(w.gaz_folded);
  add(w.gaz_exact, w.shape);
  add(w.gaz_folded, gaz(i + 1));
  add(gaz(i - 1), w.gaz_folded);
  add(w.gaz_folded, w.sentence_case);
  add(w.sentence_case, w.shape);
  add(w.sentence_case, w.upper_initial, i == 0 ? 1 : 0);
  add(w.case_bucket);
  add(w.case_bucket, w.upper_initial, w.sentence_case);
  add(w.case_bucket, w.upos);
  add(cased(i - 1), w.case_bucket, cased(i + 1));
  add(w.fine);
  add(w.coarse);
  add(fine(i - 1));
  add(fine(i + 1));
  add(w.coarse, w.shape);
  add(coarse(i - 1), w.coarse);
  add(w.coarse, coarse(i + 1));
}

void EntityRecognizer::TransitionFeatures(const std::vector<WordInfo>& info, int i, int prev_tag,
                                          std::vector<uint64_t>* out) {
  out->clear();
  const WordInfo& w = info[i];
  const uint64_t prev = static_cast<uint64_t>(prev_tag + 1);
  const uint64_t lower_before = i > 0 ? info[i - 1].lower : kNone;
  uint32_t t = 0;
  auto add = [&](auto... values) { out->push_back(Feat(3500 + t++, values...)); };
  add(prev);
  add(prev, w.shape);
  add(prev, w.upos);
  add(prev, w.lower);
  add(prev, lower_before);
  add(prev, w.gaz_folded);
  add(prev, w.case_bucket, w.upper_initial);
  add(prev, w.coarse);
}

void EntityRecognizer::Recognize(Sentence* s) const {
  std::vector<WordInfo> info;
  Prepare(*s, &info);
  s->entities = Decode(BestTags(info, [this](const uint64_t* f, size_t count, float* scores) {
    model_.Score(f, count, scores);
  }));
}

Status EntityRecognizer::Save(const std::string& path) const {
  ModelWriter writer(kComponent);
  ByteWriter options;
  options.U32(kFeatureVersion);
  writer.AddBlock("options", options.Take());
  ByteWriter weights;
  model_.Write(&weights);
  writer.AddBlock("weights", weights.Take());
  ByteWriter gazetteer;
  gazetteer_.Write(&gazetteer);
  writer.AddBlock("gazetteer", gazetteer.Take());
  ByteWriter case_profile;
  case_profile_.Write(&case_profile);
  writer.AddBlock("case_profile", case_profile.Take());
  ByteWriter clusters;
  clusters_.Write(&clusters);
  writer.AddBlock("clusters", clusters.Take());
  return writer.Save(path);
}

// Versions: no "options" block = first feature set (greedy decoding), refused;
// feature version 2 = Viterbi, casing profile, sentence casing and word clusters.
Result<EntityRecognizer> EntityRecognizer::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ModelReader reader, ModelReader::Open(path, kComponent));
  EntityRecognizer r;
  auto options = reader.Block("options");
  if (!options.ok()) {
    return Status::InvalidArgument(path + ": NER model from an older feature set; retrain it");
  }
  uint32_t version;
  RETURN_IF_ERROR(options->U32(&version));
  if (version != kFeatureVersion) {
    return Status::InvalidArgument(path + ": NER feature version " + std::to_string(version) +
                                   ", this build reads " + std::to_string(kFeatureVersion));
  }
  ASSIGN_OR_RETURN(ByteReader weights, reader.Block("weights"));
  RETURN_IF_ERROR(r.model_.Read(&weights));
  ASSIGN_OR_RETURN(ByteReader gazetteer, reader.Block("gazetteer"));
  RETURN_IF_ERROR(r.gazetteer_.Read(&gazetteer));
  ASSIGN_OR_RETURN(ByteReader case_profile, reader.Block("case_profile"));
  RETURN_IF_ERROR(r.case_profile_.Read(&case_profile));
  ASSIGN_OR_RETURN(ByteReader clusters, reader.Block("clusters"));
  RETURN_IF_ERROR(r.clusters_.Read(&clusters));
  if (r.model_.num_classes() != kNumTags) {
    return Status::Corruption(path + ": weights do not match the entity tag set");
  }
  return r;
}

}  // namespace dyad
