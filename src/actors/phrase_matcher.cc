#include "actors/phrase_matcher.h"

#include <algorithm>

#include "base/utf8.h"
#include "base/word_list.h"

namespace dyad {
namespace {

constexpr int kMaxPhraseWords = 8;
constexpr long kMinPlacePopulation = 50000;

// Punctuation that may sit inside a name ("Guinea-Bissau", "U.S.", "AT&T").
bool InnerPunct(const Word& w) {
  return w.form == "-" || w.form == "&" || w.form == "." || w.form == "'" || w.form == "’";
}

// A point of the compass alone names regions of several countries (Cameroon's "West"), but
// in news it is a direction or "the West".
bool IsCompassWord(std::string_view text) {
  return OneOf(text, {"North", "South", "East", "West", "Centre", "Center", "Central"});
}

}  // namespace

bool StartsUpper(std::string_view form) {
  return !form.empty() && ((form[0] >= 'A' && form[0] <= 'Z') || (form[0] & 0x80));
}

std::string PlaceWordCountry(const ActorKb& kb, const LexItem& item) {
  switch (item.kind) {
    case LexKind::kCountry:
    case LexKind::kCapital:
    case LexKind::kAdjective:
    case LexKind::kPersonNoun:
      return kb.countries()[item.index].code;
    case LexKind::kPlace:
      return item.place->country;
    default:
      return "";
  }
}

std::string PhraseText(const Document& doc, const Sentence& s, int first, int end) {
  std::string out;
  const uint32_t begin = s.words[first].span.begin;
  const uint32_t stop = s.words[end - 1].span.end;
  bool space = false;
  for (uint32_t i = begin; i < stop && i < doc.text.size(); ++i) {
    const char c = doc.text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) reads as an apostrophe.
    if (c == '\xE2' && i + 2 < stop && doc.text[i + 1] == '\x80' && doc.text[i + 2] == '\x99') {
      out += '\'';
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

namespace {

// True when white space separates word t from word t - 1 in the raw text.
bool SpaceBefore(const Document& doc, const Sentence& s, int t) {
  const uint32_t stop = std::min<uint32_t>(s.words[t].span.begin, doc.text.size());
  for (uint32_t i = s.words[t - 1].span.end; i < stop; ++i) {
    const char c = doc.text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return true;
  }
  return false;
}

}  // namespace

// True when words [first, end) lie inside a person's name: the recognizer says so, or the
// word before is a capitalised proper noun ("Zhang Yao" is no city called Yao).
static bool InsidePersonName(const Sentence& s, int first, int end) {
  for (const Entity& e : s.entities) {
    if (e.type == "PER" && e.first_word < end && first < e.end_word) return true;
  }
  return first > 0 && s.words[first - 1].upos == "PROPN" && StartsUpper(s.words[first - 1].form);
}

bool PhraseMatcher::MatchAt(const Document& doc, const Sentence& s, int first, int end,
                            LexItem* item) const {
  const std::string text = PhraseText(doc, s, first, end);
  if (MatchText(doc, s, text, first, end, item)) return true;
  // The tokenizer keeps a sentence's last full stop on an abbreviation ("... oppose Hun
  // Sen."), so a name ending a sentence is also tried without it.
  const bool last = static_cast<size_t>(end) == s.words.size();
  const std::string& last_form = s.words[end - 1].form;
  if (last && end - first > 1 && last_form.size() > 1 &&
      last_form.find('.') == last_form.size() - 1) {  // one full stop, at its end
    return MatchText(doc, s, text.substr(0, text.size() - 1), first, end, item);
  }
  return false;
}

bool PhraseMatcher::MatchText(const Document& doc, const Sentence& s, const std::string& text,
                              int first, int end, LexItem* item) const {
  item->first_word = first;
  item->end_word = end;
  const bool dyad_actors = petrarch_ == nullptr || !petrarch_->replaces_dyad_actors();
  const bool dyad_agents = petrarch_ == nullptr || !petrarch_->replaces_dyad_agents();
  // Names are capitalised; lower-case words never match a name by case folding ("who"),
  // except the article of a name that has one ("the West", "the Sahel").
  const bool name =
      StartsUpper(s.words[first].form) ||
      (end - first >= 2 && s.words[first].form == "the" && StartsUpper(s.words[first + 1].form));
  if (dyad_actors && name) {
    if (const PersonRole* role = kb_.LookUpPerson(text, doc.date, &item->active)) {
      item->kind = LexKind::kPerson;
      item->role = role;
      return true;
    }
    std::vector<NameEntry> names = kb_.LookUpName(text);
    if (names.empty() && text.starts_with("The ") && end - first >= 2) {
      names = kb_.LookUpName("the" + text.substr(3));  // "The West" opening a sentence
    }
    if (!names.empty()) {
      const NameEntry& e = names.front();
      static constexpr LexKind kKinds[] = {LexKind::kCountry,   LexKind::kCapital,
                                           LexKind::kAdjective, LexKind::kPersonNoun,
                                           LexKind::kRegion,    LexKind::kOrganisation};
      item->kind = kKinds[static_cast<int>(e.kind)];
      item->index = e.index;
      return true;
    }
  }
  // Cities and regions: proper nouns only, and big enough that a capitalised common word
  // ("Police", "Mercedes") is unlikely to be meant.
  if (places_ != nullptr && StartsUpper(s.words[first].form) && !IsCompassWord(text) &&
      (s.words[end - 1].upos == "PROPN" || s.words[end - 1].upos == "ADJ") &&
      !InsidePersonName(s, first, end)) {
    if (const Place* place = places_->Best(text)) {
      if (place->kind != PlaceKind::kCountry && place->population >= kMinPlacePopulation) {
        item->kind = LexKind::kPlace;
        item->place = place;
        return true;
      }
    }
  }
  if (!dyad_agents) return false;
  const std::string lower = UnicodeLower(text);
  if (const Agent* agent = kb_.LookUpAgent(lower)) {
    // A title-only word is a title just before a name ("Father Ibrahim", "Justice Breyer");
    // elsewhere it is a common word ("the boy's father", "a major offensive").
    if (agent->kind == "title" &&
        (static_cast<size_t>(end) >= s.words.size() || !StartsUpper(s.words[end].form))) {
      return false;
    }
    item->kind = LexKind::kAgent;
    item->agent = agent;
    item->plural = !agent->plural.empty() && lower == agent->plural && lower != agent->noun;
    return true;
  }
  return false;
}

int PhraseMatcher::MatchPetrarch(const Document& doc, const Sentence& s,
                                 const std::vector<std::string_view>& forms, int first,
                                 LexItem* item, bool* coded) const {
  *coded = false;
  int covered = 0;
  // Actor phrases are names: capitalised, as for dyad's own, or a determiner and a name
  // (THE_SHIRE in "welcomed by the Shire").
  PetrarchLexicon::ActorHit actor;
  const size_t n = s.words.size();
  const bool name = StartsUpper(s.words[first].form) ||
                    (s.words[first].upos == "DET" && static_cast<size_t>(first) + 1 < n &&
                     StartsUpper(s.words[first + 1].form));
  if (name) actor = petrarch_->MatchActor(forms, first, doc.date);
  const PetrarchLexicon::AgentHit agent = petrarch_->MatchAgent(forms, first);
  if (actor.length > 0 && actor.length >= agent.length) {
    covered = static_cast<int>(actor.length);
    if (actor.code == "---") return covered;
    item->first_word = first;
    item->end_word = first + covered;
    item->kind = LexKind::kCoded;
    item->code = actor.code;
    item->entry = actor.entry;
    item->dictionary = true;
    // A bare country or regional root is a place word: a country, its demonym or its people.
    if (const Country* country = kb_.CountryByCode(actor.code)) {
      const Word& last = s.words[item->end_word - 1];
      item->kind = last.upos == "ADJ"                          ? LexKind::kAdjective
                   : last.xpos == "NNS" || last.xpos == "NNPS" ? LexKind::kPersonNoun
                                                               : LexKind::kCountry;
      item->index = static_cast<int>(country - kb_.countries().data());
    } else {
      for (size_t r = 0; r < kb_.regions().size(); ++r) {
        if (kb_.regions()[r].code != actor.code) continue;
        item->kind = LexKind::kRegion;
        item->index = static_cast<int>(r);
      }
    }
    *coded = true;
  } else if (agent.length > 0) {
    covered = static_cast<int>(agent.length);
    item->first_word = first;
    item->end_word = first + covered;
    item->kind = LexKind::kAgent;
    item->agent = agent.agent;
    item->plural = agent.plural;
    item->dictionary = true;
    *coded = true;
  }
  return covered;
}

// The longest of dyad's phrases starting at word i, if any.
bool PhraseMatcher::LongestAt(const Document& doc, const Sentence& s, int i, LexItem* item) const {
  const int n = static_cast<int>(s.words.size());
  bool found = false;
  int limit = i;
  while (limit < n && limit - i < kMaxPhraseWords &&
         (s.words[limit].upos != "PUNCT" || InnerPunct(s.words[limit]))) {
    ++limit;
  }
  // Only spans some phrase could cover are tried: their first written word must start a
  // phrase, and they may have no more written words than such phrases have.
  int first_word_end = i + 1;  // the words before the first space
  while (first_word_end < limit && !SpaceBefore(doc, s, first_word_end)) ++first_word_end;
  const int most_words = starts_.MaxWords(PhraseText(doc, s, i, first_word_end));
  int written_words = 1;
  for (int t = i + 1; t < limit; ++t) written_words += SpaceBefore(doc, s, t);
  for (int end = limit; end > i && !found; --end) {
    const bool possible = end > first_word_end ? written_words <= most_words
                          : end == first_word_end
                              ? most_words > 0
                              : starts_.MaxWords(PhraseText(doc, s, i, end)) > 0;
    if (possible) found = MatchAt(doc, s, i, end, item);
    if (end - 1 > i) written_words -= SpaceBefore(doc, s, end - 1);
  }
  return found;
}

std::vector<LexItem> PhraseMatcher::Match(const Document& doc, const Sentence& s) const {
  std::vector<LexItem> items;
  const int n = static_cast<int>(s.words.size());
  std::vector<std::string_view> forms;
  if (petrarch_ != nullptr) {
    for (const Word& w : s.words) forms.emplace_back(w.form);
  }
  for (int i = 0; i < n;) {
    const Word& w = s.words[i];
    if (w.upos == "PUNCT" || w.upos == "ADP" || w.upos == "CCONJ" || w.upos == "VERB" ||
        w.upos == "AUX" || w.upos == "PART" || w.upos == "SCONJ") {
      ++i;
      continue;
    }
    LexItem item{};
    bool found = LongestAt(doc, s, i, &item);
    // "the West" is a phrase, but "the West Bank" is the article and "West Bank": a phrase
    // after a determiner that reaches further wins.
    if (found && w.upos == "DET" && i + 1 < n) {
      LexItem after{};
      if (LongestAt(doc, s, i + 1, &after) && after.end_word > item.end_word) {
        item = after;
      }
    }
    if (petrarch_ != nullptr) {
      LexItem extra{};
      bool coded = false;
      const int covered = MatchPetrarch(doc, s, forms, i, &extra, &coded);
      // On a tie the user's dictionary wins: its actor over any of dyad's phrases, its
      // agent over dyad's agent (a suite's "foreign minister" is GOVFRM, not dyad's GOV).
      const bool actor_hit = !coded || extra.kind != LexKind::kAgent;  // "---" is an actor
      const bool tie_wins = actor_hit || item.kind == LexKind::kAgent;
      if (covered > 0 &&
          (!found || i + covered > item.end_word || (i + covered == item.end_word && tie_wins))) {
        if (!coded) {  // PETRARCH's null actor: these words are no one
          i += covered;
          continue;
        }
        item = extra;
        found = true;
      }
    }
    if (found) {
      items.push_back(item);
      i = item.end_word;
    } else {
      ++i;
    }
  }
  return items;
}

}  // namespace dyad
