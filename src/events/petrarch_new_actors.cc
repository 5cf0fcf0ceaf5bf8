#include "events/petrarch_new_actors.h"

#include <algorithm>

#include "events/dep_tree.h"
#include "events/time_expression.h"

namespace dyad {
namespace {

bool IsNoun(const Word& w) { return w.upos == "NOUN" || w.upos == "PROPN"; }

bool IsPossessiveMarker(const Word& w) { return w.xpos == "POS" || w.form == "'s"; }

// The words of the noun phrase headed by h, in no order; `top`: h heads the whole phrase.
void PhraseWords(const DepTree& t, int h, std::vector<int>* out, bool top = true) {
  out->push_back(h);
  for (int k : t.Kids(h)) {
    const std::string& r = t.Rel(k);
    const bool inside = r == "det" || r == "amod" || r == "compound" || r == "flat" ||
                        r == "nmod:poss" || r == "nummod" || r == "case" ||
                        (t.HasRel(k, "nmod") && r != "nmod:poss" && t.Prep(k) == "of");
    if (!inside || IsPossessiveMarker(t.word(k))) continue;
    // A preposition belongs to the phrase only inside it ("Ministry of Magic").
    if (r == "case" && top) continue;
    PhraseWords(t, k, out, false);
  }
}

}  // namespace

void AddNewActorMentions(int index, size_t max_words, Document* doc) {
  if (max_words == 0) return;
  const Sentence& s = doc->sentences[index];
  const DepTree t(s);
  const int n = t.size();
  std::vector<bool> covered(n, false);
  for (const ActorMention& am : doc->mentions) {
    if (am.sentence != index || (am.code.empty() && am.members.empty())) continue;
    for (int w = am.first_word; w < am.end_word && w < n; ++w) covered[w] = true;
  }
  // A time is no actor ("on Wednesday"): CoreNLP, which PETRARCH reads, marks it temporal.
  std::vector<bool> time(n, false);
  for (const TimeExpression& e : FindTimeExpressions(s, doc->date)) {
    for (int w = e.first_word; w < e.end_word && w < n; ++w) time[w] = true;
  }
  // Top down, so a phrase is tried before the phrases inside it.
  std::vector<int> order;
  for (int w = 0; w < n; ++w) {
    if (t.Head(w) < 0) order.push_back(w);
  }
  for (size_t i = 0; i < order.size(); ++i) {
    for (int k : t.Kids(order[i])) order.push_back(k);
  }
  for (int h : order) {
    const std::string& r = t.Rel(h);
    if (covered[h] || time[h] || !IsNoun(t.word(h)) || r == "compound" || r == "flat" ||
        r == "nmod:poss") {
      continue;
    }
    std::vector<int> words;
    PhraseWords(t, h, &words);
    std::sort(words.begin(), words.end());
    // A subject right after this one is the rest of the phrase: "head | Minerva McGonagall".
    if (r.rfind("nsubj", 0) == 0 && t.Head(h) >= 0) {
      for (int k : t.Kids(t.Head(h))) {
        if (k <= h || t.Rel(k) != r || !IsNoun(t.word(k))) continue;
        std::vector<int> more;
        PhraseWords(t, k, &more);
        std::sort(more.begin(), more.end());
        if (more.front() == words.back() + 1) words.insert(words.end(), more.begin(), more.end());
      }
    }
    // A phrase with an actor anywhere in it is that actor's ("the dispute with Osgiliath").
    std::vector<int> subtree = {h};
    for (size_t i = 0; i < subtree.size(); ++i) {
      for (int k : t.Kids(subtree[i])) subtree.push_back(k);
    }
    bool free = true;
    for (int w : subtree) free = free && !covered[w];
    for (int w : words) free = free && !covered[w];
    bool contiguous = true;  // but for a possessive 's
    for (size_t i = 1; i < words.size(); ++i) {
      for (int w = words[i - 1] + 1; w < words[i]; ++w) {
        contiguous = contiguous && IsPossessiveMarker(s.words[w]);
      }
    }
    if (!free || !contiguous) continue;
    if (words.size() > max_words) {
      // Too long, and nothing in it is a phrase of its own: "the Ministry of Magic" is not
      // "MAGIC", "meetings of the committee with Albus Dumbledore" not "ALBUS DUMBLEDORE".
      for (int w : subtree) covered[w] = true;
      continue;
    }
    ActorMention am;
    am.sentence = index;
    am.first_word = words.front();
    am.end_word = words.back() + 1;
    am.head_word = h;
    am.span = {s.words[words.front()].span.begin, s.words[words.back()].span.end};
    am.text = doc->text.substr(am.span.begin, am.span.end - am.span.begin);
    std::string code;
    for (int w : words) {
      if (!code.empty()) code += ' ';
      code += AsciiUpper(s.words[w].form);
    }
    am.code = "\"" + code + "\"";
    am.type = "ORG";
    for (int w : words) covered[w] = true;
    doc->mentions.push_back(std::move(am));
  }
}

}  // namespace dyad
