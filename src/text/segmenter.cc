#include "text/segmenter.h"

#include <algorithm>

#include "base/model_file.h"
#include "base/utf8.h"
#include "nlp/features.h"
#include "text/chars.h"
#include "text/normalizer.h"

namespace dyad {
namespace {

uint64_t RunBucket(int run) {
  if (run <= 3) return static_cast<uint64_t>(run);
  if (run <= 6) return 4;
  if (run <= 12) return 5;
  if (run <= 25) return 6;
  if (run <= 50) return 7;
  return 8;
}

std::string_view TokenText(std::string_view text, const TextToken& t) {
  return text.substr(t.begin, std::min<uint32_t>(t.end - t.begin, 32));
}

// A closing bracket ends a sentence only after terminal punctuation ("(CPC) Group at ..."
// is one sentence); web text without punctuation may still end anywhere else.
bool MayEndSentence(std::string_view text, const std::vector<TextToken>& tokens, size_t i) {
  if (i == 0 || i + 1 >= tokens.size() || tokens[i + 1].newlines_before > 0) return true;
  const std::string_view t = TokenText(text, tokens[i]);
  if (t != ")" && t != "]") return true;
  const std::string_view before = TokenText(text, tokens[i - 1]);
  const char last = before.empty() ? ' ' : before.back();
  return last == '.' || last == '!' || last == '?';
}

}  // namespace

void Segmenter::BoundaryFeatures(std::string_view text, const std::vector<TextToken>& tokens,
                                 size_t i, int run, std::vector<uint64_t>* out) const {
  out->clear();
  constexpr uint64_t kNone = 0xB0B0;
  auto lower = [&](size_t k) {
    return k < tokens.size() ? HashString(AsciiLower(TokenText(text, tokens[k]))) : kNone;
  };
  auto shape = [&](size_t k) {
    return k < tokens.size() ? HashString(WordShape(TokenText(text, tokens[k]))) : kNone;
  };
  const std::string_view cur = TokenText(text, tokens[i]);
  const uint64_t cur_l = lower(i), next_l = lower(i + 1), prev_l = i > 0 ? lower(i - 1) : kNone;
  const uint64_t cur_s = shape(i), next_s = shape(i + 1), next2_s = shape(i + 2);
  const bool ends_period = !cur.empty() && cur.back() == '.';
  const bool abbrev = ends_period && lexicon_.abbreviations.count(AsciiLower(cur));
  const uint64_t newline = i + 1 < tokens.size() ? std::min(tokens[i + 1].newlines_before, 1) : 2;
  const uint64_t space = tokens[i].space_after ? 1 : 0;
  uint32_t t = 0;
  auto add = [&](auto... values) { out->push_back(Feat(800 + t++, values...)); };
  add(0);
  add(cur_l);
  add(next_l);
  add(prev_l);
  add(cur_s);
  add(next_s);
  add(cur_l, next_s);
  add(cur_s, next_s);
  add(cur_l, next_l);
  add(prev_l, cur_l);
  add(cur_s, next_s, next2_s);
  add(newline);
  add(newline, cur_s);
  add(newline, next_s);
  add(space, cur_s);
  add(abbrev ? 1 : 0, next_s);
  add(RunBucket(run));
  add(RunBucket(run), cur_s);
  add(ends_period ? static_cast<uint64_t>(std::min<size_t>(cur.size(), 6)) : 0, next_s);
}

void Segmenter::Segment(Document* doc) const {
  NormalizedText norm =
      Normalize(doc->text, doc->origin.empty() ? doc->id : doc->origin, &doc->warnings);
  const std::string& text = norm.text();
  std::vector<TextToken> tokens;
  tokenizer_.Tokenize(text, &tokens);
  std::vector<uint64_t> feats;
  size_t start = 0;
  int run = 0;
  bool paragraph = true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    ++run;
    bool boundary = HardBoundary(tokens, i) || run >= kMaxSentenceTokens;
    if (!boundary) {
      BoundaryFeatures(text, tokens, i, run, &feats);
      float scores[2] = {0, 0};
      boundaries_.Score(feats.data(), feats.size(), scores);
      boundary = scores[1] > scores[0] && MayEndSentence(text, tokens, i);
    }
    if (!boundary) continue;
    Sentence s;
    s.new_paragraph = paragraph;
    for (size_t k = start; k <= i; ++k) {
      const TextToken& tt = tokens[k];
      Token token;
      token.span = {norm.ToRaw(tt.begin), norm.ToRaw(tt.end)};
      token.form = text.substr(tt.begin, tt.end - tt.begin);
      token.space_after = tt.space_after || k == i;
      token.first_word = static_cast<int>(s.words.size());
      auto pieces = tokenizer_.SplitWords(token.form);
      token.word_count = static_cast<int>(pieces.size());
      for (auto& piece : pieces) {
        Word w;
        w.form = std::move(piece.form);
        w.span = {norm.ToRaw(tt.begin + piece.begin), norm.ToRaw(tt.begin + piece.end)};
        w.token = static_cast<int>(s.tokens.size());
        s.words.push_back(std::move(w));
      }
      s.tokens.push_back(std::move(token));
    }
    s.span = {s.tokens.front().span.begin, s.tokens.back().span.end};
    paragraph = i + 1 < tokens.size() && tokens[i + 1].newlines_before >= 2;
    doc->sentences.push_back(std::move(s));
    start = i + 1;
    run = 0;
  }
}

Status Segmenter::Save(const std::string& path) const {
  ModelWriter writer(kComponent);
  ByteWriter lexicon;
  lexicon_.Write(&lexicon);
  writer.AddBlock("lexicon", lexicon.Take());
  ByteWriter weights;
  boundaries_.Write(&weights);
  writer.AddBlock("boundary_weights", weights.Take());
  return writer.Save(path);
}

Result<Segmenter> Segmenter::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ModelReader reader, ModelReader::Open(path, kComponent));
  Segmenter s;
  ASSIGN_OR_RETURN(ByteReader lexicon, reader.Block("lexicon"));
  RETURN_IF_ERROR(s.lexicon_.Read(&lexicon));
  ASSIGN_OR_RETURN(ByteReader weights, reader.Block("boundary_weights"));
  RETURN_IF_ERROR(s.boundaries_.Read(&weights));
  if (s.boundaries_.num_classes() != 2)
    return Status::Corruption(path + ": boundary model must have 2 classes");
  return s;
}

}  // namespace dyad
