#include "actors/coreference.h"

#include <algorithm>
#include <unordered_map>

#include "actors/sentence_actors.h"

namespace dyad {
namespace {

std::vector<std::string> NameTokens(const std::string& name) {
  std::vector<std::string> tokens;
  size_t at = 0;
  while (at < name.size()) {
    size_t space = name.find(' ', at);
    if (space == std::string::npos) space = name.size();
    if (space > at) tokens.push_back(name.substr(at, space - at));
    at = space + 1;
  }
  return tokens;
}

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

class Resolver {
 public:
  Resolver(const ActorKb& kb, std::vector<SentenceMention>& mentions, Document* doc)
      : kb_(kb), m_(mentions), doc_(doc) {}

  void Run() {
    for (size_t i = 0; i < m_.size(); ++i) {
      SentenceMention& sm = m_[i];
      if (!sm.name.empty() && sm.mention.type.empty()) {
        Join(i, SurnameActor(sm.name));  // an untyped word: only a known person's surname
      } else if (!sm.name.empty()) {
        Join(i, NamedActor(sm));
      } else if (sm.pronoun) {
        Join(i, PronounActor(sm));
      }
    }
    // Renamings inside a sentence, then descriptions that refer back.
    for (size_t i = 0; i < m_.size(); ++i) {
      SentenceMention& sm = m_[i];
      if (sm.mention.actor >= 0 || sm.pronoun) continue;
      if (sm.appositive_of >= 0) {
        const size_t named = SentenceStart(i) + sm.appositive_of;
        if (named < m_.size()) Join(i, m_[named].mention.actor);
      } else if (!sm.agent.empty() && sm.definite && !sm.mention.plural) {
        Join(i, DescribedActor(i));
        if (sm.mention.actor < 0 && sm.mention.country.empty()) CopyCodeFromEarlier(i);
      } else if (sm.mention.plural && sm.definite) {
        GroupMembers(i);
      }
    }
    for (size_t i = 0; i < m_.size(); ++i) FillFromActor(&m_[i].mention);
    doc_->mentions.clear();
    for (size_t i = 0; i < m_.size(); ++i) {
      ActorMention& am = m_[i].mention;
      if (am.actor >= 0) doc_->actors[am.actor].mentions.push_back(static_cast<int>(i));
      doc_->mentions.push_back(std::move(am));
    }
    // Pronouns and untyped words that joined nobody are not mentions of anything.
    std::vector<ActorMention> kept;
    std::vector<int> remap(doc_->mentions.size(), -1);
    for (size_t i = 0; i < doc_->mentions.size(); ++i) {
      const bool untyped_name = !m_[i].name.empty() && doc_->mentions[i].type.empty();
      if ((m_[i].pronoun || untyped_name) && doc_->mentions[i].actor < 0) continue;
      remap[i] = static_cast<int>(kept.size());
      kept.push_back(std::move(doc_->mentions[i]));
    }
    doc_->mentions = std::move(kept);
    for (Actor& a : doc_->actors) {
      for (int& index : a.mentions) index = remap[index];
    }
  }

 private:
  size_t SentenceStart(size_t i) const {
    while (i > 0 && m_[i - 1].mention.sentence == m_[i].mention.sentence) --i;
    return i;
  }

  int NamedActor(const SentenceMention& sm) {
    const std::string key = sm.mention.type + "\t" + sm.name;
    if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
    // A single unknown word joins the person whose name holds it ("Maduro", "Yang").
    // The recognizer's type is not trusted here: a surname is often tagged LOC or ORG.
    if (!sm.known && sm.name.find(' ') == std::string::npos) {
      if (const int found = SurnameActor(sm.name); found >= 0) return found;
    }
    Actor actor;
    actor.name = sm.name;
    actor.type = sm.mention.type;
    doc_->actors.push_back(std::move(actor));
    seen_.emplace_back();
    known_.push_back(false);
    const int index = static_cast<int>(doc_->actors.size()) - 1;
    by_key_[key] = index;
    return index;
  }

  // The one person so far whose name contains `word`, or -1 (none, or ambiguous).
  int SurnameActor(const std::string& word) const {
    if (word.find(' ') != std::string::npos) return -1;
    int found = -1;
    for (size_t a = 0; a < doc_->actors.size(); ++a) {
      const Actor& actor = doc_->actors[a];
      if (actor.type != "PER") continue;
      bool named = Contains(NameTokens(actor.name), word);
      // The tables' other spellings count too: "Zelensky" after "Volodymyr Zelensky" when the
      // canonical name is "Volodymyr Zelenskyy".
      bool active = false;
      if (const PersonRole* role =
              named ? nullptr : kb_.LookUpPerson(actor.name, doc_->date, &active)) {
        for (const std::string& alias : role->aliases)
          named = named || Contains(NameTokens(alias), word);
      }
      if (named) {
        if (found >= 0) return -1;
        found = static_cast<int>(a);
      }
    }
    return found;
  }

  int PronounActor(const SentenceMention& sm) {
    // Pronouns are listed after their sentence's other mentions, so "before" is by position
    // in the text: "He met Indian Prime Minister Narendra Modi" is not Modi.
    auto before = [&](const ActorMention& m) {
      return m.sentence < sm.mention.sentence ||
             (m.sentence == sm.mention.sentence && m.first_word < sm.mention.first_word);
    };
    int found = -1;
    for (size_t a = 0; a < doc_->actors.size(); ++a) {
      if (doc_->actors[a].type != "PER") continue;
      int seen = -1;
      for (int index : seen_[a]) {
        if (before(m_[index].mention)) seen = index;
      }
      if (seen < 0 || m_[seen].mention.sentence + 1 < sm.mention.sentence) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(a);
    }
    return found;
  }

  // The latest person before mention i with its title and (when given) its country.
  int DescribedActor(size_t i) const {
    const ActorMention& am = m_[i].mention;
    int best = -1, best_seen = -1;
    for (size_t a = 0; a < doc_->actors.size(); ++a) {
      const Actor& actor = doc_->actors[a];
      const int seen = LastBefore(a, i);
      if (actor.type != "PER" || seen < 0 || seen <= best_seen) continue;
      if (!Contains(actor.titles, m_[i].agent)) continue;
      if (!am.country.empty() && actor.country != am.country) continue;
      best = static_cast<int>(a);
      best_seen = seen;
    }
    return best;
  }

  int LastBefore(size_t actor, size_t i) const {
    int last = -1;
    for (int index : seen_[actor]) {
      if (static_cast<size_t>(index) < i) last = std::max(last, index);
    }
    return last;
  }

  void CopyCodeFromEarlier(size_t i) {
    for (size_t j = i; j-- > 0;) {
      if (m_[j].agent == m_[i].agent && !m_[j].mention.country.empty()) {
        ActorMention& am = m_[i].mention;
        am.code = m_[j].mention.code;
        am.country = m_[j].mention.country;
        am.sectors = m_[j].mention.sectors;
        return;
      }
    }
  }

  // "both leaders", "both ministers": the two latest people with a country who hold such a
  // title (for "leaders": a head of state or government; "foreign minister" for "ministers").
  void GroupMembers(size_t i) {
    const ActorMention& am = m_[i].mention;
    const std::string& first = doc_->sentences[am.sentence].words[am.first_word].form;
    const std::string& second = am.first_word + 1 < am.end_word
                                    ? doc_->sentences[am.sentence].words[am.first_word + 1].form
                                    : first;
    if (first != "both" && first != "Both" && second != "two") return;  // "the two ministers"
    std::vector<std::pair<int, int>> recent, titled;                    // (last mention, actor)
    for (size_t a = 0; a < doc_->actors.size(); ++a) {
      const Actor& actor = doc_->actors[a];
      const int seen = LastBefore(a, i);
      if (actor.type != "PER" || seen < 0 || actor.country.empty()) continue;
      recent.emplace_back(seen, static_cast<int>(a));
      if (HoldsTitle(actor, m_[i].agent)) titled.emplace_back(recent.back());
    }
    // Without two people of that title, the two latest people.
    if (titled.size() >= 2) recent = std::move(titled);
    if (recent.size() < 2) return;
    std::sort(recent.rbegin(), recent.rend());
    m_[i].mention.members = {recent[1].second, recent[0].second};
  }

  static bool HoldsTitle(const Actor& actor, const std::string& agent) {
    static const char* const kLeaders[] = {"president",
                                           "prime minister",
                                           "leader",
                                           "king",
                                           "queen",
                                           "chancellor",
                                           "premier",
                                           "emir",
                                           "supreme leader",
                                           "monarch",
                                           "sultan",
                                           "head of state",
                                           "head of government"};
    for (const std::string& t : actor.titles) {
      if (t == agent || (t.size() > agent.size() && t.ends_with(" " + agent))) return true;
      if (agent != "leader") continue;
      for (const char* l : kLeaders) {
        if (t == l) return true;
      }
    }
    return false;
  }

  void Join(size_t i, int actor) {
    if (actor < 0) return;
    ActorMention& am = m_[i].mention;
    am.actor = actor;
    am.type = doc_->actors[actor].type;
    Actor& a = doc_->actors[actor];
    seen_[actor].push_back(static_cast<int>(i));
    for (const std::string& t : m_[i].titles) {
      if (!Contains(a.titles, t)) a.titles.push_back(t);
    }
    // The actor's code: a knowledge-base entry's, else the first with a country.
    if ((m_[i].known && !known_[actor]) ||
        (!HasRoot(a.country, a.code) && HasRoot(am.country, am.code))) {
      a.code = am.code;
      a.country = am.country;
      a.sectors = am.sectors;
      known_[actor] = known_[actor] || m_[i].known;
      if (m_[i].known) a.name = m_[i].name;
    }
  }

  // A code with a country or an international root ("IGOUNO"), not a bare sector ("GOV").
  static bool HasRoot(const std::string& country, const std::string& code) {
    return !country.empty() || (code.size() >= 3 && IsTransnationalRoot(code.substr(0, 3)));
  }

  void FillFromActor(ActorMention* am) const {
    if (am->actor < 0 || HasRoot(am->country, am->code)) return;
    const Actor& a = doc_->actors[am->actor];
    am->code = a.code;
    am->country = a.country;
    am->sectors = a.sectors;
  }

  [[maybe_unused]] const ActorKb& kb_;
  std::vector<SentenceMention>& m_;
  Document* doc_;
  std::vector<std::vector<int>> seen_;  // per actor: its mentions so far, in order
  std::vector<bool> known_;             // per actor: coded from the knowledge base
  std::unordered_map<std::string, int> by_key_;
};

}  // namespace

void ResolveCoreference(const ActorKb& kb, std::vector<SentenceMention> mentions, Document* doc) {
  doc->actors.clear();
  Resolver(kb, mentions, doc).Run();
}

}  // namespace dyad
