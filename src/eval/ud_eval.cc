#include "eval/ud_eval.h"

#include <algorithm>

#include "base/utf8.h"

namespace dyad {
namespace {

struct WordRef {
  const Sentence* sentence;
  int index;  // in sentence->words
  const Word& word() const { return sentence->words[index]; }
};

// Identifies a word: its token span, plus the word's position in a multiword token.
struct Flat {
  std::vector<WordRef> words;
  std::vector<std::pair<uint32_t, uint32_t>> token_spans;  // per word
  std::vector<int> global_head;                            // head as index into words, -1 root
};

Flat Flatten(const Document& doc) {
  Flat f;
  for (const Sentence& s : doc.sentences) {
    int base = static_cast<int>(f.words.size());
    for (size_t w = 0; w < s.words.size(); ++w) {
      f.words.push_back({&s, static_cast<int>(w)});
      const Token& t = s.tokens[s.words[w].token];
      f.token_spans.emplace_back(t.span.begin, t.span.end);
      int head = s.words[w].head;
      f.global_head.push_back(head <= 0 ? -1 : base + head - 1);
    }
  }
  return f;
}

std::string UniversalRel(const std::string& rel) { return rel.substr(0, rel.find(':')); }

// Longest common subsequence alignment of two short lists of lower-cased forms.
std::vector<std::pair<int, int>> Lcs(const std::vector<std::string>& a,
                                     const std::vector<std::string>& b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> dp(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      dp[i][j] = a[i] == b[j] ? dp[i + 1][j + 1] + 1 : std::max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  std::vector<std::pair<int, int>> out;
  size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      out.emplace_back(static_cast<int>(i++), static_cast<int>(j++));
    } else if (dp[i + 1][j] >= dp[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return out;
}

}  // namespace

void ScoreDocument(const Document& gold, const Document& system, UdScores* scores) {
  // Sentences and tokens: exact span matches.
  auto span_set = [](const Document& d, bool tokens) {
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    for (const Sentence& s : d.sentences) {
      if (!tokens) {
        if (!s.tokens.empty())
          spans.emplace_back(s.tokens.front().span.begin, s.tokens.back().span.end);
        continue;
      }
      for (const Token& t : s.tokens) spans.emplace_back(t.span.begin, t.span.end);
    }
    std::sort(spans.begin(), spans.end());
    return spans;
  };
  for (bool tokens : {true, false}) {
    auto g = span_set(gold, tokens), s = span_set(system, tokens);
    std::vector<std::pair<uint32_t, uint32_t>> common;
    std::set_intersection(g.begin(), g.end(), s.begin(), s.end(), std::back_inserter(common));
    UdScores::Count& c = tokens ? scores->tokens : scores->sentences;
    c.gold += g.size();
    c.system += s.size();
    c.correct += common.size();
  }

  // Words: align through token spans; inside a multiword token by LCS of forms.
  Flat g = Flatten(gold), s = Flatten(system);
  std::vector<int> g_to_s(g.words.size(), -1), s_to_g(s.words.size(), -1);
  size_t gi = 0, si = 0;
  while (gi < g.words.size() && si < s.words.size()) {
    auto gspan = g.token_spans[gi], sspan = s.token_spans[si];
    if (gspan == sspan) {
      size_t gj = gi, sj = si;
      while (gj < g.words.size() && g.token_spans[gj] == gspan) ++gj;
      while (sj < s.words.size() && s.token_spans[sj] == sspan) ++sj;
      std::vector<std::string> gf, sf;
      for (size_t k = gi; k < gj; ++k) gf.push_back(UnicodeLower(g.words[k].word().form));
      for (size_t k = si; k < sj; ++k) sf.push_back(UnicodeLower(s.words[k].word().form));
      if (gj - gi == 1 && sj - si == 1) {
        g_to_s[gi] = static_cast<int>(si);
        s_to_g[si] = static_cast<int>(gi);
      } else {
        for (auto [a, b] : Lcs(gf, sf)) {
          g_to_s[gi + a] = static_cast<int>(si + b);
          s_to_g[si + b] = static_cast<int>(gi + a);
        }
      }
      gi = gj;
      si = sj;
    } else if (gspan.second < sspan.second) {
      ++gi;
    } else if (gspan.second > sspan.second) {
      ++si;
    } else {
      ++gi;
      ++si;
    }
  }
  scores->words.gold += g.words.size();
  scores->words.system += s.words.size();
  for (auto* c : {&scores->upos, &scores->xpos, &scores->lemmas, &scores->feats, &scores->uas,
                  &scores->las}) {
    c->gold += g.words.size();
    c->system += s.words.size();
  }
  for (size_t k = 0; k < g.words.size(); ++k) {
    if (g_to_s[k] < 0) continue;
    const Word& gw = g.words[k].word();
    const Word& sw = s.words[g_to_s[k]].word();
    ++scores->words.correct;
    scores->upos.correct += gw.upos == sw.upos;
    scores->xpos.correct += gw.xpos == sw.xpos;
    scores->lemmas.correct += gw.lemma == sw.lemma;
    scores->feats.correct += gw.feats == sw.feats;
    int gh = g.global_head[k], sh = s.global_head[g_to_s[k]];
    bool head_ok = (gh < 0 && sh < 0) || (gh >= 0 && sh >= 0 && g_to_s[gh] == sh);
    scores->uas.correct += head_ok;
    scores->las.correct += head_ok && UniversalRel(gw.deprel) == UniversalRel(sw.deprel);
  }
}

UdScores EvaluatePipeline(const Pipeline& pipeline, const std::vector<Document>& gold_docs,
                          bool raw) {
  UdScores scores;
  for (const Document& gold : gold_docs) {
    Document system;
    system.id = gold.id;
    system.text = gold.text;
    if (raw) {
      pipeline.Annotate(&system);
    } else {
      for (const Sentence& s : gold.sentences) {
        Sentence blank = s;
        for (Word& w : blank.words) w = Word{w.span, w.form, "", "", "", "", -1, "", w.token};
        system.sentences.push_back(std::move(blank));
        pipeline.AnnotateSentence(&system.sentences.back());
      }
    }
    ScoreDocument(gold, system, &scores);
  }
  return scores;
}

std::vector<std::pair<std::string, double>> MetricList(const UdScores& s, bool raw) {
  std::vector<std::pair<std::string, double>> out;
  if (raw) {
    out.emplace_back("Tokens", s.tokens.F1());
    out.emplace_back("Sentences", s.sentences.F1());
    out.emplace_back("Words", s.words.F1());
  }
  out.emplace_back("UPOS", s.upos.F1());
  out.emplace_back("XPOS", s.xpos.F1());
  out.emplace_back("UFeats", s.feats.F1());
  out.emplace_back("Lemmas", s.lemmas.F1());
  out.emplace_back("UAS", s.uas.F1());
  out.emplace_back("LAS", s.las.F1());
  return out;
}

}  // namespace dyad
