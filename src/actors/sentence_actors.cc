#include "actors/sentence_actors.h"

#include <algorithm>

#include "base/utf8.h"
#include "base/word_list.h"

namespace dyad {
namespace {

// How a chunk connects to the chunk before it.
// kPrep links pass codes along ("the secretary of the Party"); kPlace links ("the ambassador
// in Caracas", "to Venezuela") do not, but stay inside one phrase for appositions.
enum class Link { kNone, kPrep, kPlace, kAnd, kComma, kParen };

struct Chunk {
  int first = 0, end = 0;
  // What the chunk is.
  enum Head { kNothing, kPerson, kName, kOrganisation, kPlace, kAgent } head = kNothing;
  int name_first = -1, name_end = -1;  // words of the name, if any
  std::string name;
  bool known = false;
  std::string code;  // full code when the chunk names a coded actor (person, body, place)
  std::string country;
  std::string sector;  // sector of the head sector noun, "" if none
  std::vector<std::string> titles;
  std::string agent;  // head sector noun
  bool has_title = false;
  bool plural = false;
  bool definite = false;
  std::string type;
  Link link = Link::kNone;  // to the previous chunk
  int appositive_of = -1;   // chunk index
};

bool IsPossessivePronoun(const Word& w) {
  const std::string f = AsciiLower(w.form);
  return f == "his" || f == "her" || f == "its" || f == "their" || f == "our";
}

bool InChunk(const Word& w, bool covered) {
  if (covered) return true;
  if (w.upos == "DET" || w.upos == "ADJ" || w.upos == "NOUN" || w.upos == "PROPN" ||
      w.upos == "NUM") {
    return true;
  }
  if (w.xpos == "POS") return true;  // 's
  return w.upos == "PRON" && IsPossessivePronoun(w);
}

// Head nouns that make an unknown capitalised name an organisation.
bool IsBodyWord(const std::string& form) {
  return OneOf(
      form,
      {"Party",       "Committee",   "Ministry",   "Council",      "Bureau",       "Office",
       "Assembly",    "Commission",  "Union",      "Organization", "Organisation", "Agency",
       "Front",       "Army",        "Group",      "Movement",     "Bank",         "Company",
       "Corporation", "Association", "Federation", "Institute",    "University",   "Court",
       "Parliament",  "Congress",    "Senate",     "Department",   "Forces",       "Brigade",
       "Alliance",    "League",      "Fund",       "Foundation",   "Police",       "Authority"});
}

Link LinkBetween(const Sentence& s, int from, int to) {
  if (to - from == 2 && s.words[from].form == ")") ++from;  // "(Foreign Affairs Office) of"
  if (to - from != 1) return Link::kNone;
  const std::string f = AsciiLower(s.words[from].form);
  if (f == "of" || f == "for" || f == "at" || f == "from") return Link::kPrep;
  if (f == "in" || f == "to") return Link::kPlace;
  if (f == "and") return Link::kAnd;
  if (f == ",") return Link::kComma;
  if (f == "(" || f == ")") return Link::kParen;  // "(CPC) Group": still one phrase
  return Link::kNone;
}

void SetFromCode(const ActorKb& kb, const std::string& code, Chunk* c) {
  c->code = code;
  std::vector<std::string> sectors;
  SplitActorCode(kb, code, &c->country, &sectors);
  c->sector = sectors.empty() ? "" : sectors.front();
}

bool IsWaterBody(const std::string& form) {
  return OneOf(form, {"Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "River", "Lake",
                      "Channel", "Canal", "Sound", "Estuary", "Lagoon"});
}

// Things a country or body owns that are attacked, seized or hit in its stead.
bool IsProperty(std::string_view lemma) {
  return OneOf(
      lemma, {"target",     "position", "base",    "camp",   "facility", "installation", "outpost",
              "stronghold", "hideout",  "tanker",  "ship",   "vessel",   "boat",         "plane",
              "aircraft",   "jet",      "drone",   "convoy", "embassy",  "consulate",    "warship",
              "good",       "goods",    "product", "import", "export"});
}

// Sector nouns that name a body's own people rather than a sector of their own: "leader" is
// GOV on its own ("the leader said") but a party's leader is the party.
bool SpeaksForBody(std::string_view agent) {
  return OneOf(agent, {"leader",
                       "president",
                       "vice president",
                       "chairman",
                       "chairwoman",
                       "chair",
                       "head",
                       "chief",
                       "spokesman",
                       "spokeswoman",
                       "spokesperson",
                       "official",
                       "senior official",
                       "representative",
                       "secretary-general",
                       "secretary general",
                       "general secretary",
                       "member",
                       "delegation",
                       "delegate",
                       "envoy"});
}

// True when the adjectives from word w on lead to a PETRARCH agent or actor phrase ("the
// Gondor main opposition group", "Arnor former security officials", "the evil Arnor awful
// Gondor"): the noun phrase goes on, and PETRARCH's first-actor rule codes it.
bool AdjectivesBeforeDictionaryPhrase(const Sentence& s, const std::vector<const LexItem*>& item_at,
                                      int w) {
  for (int n = static_cast<int>(s.words.size()); w < n; ++w) {
    if (const LexItem* item = item_at[w]) {
      return item->dictionary && (item->kind == LexKind::kAgent || item->kind == LexKind::kCoded);
    }
    if (s.words[w].upos != "ADJ" && s.words[w].upos != "NOUN") return false;
  }
  return false;
}

// Codes one chunk from the phrases inside it; the head is its last element.
void AnalyseChunk(const ActorKb& kb, const Document& doc, const Sentence& s,
                  const std::vector<const LexItem*>& item_at, Chunk* c) {
  std::string modifier_country, modifier_code;
  std::string possessor_country;     // of a country or place before "'s", words before the head
  bool body_modifier = false;        // modifier_code is one of dyad's organisations
  bool dictionary_modifier = false;  // modifier_code is a PETRARCH actor's
  const LexItem* last_item = nullptr;
  const LexItem* title_before = nullptr;  // an agent right before the last item
  const LexItem* np_actor = nullptr;      // a dictionary actor before a common noun
  const LexItem* np_agent = nullptr;      // a dictionary agent before a common noun
  bool np_agent_of_actor = false;         // with an actor before it ("Arnor army trucks")
  const LexItem* first_coded = nullptr;   // the chunk's first dictionary actor phrase
  const LexItem* prefix_agent = nullptr;  // a PETRARCH "NGO~" agent
  const LexItem* owner = nullptr;         // a country or body right before the common nouns
  int run_first = -1, run_end = -1;       // trailing run of capitalised words no phrase covers
  for (int w = c->first; w < c->end;) {
    const Word& word = s.words[w];
    if (const LexItem* item = item_at[w]) {
      if (first_coded == nullptr && item->kind == LexKind::kCoded && item->code.size() >= 3 &&
          item->code != "---") {
        first_coded = item;
      }
      if (last_item != nullptr) {
        // The earlier item is a modifier of what follows ("China's", "Venezuelan").
        switch (last_item->kind) {
          case LexKind::kCountry:
          case LexKind::kCapital:
          case LexKind::kAdjective:
          case LexKind::kPersonNoun:
          case LexKind::kPlace:
            modifier_country = PlaceWordCountry(kb, *last_item);
            break;
          case LexKind::kRegion:
            modifier_country = kb.regions()[last_item->index].code;
            break;
          case LexKind::kOrganisation:
            modifier_code = kb.organisations()[last_item->index].code;
            body_modifier = true;
            break;
          case LexKind::kPerson:
            if (!last_item->role->country.empty()) modifier_country = last_item->role->country;
            break;
          case LexKind::kCoded:
            modifier_code = last_item->code;
            dictionary_modifier = true;
            // A PETRARCH actor code starts with its root even when dyad's tables do not
            // know it (the validation suites' invented countries): "Arnor cleric" is ARNREL.
            if (last_item->code.size() >= 3 && last_item->code != "---") {
              modifier_country = last_item->code.substr(0, 3);
            }
            break;
          case LexKind::kAgent:
            break;
        }
      }
      if (item->kind == LexKind::kAgent) {
        const Agent& a = *item->agent;
        if (a.prefix && prefix_agent == nullptr) prefix_agent = item;
        if (a.kind != "noun") c->titles.push_back(a.noun);
        c->has_title = c->has_title || a.kind != "noun";
      }
      title_before =
          last_item != nullptr && last_item->kind == LexKind::kAgent ? last_item : nullptr;
      last_item = item;
      run_first = run_end = -1;
      w = item->end_word;
      continue;
    }
    if (w == c->first || word.upos == "DET" || word.upos == "PRON") {
      const std::string f = AsciiLower(word.form);
      if (f == "the" || f == "both" || f == "this" || f == "these" || f == "those" ||
          IsPossessivePronoun(word)) {
        c->definite = true;
      }
    }
    if (word.upos == "PROPN" && StartsUpper(word.form) && word.xpos != "POS") {
      if (run_end != w) run_first = w;
      run_end = w + 1;
    } else if (word.xpos != "POS" && word.upos != "DET" && word.upos != "NUM") {
      // A common noun or adjective after the last phrase: the head is something else
      // ("Chinese cooperation"), unless a name follows.
      if (word.upos == "NOUN") {
        if (last_item != nullptr) owner = last_item;
        // A country's possessive stays the owner across the words before the head:
        // "Slovakia's foreign affairs department".
        if (last_item != nullptr && last_item->end_word < c->end &&
            s.words[last_item->end_word].xpos == "POS") {
          if (last_item->kind == LexKind::kCountry || last_item->kind == LexKind::kCapital ||
              last_item->kind == LexKind::kPlace) {
            possessor_country = PlaceWordCountry(kb, *last_item);
          }
        }
        if (np_actor == nullptr && last_item != nullptr && last_item->entry != nullptr) {
          np_actor = last_item;
        }
        if (np_agent == nullptr && last_item != nullptr && last_item->dictionary &&
            last_item->kind == LexKind::kAgent) {
          np_agent = last_item;
          np_agent_of_actor = !modifier_code.empty() || !modifier_country.empty();
        }
        last_item = nullptr, run_first = run_end = -1;
      }
    }
    ++w;
  }
  // PETRARCH's rule for its own dictionaries: an actor phrase anywhere in a noun phrase codes
  // the phrase ("the affected Ithilen villages" is ITH). dyad's own phrases keep dyad's rule.
  if (last_item == nullptr && run_end < 0 && np_actor != nullptr) last_item = np_actor;
  // Without any actor, a dictionary agent anywhere in a definite, named or actor-modified
  // noun phrase codes it, also before a name no dictionary knows: "the official news agency WFNA"
  // is an official (---GOV). A bare one names an activity: "military exercises", "military
  // support".
  if (last_item == nullptr && np_actor == nullptr && np_agent != nullptr &&
      (c->definite || run_end == c->end || np_agent_of_actor)) {
    last_item = np_agent;
    run_first = run_end = -1;
  }
  if (run_end == c->end ||
      (run_end > 0 && run_end == c->end - 1 && s.words[c->end - 1].xpos == "POS")) {
    // An unknown name ends the chunk: it is the head.
    c->name_first = run_first;
    c->name_end = run_end;
    c->name = PhraseText(doc, s, run_first, run_end);
    c->head = Chunk::kName;
    if (last_item != nullptr && last_item->end_word <= run_first) {
      // Everything before the name modifies it.
      if (last_item->kind == LexKind::kAdjective || last_item->kind == LexKind::kCountry ||
          last_item->kind == LexKind::kCapital || last_item->kind == LexKind::kPlace) {
        modifier_country = PlaceWordCountry(kb, *last_item);
      } else if (last_item->kind == LexKind::kAgent) {
        c->agent = last_item->agent->noun;
        c->sector = last_item->agent->code;
      } else if (last_item->kind == LexKind::kOrganisation) {
        modifier_code = kb.organisations()[last_item->index].code;
        body_modifier = true;
      }
    }
    // Its type: the recognizer's, else from a title or a body word.
    for (const Entity& e : s.entities) {
      if (e.first_word <= run_end - 1 && run_end - 1 < e.end_word) c->type = e.type;
    }
    if (c->has_title && c->type != "ORG") c->type = "PER";
    if (c->type == "PER" && run_end - run_first == 1 && !c->agent.empty()) {
      // A title and a surname name the one person of the tables who holds that title on
      // the article's date: "President Putin", "Chancellor Scholz".
      if (const PersonRole* role = kb.LookUpTitledSurname(c->name, c->agent, doc.date)) {
        c->head = Chunk::kPerson;
        c->known = true;
        c->name = role->name;
        SetFromCode(kb, role->Code(), c);
      }
    }
    if (IsBodyWord(s.words[run_end - 1].form)) {
      // The words before a body's name are part of it ("General Office"), not titles.
      c->type = "ORG";
      c->titles.clear();
      c->has_title = false;
      c->agent.clear();
      c->sector.clear();
    }
    if (IsWaterBody(s.words[run_end - 1].form)) {
      // A sea or strait is a place no one governs: "the South China Sea" is not China.
      c->type = "LOC";
      modifier_country.clear();
      modifier_code.clear();
      int first = c->first;  // the whole name: "South China Sea", not "Sea"
      while (first < run_first && !StartsUpper(s.words[first].form)) ++first;
      c->name_first = first;
      c->name = PhraseText(doc, s, first, run_end);
    }
    // An untyped single word stays a candidate: coreference may find it is a surname.
    if (c->type.empty() && run_end - run_first > 1) c->head = Chunk::kNothing;
  } else if (last_item != nullptr) {
    const LexItem& h = *last_item;
    switch (h.kind) {
      case LexKind::kPerson: {
        c->head = Chunk::kPerson;
        c->known = true;
        c->type = "PER";
        c->name = h.role->name;
        c->name_first = h.first_word;
        c->name_end = h.end_word;
        // A former official is an elite of the country (CAMEO's convention).
        SetFromCode(
            kb, h.active || h.role->country.empty() ? h.role->Code() : h.role->country + "ELI", c);
        if (!h.role->title.empty()) c->titles.push_back(UnicodeLower(h.role->title));
        break;
      }
      case LexKind::kOrganisation: {
        const Organisation& o = kb.organisations()[h.index];
        c->head = Chunk::kOrganisation;
        c->known = true;
        c->type = "ORG";
        c->name = o.names.front();
        c->name_first = h.first_word;
        c->name_end = h.end_word;
        SetFromCode(kb, o.code, c);
        break;
      }
      case LexKind::kCountry:
      case LexKind::kRegion: {
        const Country& k =
            h.kind == LexKind::kCountry ? kb.countries()[h.index] : kb.regions()[h.index];
        c->head = Chunk::kPlace;
        c->known = true;
        c->type = "LOC";
        c->name = k.names.empty() ? k.code : k.names.front();
        c->name_first = h.first_word;
        c->name_end = h.end_word;
        SetFromCode(kb, k.code, c);
        break;
      }
      case LexKind::kCapital: {
        // A capital as an actor stands for its government ("Beijing said").
        const Country& k = kb.countries()[h.index];
        c->head = Chunk::kPlace;
        c->known = true;
        c->type = "LOC";
        c->name = PhraseText(doc, s, h.first_word, h.end_word);
        // The table's spelling, so a dateline's "MOSCOW" and "Moscow" are one actor.
        const std::string folded = StripAccents(UnicodeLower(c->name));
        for (const std::string& capital : k.capitals) {
          if (StripAccents(UnicodeLower(capital)) == folded) c->name = capital;
        }
        c->name_first = h.first_word;
        c->name_end = h.end_word;
        SetFromCode(kb, k.code + "GOV", c);
        break;
      }
      case LexKind::kPersonNoun: {
        c->head = Chunk::kAgent;
        c->country = kb.countries()[h.index].code;
        c->code = c->country;
        c->plural = true;
        break;
      }
      case LexKind::kAgent: {
        c->head = Chunk::kAgent;
        c->agent = h.agent->noun;
        c->sector = h.agent->code;
        if (title_before != nullptr && title_before->end_word == h.first_word &&
            title_before->agent->kind == "noun" && !title_before->agent->code.empty() &&
            SpeaksForBody(h.agent->noun)) {
          // The sector noun before an official says whose: "military officials" are MIL,
          // "rebel leaders" REB.
          c->sector = title_before->agent->code;
        }
        c->plural = h.plural;
        break;
      }
      case LexKind::kPlace: {
        // A city or region names a place of its country; as an actor, its local government
        // is not coded (CAMEO codes the country).
        c->head = Chunk::kPlace;
        c->known = true;
        c->type = "LOC";
        c->name = h.place->name;
        c->name_first = h.first_word;
        c->name_end = h.end_word;
        c->country = h.place->country;
        c->code = h.place->country;
        break;
      }
      case LexKind::kCoded: {
        // A dictionary phrase says what, not whether person or body: the recognizer's type,
        // else a body word, else a run of proper nouns is a person.
        c->type.clear();
        for (const Entity& e : s.entities) {
          if (e.first_word < h.end_word && h.first_word < e.end_word && e.type != "LOC") {
            c->type = e.type;
          }
        }
        if (c->type.empty()) {
          bool names = h.end_word - h.first_word >= 2;
          for (int w = h.first_word; w < h.end_word; ++w) {
            names = names && s.words[w].upos == "PROPN";
          }
          c->type = names && !IsBodyWord(s.words[h.end_word - 1].form) ? "PER" : "ORG";
        }
        c->head = c->type == "PER" ? Chunk::kPerson : Chunk::kOrganisation;
        c->known = true;
        c->name = DictionaryDisplayName(h.entry->canonical);
        c->name_first = h.first_word;
        c->name_end = h.end_word;
        std::string code = h.code;
        // PETRARCH's first-actor rule: of several dictionary actors in a noun phrase the
        // first codes it ("Arnor's Elrond" is ARN, not Elrond's ELF).
        const bool first_rules = first_coded != nullptr && first_coded != &h;
        if (first_rules) code = first_coded->code;
        if (code.size() == 3 && title_before != nullptr && !title_before->agent->code.empty() &&
            !title_before->agent->prefix) {
          // A bare root with a title before it takes the title's sector, and the country the
          // phrase starts with: "Bree Prime Minister Romendacil" is BREGOV.
          if (!first_rules && !modifier_country.empty()) code = modifier_country;
          code += title_before->agent->code;
        }
        SetFromCode(kb, code, c);
        if (c->country.empty() && code.size() >= 3 && code != "---") {
          // PETRARCH actor codes start with their root, known to dyad's tables or not.
          c->country = code.substr(0, 3);
          c->sector = code.size() >= 6 ? code.substr(3, 3) : "";
        }
        break;
      }
      case LexKind::kAdjective:
        break;
    }
  }
  if (c->head == Chunk::kAgent || c->head == Chunk::kName) {
    if (!modifier_code.empty()) {
      std::string country;
      std::vector<std::string> sectors;
      SplitActorCode(kb, modifier_code, &country, &sectors);
      if (body_modifier && (country.empty() || SpeaksForBody(c->agent))) {
        // A body's leader, spokesman or official acts for the body ("Sinn Fein leader" is
        // GBRPTY, not GBRGOV), and anyone of an international body is that body ("a UN
        // official" is IGOUNO).
        c->code = modifier_code;
        c->country = country;
        c->sector = sectors.empty() ? "" : sectors.front();
      }
      if (c->country.empty()) c->country = country;
      if (c->sector.empty() && !sectors.empty()) c->sector = sectors.front();
    }
    if (c->country.empty()) c->country = modifier_country;
    if (c->country.empty() && c->head == Chunk::kAgent) c->country = possessor_country;
    // A PETRARCH actor before a PETRARCH agent: the actor's whole code and the agent's
    // blocks it lacks ("West German [GMWGOV] world government [~WGO] activists" GMWGOVWGO).
    if (dictionary_modifier && c->head == Chunk::kAgent && last_item->dictionary &&
        modifier_code.size() > 3 && !c->sector.empty() && c->code.empty()) {
      c->code = JoinCodes(modifier_code, c->sector);
    }
  }
  if (c->head == Chunk::kNothing && owner != nullptr && s.words[c->end - 1].upos == "NOUN" &&
      IsProperty(s.words[c->end - 1].lemma)) {
    // What a country or body owns stands for it as a target: "an Iranian oil tanker" is Iran,
    // "Hamas targets" Hamas.
    std::string code;
    if (owner->kind == LexKind::kOrganisation) {
      code = kb.organisations()[owner->index].code;
    } else if (owner->kind != LexKind::kPersonNoun) {
      code = PlaceWordCountry(kb, *owner);
    }
    if (!code.empty()) {
      c->head = Chunk::kAgent;
      c->agent = s.words[c->end - 1].lemma;
      SetFromCode(kb, code, c);
    }
  }
  if (prefix_agent != nullptr && prefix_agent != last_item && c->head != Chunk::kNothing) {
    // A prefix agent before the head goes in front of the whole code: "An MSF Arnor
    // diplomat" is NGOARNGOV.
    std::string rest = c->code.empty() ? c->country + c->sector : c->code;
    const std::string& prefix = prefix_agent->agent->code;
    if (!rest.empty() && rest.rfind(prefix, 0) != 0) c->code = prefix + rest;
  }
}

// Capitalised words no phrase codes, as in a minister's portfolio ("Communication").
bool IsPortfolio(const Sentence& s, const Chunk& c) {
  if (c.head != Chunk::kNothing) return false;
  for (int w = c.first; w < c.end; ++w) {
    if (!StartsUpper(s.words[w].form)) return false;
  }
  return true;
}

// The code a chunk contributes to a title phrase pointing at it.
bool Coded(const Chunk& c) { return c.head != Chunk::kNothing && !c.country.empty(); }

void Inherit(const Chunk& from, Chunk* to) {
  if (to->code.empty() && to->country.empty() && to->sector.empty() && !from.code.empty()) {
    // All of it, so an international body's code keeps its blocks: "A NATO spokesman,
    // Piers Cazalet" is IGOWSTNAT.
    to->code = from.code;
    to->country = from.country;
    to->sector = from.sector;
    return;
  }
  if (to->country.empty()) to->country = from.country;
  if (to->sector.empty()) to->sector = from.sector;
}

}  // namespace

std::string JoinCodes(const std::string& actor, const std::string& agent) {
  std::string out = actor;
  for (size_t at = 0; at + 3 <= agent.size(); at += 3) {
    const std::string block = agent.substr(at, 3);
    bool present = false;
    for (size_t k = 3; k + 3 <= actor.size() && !present; k += 3) {
      present = actor.compare(k, 3, block) == 0;
    }
    if (!present) out += block;
  }
  return out;
}

bool IsTransnationalRoot(std::string_view root) {
  return root == "IGO" || root == "NGO" || root == "NGM" || root == "IMG" || root == "MNC" ||
         root == "UIS";
}

void SplitActorCode(const ActorKb& kb, const std::string& code, std::string* country,
                    std::vector<std::string>* sectors) {
  country->clear();
  sectors->clear();
  size_t at = 0;
  if (code.size() >= 3) {
    const std::string root = code.substr(0, 3);
    bool is_root = kb.CountryByCode(root) != nullptr;
    for (const Country& r : kb.regions()) is_root = is_root || r.code == root;
    if (is_root) {
      *country = root;
      at = 3;
    }
  }
  for (; at + 3 <= code.size(); at += 3) sectors->push_back(code.substr(at, 3));
}

void FindSentenceMentions(const ActorKb& kb, const Document& doc, int index,
                          const std::vector<LexItem>& items, std::vector<SentenceMention>* out) {
  const Sentence& s = doc.sentences[index];
  const int n = static_cast<int>(s.words.size());
  std::vector<const LexItem*> item_at(n, nullptr);
  for (const LexItem& item : items) {
    for (int w = item.first_word; w < item.end_word; ++w) item_at[w] = &item;
  }
  // Chunks: maximal runs of noun-phrase words; an item is never split, and a determiner
  // after a noun starts a new chunk.
  std::vector<Chunk> chunks;
  for (int w = 0; w < n;) {
    if (!InChunk(s.words[w], item_at[w] != nullptr)) {
      ++w;
      continue;
    }
    Chunk c;
    c.first = w;
    // Coordinated adjectives stay in their noun phrase: "Ithilen's awful and evil minister";
    // coordinated demonyms do not ("Pakistani and Afghan officials" are two actors).
    auto demonym = [&](int at) {
      return item_at[at] != nullptr && item_at[at]->kind == LexKind::kAdjective;
    };
    auto adjective_and = [&](int at) {
      return at > c.first && at + 1 < n && s.words[at].upos == "CCONJ" && item_at[at] == nullptr &&
             s.words[at - 1].upos == "ADJ" && s.words[at + 1].upos == "ADJ" &&
             !(demonym(at - 1) && demonym(at + 1));
    };
    while (w < n && (InChunk(s.words[w], item_at[w] != nullptr) || adjective_and(w))) {
      if (w == c.first) {
        w = item_at[w] != nullptr ? item_at[w]->end_word : w + 1;
        continue;
      }
      if (item_at[w] == nullptr && s.words[w].upos == "DET" && s.words[w - 1].xpos != "POS" &&
          s.words[w - 1].upos != "DET") {
        break;
      }
      // A noun is the end of an English base noun phrase: "both leaders | last year"; not
      // before a capitalised title ("Bree Prime Minister Romendacil"), nor between a name and
      // a title phrase that starts with an adjective ("the UK prime minister", "US foreign
      // minister").
      const std::string& prev = s.words[w - 1].upos;
      const bool agent = item_at[w] != nullptr && item_at[w]->kind == LexKind::kAgent;
      const bool title = agent && (StartsUpper(s.words[w].form) || prev == "PROPN");
      if ((prev == "NOUN" || prev == "PROPN") && !title &&
          (item_at[w] == nullptr || item_at[w]->first_word == w) &&
          (s.words[w].upos == "ADJ" || s.words[w].upos == "NUM") &&
          !AdjectivesBeforeDictionaryPhrase(s, item_at, w)) {
        break;
      }
      w = item_at[w] != nullptr ? item_at[w]->end_word : w + 1;
    }
    c.end = w;
    if (!chunks.empty()) c.link = LinkBetween(s, chunks.back().end, c.first);
    chunks.push_back(std::move(c));
  }
  for (Chunk& c : chunks) AnalyseChunk(kb, doc, s, item_at, &c);

  const int m = static_cast<int>(chunks.size());
  // A lone demonym or country coordinated with a demonym before a sector noun shares that
  // noun: "Pakistani and Afghan officials" (PAKGOV, AFGGOV), "the Chinese and Venezuelan
  // governments", "Pakistani, Afghan and Iranian officials". Right to left, so a list passes
  // it along.
  for (int i = m - 2; i >= 0; --i) {
    Chunk& c = chunks[i];
    const Chunk& next = chunks[i + 1];
    const LexItem* only = item_at[c.end - 1];
    const LexItem* lead = item_at[next.first];
    auto determiners = [&](int from, int to) {
      for (int w = from; w < to; ++w) {
        if (s.words[w].upos != "DET") return false;
      }
      return true;
    };
    if (only == nullptr || !determiners(c.first, only->first_word) || only->end_word != c.end ||
        next.head != Chunk::kAgent || next.sector.empty() || lead == nullptr ||
        lead->kind != LexKind::kAdjective) {
      continue;
    }
    const bool listed = (next.link == Link::kAnd &&
                         (only->kind == LexKind::kAdjective || only->kind == LexKind::kCountry)) ||
                        (next.link == Link::kComma && only->kind == LexKind::kAdjective);
    if (!listed) continue;
    c.head = Chunk::kAgent;
    c.code.clear();
    c.country = PlaceWordCountry(kb, *only);
    c.sector = next.sector;
    c.agent = next.agent;
    c.plural = next.plural;
    c.type = next.type;
    c.name.clear();  // a nominal now ("US troops"), not the name of a place
    c.name_first = c.name_end = -1;
  }
  // "of" chains: a title or sector noun without a country or sector takes them from the first
  // coded chunk it is "of" / "at" / "for" / "from".
  for (int i = m - 1; i >= 0; --i) {
    Chunk& c = chunks[i];
    if (c.head != Chunk::kAgent && !(c.head == Chunk::kName && c.type == "ORG")) continue;
    for (int j = i + 1; j < m && (chunks[j].link == Link::kPrep || chunks[j].link == Link::kParen);
         ++j) {
      if (Coded(chunks[j])) {
        Inherit(chunks[j], &c);
        break;
      }
    }
  }
  // Appositions and coordinated titles give a name the titles and country before it.
  for (int i = 1; i < m; ++i) {
    Chunk& c = chunks[i];
    // A name the recognizer left untyped is a person when a title stands in apposition
    // before it ("the Secretary of the CPC Group at the Commerce Bureau, Sang Min").
    // (AnalyseChunk leaves such a name without a head.)
    const bool untyped = c.head == Chunk::kNothing && !c.name.empty() && c.type.empty() &&
                         c.link == Link::kComma && c.name_end - c.name_first >= 2 &&
                         !IsBodyWord(s.words[c.name_end - 1].form);
    if (c.head != Chunk::kPerson && !(c.head == Chunk::kName && c.type == "PER") && !untyped) {
      continue;
    }
    if (c.link == Link::kComma || c.link == Link::kAnd) {
      // Walk back over the phrase: "of" chains, places, coordinated titles and portfolios
      // ("Minister for Communication and Information Freddy Ñáñez") to its first title.
      std::vector<int> titles;
      bool only_portfolio = true;  // nothing but titles and portfolio words so far
      for (int j = i - 1; j >= 0; --j) {
        const Chunk& p = chunks[j];
        if (p.head == Chunk::kPerson || (p.head == Chunk::kName && p.type == "PER")) break;
        const bool title = p.head == Chunk::kAgent && !p.plural && p.has_title;
        // "his Chinese counterpart, Xi Jinping": a definite description right before.
        const bool description = j == i - 1 && c.link == Link::kComma && p.head == Chunk::kAgent &&
                                 !p.plural && p.definite && p.link != Link::kPrep &&
                                 p.link != Link::kPlace;
        if (title || description) titles.push_back(j);
        only_portfolio = only_portfolio && (title || IsPortfolio(s, p));
        if (c.link == Link::kAnd && !only_portfolio) break;
        if (p.link != Link::kPrep && p.link != Link::kPlace && p.link != Link::kAnd &&
            p.link != Link::kParen) {
          break;
        }
      }
      if (c.link == Link::kAnd && !only_portfolio) titles.clear();
      if (untyped) {
        // Only a real title names a person; a definite description ("the company") does not.
        bool has_title = false;
        for (int j : titles) has_title = has_title || chunks[j].has_title;
        if (!has_title) continue;
        c.head = Chunk::kName;
        c.type = "PER";
      }
      for (auto it = titles.rbegin(); it != titles.rend(); ++it) {
        Chunk& p = chunks[*it];
        p.appositive_of = i;
        for (const std::string& t : p.titles) c.titles.push_back(t);
        if (c.code.empty()) Inherit(p, &c);
      }
    }
    // "Lan Hu, the Chinese ambassador,"
    if (i + 1 < m && chunks[i + 1].link == Link::kComma && chunks[i + 1].head == Chunk::kAgent &&
        chunks[i + 1].definite && !chunks[i + 1].plural) {
      Chunk& p = chunks[i + 1];
      p.appositive_of = i;
      for (const std::string& t : p.titles) c.titles.push_back(t);
      if (c.code.empty()) Inherit(p, &c);
    }
  }
  // An acronym in brackets renames the body before it: "the Tai'an Commerce Bureau (TCB)".
  for (int i = 1; i < m; ++i) {
    if (chunks[i].link == Link::kParen && chunks[i].head == Chunk::kName &&
        chunks[i - 1].head != Chunk::kNothing && chunks[i].country.empty()) {
      chunks[i].appositive_of = i - 1;
      Inherit(chunks[i - 1], &chunks[i]);
    }
  }

  const size_t base = out->size();
  std::vector<int> mention_of(m, -1);
  for (int i = 0; i < m; ++i) {
    const Chunk& c = chunks[i];
    if (c.head == Chunk::kNothing) continue;
    if (c.head == Chunk::kAgent && c.agent.empty() && c.country.empty()) continue;
    SentenceMention sm;
    ActorMention& am = sm.mention;
    am.sentence = index;
    am.first_word = c.first;
    am.end_word = c.end;
    am.head_word = c.name_end > 0 ? c.name_end - 1 : c.end - 1;
    am.span = {s.words[c.first].span.begin, s.words[c.end - 1].span.end};
    am.text = doc.text.substr(am.span.begin, am.span.end - am.span.begin);
    am.code = c.code.empty() ? c.country + c.sector : c.code;
    SplitActorCode(kb, am.code, &am.country, &am.sectors);
    if (am.country.empty() && c.country.size() == 3 && am.code.rfind(c.country, 0) == 0 &&
        !IsTransnationalRoot(c.country)) {
      // A root dyad's tables do not know, from a PETRARCH dictionary ("GON" of GONMIL).
      am.country = c.country;
      if (!am.sectors.empty()) am.sectors.erase(am.sectors.begin());
    }
    am.type = c.type;
    if (!c.titles.empty()) am.title = c.titles.front();
    sm.titles = c.titles;
    am.plural = c.plural;
    sm.name = c.name;
    sm.agent = c.agent;
    sm.known = c.known;
    sm.definite = c.definite;
    mention_of[i] = static_cast<int>(out->size() - base);
    out->push_back(std::move(sm));
  }
  for (int i = 0; i < m; ++i) {
    const int a = chunks[i].appositive_of;
    if (mention_of[i] >= 0 && a >= 0 && mention_of[a] >= 0) {
      (*out)[base + mention_of[i]].appositive_of = mention_of[a];
      SentenceMention& named = (*out)[base + mention_of[a]];
      named.titles = chunks[a].titles;
      if (!named.titles.empty()) named.mention.title = named.titles.front();
    }
  }
  // Personal pronouns, for coreference.
  for (int w = 0; w < n; ++w) {
    const std::string f = AsciiLower(s.words[w].form);
    if (s.words[w].upos != "PRON" || (f != "he" && f != "she" && f != "him")) continue;
    SentenceMention sm;
    sm.pronoun = true;
    ActorMention& am = sm.mention;
    am.sentence = index;
    am.first_word = w;
    am.end_word = w + 1;
    am.head_word = w;
    am.span = s.words[w].span;
    am.text = s.words[w].form;
    am.type = "PER";
    out->push_back(std::move(sm));
  }
}

}  // namespace dyad
