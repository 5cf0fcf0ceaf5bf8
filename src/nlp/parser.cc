#include "nlp/parser.h"

#include <algorithm>
#include <cassert>
#include <limits>

#include "base/model_file.h"
#include "base/utf8.h"
#include "nlp/features.h"

namespace dyad {
namespace {

constexpr uint64_t kNone = 0x4E4F4E45ULL;  // an absent position
constexpr uint64_t kRootWord = 0x524F4F54ULL;

uint64_t Bucket(int distance) {
  if (distance < 0) distance = -distance;
  if (distance <= 4) return static_cast<uint64_t>(distance);
  if (distance <= 7) return 5;
  if (distance <= 12) return 6;
  return 7;
}

bool IsFunctionPos(const std::string& upos) {
  return upos == "ADP" || upos == "AUX" || upos == "PART" || upos == "SCONJ" || upos == "DET" ||
         upos == "CCONJ" || upos == "PRON" || upos == "PUNCT";
}

}  // namespace

void Parser::State::Init(int words) {
  n = words;
  buffer = 1;
  stack.assign(1, 0);
  heads.assign(n + 1, -1);
  left1.assign(n + 1, -1);
  left2.assign(n + 1, -1);
  right1.assign(n + 1, -1);
  right2.assign(n + 1, -1);
  left_count.assign(n + 1, 0);
  right_count.assign(n + 1, 0);
}

bool Parser::State::Legal(Move move) const {
  const bool buffer_empty = buffer > n;
  switch (move) {
    case kShift:
      return !buffer_empty;
    case kLeft:
      return stack.size() >= 2 && !buffer_empty;
    case kRight:
      // The root takes exactly one dependent: the last word left on the stack.
      return stack.size() >= 3 || (stack.size() == 2 && buffer_empty);
    default:
      return false;
  }
}

void Parser::State::AddArc(int head, int dep) {
  heads[dep] = head;
  if (dep < head) {
    if (left1[head] < 0 || dep < left1[head]) {
      left2[head] = left1[head];
      left1[head] = dep;
    } else if (left2[head] < 0 || dep < left2[head]) {
      left2[head] = dep;
    }
    ++left_count[head];
  } else {
    if (right1[head] < 0 || dep > right1[head]) {
      right2[head] = right1[head];
      right1[head] = dep;
    } else if (right2[head] < 0 || dep > right2[head]) {
      right2[head] = dep;
    }
    ++right_count[head];
  }
}

void Parser::State::Apply(Move move) {
  switch (move) {
    case kShift:
      stack.push_back(buffer++);
      break;
    case kLeft: {
      int dep = stack.back();
      stack.pop_back();
      AddArc(buffer, dep);
      break;
    }
    case kRight: {
      int dep = stack.back();
      stack.pop_back();
      AddArc(stack.back(), dep);
      break;
    }
    default:
      break;
  }
}

void Parser::Prepare(const Sentence& sentence, std::vector<WordInfo>* info) const {
  const size_t n = sentence.words.size();
  info->resize(n + 1);
  (*info)[0] = {kRootWord, kRootWord, kRootWord, kRootWord, false, false};
  for (size_t i = 0; i < n; ++i) {
    const Word& w = sentence.words[i];
    std::string lower = AsciiLower(w.form);
    WordInfo& wi = (*info)[i + 1];
    wi.word = HashString(lower);
    wi.xpos = HashString(w.xpos) + 1;
    wi.upos = HashString(w.upos) + 2;
    wi.suffix = HashString(lower.size() > 3 ? std::string_view(lower).substr(lower.size() - 3)
                                            : std::string_view(lower));
    wi.function_word = IsFunctionPos(w.upos);
    wi.is_punct = w.upos == "PUNCT";
  }
}

void Parser::RoleTokens(const State& st, int tokens[kNumRoles]) {
  const int depth = static_cast<int>(st.stack.size());
  const int s0 = depth >= 1 ? st.stack[depth - 1] : -1;
  const int s1 = depth >= 2 ? st.stack[depth - 2] : -1;
  const int b0 = st.buffer <= st.n ? st.buffer : -1;
  auto child = [&](const std::vector<int>& v, int k) { return k >= 0 ? v[k] : -1; };
  tokens[kS0] = s0;
  tokens[kS1] = s1;
  tokens[kS2] = depth >= 3 ? st.stack[depth - 3] : -1;
  tokens[kB0] = b0;
  tokens[kB1] = st.buffer + 1 <= st.n ? st.buffer + 1 : -1;
  tokens[kB2] = st.buffer + 2 <= st.n ? st.buffer + 2 : -1;
  tokens[kB3] = st.buffer + 3 <= st.n ? st.buffer + 3 : -1;
  tokens[kS0L] = child(st.left1, s0);
  tokens[kS0R] = child(st.right1, s0);
  tokens[kB0L] = child(st.left1, b0);
  tokens[kS1L] = child(st.left1, s1);
  tokens[kS1R] = child(st.right1, s1);
  tokens[kS0L2] = child(st.left2, s0);
  tokens[kS0R2] = child(st.right2, s0);
  tokens[kB0L2] = child(st.left2, b0);
}

uint64_t Parser::UnaryFeature(const std::vector<WordInfo>& info, uint32_t tmpl, UnaryKind kind,
                              int token) {
  const uint64_t w = token >= 0 ? info[token].word : kNone;
  const uint64_t p = token >= 0 ? info[token].xpos : kNone;
  switch (kind) {
    case kWordOf:
      return Feat(tmpl, w);
    case kTagOf:
      return Feat(tmpl, p);
    default:
      return Feat(tmpl, w, p);
  }
}

void Parser::MoveFeatures(const std::vector<WordInfo>& info, const State& st,
                          std::vector<uint64_t>* out, bool with_unary) const {
  out->clear();
  int tokens[kNumRoles];
  RoleTokens(st, tokens);
  const int s0 = tokens[kS0], s1 = tokens[kS1], s2 = tokens[kS2];
  const int b0 = tokens[kB0], b1 = tokens[kB1], b2 = tokens[kB2];
  auto w = [&](int k) { return k >= 0 ? info[k].word : kNone; };
  auto p = [&](int k) { return k >= 0 ? info[k].xpos : kNone; };
  const int s0l = tokens[kS0L], s0l2 = tokens[kS0L2];
  const int s0r = tokens[kS0R], s0r2 = tokens[kS0R2];
  const int s1l = tokens[kS1L], s1r = tokens[kS1R];
  const int b0l = tokens[kB0L], b0l2 = tokens[kB0L2];
  const uint64_t d_s0b0 = s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : 9;
  const uint64_t d_s1s0 = s1 >= 0 && s0 >= 0 ? Bucket(s0 - s1) : 9;
  auto vl = [&](int k) {
    return k >= 0 ? static_cast<uint64_t>(std::min(st.left_count[k], 5)) : 9;
  };
  auto vr = [&](int k) {
    return k >= 0 ? static_cast<uint64_t>(std::min(st.right_count[k], 5)) : 9;
  };

  uint32_t t = 0;
  auto add = [&](auto... values) { out->push_back(Feat(t++, values...)); };
  // Templates of one position alone; kUnaryTemplates lists them in this order.
  size_t next_unary = 0;
  auto unary = [&](Role role, UnaryKind kind) {
    assert(kUnaryTemplates[next_unary].id == t && kUnaryTemplates[next_unary].role == role &&
           kUnaryTemplates[next_unary].kind == kind);
    ++next_unary;
    if (with_unary) out->push_back(UnaryFeature(info, t, kind, tokens[role]));
    ++t;
  };
  // Single positions.
  unary(kS0, kWordOf);
  unary(kS0, kTagOf);
  unary(kS0, kWordTagOf);
  unary(kS1, kWordOf);
  unary(kS1, kTagOf);
  unary(kS1, kWordTagOf);
  unary(kS2, kTagOf);
  unary(kS2, kWordTagOf);
  unary(kB0, kWordOf);
  unary(kB0, kTagOf);
  unary(kB0, kWordTagOf);
  unary(kB1, kWordOf);
  unary(kB1, kTagOf);
  unary(kB1, kWordTagOf);
  unary(kB2, kTagOf);
  unary(kB2, kWordTagOf);
  // Pairs.
  add(w(s0), p(s0), w(b0), p(b0));
  add(w(s0), p(s0), w(b0));
  add(w(s0), w(b0), p(b0));
  add(w(s0), p(s0), p(b0));
  add(p(s0), w(b0), p(b0));
  add(w(s0), w(b0));
  add(p(s0), p(b0));
  add(p(b0), p(b1));
  add(p(s1), p(s0));
  add(w(s1), w(s0));
  add(w(s1), p(s1), w(s0), p(s0));
  add(p(s1), w(s0), p(s0));
  add(w(s1), p(s1), p(s0));
  add(p(s1), p(b0));
  add(w(s1), w(b0));
  // Triples.
  add(p(b0), p(b1), p(b2));
  add(p(s0), p(b0), p(b1));
  add(p(s1), p(s0), p(b0));
  add(p(s2), p(s1), p(s0));
  add(p(s0), p(s0l), p(b0));
  add(p(s0), p(s0r), p(b0));
  add(p(s0), p(b0), p(b0l));
  add(p(s1), p(s1l), p(s0));
  add(p(s1), p(s1r), p(s0));
  add(w(s0), p(b0), p(b1));
  add(p(s1), w(s0), p(b0));
  // Distance.
  add(w(s0), d_s0b0);
  add(p(s0), d_s0b0);
  add(w(b0), d_s0b0);
  add(p(b0), d_s0b0);
  add(w(s0), w(b0), d_s0b0);
  add(p(s0), p(b0), d_s0b0);
  add(p(s1), p(s0), d_s1s0);
  add(w(s1), w(s0), d_s1s0);
  // Valency.
  add(w(s0), vl(s0));
  add(w(s0), vr(s0));
  add(p(s0), vl(s0));
  add(p(s0), vr(s0));
  add(w(b0), vl(b0));
  add(p(b0), vl(b0));
  add(p(s1), vl(s1));
  add(p(s1), vr(s1));
  // Children.
  unary(kS0L, kWordOf);
  unary(kS0L, kTagOf);
  unary(kS0R, kWordOf);
  unary(kS0R, kTagOf);
  unary(kB0L, kWordOf);
  unary(kB0L, kTagOf);
  unary(kS1L, kTagOf);
  unary(kS1R, kTagOf);
  unary(kS1R, kWordOf);
  unary(kS0L2, kTagOf);
  unary(kS0R2, kTagOf);
  unary(kB0L2, kTagOf);
  add(p(s0), p(s0l), p(s0l2));
  add(p(s0), p(s0r), p(s0r2));
  add(p(b0), p(b0l), p(b0l2));
  add(p(s1), p(s1r), p(s0), p(b0));
  // Suffixes help unknown words.
  add(s0 >= 0 ? info[s0].suffix : kNone, p(b0));
  add(b0 >= 0 ? info[b0].suffix : kNone, p(s0));
  // Universal tags, a fourth lookahead word, and punctuation between s0 and b0.
  auto u = [&](int k) { return k >= 0 ? info[k].upos : kNone; };
  const int b3 = tokens[kB3];
  uint64_t commas = 0;
  if (s0 > 0 && b0 > 0) {
    for (int k = s0 + 1; k < b0 && commas < 3; ++k) commas += info[k].is_punct ? 1 : 0;
  }
  add(u(s0), u(b0));
  add(u(s1), u(s0), u(b0));
  // Word and universal-tag pairs: robust where the predicted XPOS is wrong.
  add(w(s0), u(b0));
  add(u(s0), w(b0));
  add(w(s1), u(s0));
  add(u(s1), w(s0));
  add(u(s0), u(s0l), u(b0));
  add(u(s0), u(s0r), u(b0));
  add(u(s0), u(b0), u(b0l));
  add(u(s2), u(s1), u(s0));
  add(u(s0), u(b0), d_s0b0);
  add(u(s1), u(s0), d_s1s0);
  add(w(b0), u(b1));
  add(u(s0), vl(s0), vr(s0));
  add(u(b0), u(b1), u(b2));
  unary(kB3, kTagOf);
  add(p(b0), p(b1), p(b2), p(b3));
  add(w(s0), w(s0r));
  add(w(b0), w(b0l));
  add(p(s1), p(s1r), p(b0));
  add(commas, p(s0), p(b0));
  add(commas, d_s0b0);
  add(w(s0), p(s0), p(s0l), p(s0r));
  add(w(b0), p(b0), p(b0l));
}

void Parser::LabelFeatures(const std::vector<WordInfo>& info, const std::vector<int>& heads,
                           const std::vector<std::vector<int>>& children, int d,
                           std::vector<uint64_t>* out) const {
  out->clear();
  const int h = heads[d];
  const int n = static_cast<int>(info.size()) - 1;
  const uint64_t dir = h < d ? 1 : 2;
  const uint64_t dist = Bucket(d - h);
  const WordInfo& dw = info[d];
  const WordInfo& hw = info[h];
  const int g = h > 0 ? heads[h] : -1;
  const uint64_t gp = g >= 0 ? info[g].xpos : kNone;
  uint32_t t = 0;
  auto add = [&](auto... values) { out->push_back(Feat(500 + t++, values...)); };
  add(dw.word);
  add(dw.xpos);
  add(dw.upos);
  add(hw.word);
  add(hw.xpos);
  add(hw.upos);
  add(dw.xpos, hw.xpos, dir);
  add(dw.upos, hw.upos, dir);
  add(dw.xpos, hw.xpos, dir, dist);
  add(dw.word, hw.xpos, dir);
  add(dw.xpos, hw.word, dir);
  add(dw.word, hw.word);
  add(dw.suffix, hw.upos, dir);
  add(gp, hw.xpos, dw.xpos, dir);
  add(dw.upos, d > 1 ? info[d - 1].xpos : kNone);
  add(dw.upos, d < n ? info[d + 1].xpos : kNone);
  add(dw.xpos, h == 0 ? 1 : 0);
  // The dependent's own function-word children ("by" marks an agent, "to" an infinitive).
  int dep_children = 0;
  for (int c : children[d]) {
    add(dw.upos, info[c].function_word ? info[c].word : info[c].xpos, c < d ? 1 : 2);
    add(dw.upos, hw.upos, info[c].function_word ? info[c].word : kNone);
    if (++dep_children >= 6) break;
  }
  add(dw.upos, static_cast<uint64_t>(std::min<size_t>(children[d].size(), 4)));
  // The head's function-word children ("was" makes a passive subject).
  int head_children = 0;
  int same_side_before = 0;
  for (int c : children[h]) {
    if (c == d) continue;
    if (info[c].function_word) add(dw.xpos, dir, info[c].word);
    if ((c < d) == (d < h) && std::abs(c - h) < std::abs(d - h)) ++same_side_before;
    if (++head_children >= 8) break;
  }
  add(dw.upos, hw.upos, dir, static_cast<uint64_t>(std::min(same_side_before, 3)));
}

namespace {

// Per-thread buffers reused from sentence to sentence: parsing allocates nothing once
// they have grown to the longest sentence seen.
struct ParseScratch {
  std::vector<Parser::WordInfo> info;
  Parser::State state;
  std::vector<uint64_t> feats;
  std::vector<uint32_t> offsets;
  std::vector<int32_t> unary;  // [role][token + 1][move], raw weights
  std::vector<std::vector<int>> children;
  std::vector<uint64_t> label_feats;
  std::vector<int32_t> label_scores;  // [word][label], raw weights
};

ParseScratch& Scratch() {
  thread_local ParseScratch scratch;
  return scratch;
}

}  // namespace

void Parser::AssignLabels(const std::vector<WordInfo>& info, const std::vector<int>& heads,
                          Sentence* sentence) const {
  const int n = static_cast<int>(sentence->words.size());
  ParseScratch& scratch = Scratch();
  std::vector<std::vector<int>>& children = scratch.children;
  if (children.size() < static_cast<size_t>(n + 1)) children.resize(n + 1);
  for (int k = 0; k <= n; ++k) children[k].clear();
  for (int d = 1; d <= n; ++d) children[heads[d]].push_back(d);
  // Every arc's features in one batch of probes: the tree is finished, so no decision
  // waits on another.
  std::vector<uint64_t>& feats = scratch.label_feats;
  std::vector<uint32_t>& offsets = scratch.offsets;
  std::vector<uint64_t>& one = scratch.feats;
  const size_t k = label_names_.size();
  feats.clear();
  offsets.clear();
  for (int d = 1; d <= n; ++d) {
    LabelFeatures(info, heads, children, d, &one);
    feats.insert(feats.end(), one.begin(), one.end());
    offsets.insert(offsets.end(), one.size(), static_cast<uint32_t>((d - 1) * k));
  }
  std::vector<int32_t>& scores = scratch.label_scores;
  scores.assign(n * k, 0);
  labels_.ScoreRawAt(feats.data(), offsets.data(), feats.size(), scores.data());
  for (int d = 1; d <= n; ++d) {
    int32_t* row = &scores[(d - 1) * k];
    int best = static_cast<int>(std::max_element(row, row + k) - row);
    Word& w = sentence->words[d - 1];
    w.head = heads[d];
    w.deprel = heads[d] == 0 ? "root" : label_names_[best];
    if (heads[d] != 0 && w.deprel == "root") {
      // Only the root's dependent may be "root": take the best other label.
      row[best] = std::numeric_limits<int32_t>::min();
      best = static_cast<int>(std::max_element(row, row + k) - row);
      w.deprel = label_names_[best];
    }
  }
}

void Parser::Parse(Sentence* sentence) const {
  if (sentence->words.empty()) return;
  ParseScratch& scratch = Scratch();
  std::vector<WordInfo>& info = scratch.info;
  Prepare(*sentence, &info);
  const int n = static_cast<int>(sentence->words.size());
  // Weights of the unary templates for every (role, word) in one batch of probes: each
  // word takes most roles during a parse, often for several moves.
  const size_t width = static_cast<size_t>(n) + 2;  // words -1 (absent) .. n
  std::vector<int32_t>& unary = scratch.unary;
  unary.assign(kNumRoles * width * kNumMoves, 0);
  std::vector<uint64_t>& feats = scratch.feats;
  std::vector<uint32_t>& offsets = scratch.offsets;
  feats.clear();
  offsets.clear();
  for (const UnaryTemplate& u : kUnaryTemplates) {
    for (int token = -1; token <= n; ++token) {
      if (token == 0 && u.role >= kB0) continue;  // the root is never in the buffer or a child
      feats.push_back(UnaryFeature(info, u.id, u.kind, token));
      offsets.push_back(static_cast<uint32_t>((u.role * width + token + 1) * kNumMoves));
    }
  }
  moves_.ScoreRawAt(feats.data(), offsets.data(), feats.size(), unary.data());

  State& state = scratch.state;
  state.Init(n);
  RunMoves(
      [&](const State& st, float* s) {
        int tokens[kNumRoles];
        RoleTokens(st, tokens);
        int32_t raw[kNumMoves] = {0, 0, 0};
        for (int r = 0; r < kNumRoles; ++r) {
          const int32_t* v = &unary[(r * width + tokens[r] + 1) * kNumMoves];
          for (int m = 0; m < kNumMoves; ++m) raw[m] += v[m];
        }
        MoveFeatures(info, st, &feats, /*with_unary=*/false);
        moves_.ScoreRaw(feats.data(), feats.size(), raw);
        // Exact: the sums stay far below 2^24.
        for (int m = 0; m < kNumMoves; ++m) s[m] = static_cast<float>(raw[m]);
      },
      &state);
  AssignLabels(info, state.heads, sentence);
}

void Parser::SetModels(LinearModel moves, LinearModel labels, std::vector<std::string> names) {
  moves_ = std::move(moves);
  labels_ = std::move(labels);
  label_names_ = std::move(names);
}

Status Parser::Save(const std::string& path) const {
  ModelWriter writer(kComponent);
  ByteWriter names;
  names.U32(static_cast<uint32_t>(label_names_.size()));
  for (const auto& l : label_names_) names.Str(l);
  writer.AddBlock("labels", names.Take());
  ByteWriter moves;
  moves_.Write(&moves);
  writer.AddBlock("move_weights", moves.Take());
  ByteWriter labels;
  labels_.Write(&labels);
  writer.AddBlock("label_weights", labels.Take());
  return writer.Save(path);
}

Result<Parser> Parser::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ModelReader reader, ModelReader::Open(path, kComponent));
  Parser p;
  ASSIGN_OR_RETURN(ByteReader names, reader.Block("labels"));
  uint32_t n;
  RETURN_IF_ERROR(names.U32(&n));
  if (n == 0 || n > 1024) return Status::Corruption(path + ": bad label count");
  p.label_names_.resize(n);
  for (auto& l : p.label_names_) RETURN_IF_ERROR(names.Str(&l));
  ASSIGN_OR_RETURN(ByteReader moves, reader.Block("move_weights"));
  RETURN_IF_ERROR(p.moves_.Read(&moves));
  ASSIGN_OR_RETURN(ByteReader labels, reader.Block("label_weights"));
  RETURN_IF_ERROR(p.labels_.Read(&labels));
  if (p.moves_.num_classes() != kNumMoves || p.labels_.num_classes() != static_cast<int>(n)) {
    return Status::Corruption(path + ": weights do not match the transition or label set");
  }
  return p;
}

}  // namespace dyad
