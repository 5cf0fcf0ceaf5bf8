#include "nlp/tagger.h"

#include <algorithm>

#include "base/model_file.h"
#include "base/utf8.h"
#include "nlp/features.h"
#include "text/chars.h"

namespace dyad {
namespace {

// Template ids: stable across versions of a model file; append, never renumber.
enum TaggerTemplate : uint32_t {
  kBias,
  kLower,
  kForm,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kShape,
  kFlags,
  kPrev1Word,
  kNext1Word,
  kPrev2Word,
  kNext2Word,
  kPrev1Suffix3,
  kNext1Suffix3,
  kPrev1Tag,
  kPrev12Tags,
  kPrev1TagWord,
  kAmb0,
  kAmbNext1,
  kAmbNext2,
  kAmbNext1Word,
  kPrevTagAmbNext1,
  kPrevWordWord,
  kWordNextWord,
  kNextShape,
  kPrevShape,
  kAmbPrev1,
  kAmb0Next1,
  kAmbExact,
  kCapPattern,
  kAmbExactNext1
};

}  // namespace

void Tagger::Prepare(const Sentence& sentence, std::vector<WordInfo>* info) const {
  info->resize(sentence.words.size());
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    const std::string& form = sentence.words[i].form;
    std::string lower = AsciiLower(form);
    WordInfo& w = (*info)[i];
    w.lower = HashString(lower);
    w.form = HashString(form);
    w.shape = HashString(WordShape(form));
    const uint64_t* amb = ambiguity_index_.Find(w.lower);
    w.ambiguity = amb ? *amb : 0;
    amb = ambiguity_index_.Find(ExactKey(w.form));
    w.exact_ambiguity = amb ? *amb : 0;
    for (size_t k = 0; k < 4; ++k)
      w.suffix[k] = HashString(std::string_view(lower).substr(Utf8SuffixStart(lower, k + 1)));
    for (size_t k = 0; k < 3; ++k)
      w.prefix[k] = HashString(std::string_view(lower).substr(0, Utf8PrefixEnd(lower, k + 1)));
    int len;
    bool valid;
    char32_t first = form.empty() ? 0 : DecodeUtf8(form, 0, &len, &valid);
    w.upper_initial = IsUpperChar(first);
    w.has_digit =
        std::any_of(form.begin(), form.end(), [](char c) { return c >= '0' && c <= '9'; });
    w.has_hyphen = form.find('-') != std::string::npos && form.size() > 1;
  }
}

void Tagger::Features(const std::vector<WordInfo>& info, int i, int prev1, int prev2,
                      std::vector<uint64_t>* out, FeatureSet set) const {
  out->clear();
  // Appends a feature that reads no chosen tag / one that does.
  auto word = [&](uint64_t f) {
    if (set != kTagsOnly) out->push_back(f);
  };
  auto tag = [&](uint64_t f) {
    if (set != kWordsOnly) out->push_back(f);
  };
  const int n = static_cast<int>(info.size());
  const WordInfo& w = info[i];
  static const uint64_t kNone = 0x5A5A5A5A5A5AULL;
  auto lower_at = [&](int k) { return k >= 0 && k < n ? info[k].lower : kNone + k - i; };
  auto amb_at = [&](int k) { return k >= 0 && k < n ? info[k].ambiguity : kNone + k - i; };
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  word(Feat(kBias, 0));
  word(Feat(kLower, w.lower));
  word(Feat(kForm, w.form));
  word(Feat(kSuffix1, w.suffix[0]));
  word(Feat(kSuffix2, w.suffix[1]));
  word(Feat(kSuffix3, w.suffix[2]));
  word(Feat(kSuffix4, w.suffix[3]));
  word(Feat(kPrefix1, w.prefix[0]));
  word(Feat(kPrefix2, w.prefix[1]));
  word(Feat(kPrefix3, w.prefix[2]));
  word(Feat(kShape, w.shape));
  word(Feat(kFlags, (w.upper_initial ? 1 : 0) | (w.has_digit ? 2 : 0) | (w.has_hyphen ? 4 : 0) |
                        (i == 0 ? 8 : 0)));
  word(Feat(kPrev1Word, lower_at(i - 1)));
  word(Feat(kNext1Word, lower_at(i + 1)));
  word(Feat(kPrev2Word, lower_at(i - 2)));
  word(Feat(kNext2Word, lower_at(i + 2)));
  word(Feat(kPrev1Suffix3, i > 0 ? info[i - 1].suffix[2] : kNone));
  word(Feat(kNext1Suffix3, i + 1 < n ? info[i + 1].suffix[2] : kNone));
  tag(Feat(kPrev1Tag, t1));
  tag(Feat(kPrev12Tags, t1, t2));
  tag(Feat(kPrev1TagWord, t1, w.lower));
  word(Feat(kAmb0, w.ambiguity));
  word(Feat(kAmbNext1, amb_at(i + 1)));
  word(Feat(kAmbNext2, amb_at(i + 2)));
  word(Feat(kAmbNext1Word, amb_at(i + 1), w.lower));
  tag(Feat(kPrevTagAmbNext1, t1, amb_at(i + 1)));
  word(Feat(kPrevWordWord, lower_at(i - 1), w.lower));
  word(Feat(kWordNextWord, w.lower, lower_at(i + 1)));
  word(Feat(kNextShape, i + 1 < n ? info[i + 1].shape : kNone));
  word(Feat(kPrevShape, i > 0 ? info[i - 1].shape : kNone));
  word(Feat(kAmbPrev1, amb_at(i - 1)));
  word(Feat(kAmb0Next1, w.ambiguity, amb_at(i + 1)));
  auto upper_at = [&](int k) -> uint64_t {
    return k >= 0 && k < n ? (info[k].upper_initial ? 1 : 0) : 2;
  };
  word(Feat(kAmbExact, w.exact_ambiguity));
  word(Feat(kCapPattern, upper_at(i - 1), upper_at(i), upper_at(i + 1), i == 0 ? 1 : 0));
  word(Feat(kAmbExactNext1, w.exact_ambiguity, i + 1 < n ? info[i + 1].exact_ambiguity : kNone));
}

void Tagger::SetTags(std::vector<std::string> tags) {
  tags_ = std::move(tags);
  upos_.clear();
  xpos_.clear();
  finite_.clear();
  past_tense_ = -1;
  participle_ = -1;
  for (const auto& tag : tags_) {
    size_t tab = tag.find('\t');
    upos_.push_back(tag.substr(0, tab));
    xpos_.push_back(tab == std::string::npos ? "_" : tag.substr(tab + 1));
    const std::string& x = xpos_.back();
    const bool verbal = upos_.back() == "VERB" || upos_.back() == "AUX";
    finite_.push_back(verbal && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" || x == "VB"));
    if (upos_.back() == "VERB" && xpos_.back() == "VBD")
      past_tense_ = static_cast<int>(upos_.size()) - 1;
    if (upos_.back() == "VERB" && xpos_.back() == "VBN")
      participle_ = static_cast<int>(upos_.size()) - 1;
  }
}

void Tagger::ApplyTag(int tag, Word* word) const {
  word->upos = upos_[tag];
  word->xpos = xpos_[tag];
}

void Tagger::Decode(Direction direction, const std::vector<WordInfo>& info, int32_t* scores,
                    std::vector<uint64_t>* feats, std::vector<uint32_t>* offsets) const {
  const size_t k = tags_.size();
  const LinearModel& model = models_[direction];
  // Features that read no chosen tag, for every word in one batch of probes: the table
  // lookups overlap, where word by word they would wait on each other.
  thread_local std::vector<uint64_t> word_feats;
  feats->clear();
  offsets->clear();
  for (size_t i = 0; i < info.size(); ++i) {
    Features(info, static_cast<int>(i), -1, -1, &word_feats, kWordsOnly);
    feats->insert(feats->end(), word_feats.begin(), word_feats.end());
    offsets->insert(offsets->end(), word_feats.size(), static_cast<uint32_t>(i * k));
  }
  model.ScoreRawAt(feats->data(), offsets->data(), feats->size(), scores);
  int prev1 = -1, prev2 = -1;
  for (size_t i = 0; i < info.size(); ++i) {
    Features(info, static_cast<int>(i), prev1, prev2, feats, kTagsOnly);
    int32_t* row = scores + i * k;
    model.ScoreRaw(feats->data(), feats->size(), row);
    prev2 = prev1;
    prev1 = static_cast<int>(std::max_element(row, row + k) - row);
  }
}

namespace {

// Per-thread buffers reused from sentence to sentence.
struct TagScratch {
  std::vector<Tagger::WordInfo> info, reversed;
  std::vector<uint64_t> feats;
  std::vector<uint32_t> offsets;
  std::vector<int32_t> forward, backward;
  std::vector<int> best;
};

}  // namespace

void Tagger::Tag(Sentence* sentence) const {
  thread_local TagScratch scratch;
  std::vector<WordInfo>& info = scratch.info;
  Prepare(*sentence, &info);
  const size_t n = info.size(), k = tags_.size();
  scratch.forward.assign(n * k, 0);
  scratch.backward.assign(n * k, 0);
  scratch.reversed.assign(info.rbegin(), info.rend());
  Decode(kLeftToRight, info, scratch.forward.data(), &scratch.feats, &scratch.offsets);
  Decode(kRightToLeft, scratch.reversed, scratch.backward.data(), &scratch.feats, &scratch.offsets);
  // The two directions share one scale only if trained together, so sum in model units.
  const float scale_ltr = models_[kLeftToRight].scale();
  const float scale_rtl = models_[kRightToLeft].scale();
  auto score = [&](size_t i, size_t t) {
    return scale_ltr * scratch.forward[i * k + t] +
           scale_rtl * scratch.backward[(n - 1 - i) * k + t];
  };
  std::vector<int>& best = scratch.best;
  best.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    float best_score = score(i, 0);
    for (size_t t = 1; t < k; ++t) {
      const float s = score(i, t);
      if (s > best_score) best[i] = static_cast<int>(t), best_score = s;
    }
  }
  ParticipleAfterDeterminer(&best);
  bool has_finite_verb = false;
  for (size_t i = 0; i < n; ++i) has_finite_verb = has_finite_verb || finite_[best[i]];
  if (!has_finite_verb) ForceFiniteVerb(*sentence, score, &best);
  for (size_t i = 0; i < n; ++i) ApplyTag(best[i], &sentence->words[i]);
}

void Tagger::ParticipleAfterDeterminer(std::vector<int>* best) const {
  // No finite verb stands between a determiner or numeral and its noun: "two jailed
  // Americans", "the wounded soldiers" have participles.
  if (past_tense_ < 0 || participle_ < 0) return;
  for (size_t i = 1; i + 1 < best->size(); ++i) {
    if ((*best)[i] != past_tense_) continue;
    const int before = (*best)[i - 1], after = (*best)[i + 1];
    const bool opens = upos_[before] == "DET" || upos_[before] == "NUM" || xpos_[before] == "PRP$";
    const bool noun = upos_[after] == "NOUN" || upos_[after] == "PROPN";
    if (opens && noun) (*best)[i] = participle_;
  }
}

template <typename Score>
void Tagger::ForceFiniteVerb(const Sentence& sentence, const Score& score,
                             std::vector<int>* best) const {
  // A full sentence ("The West imposed sanctions on Iraq.", "Police arrested dozens.") has a
  // finite verb: when none won, the past participle or lower-case "-ed" noun, adjective or
  // adverb whose past-tense tag loses least to its best tag becomes that verb. Headlines and
  // fragments (no final full stop, under five words) are left alone.
  const size_t n = sentence.words.size();
  if (past_tense_ < 0 || n < 5 || sentence.words.back().form != ".") return;
  int word = -1;
  float least = 0;
  for (size_t i = 1; i + 1 < n; ++i) {
    const std::string& form = sentence.words[i].form;
    if (form.empty() || !(form[0] >= 'a' && form[0] <= 'z')) continue;
    const std::string& upos = upos_[(*best)[i]];
    // A participle right after a noun or pronoun ("Police arrested dozens."), not one after
    // an adverb ("highly recommended") or before its passive agent ("followed by coffee").
    const std::string& before = upos_[(*best)[i - 1]];
    const bool participle = upos == "VERB" && xpos_[(*best)[i]] == "VBN" &&
                            (before == "NOUN" || before == "PROPN" || before == "PRON") &&
                            sentence.words[i + 1].form != "by";
    const bool ed_word = form.size() >= 4 && form.ends_with("ed") &&
                         (upos == "NOUN" || upos == "ADJ" || upos == "ADV");
    if (!participle && !ed_word) continue;
    const float loss = score(i, (*best)[i]) - score(i, past_tense_);
    if (word < 0 || loss < least) word = static_cast<int>(i), least = loss;
  }
  if (word >= 0) (*best)[word] = past_tense_;
}

Status Tagger::Save(const std::string& path) const {
  ModelWriter writer(kComponent);
  ByteWriter tags;
  tags.U32(static_cast<uint32_t>(tags_.size()));
  for (const auto& t : tags_) tags.Str(t);
  writer.AddBlock("tags", tags.Take());
  ByteWriter amb;
  amb.U32(static_cast<uint32_t>(ambiguity_.size()));
  std::vector<std::pair<uint64_t, uint64_t>> sorted(ambiguity_.begin(), ambiguity_.end());
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [k, v] : sorted) {
    amb.U64(k);
    amb.U64(v);
  }
  writer.AddBlock("ambiguity", amb.Take());
  for (int d = 0; d < 2; ++d) {
    ByteWriter weights;
    models_[d].Write(&weights);
    writer.AddBlock(d == kLeftToRight ? "weights_ltr" : "weights_rtl", weights.Take());
  }
  return writer.Save(path);
}

Result<Tagger> Tagger::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ModelReader reader, ModelReader::Open(path, kComponent));
  Tagger t;
  ASSIGN_OR_RETURN(ByteReader tags, reader.Block("tags"));
  uint32_t n;
  RETURN_IF_ERROR(tags.U32(&n));
  if (n == 0 || n > 4096) return Status::Corruption(path + ": bad tag count");
  std::vector<std::string> tag_names(n);
  for (auto& tag : tag_names) {
    RETURN_IF_ERROR(tags.Str(&tag));
    if (tag.find('\t') == std::string::npos) {
      return Status::Corruption(path + ": bad tag '" + tag + "'");
    }
  }
  t.SetTags(std::move(tag_names));
  ASSIGN_OR_RETURN(ByteReader amb, reader.Block("ambiguity"));
  RETURN_IF_ERROR(amb.U32(&n));
  t.ambiguity_.reserve(n);
  for (uint32_t k = 0; k < n; ++k) {
    uint64_t key, value;
    RETURN_IF_ERROR(amb.U64(&key));
    RETURN_IF_ERROR(amb.U64(&value));
    t.ambiguity_[key] = value;
  }
  t.ambiguity_index_.Build({t.ambiguity_.begin(), t.ambiguity_.end()});
  for (int d = 0; d < 2; ++d) {
    ASSIGN_OR_RETURN(ByteReader weights,
                     reader.Block(d == kLeftToRight ? "weights_ltr" : "weights_rtl"));
    RETURN_IF_ERROR(t.models_[d].Read(&weights));
    if (t.models_[d].num_classes() != static_cast<int>(t.tags_.size())) {
      return Status::Corruption(path + ": weights do not match the tag set");
    }
  }
  return t;
}

}  // namespace dyad
