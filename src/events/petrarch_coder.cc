#include "events/petrarch_coder.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "actors/sentence_actors.h"
#include "events/dep_tree.h"
#include "events/petrarch_new_actors.h"

namespace dyad {
namespace {

bool IsRole(const std::string& w) { return w == "$" || w == "+" || w == "%" || w == "^"; }

// Matching one sentence: word sequences before and after a verb against pattern sides.
class SentenceMatcher {
 public:
  SentenceMatcher(const VerbDictionary& verbs, const Document& doc, int index, bool petrarch1)
      : verbs_(verbs),
        petrarch1_(petrarch1),
        doc_(doc),
        s_(doc.sentences[index]),
        tree_(s_),
        mention_at_(s_.words.size(), -1) {
    for (size_t m = 0; m < doc.mentions.size(); ++m) {
      const ActorMention& am = doc.mentions[m];
      if (am.sentence != index || (am.code.empty() && am.members.empty())) continue;
      for (int w = am.first_word; w < am.end_word && w < tree_.size(); ++w) {
        mention_at_[w] = static_cast<int>(m);
      }
    }
    for (int w = 0; w < tree_.size(); ++w) {
      upper_.push_back(AsciiUpper(s_.words[w].form));
      lemma_.push_back(AsciiUpper(s_.words[w].lemma));
    }
  }

  const DepTree& tree() const { return tree_; }
  const ActorMention& mention(int m) const { return doc_.mentions[m]; }
  int MentionAt(int w) const { return w >= 0 && w < tree_.size() ? mention_at_[w] : -1; }

  std::vector<PetrarchVerbMatch> Run() const {
    std::vector<PetrarchVerbMatch> out;
    for (int w = 0; w < tree_.size(); ++w) {
      if (!IsVerb(w) && !NounAfterActor(w)) continue;
      // A verb inside an actor's name.
      if (mention_at_[w] >= 0 && !NounAfterActor(w)) continue;
      if (auto m = MatchVerb(w)) out.push_back(std::move(*m));
    }
    return out;
  }

 private:
  // A verb by its tag, or a word tagged otherwise that heads a clause with an auxiliary and
  // no copula: the tagger's noun in "Soldiers will not wire tap the links".
  bool IsVerb(int w) const {
    if (s_.words[w].upos == "VERB" || s_.words[w].xpos.rfind("VB", 0) == 0) return true;
    if (ModalLeaf(w)) return true;
    if (s_.words[w].upos != "NOUN") return false;
    return tree_.Child(w, "aux") >= 0 && tree_.Child(w, "cop") < 0;
  }

 public:
  // A sentence's first actor and a dictionary verb form the tagger took for a noun it
  // modifies, with a prepositional phrase after it: "Ethiopia act on a resolution",
  // "Ethiopia departs from Libya". The actor is its subject.
  bool NounAfterActor(int w) const {
    if (w < 1 || s_.words[w].upos != "NOUN" || s_.words[w - 1].upos != "PROPN") return false;
    if (tree_.Rel(w - 1) != "compound" || tree_.Head(w - 1) != w) return false;
    const int m = mention_at_[w - 1];
    if (m < 0 || doc_.mentions[m].first_word != 0 || tree_.Child(w, "det") >= 0) return false;
    if (verbs_.by_head.find(upper_[w]) == verbs_.by_head.end()) return false;
    for (int k : tree_.Kids(w)) {
      if (k > w && tree_.HasRel(k, "nmod") && tree_.Rel(k) != "nmod:poss") return true;
    }
    return false;
  }

  // A word right after a modal ("will", "would", "not" between) that the tagger took for a
  // modifier of the next word: the verb of "Arnor will abandon improved relations" tagged
  // as an adverb. Its clause is the word it modifies.
  bool ModalLeaf(int w) const {
    const Word& word = s_.words[w];
    if (word.upos != "ADV" && word.upos != "ADJ" && word.upos != "NOUN") return false;
    if (tree_.Head(w) <= w || !tree_.Kids(w).empty()) return false;
    int p = w - 1;
    while (p >= 0 && (AsciiLower(s_.words[p].form) == "not" || s_.words[p].form == "n't")) --p;
    return p >= 0 && s_.words[p].xpos == "MD";
  }

 private:
  // Where the verb forms of the dictionary with this head word fit; the longest form wins.
  std::optional<PetrarchVerbMatch> MatchVerb(int w) const {
    auto it = verbs_.by_head.find(upper_[w]);
    if (it == verbs_.by_head.end()) it = verbs_.by_head.find(lemma_[w]);
    if (it == verbs_.by_head.end()) return std::nullopt;
    const VerbWord* best_verb = nullptr;
    const VerbBlock* best_block = nullptr;
    std::vector<const VerbBlock*> blocks;  // every block holding the longest form
    size_t best_len = 0;
    for (const VerbDictionary::Ref& ref : it->second) {
      const VerbBlock& block = verbs_.blocks[ref.block];
      const VerbWord& verb = block.verbs[ref.verb];
      const VerbForm& form = verb.forms[ref.form];
      bool fits = true;
      for (size_t i = 0; i < form.words.size() && fits; ++i) {
        const int at = w - static_cast<int>(form.head) + static_cast<int>(i);
        fits = at >= 0 && at < tree_.size() && (i == form.head || upper_[at] == form.words[i]);
      }
      if (fits && form.words.size() > best_len) {
        best_len = form.words.size();
        best_verb = &verb;
        best_block = &block;
        blocks.clear();
      }
      if (fits && form.words.size() == best_len && (petrarch1_ || blocks.empty()) &&
          std::find(blocks.begin(), blocks.end(), &block) == blocks.end()) {
        blocks.push_back(&block);
      }
    }
    if (best_verb == nullptr) return std::nullopt;
    PetrarchVerbMatch m;
    m.verb_word = w;
    m.block = best_block;
    m.code = best_verb->code;
    m.reciprocal = best_verb->reciprocal;
    const std::vector<int> before = Before(w), after = After(w, ModalLeaf(w) ? tree_.Head(w) : w);
    int best_score = 0;
    // In a PETRARCH-1 file a verb written in two blocks has the patterns of both ("SHOT
    // [---]" with "*_AND_WOUND", "SHOT [223]" with "+ WAS * DEAD IN $"); its own code is the
    // first block's. PETRARCH-2 files keep the first block only.
    for (const VerbBlock* block : blocks) {
      for (const VerbPattern& p : block->patterns) {
        Binding b;
        int score = 0;
        if (!MatchSide(p.before, before, true, p.before_adjacent, &b, &score)) continue;
        if (!MatchSide(p.after, after, false, p.after_adjacent, &b, &score)) continue;
        if (score > best_score) {
          best_score = score;
          m.pattern = &p;
          m.block = block;
          m.source_word = b.source;
          m.target_word = b.target;
          m.compound = b.compound;
        }
      }
    }
    if (m.pattern != nullptr) {
      // "+++" keeps the verb's code (PETRARCH-1's marker for "pattern only stops others").
      if (m.pattern->code != "+++") m.code = m.pattern->code;
      m.reciprocal = m.pattern->reciprocal;
    }
    if (m.code == "---" || m.code == "+++") m.code.clear();
    if (m.reciprocal == "---" || m.reciprocal == "+++") m.reciprocal.clear();
    return m;
  }

  // The words before the verb, nearest first: PETRARCH-1 patterns name words outside the
  // verb's clause ("SAID WOULD * ATTACK").
  std::vector<int> Before(int w) const {
    std::vector<int> out;
    for (int p = w - 1; p >= 0; --p) {
      if (s_.words[p].upos != "PUNCT") out.push_back(p);
    }
    return out;
  }

  // The verb's clause after it: its dependents' subtrees, except coordinated and loosely
  // attached clauses, which are verbs of their own.
  std::vector<int> After(int w, int clause) const {
    std::vector<int> out;
    if (clause > w) out.push_back(clause);  // the word a mis-tagged verb modifies
    std::vector<int> stack = {clause};
    while (!stack.empty()) {
      const int x = stack.back();
      stack.pop_back();
      for (int k : tree_.Kids(x)) {
        const std::string& r = tree_.Rel(k);
        if (x == clause && (r == "conj" || r == "parataxis" || r == "cc")) continue;
        if (r == "punct") continue;
        if (k > w) out.push_back(k);
        stack.push_back(k);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  struct Binding {
    int source = -1, target = -1;
    bool compound = false;
  };

  // PETRARCH-1 matches a pattern word to the word as written ("* EFFORT" misses
  // "efforts"); PETRARCH-2 matches its lemma too.
  bool WordIs(int w, const std::string& p) const {
    return upper_[w] == p || (!petrarch1_ && lemma_[w] == p);
  }

  // Matches `words` at seq[pos...] (consecutive); returns the position after, or -1.
  // Actor roles consume the whole mention they fall on.
  int MatchWords(const std::vector<std::string>& words, const std::vector<int>& seq, size_t pos,
                 bool backward, Binding* b, int* score) const {
    const size_t n = words.size();
    for (size_t i = 0; i < n; ++i) {
      // Backward sides are read nearest-first, so the phrase is compared right to left.
      const std::string& p = words[backward ? n - 1 - i : i];
      if (pos >= seq.size()) return -1;
      const int w = seq[pos];
      if (IsRole(p)) {
        const int m = mention_at_[w];
        // '^' skips a noun phrase: an actor's whole mention, as '$' and '+' take one, or a
        // noun ("* THEIR ^ ABOUT +": "their populations about").
        if (p == "^" && m < 0) {
          const std::string& upos = s_.words[w].upos;
          if (upos != "NOUN" && upos != "PROPN") return -1;
          ++pos;
          continue;
        }
        if (m < 0) return -1;
        if (p == "^") {
          while (pos < seq.size() && mention_at_[seq[pos]] == m) ++pos;
          continue;
        }
        if (p == "$") b->source = w;
        if (p == "+") b->target = w;
        if (p == "%" && backward) {
          b->compound = true;
          b->source = w;
        }
        // After the verb a compound is the target: "agrees with the Philippines and France".
        if (p == "%" && !backward) b->target = w;
        while (pos < seq.size() && mention_at_[seq[pos]] == m) ++pos;
        *score += 1;
        continue;
      }
      if (p[0] == '&') {
        const VerbSynset* syn = verbs_.FindSynset(p);
        if (syn == nullptr) return -1;
        int end = -1;
        for (const std::vector<std::string>& member : syn->members) {
          Binding scratch = *b;
          int s = 0;
          end = MatchWords(member, seq, pos, backward, &scratch, &s);
          if (end >= 0) break;
        }
        if (end < 0) return -1;
        pos = static_cast<size_t>(end);
        *score += 1;
        continue;
      }
      if (!WordIs(w, p)) return -1;
      ++pos;
      *score += 1;
    }
    return static_cast<int>(pos);
  }

  // Finds `words` as a run starting at or after seq[*pos]; advances *pos past it.
  bool Find(const std::vector<std::string>& words, const std::vector<int>& seq, size_t* pos,
            bool backward, Binding* b, int* score) const {
    for (size_t start = *pos; start < seq.size(); ++start) {
      Binding trial = *b;
      int s = 0;
      const int end = MatchWords(words, seq, start, backward, &trial, &s);
      if (end >= 0) {
        *b = trial;
        *score += s;
        *pos = static_cast<size_t>(end);
        return true;
      }
    }
    return false;
  }

  // Nouns in order, then each prepositional phrase (its preposition, then its objects).
  // `adjacent`: the noun nearest the verb must be next to it ("RECENTLY_*").
  bool MatchSide(const PatternSide& side, const std::vector<int>& seq, bool backward, bool adjacent,
                 Binding* b, int* score) const {
    size_t pos = 0;
    for (size_t i = 0; i < side.nouns.size(); ++i) {
      const PatternNoun& noun = side.nouns[backward ? side.nouns.size() - 1 - i : i];
      if (i == 0 && adjacent) {
        Binding trial = *b;
        int s = 0;
        const int end = MatchWords(noun.words, seq, 0, backward, &trial, &s);
        if (end < 0) return false;
        *b = trial;
        *score += s;
        pos = static_cast<size_t>(end);
        continue;
      }
      if (!Find(noun.words, seq, &pos, backward, b, score)) return false;
    }
    for (const PatternPrep& prep : side.preps) {
      bool found = false;
      for (size_t start = 0; start < seq.size() && !found; ++start) {
        if (std::find(prep.preps.begin(), prep.preps.end(), upper_[seq[start]]) ==
            prep.preps.end()) {
          continue;
        }
        Binding trial = *b;
        int s = 1;
        size_t at = start + 1;
        bool all = true;
        for (const PatternNoun& obj : prep.objects) {
          all = all && Find(obj.words, seq, &at, false, &trial, &s);
        }
        if (all) {
          found = true;
          *b = trial;
          *score += s;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  const VerbDictionary& verbs_;
  bool petrarch1_;
  const Document& doc_;
  const Sentence& s_;
  DepTree tree_;
  std::vector<int> mention_at_;  // word -> coded mention, -1 for none
  std::vector<std::string> upper_, lemma_;
};

// The actors a word stands for: its mention's code, or each member of a plural mention,
// and the same for its conjuncts.
std::vector<int> MentionsAt(const SentenceMatcher& sm, int w) {
  std::vector<int> out;
  if (w < 0) return out;
  // From the mention's own head ("Minas" is a compound under "Tirith") or the phrase it is
  // an appositive of, then from the first conjunct: a pattern word may fall on any of them ("% *"
  // on "Rohan and Bree").
  const DepTree& t = sm.tree();
  for (int step = 0; step < 32; ++step) {
    const int h = t.Head(w);
    if (h < 0) break;
    const bool same_mention = sm.MentionAt(w) >= 0 && sm.MentionAt(h) == sm.MentionAt(w);
    // An appositive names its head's actor again: "the European Union (EU)".
    if (!same_mention && t.Rel(w) != "conj" && t.Rel(w) != "appos") break;
    w = h;
  }
  // Conjuncts, also those the parser chains ("Rohan, Fornost and Bree": Bree under Fornost).
  std::vector<int> words = {w};
  for (size_t i = 0; i < words.size() && words.size() < 32; ++i) {
    int last_conj = -1;
    for (int k : t.Kids(words[i])) {
      if (t.Rel(k) == "conj") words.push_back(k), last_conj = k;
    }
    // In a list "A, B, and C" an appositive before the last conjunct is a member the parser
    // took for a second name of A ("Evil Mordor, the awful Fornost, and good Gondor").
    for (int k : t.Kids(words[i])) {
      if (t.Rel(k) == "appos" && k < last_conj) words.push_back(k);
    }
  }
  auto add = [&](int m) {
    if (m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  };
  for (int x : words) {
    int m = sm.MentionAt(x);
    if (m < 0) m = sm.MentionAt(t.Child(x, "appos"));
    // A conjunct no actor names is the actor it is "of" ("sheep and goats of Gondor").
    if (m < 0 && x != w && t.word(x).upos == "NOUN") {
      for (int k : t.PrepKids(x, "of")) m = m < 0 ? sm.MentionAt(k) : m;
    }
    add(m);
    // Coordinated modifiers: "Eriadori and Calenardhon leaders" names Eriador too.
    if (m < 0) continue;
    const ActorMention& am = sm.mention(m);
    auto inside = [&](int y) { return y >= am.first_word && y < am.end_word; };
    for (int y = am.first_word; y < am.end_word && y < t.size(); ++y) {
      const int h = t.Head(y);
      if (t.Rel(y) == "conj" && h >= 0 && !inside(h) && inside(t.Head(h)) &&
          (t.Rel(h) == "compound" || t.Rel(h) == "amod")) {
        add(sm.MentionAt(h));
      }
    }
  }
  return out;
}

// The first word after verb v, in its clause, of a coded actor not in `skip` and not a
// pronoun; -1 for none.
int FirstActorAfter(const SentenceMatcher& sm, int v, const std::vector<int>& skip) {
  const DepTree& t = sm.tree();
  for (int w = v + 1; w < t.size(); ++w) {
    const int mention = sm.MentionAt(w);
    if (mention < 0 || std::find(skip.begin(), skip.end(), mention) != skip.end()) continue;
    // A pronoun coreference resolved is no actor to PETRARCH, which reads no pronouns: "Sam
    // began to question whether he has a future with the Orcs" targets the Orcs.
    if (t.word(w).upos == "PRON") continue;
    int up = w;
    for (int step = 0; step < 8 && up >= 0 && up != v; ++step) up = t.Head(up);
    if (up == v) return w;
  }
  return -1;
}

// True when "former" stands before a mention's head word ("former Gondor prosecutors").
bool FormerBefore(const Sentence& s, const ActorMention& am) {
  for (int w = am.first_word; w < am.head_word && w < static_cast<int>(s.words.size()); ++w) {
    if (AsciiLower(s.words[w].form) == "former") return true;
  }
  return false;
}

// True when the words between a and b hold a coordinating conjunction and no verb: two
// subjects the parser gave one verb are then one coordination, not another clause's subject
// ("after crowds burned down its embassy, an official said").
bool CoordinatedRun(const DepTree& t, int a, int b) {
  bool cc = false;
  for (int w = std::min(a, b) + 1; w < std::max(a, b); ++w) {
    const std::string& upos = t.word(w).upos;
    if (upos == "VERB" || upos == "AUX") return false;
    cc = cc || upos == "CCONJ";
  }
  return cc;
}

// A passive verb's "by" agent, -1 when the verb is active or names none.
int PassiveAgent(const DepTree& t, int v) {
  if (!IsPassive(t, v)) return -1;
  if (int a = t.Child(v, "obl:agent"); a >= 0) return a;
  auto by = t.PrepKids(v, "by");
  return by.empty() ? -1 : by.front();
}

// The verb's subject: nsubj, a passive's agent, or the subject of the verb it complements.
// A passive's source is its "by" agent. Without one, PETRARCH-1 reads the clause as written,
// the subject acting ("The Philippines was criticized over its dispute with Eriador": PHL is
// the source); PETRARCH-2 keeps the subject the target (`petrarch1` off).
int SubjectWord(const DepTree& t, int v, bool petrarch1, int depth = 0) {
  if (v < 0 || depth > 4) return -1;
  if (int a = PassiveAgent(t, v); a >= 0) return a;
  if (!petrarch1 && IsPassive(t, v)) return -1;
  // Of two subjects the parser gave one verb with another verb between them, the one after
  // that verb: the first is that clause's subject attached too high ("after crowds burned
  // its embassy, an official said").
  int subject = -1;
  for (int k : t.Kids(v)) {
    const std::string& r = t.Rel(k);
    if (r != "nsubj" && r != "nsubj:pass" && r != "nsubj:outer") continue;
    if (subject < 0) {
      subject = k;
      continue;
    }
    bool verb_between = false;
    for (int w = subject + 1; w < k && k < v; ++w) verb_between |= t.word(w).upos == "VERB";
    if (verb_between) subject = k;
  }
  if (subject >= 0) return subject;
  const std::string& r = t.Rel(v);
  // PETRARCH-1 gives an adverbial clause without a subject of its own none ("after leaving
  // Eriador" codes nothing); PETRARCH-2 takes the governing clause's.
  if (r == "xcomp" || r == "conj" || r == "ccomp" || (r == "advcl" && !petrarch1)) {
    return SubjectWord(t, t.Head(v), petrarch1, depth + 1);
  }
  // A reduced relative names its actor in the head noun, unless passive ("the embassy burned").
  if (r == "acl") return IsPassive(t, v) ? -1 : t.Head(v);
  return -1;
}

int ObjectWord(const DepTree& t, int v, bool petrarch1) {
  if (!IsPassive(t, v)) return t.Child(v, "obj");
  // Read as active, an agentless passive has no object: the first actor after the verb.
  if (petrarch1 && PassiveAgent(t, v) < 0) return -1;
  return t.Child(v, "nsubj:pass");
}

}  // namespace

Result<std::unique_ptr<PetrarchCoder>> PetrarchCoder::Load(const std::string& verb_file,
                                                           const Codebook* codebook,
                                                           std::vector<std::string>* warnings) {
  ASSIGN_OR_RETURN(VerbDictionary verbs, ReadPetrarchVerbs(verb_file, warnings));
  return std::make_unique<PetrarchCoder>(std::move(verbs), codebook);
}

PetrarchCoder::PetrarchCoder(VerbDictionary verbs, const Codebook* codebook)
    : verbs_(std::move(verbs)), codebook_(codebook) {
  // A dictionary without any preposition group is PETRARCH-1's (TABARI's flat patterns).
  petrarch1_ = true;
  for (const VerbBlock& block : verbs_.blocks) {
    for (const VerbPattern& p : block.patterns) {
      if (!p.before.preps.empty() || !p.after.preps.empty()) petrarch1_ = false;
    }
  }
}

std::vector<PetrarchVerbMatch> PetrarchCoder::Match(const Document& doc, int index) const {
  return SentenceMatcher(verbs_, doc, index, petrarch1_).Run();
}

void PetrarchCoder::Code(Document* doc) const {
  doc->events.clear();
  for (const Sentence& s : doc->sentences) {
    const DiscardPhrase* d = discards_.Find(s);
    if (d != nullptr && d->story) return;
  }
  for (size_t index = 0; index < doc->sentences.size(); ++index) {
    const Sentence& s = doc->sentences[index];
    if (discards_.Find(s) != nullptr) continue;
    AddNewActorMentions(static_cast<int>(index), new_actor_length_, doc);
    const SentenceMatcher sm(verbs_, *doc, static_cast<int>(index), petrarch1_);
    const DepTree& t = sm.tree();
    // A dictionary phrase with several codes ("[FRO] [BIL] [SAM]" reads "FRO/BIL/SAM") is
    // that many actors, each coded on its own as PETRARCH does.
    auto split = [](const std::string& code) {
      std::vector<std::string> out;
      for (size_t at = 0; at <= code.size();) {
        size_t slash = code.find('/', at);
        if (slash == std::string::npos) slash = code.size();
        if (slash > at) out.push_back(code.substr(at, slash - at));
        at = slash + 1;
      }
      return out;
    };
    auto codes_of = [&](int m) {
      const ActorMention& am = doc->mentions[m];
      std::vector<std::string> out;
      const bool nominal =
          am.type.empty() && am.code.size() >= 3 && !IsTransnationalRoot(am.code.substr(0, 3));
      const bool agent_alone = nominal && am.country.empty();
      // TABARI's convention, kept by PETRARCH-1 dictionaries: a former official is an elite
      // ("Arnor former security officials" ARNELI, "former Gondor prosecutors" GONELI).
      const bool former = petrarch1_ && nominal && !am.sectors.empty() && FormerBefore(s, am);
      if (nominal && !am.sectors.empty()) {
        // A nominal takes the roots of the named actors it is "from", "in" or "of", each
        // conjunct its own ("Soldiers from Gondor" GONMIL, "Lawmakers in Fornost and Gondor"
        // FORLEG, GONLEG; "The ambassadors of Arnor and Gondor" ARNGOV, GONGOV).
        std::string sector;
        for (const std::string& block : am.sectors) sector += block;
        if (former) sector = "ELI";
        // Coordinated nominals share the phrase: "Lawmakers and officials in Fornost".
        std::vector<int> kids = t.Kids(am.head_word);
        if (t.Rel(am.head_word) == "conj" && t.Head(am.head_word) >= 0) {
          const std::vector<int>& more = t.Kids(t.Head(am.head_word));
          kids.insert(kids.end(), more.begin(), more.end());
        }
        for (int k : kids) {
          if (!t.HasRel(k, "nmod") || t.Rel(k) == "nmod:poss") continue;
          const std::string prep = t.Prep(k);
          if (prep != "from" && prep != "in" && prep != "of") continue;
          for (int other : MentionsAt(sm, k)) {
            if (doc->mentions[other].type.empty()) continue;  // a named actor
            for (const std::string& root : split(doc->mentions[other].code)) {
              out.push_back(JoinCodes(root, sector));
            }
          }
        }
      }
      if (out.empty()) out = split(former ? am.country + "ELI" : am.code);
      // Else its root is unknown, which PETRARCH writes "---" ("Clerics" ---REL).
      if (agent_alone && out.size() == 1 && out[0] == (former ? "ELI" : am.code)) {
        out[0] = "---" + out[0];
      }
      return out;
    };
    auto emit_one = [&](const std::string& code, int src, const std::string& src_code, int tgt,
                        const std::string& tgt_code, int verb) {
      Event e;
      e.article_id = doc->id;
      e.article_date = doc->date;
      e.date = doc->date;
      e.date_precision = "day";
      e.sentence = static_cast<int>(index);
      e.sentence_begin = s.span.begin;
      e.sentence_text = doc->text.substr(s.span.begin, s.span.end - s.span.begin);
      for (auto [side, m] : {std::pair{&e.source, src}, std::pair{&e.target, tgt}}) {
        side->code = side == &e.source ? src_code : tgt_code;
        if (m < 0) continue;  // require_dyad off: PETRARCH's "---" for the missing side
        const ActorMention& am = doc->mentions[m];
        side->mention = m;
        side->country = am.country;
        side->sectors = am.sectors;
        side->text = am.text;
        side->begin = am.span.begin;
        side->end = am.span.end;
      }
      e.cameo = code;
      e.root = code.substr(0, 2);
      if (const CameoCode* c = codebook_ ? codebook_->Find(code) : nullptr) {
        e.root = c->root;
        e.goldstein = c->goldstein;
        e.quad_class = c->quad_class;
        e.plover_event = c->plover_event;
        e.plover_mode = c->plover_mode;
      }
      e.trigger_text = s.words[verb].form;
      e.trigger_begin = s.words[verb].span.begin;
      e.trigger_end = s.words[verb].span.end;
      e.confidence = 0.8;
      doc->events.push_back(std::move(e));
    };
    const std::vector<std::string> missing = {"---"};
    auto emit = [&](const std::string& code, int src, int tgt, int verb) {
      if (code.empty()) return;
      for (const std::string& a : src >= 0 ? codes_of(src) : missing) {
        for (const std::string& b : tgt >= 0 ? codes_of(tgt) : missing) {
          if (a != b) emit_one(code, src, a, tgt, b, verb);
        }
      }
    };
    for (const PetrarchVerbMatch& m : sm.Run()) {
      // The verb's clause: the verb, or the word a mis-tagged verb modifies.
      const int v = sm.ModalLeaf(m.verb_word) ? t.Head(m.verb_word) : m.verb_word;
      const int trigger = m.verb_word;
      int subject = m.source_word >= 0     ? m.source_word
                    : sm.NounAfterActor(v) ? v - 1
                                           : SubjectWord(t, v, petrarch1_);
      std::vector<int> sources = MentionsAt(sm, subject);
      if (sources.empty() && subject >= 0 && t.word(subject).upos == "PRON" && t.Head(v) >= 0) {
        // An uncoded pronoun in a complement clause is the governing clause's subject
        // ("Ethiopia indicated it would act").
        const std::string& r = t.Rel(v);
        if (r == "ccomp" || r == "xcomp" || r == "advcl" || r == "conj") {
          subject = SubjectWord(t, t.Head(v), petrarch1_);
          sources = MentionsAt(sm, subject);
        }
      }
      if (m.source_word < 0 && subject >= 0 && t.Head(subject) == v) {
        // Two subjects of one verb are a coordination the parser split ("Arnor and the evil
        // awful Gondor welcomed": "evil" taken for the conjunct, "Gondor" for a subject).
        for (int k : t.Kids(v)) {
          if (k == subject || t.Rel(k) != t.Rel(subject) || !CoordinatedRun(t, subject, k)) {
            continue;
          }
          for (int other : MentionsAt(sm, k)) {
            if (std::find(sources.begin(), sources.end(), other) == sources.end()) {
              sources.push_back(other);
            }
          }
        }
      }
      std::vector<int> targets;
      if (m.target_word >= 0) {
        targets = MentionsAt(sm, m.target_word);
      } else if (!m.compound) {
        targets = MentionsAt(sm, ObjectWord(t, v, petrarch1_));
        // Else the first actor of the verb's clause after it ("ties with Gondor").
        if (targets.empty()) targets = MentionsAt(sm, FirstActorAfter(sm, v, sources));
      }
      if (targets.empty() && sources.size() >= 2) {
        // "Gondor and Osgiliath delayed their meeting": the actors act on each other.
        for (int a : sources) {
          for (int b : sources) {
            if (a != b) emit(m.code.empty() ? m.reciprocal : m.code, a, b, trigger);
          }
        }
        continue;
      }
      // With require_dyad off, PETRARCH codes a one-sided event with "---" for the missing
      // side ("a senior official said": ---GOV/---/023).
      if (!require_dyad_ && sources.empty() != targets.empty()) {
        (sources.empty() ? sources : targets).push_back(-1);
      }
      for (int a : sources) {
        for (int b : targets) {
          emit(m.code, a, b, trigger);
          emit(m.reciprocal, b, a, trigger);
        }
      }
    }
  }
}

}  // namespace dyad
