#include "events/event_coder.h"

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"
#include "base/word_list.h"
#include "events/dep_tree.h"
#include "events/event_place.h"
#include "events/time_expression.h"
#include "nlp/features.h"

namespace dyad {
namespace {

// Events that coordinated actors with no other party do with one another: agreeing, meeting,
// negotiating, cooperating, signing, cutting ties, fighting. Statements, appeals, aid, visits
// and the like are done together, to someone else, so they need a target.
// A pattern coded the same both ways ("0841/0841 V:exchange prisoners") is mutual too.
bool ActsOnEachOther(const Pattern& p) {
  const std::string_view code = p.code;
  if (p.reverse_code == p.code) return true;
  const std::string_view root = code.substr(0, 2);
  if (root == "03" || root == "06" || root == "16" || root == "19") return true;
  if (root == "04") return code != "041" && code != "042" && code != "043" && code != "045";
  return code == "018" || code == "019" || code == "050" || code == "057";
}

// Longer sentences are skipped with a warning: they are almost always segmentation failures
// (tables, lists) and their parses are noise.
constexpr size_t kMaxSentenceWords = 200;

class SentenceCoder {
 public:
  SentenceCoder(const EventCoder& coder, const PlaceGazetteer& places, const ActorKb& kb,
                const PlaceHint& hint, const EventCoderOptions& options, int index, Document* doc)
      : coder_(coder),
        places_(places),
        kb_(kb),
        hint_(hint),
        options_(options),
        index_(index),
        doc_(doc),
        s_(doc->sentences[index]),
        tree_(s_),
        mention_at_(s_.words.size(), -1) {
    for (size_t m = 0; m < doc->mentions.size(); ++m) {
      const ActorMention& am = doc->mentions[m];
      if (am.sentence != index) continue;
      // The dateline ("BEIJING, March 11 --") says where the story was filed, not who acted.
      if (hint.place != nullptr && am.span.begin < hint.span.end && hint.span.begin < am.span.end) {
        continue;
      }
      for (int w = am.first_word; w < am.end_word && w < tree_.size(); ++w) {
        mention_at_[w] = static_cast<int>(m);
      }
    }
    times_ = FindTimeExpressions(s_, doc->date);
  }

  void Run() {
    for (int w = 0; w < tree_.size(); ++w) {
      const std::string& upos = tree_.word(w).upos;
      if (upos == "VERB") CodeTrigger(w, false);
      if (upos == "NOUN" || upos == "PROPN") CodeTrigger(w, true);
    }
  }

 private:
  struct Side {
    int mention = -1;
    int actor = -1;
    bool shares_noun = false;  // one of coordinated demonyms before one noun
  };

  // Verbs whose subject speaks about an event, not takes part in it.
  bool JudgesOrReports(int v) const {
    return OneOf(tree_.Lemma(v),
                 {"condemn", "denounce",    "criticize", "criticise",   "deplore",  "decry",
                  "slam",    "welcome",     "praise",    "hail",        "applaud",  "commend",
                  "discuss", "investigate", "probe",     "report",      "deny",     "mourn",
                  "blame",   "protest",     "oppose",    "reject",      "witness",  "survive",
                  "fear",    "recall",      "mark",      "commemorate", "describe", "comment"});
  }

  int Subject(int v, bool noun, int depth = 0) const {
    if (depth > 4) return -1;
    if (noun) {
      if (int p = tree_.Child(v, "nmod:poss"); p >= 0) return p;
      if (auto by = tree_.PrepKids(v, "by"); !by.empty()) return by.front();
      for (int k : tree_.Kids(v)) {
        const std::string& r = tree_.Rel(k);
        if ((r == "amod" || r == "compound") && Coded(k)) return k;
      }
      // "launched an attack", "held talks": the verb's subject does what the noun names. One
      // who condemns, welcomes or investigates an attack did not make it.
      const int h = tree_.Head(v);
      if (h >= 0 && tree_.word(h).upos == "VERB" &&
          (tree_.HasRel(v, "obj") || tree_.HasRel(v, "obl")) && !JudgesOrReports(h)) {
        return Subject(h, false, depth + 1);
      }
      return -1;
    }
    if (IsPassive(tree_, v)) {
      if (int a = tree_.Child(v, "obl:agent"); a >= 0) return a;
      if (auto by = tree_.PrepKids(v, "by"); !by.empty()) return by.front();
      return -1;
    }
    for (int k : tree_.Kids(v)) {
      const std::string& r = tree_.Rel(k);
      if (r == "nsubj" || r == "nsubj:outer" || r == "nsubj:pass") return k;
    }
    // Control and coordination share the subject: "Yang came to strengthen ties",
    // "They met and signed"; a participle modifying a noun has it as subject.
    const int h = tree_.Head(v);
    if (h < 0) return -1;
    if (tree_.Rel(v) == "xcomp" || tree_.Rel(v) == "conj") return Subject(h, false, depth + 1);
    if (tree_.Rel(v) == "acl") return h;
    return -1;
  }

  int Object(int v, bool noun) const {
    if (noun) {
      auto of = tree_.PrepKids(v, "of");
      return of.empty() ? -1 : of.front();
    }
    if (IsPassive(tree_, v)) {
      if (int p = tree_.Child(v, "nsubj:pass"); p >= 0) return p;
      if (tree_.Rel(v) == "acl") return tree_.Head(v);
      return -1;
    }
    // "asked *the United States* for help": parsers often make the addressee an iobj.
    const int o = tree_.Child(v, "obj");
    return o >= 0 ? o : tree_.Child(v, "iobj");
  }

  bool ListHas(const std::vector<std::string>& words, int w) const {
    return words.empty() || std::find(words.begin(), words.end(), tree_.Lemma(w)) != words.end();
  }

  bool Holds(const Condition& c, int t, bool noun) const {
    switch (c.kind) {
      case Condition::kObject: {
        const int o = Object(t, noun);
        return o >= 0 && ListHas(c.words, o);
      }
      case Condition::kXcomp:
        for (int k : tree_.Kids(t)) {
          if (tree_.Rel(k) == "xcomp" && ListHas(c.words, k)) return true;
        }
        return false;
      case Condition::kPrep:
        for (int k : tree_.PrepKids(t, c.prep)) {
          if (ListHas(c.words, k)) return true;
        }
        return false;
      case Condition::kClause:
        return tree_.Child(t, "ccomp") >= 0;
      case Condition::kNoObject:
        return Object(t, noun) < 0;
    }
    return false;
  }

  bool ModifiersMatch(const Pattern& p, int t) const {
    for (const std::string& m : p.modifiers) {
      bool found = false;
      for (int k : tree_.Kids(t)) {
        const std::string& r = tree_.Rel(k);
        const bool fits = p.noun ? (r == "compound" || r == "amod") : r == "compound:prt";
        found = found || (fits && tree_.Lemma(k) == m);
      }
      if (!found) return false;
    }
    return true;
  }

  // The applicable pattern with most conditions, then the longest trigger, then the first.
  const Pattern* Choose(int t, bool noun) const {
    const std::vector<Pattern>* candidates = coder_.patterns().ForLemma(noun, tree_.Lemma(t));
    if (candidates == nullptr) return nullptr;
    const Pattern* best = nullptr;
    for (const Pattern& p : *candidates) {
      if (!ModifiersMatch(p, t)) continue;
      bool ok = true;
      for (const Condition& c : p.conditions) ok = ok && Holds(c, t, noun);
      if (!ok) continue;
      if (best == nullptr || p.conditions.size() > best->conditions.size() ||
          (p.conditions.size() == best->conditions.size() &&
           p.modifiers.size() > best->modifiers.size())) {
        best = &p;
      }
    }
    return best;
  }

  // When the parse lost the phrase (a name split by the parser: "a phone call with Sergei
  // Lavrov"), the coded actor right after `prep` in the few words after the event noun.
  int ActorAfterPreposition(int t, const std::string& prep) const {
    for (int w = t + 1; w + 1 < tree_.size() && w <= t + 3; ++w) {
      const std::string& upos = tree_.word(w).upos;
      if (upos == "PUNCT" || upos == "VERB" || upos == "AUX") return -1;
      if (AsciiLower(tree_.word(w).form) != prep) continue;
      const int m = mention_at_[w + 1];
      if (m < 0 || !Coded(w + 1) || doc_->mentions[m].first_word != w + 1) return -1;
      return doc_->mentions[m].head_word;
    }
    return -1;
  }

  // The dependent introduced by `prep`: the trigger's own, else where parsers often hang it
  // instead, the first that names an actor. A verb's phrase may sit on its object ("provide 50
  // million euros in aid *to Sudan*", "mediated talks *between Israel and Hamas*"), a noun's on
  // its light verb ("held a phone call *with Lavrov*"); last, the actor right after the
  // preposition (names the parser split).
  int PrepRole(int t, const std::string& prep, bool noun) const {
    std::vector<int> places = {t};
    const int o = noun ? -1 : Object(t, noun);
    if (o >= 0) {
      places.push_back(o);
      for (int m : tree_.Kids(o)) {
        if (tree_.HasRel(m, "nmod")) places.push_back(m);
      }
    }
    const int h = tree_.Head(t);
    if (noun && h >= 0 && tree_.word(h).upos == "VERB" && tree_.HasRel(t, "obj")) {
      places.push_back(h);
    }
    int first = -1;
    for (int at : places) {
      for (int k : tree_.PrepKids(at, prep)) {
        if (first < 0) first = k;
        if (!SidesAt(k).empty()) return k;
      }
    }
    // (None of the phrases above names an actor: `first`, if any, names none.)
    const int after = ActorAfterPreposition(std::max(t, o), prep);
    if (after >= 0) return after;
    // The dative alternation: "lend *Pakistan* $6 billion" is "lend $6 billion to Pakistan".
    // The parser may also make both objects obj.
    if (!noun && prep == "to") {
      int objects = 0, named = -1;
      for (int k : tree_.Kids(t)) {
        if (tree_.Rel(k) != "obj" && tree_.Rel(k) != "iobj") continue;
        ++objects;
        if (named < 0 && !SidesAt(k).empty()) named = k;
      }
      if (named >= 0 && (objects >= 2 || tree_.Child(t, "iobj") == named)) return named;
    }
    return first;
  }

  int RoleWord(const Relation& r, int t, bool noun) const {
    switch (r.kind) {
      case Relation::kNone:
        return -1;
      case Relation::kSubject:
        return Subject(t, noun);
      case Relation::kObject:
        return Object(t, noun);
      case Relation::kIndirectObject:
        return tree_.Child(t, "iobj");
      case Relation::kPossessor:
        return tree_.Child(t, "nmod:poss");
      case Relation::kPrep:
        return PrepRole(t, r.prep, noun);
      case Relation::kObjectPrep: {
        const int o = Object(t, noun);
        if (o < 0) return -1;
        auto kids = tree_.PrepKids(o, r.prep);
        return kids.empty() ? -1 : kids.front();
      }
    }
    return -1;
  }

  bool Coded(int w) const {
    return mention_at_[w] >= 0 && (!doc_->mentions[mention_at_[w]].code.empty() ||
                                   !doc_->mentions[mention_at_[w]].members.empty());
  }

  // Adds `side` unless its mention, or its actor, is there already.
  static void AddSide(const Side& side, std::vector<Side>* out) {
    for (const Side& o : *out) {
      if (o.mention == side.mention && o.actor == side.actor) return;
      if (side.actor >= 0 && o.actor == side.actor) return;
    }
    out->push_back(side);
  }

  void AddSides(int mention, std::vector<Side>* out) const {
    const ActorMention& am = doc_->mentions[mention];
    if (!am.members.empty()) {
      for (int a : am.members) AddSide({mention, a}, out);
    } else if (!am.code.empty()) {
      AddSide({mention, am.actor}, out);
    }
  }

  // A number, a quantity, a body of people or a place by its kind ("the city of Kharkiv"), not
  // a relation to them ("opponents of").
  bool IsPartOrGroup(int x) const {
    if (tree_.word(x).upos == "NUM" || tree_.word(x).upos == "SYM") return true;  // "$200 billion"
    return tree_.word(x).upos == "NOUN" &&
           OneOf(
               tree_.Lemma(x),
               {"dozen",    "hundred",    "thousand",   "million", "score",    "number",   "group",
                "convoy",   "contingent", "delegation", "team",    "unit",     "band",     "batch",
                "handful",  "couple",     "majority",   "rest",    "member",   "part",     "nation",
                "island",   "state",      "country",    "website", "vessel",   "ship",     "boat",
                "plane",    "aircraft",   "vehicle",    "truck",   "bus",      "camp",     "base",
                "column",   "squad",      "battalion",  "brigade", "force",    "crew",     "city",
                "town",     "village",    "capital",    "region",  "province", "district", "port",
                "territory"});
  }

  // The actors a dependent stands for: its mention, its conjuncts' and its appositions'.
  std::vector<Side> SidesAt(int w) const {
    std::vector<Side> out;
    if (w < 0) return out;
    std::vector<int> words = {w};
    // Conjuncts of the word, or of any word of its mention: the parser may hang "and US
    // President Donald Trump" on "Kim" of "North Korean leader Kim Jong Un".
    int first = w, end = w + 1;
    if (mention_at_[w] >= 0) {
      first = doc_->mentions[mention_at_[w]].first_word;
      end = std::min(doc_->mentions[mention_at_[w]].end_word, tree_.size());
    }
    for (int y = first; y < end; ++y) {
      for (int k : tree_.Kids(y)) {
        if (tree_.Rel(k) == "conj" && (k < first || k >= end)) words.push_back(k);
      }
    }
    for (int x : words) {
      if (mention_at_[x] >= 0 && Coded(x)) {
        AddSides(mention_at_[x], &out);
        // Coordinated demonyms before this noun, coded apart by the actor coder: "Pakistani
        // and Afghan officials", "Pakistani, Afghan and Iranian officials".
        for (int m = mention_at_[x], guard = 0; guard < 16; ++guard) {
          const int sep = doc_->mentions[m].first_word - 1;
          if (sep < 1) break;
          const std::string f = AsciiLower(tree_.word(sep).form);
          const int before = mention_at_[sep - 1];
          if ((f != "and" && f != ",") || before < 0 || !Coded(sep - 1) ||
              doc_->mentions[before].end_word != sep ||
              tree_.word(doc_->mentions[before].head_word).upos == "NOUN" ||
              doc_->mentions[before].sectors != doc_->mentions[m].sectors) {
            break;
          }
          const size_t from = out.size();
          AddSides(before, &out);
          for (size_t k = from; k < out.size(); ++k) out[k].shares_noun = true;
          m = before;
        }
      } else if (int a = tree_.Child(x, "appos"); a >= 0 && Coded(a)) {
        AddSides(mention_at_[a], &out);
      } else if (IsPartOrGroup(x)) {
        // An uncoded quantity or group stands for the actor it is "of": "arrested dozens of
        // Colombian smugglers", "attacked a convoy of Somali militants".
        for (int k : tree_.PrepKids(x, "of")) {
          if (Coded(k)) AddSides(mention_at_[k], &out);
        }
      }
    }
    return out;
  }

  // When the parse gives a verb no subject, the coded noun phrases right before it, joined
  // by "and" or renamed after a comma ("Maduro and his Chinese counterpart, Xi Jinping,
  // signed"), are taken as its subject.
  // True when a closing quotation mark stands right before word t, punctuation aside
  // ('"...," said a spokesman').
  bool QuoteBefore(int t) const {
    for (int p = t - 1; p >= 0 && tree_.word(p).upos == "PUNCT"; --p) {
      const std::string& f = tree_.word(p).form;
      if (f == "\"" || f == "''" || f == "\xE2\x80\x9D" || f == "'") return true;
    }
    return false;
  }

  std::vector<Side> SubjectBefore(int t) const {
    std::vector<Side> out;
    if (QuoteBefore(t)) return out;  // the words before are the quotation, not its speaker
    int p = t - 1;
    while (p >= 0 && tree_.word(p).upos == "PUNCT") --p;
    int last_actor = -2;
    while (p >= 0 && mention_at_[p] >= 0 && Coded(p)) {
      const ActorMention& am = doc_->mentions[mention_at_[p]];
      if (am.first_word > 0 && tree_.word(am.first_word - 1).upos == "ADP") break;
      AddSides(mention_at_[p], &out);
      last_actor = am.actor;
      p = am.first_word - 1;
      if (p < 0) break;
      const std::string f = AsciiLower(tree_.word(p).form);
      if (f == "and") {
        --p;
      } else if (f == "," && p > 0 && mention_at_[p - 1] >= 0 &&
                 doc_->mentions[mention_at_[p - 1]].actor == last_actor && last_actor >= 0) {
        --p;
      } else {
        break;
      }
    }
    return out;
  }

  // The verb an event noun is the object or oblique of ("resume *talks*", "agreed to *talks*"),
  // else the trigger itself: the verb carries the noun's negation and modality.
  int Governor(int t, bool noun) const {
    const int h = tree_.Head(t);
    if (noun && h >= 0 && tree_.word(h).upos == "VERB" &&
        (tree_.HasRel(t, "obj") || tree_.HasRel(t, "obl"))) {
      return h;
    }
    return t;
  }

  bool Negated(int t, bool noun) const {
    for (int k : tree_.Kids(t)) {
      if (noun && tree_.Rel(k) == "det" && tree_.Lemma(k) == "no") return true;
    }
    // The trigger, or its governing verb, and the verbs it is the complement of: "has not
    // agreed to resume talks".
    for (int v = Governor(t, noun), step = 0; v >= 0 && step < 3; ++step) {
      for (int k : tree_.Kids(v)) {
        const std::string l = tree_.Lemma(k);
        if (tree_.HasRel(k, "advmod") && (l == "not" || l == "never" || l == "n't")) return true;
      }
      if (tree_.Rel(v) != "xcomp") break;
      const int h = tree_.Head(v);
      // "refused to sign": what is refused did not happen (the refusal codes on its own).
      if (h >= 0 && OneOf(tree_.Lemma(h), {"refuse", "decline", "reject", "fail"})) return true;
      v = h;
    }
    return false;
  }

  std::string Modality(int t, bool noun) const {
    std::string result = "asserted";
    for (int v = Governor(t, noun), step = 0; v >= 0 && step < 3; ++step) {
      for (int k : tree_.Kids(v)) {
        const std::string l = tree_.Lemma(k);
        if (tree_.Rel(k) == "aux" && OneOf(l, {"will", "shall"})) return "intended";
        if (tree_.Rel(k) == "aux" &&
            OneOf(l, {"would", "could", "might", "may", "should", "can"})) {
          return "hypothetical";
        }
        if (tree_.Rel(k) == "mark" && OneOf(l, {"if", "unless"})) return "hypothetical";
      }
      if (tree_.Rel(v) != "xcomp") break;
      const int h = tree_.Head(v);
      if (h < 0) break;
      const std::string l = tree_.Lemma(h);
      if (OneOf(l, {"plan",    "intend",  "want",       "seek",   "aim",     "hope",
                    "expect",  "prepare", "vow",        "pledge", "promise", "propose",
                    "offer",   "try",     "attempt",    "wish",   "agree",   "threaten",
                    "willing", "ready",   "determined", "eager",  "keen"})) {
        return "intended";
      }
      if (OneOf(l, {"urge", "call", "demand", "ask", "press", "request", "tell", "order", "require",
                    "appeal"})) {
        return "demanded";
      }
      v = h;
    }
    return result;
  }

  EventActor MakeActor(const Side& side) const {
    EventActor a;
    if (side.mention < 0) return a;
    const ActorMention& m = doc_->mentions[side.mention];
    a.mention = side.mention;
    if (side.actor >= 0 && (!m.members.empty() || m.code.empty())) {
      const Actor& actor = doc_->actors[side.actor];
      a.code = actor.code;
      a.country = actor.country;
      a.sectors = actor.sectors;
    } else {
      a.code = m.code;
      a.country = m.country;
      a.sectors = m.sectors;
    }
    a.text = m.text;
    if (side.actor >= 0) a.entity = doc_->actors[side.actor].name;
    a.begin = m.span.begin;
    a.end = m.span.end;
    return a;
  }

  void Emit(const std::string& code, const Side& src, const Side& tgt, int t, bool noun,
            double confidence) {
    const CameoCode* c = coder_.codebook().Find(code);
    if (c == nullptr) return;
    Event e;
    e.article_id = doc_->id;
    e.article_date = doc_->date;
    e.sentence = index_;
    e.sentence_begin = s_.span.begin;
    e.sentence_text = doc_->text.substr(s_.span.begin, s_.span.end - s_.span.begin);
    e.source = MakeActor(src);
    e.target = MakeActor(tgt);
    e.cameo = c->code;
    e.root = c->root;
    e.quad_class = c->quad_class;
    e.goldstein = c->goldstein;
    e.plover_event = c->plover_event;
    e.plover_mode = c->plover_mode;
    const Word& w = tree_.word(t);
    e.trigger_text = w.form;
    e.trigger_begin = w.span.begin;
    e.trigger_end = w.span.end;
    e.negated = Negated(t, noun);
    e.modality = Modality(t, noun);
    Date(t, &e);
    if (auto place = FindEventPlace(s_, t, places_, kb_, hint_)) e.location = place->location;
    e.confidence = confidence;
    char id[17];
    const uint64_t h =
        HashString(e.article_id + "|" + std::to_string(index_) + "|" +
                   std::to_string(e.trigger_begin) + "|" + e.cameo + "|" + e.source.code + "|" +
                   e.target.code + "|" + e.source.entity + "|" + e.target.entity);
    std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(h));
    e.event_id = id;
    doc_->events.push_back(std::move(e));
  }

  // The time expression attached to the trigger, else the sentence's only one, else the
  // article date.
  void Date(int t, Event* e) const {
    std::optional<size_t> which = ExpressionForWord(s_, times_, t);
    if (!which && times_.size() == 1) which = 0;
    if (which) {
      e->date = times_[*which].value;
      e->date_precision = times_[*which].precision;
    } else {
      e->date = doc_->date;
      e->date_precision = "day";
    }
  }

  void CodeTrigger(int t, bool noun) {
    const Pattern* p = Choose(t, noun);
    if (p == nullptr) return;
    std::vector<Side> sources = SidesAt(RoleWord(p->source, t, noun));
    if (!noun && p->source.kind == Relation::kSubject && !IsPassive(tree_, t)) {
      // Two subjects of one verb are a coordination the parser missed: "Prime Minister Gilani
      // and President Karzai signed" with both names nsubj.
      int first = -1;
      for (int k : tree_.Kids(t)) {
        if (tree_.Rel(k) != "nsubj") continue;
        if (first < 0) {
          first = k;
          continue;
        }
        bool joined = false;  // an "and" between them, not a name the parser split
        for (int y = std::min(first, k) + 1; y < std::max(first, k); ++y) {
          joined = joined || tree_.word(y).upos == "CCONJ";
        }
        if (!joined) continue;
        for (const Side& side : SidesAt(k)) AddSide(side, &sources);
      }
    }
    std::vector<Side> targets = SidesAt(RoleWord(p->target, t, noun));
    double confidence = p->conditions.empty() ? 0.7 : 0.85;
    if (noun) confidence -= 0.1;
    if (sources.empty() && !noun && p->source.kind == Relation::kSubject && p->code[0] == '0' &&
        p->code[1] <= '2' && p->target.kind == Relation::kObject && QuoteBefore(t)) {
      // '"...," said a Home Office spokesman': the parser often makes the speaker after the
      // quotation the object; a statement has no object, so that is the source.
      sources = std::move(targets);
      targets.clear();
    }
    if (sources.empty() && !noun && p->source.kind == Relation::kSubject) {
      sources = SubjectBefore(t);
      confidence -= 0.2;
    }
    auto same = [](const Side& a, const Side& b) {
      return a.actor >= 0 ? a.actor == b.actor : a.mention == b.mention;
    };
    // Allies sharing one noun ("Russian and Syrian warplanes struck") do not fight each other.
    bool allies = false;
    for (const Side& a : sources) allies = allies || a.shares_noun;
    const bool hostile = OneOf(std::string_view(p->code).substr(0, 2), {"16", "18", "19", "20"});
    if (targets.empty() && sources.size() >= 2 && ActsOnEachOther(*p) && !(allies && hostile)) {
      // "both leaders signed", "Iran and Iraq signed a treaty": the sources act on each other.
      // Not so for "the police and prosecutors said" or "aided by Britain and Canada".
      for (const Side& a : sources) {
        for (const Side& b : sources) {
          if (same(a, b)) continue;
          Emit(p->code, a, b, t, noun, confidence);
          if (!p->reverse_code.empty() && p->reverse_code != p->code) {
            Emit(p->reverse_code, b, a, t, noun, confidence);
          }
        }
      }
      return;
    }
    if (sources.empty() || targets.empty()) {
      if (!options_.allow_single_actor) return;
      if (sources.empty() && targets.empty() && !options_.allow_no_actor) return;
      const Side none;
      Emit(p->code, sources.empty() ? none : sources.front(),
           targets.empty() ? none : targets.front(), t, noun, confidence - 0.2);
      return;
    }
    for (const Side& a : sources) {
      for (const Side& b : targets) {
        if (same(a, b)) continue;
        Emit(p->code, a, b, t, noun, confidence);
        if (!p->reverse_code.empty()) Emit(p->reverse_code, b, a, t, noun, confidence);
      }
    }
  }

  const EventCoder& coder_;
  const PlaceGazetteer& places_;
  const ActorKb& kb_;
  const PlaceHint& hint_;
  const EventCoderOptions& options_;
  int index_;
  Document* doc_;
  const Sentence& s_;
  DepTree tree_;
  std::vector<int> mention_at_;  // word -> index into doc->mentions, -1 for none
  std::vector<TimeExpression> times_;
};

}  // namespace

Result<std::unique_ptr<EventCoder>> EventCoder::Load(const std::string& events_dir) {
  ASSIGN_OR_RETURN(Codebook codebook, Codebook::Load(events_dir + "/cameo.tsv"));
  ASSIGN_OR_RETURN(PatternDictionary patterns,
                   PatternDictionary::Load(events_dir + "/patterns.tsv", codebook));
  return std::make_unique<EventCoder>(std::move(codebook), std::move(patterns));
}

void EventCoder::Code(const ActorKb& kb, const PlaceGazetteer& places,
                      const EventCoderOptions& options, Document* doc) const {
  doc->events.clear();
  const PlaceHint hint = DetectDateline(*doc, places);
  for (size_t i = 0; i < doc->sentences.size(); ++i) {
    if (doc->sentences[i].words.size() > kMaxSentenceWords) {
      doc->warnings.push_back({doc->origin, "sentence " + std::to_string(i) + " has " +
                                                std::to_string(doc->sentences[i].words.size()) +
                                                " words; not coded"});
      continue;
    }
    SentenceCoder(*this, places, kb, hint, options, static_cast<int>(i), doc).Run();
  }
}

void KeepOneAStory(std::vector<Event>* events) {
  std::vector<Event> kept;
  for (Event& e : *events) {
    bool seen = false;
    for (const Event& k : kept) {
      seen = seen || (k.source.code == e.source.code && k.target.code == e.target.code &&
                      k.cameo == e.cameo && k.date == e.date);
    }
    if (!seen) kept.push_back(std::move(e));
  }
  *events = std::move(kept);
}

}  // namespace dyad
