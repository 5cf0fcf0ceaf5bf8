#include "events/event_place.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "base/word_list.h"

namespace dyad {
namespace {

// Prepositions that put an event somewhere. "to" and "from" are left out: they name a
// destination or origin ("sent a letter to Beijing"), not where the event happened.
// "on" too: "talks on Ukraine" is a topic.
constexpr std::array<std::string_view, 9> kLocative = {
    "in", "at", "near", "inside", "outside", "within", "across", "throughout", "around"};
// Clause heads: the search for a locative phrase climbs no further. It does climb from an
// xcomp or conj verb ("came to strengthen ties", "met and signed") and from an event noun to
// its verb ("held talks in Beijing").
constexpr std::array<std::string_view, 6> kClauseRels = {"root", "ccomp",     "advcl",
                                                         "acl",  "parataxis", "csubj"};
// Nouns that stand before "of <place>" ("the city of Tai'an").
constexpr std::array<std::string_view, 8> kPlaceNouns = {
    "city", "town", "village", "province", "region", "district", "state", "port"};
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string_view BaseRel(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

bool IsCapitalised(std::string_view form) {
  return !form.empty() && (std::isupper(static_cast<unsigned char>(form[0])) ||
                           static_cast<unsigned char>(form[0]) >= 0x80);
}

class Tree {
 public:
  explicit Tree(const Sentence& s) : s_(s), children_(s.words.size()) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      const int head = s.words[i].head - 1;
      if (head >= 0 && head < static_cast<int>(s.words.size()) && head != static_cast<int>(i)) {
        children_[head].push_back(static_cast<int>(i));
      }
    }
  }
  const Word& word(int i) const { return s_.words[i]; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  int size() const { return static_cast<int>(s_.words.size()); }

  // The lower-cased preposition ("case" dependent) of word i, or "".
  std::string Preposition(int i) const {
    for (int c : children_[i]) {
      if (BaseRel(word(c).deprel) == "case") return UnicodeLower(word(c).form);
    }
    return "";
  }

  // The name word i heads: itself plus its compound and flat dependents, as written.
  void NameSpan(int i, int* first, int* end) const {
    *first = i;
    *end = i + 1;
    std::vector<int> stack = {i};
    while (!stack.empty()) {
      const int w = stack.back();
      stack.pop_back();
      for (int c : children_[w]) {
        const std::string_view rel = BaseRel(word(c).deprel);
        if (rel == "compound" || rel == "flat") {
          *first = std::min(*first, c);
          *end = std::max(*end, c + 1);
          stack.push_back(c);
        }
      }
    }
  }

  std::string Text(int first, int end) const {
    std::string out;
    for (int w = first; w < end; ++w) {
      out += word(w).form;
      const int t = word(w).token;
      const bool last_of_token = t < 0 || t >= static_cast<int>(s_.tokens.size()) ||
                                 w + 1 >= s_.tokens[t].first_word + s_.tokens[t].word_count;
      if (w + 1 < end && last_of_token && s_.tokens[t].space_after) out += ' ';
    }
    return out;
  }

 private:
  const Sentence& s_;
  std::vector<std::vector<int>> children_;
};

// The country an adjective or name means ("Venezuelan", "China"), or "".
std::string CountryOf(const ActorKb& kb, std::string_view text) {
  for (const NameEntry& e : kb.LookUpName(text)) {
    if (e.kind == NameKind::kAdjective || e.kind == NameKind::kCountry) {
      return kb.countries()[e.index].code;
    }
  }
  return "";
}

// A country that a dependent of `noun` names: an adjective ("the Venezuelan capital") or an
// "of" phrase ("the capital of Venezuela").
std::string CountryModifier(const Tree& tree, int noun, const ActorKb& kb) {
  for (int c : tree.children(noun)) {
    const std::string_view rel = BaseRel(tree.word(c).deprel);
    if (rel == "amod" || (rel == "nmod" && tree.Preposition(c) == "of") || rel == "compound") {
      int first, end;
      tree.NameSpan(c, &first, &end);
      std::string country = CountryOf(kb, tree.Text(first, end));
      if (!country.empty()) return country;
    }
  }
  return "";
}

ResolvedPlace FromPlace(const Place& place, ResolvedPlace::Source source, int first, int end) {
  ResolvedPlace r;
  r.location = ToEventLocation(place);
  r.place = &place;
  r.source = source;
  r.first_word = first;
  r.end_word = end;
  return r;
}

// Resolves the locative phrase headed by word `head`.
std::optional<ResolvedPlace> ResolvePhrase(const Tree& tree, int head, const PlaceGazetteer& places,
                                           const ActorKb& kb, const PlaceHint& hint) {
  const Word& w = tree.word(head);
  const std::string lemma = UnicodeLower(w.lemma.empty() ? w.form : w.lemma);
  std::string country = CountryModifier(tree, head, kb);
  if (lemma == "capital") {
    if (country.empty()) country = hint.country;
    const Place* capital = country.empty() ? nullptr : places.CapitalOf(country);
    if (capital == nullptr) return std::nullopt;
    return FromPlace(*capital, ResolvedPlace::Source::kCapitalPhrase, head, head + 1);
  }
  if (country.empty()) country = hint.country;
  if (OneOf(lemma, kPlaceNouns)) {  // "the city of Tai'an"
    for (int c : tree.children(head)) {
      if (BaseRel(tree.word(c).deprel) == "nmod" && tree.Preposition(c) == "of") {
        return ResolvePhrase(tree, c, places, kb, {nullptr, country, {}});
      }
    }
    return std::nullopt;
  }
  if (w.upos != "PROPN" && !IsCapitalised(w.form)) {
    // A common noun is placed by its own locative phrase: "at an army base in northern Mali".
    for (int c : tree.children(head)) {
      if (BaseRel(tree.word(c).deprel) == "nmod" &&
          OneOf(std::string_view(tree.Preposition(c)), kLocative)) {
        return ResolvePhrase(tree, c, places, kb, hint);
      }
    }
    return std::nullopt;
  }
  int first, end;
  tree.NameSpan(head, &first, &end);
  if (const Place* p = places.Best(tree.Text(first, end), country)) {
    return FromPlace(*p, ResolvedPlace::Source::kPhrase, first, end);
  }
  if (end - first > 1) {
    if (const Place* p = places.Best(w.form, country)) {
      return FromPlace(*p, ResolvedPlace::Source::kPhrase, head, head + 1);
    }
  }
  return std::nullopt;
}

bool StartsWithMonth(std::string_view s) {
  for (std::string_view m : kMonths) {
    if (s.size() >= m.size() && s.substr(0, m.size()) == m) return true;
  }
  return false;
}

// Where the first dateline delimiter starts (",", "(", a dash), or npos.
size_t DelimiterAt(std::string_view line, size_t from, size_t* length) {
  for (size_t i = from; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ',' || c == '(') {
      *length = 1;
      return i;
    }
    if (line.compare(i, 3, "\xE2\x80\x94") == 0 || line.compare(i, 3, "\xE2\x80\x93") == 0) {
      *length = 3;
      return i;
    }
    if (c == '-' && i > 0 && line[i - 1] == ' ') {
      *length = 1;
      return i;
    }
  }
  return std::string_view::npos;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A dateline place: one to four capitalised words, letters and . ' - only.
bool LooksLikeDatelineName(std::string_view s) {
  if (s.size() < 2 || s.size() > 40 || !IsCapitalised(s)) return false;
  int words = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      ++words;
      if (i + 1 < s.size() && !IsCapitalised(s.substr(i + 1))) return false;
    } else if (!std::isalpha(c) && c != '.' && c != '\'' && c != '-' && c < 0x80) {
      return false;
    }
  }
  return words <= 4;
}

bool HasLowerAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

EventLocation ToEventLocation(const Place& place) {
  EventLocation loc;
  loc.name = place.name;
  loc.country = place.country;
  loc.lat = place.lat;
  loc.lon = place.lon;
  loc.has_coordinates = place.has_coordinates;
  return loc;
}

std::optional<ResolvedPlace> FindEventPlace(const Sentence& sentence, int trigger_word,
                                            const PlaceGazetteer& places, const ActorKb& kb,
                                            const PlaceHint& article_hint) {
  const Tree tree(sentence);
  if (trigger_word >= 0 && trigger_word < tree.size()) {
    int node = trigger_word;
    for (int depth = 0; depth < 8; ++depth) {  // bounded: a malformed tree may have a cycle
      for (int c : tree.children(node)) {
        const std::string_view rel = BaseRel(tree.word(c).deprel);
        if (rel != "obl" && rel != "nmod") continue;
        if (!OneOf(std::string_view(tree.Preposition(c)), kLocative)) continue;
        if (auto found = ResolvePhrase(tree, c, places, kb, article_hint)) return found;
      }
      const Word& w = tree.word(node);
      if (OneOf(BaseRel(w.deprel), kClauseRels) || w.head < 1 || w.head > tree.size()) break;
      node = w.head - 1;
    }
    // Else the place the trigger acts on ("visited *Tehran*", "shelled *the city of Kharkiv*"),
    // or a place its participants are at ("arrested by police *in Istanbul*").
    // A country acted on is a target, not where it happened ("threatened Iran").
    for (int arg : tree.children(trigger_word)) {
      if (tree.word(arg).deprel != "obj") continue;
      auto found = ResolvePhrase(tree, arg, places, kb, article_hint);
      if (found && found->place->kind != PlaceKind::kCountry) return found;
    }
    for (int arg : tree.children(trigger_word)) {
      const std::string_view rel = BaseRel(tree.word(arg).deprel);
      if (rel != "nsubj" && rel != "obj" && rel != "obl") continue;
      for (int c : tree.children(arg)) {
        if (BaseRel(tree.word(c).deprel) != "nmod") continue;
        if (!OneOf(std::string_view(tree.Preposition(c)), kLocative)) continue;
        if (auto found = ResolvePhrase(tree, c, places, kb, article_hint)) return found;
      }
    }
  }
  if (article_hint.place == nullptr) return std::nullopt;
  return FromPlace(*article_hint.place, ResolvedPlace::Source::kDateline, -1, -1);
}

PlaceHint DetectDateline(const Document& document, const PlaceGazetteer& places) {
  PlaceHint hint;
  std::string_view text = document.text;
  size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  std::string_view line = text.substr(start, std::min<size_t>(200, text.size() - start));
  line = line.substr(0, line.find('\n'));
  size_t length = 0;
  const size_t at = DelimiterAt(line, 0, &length);
  if (at == std::string_view::npos) return hint;
  const std::string_view name = Trim(line.substr(0, at));
  if (!LooksLikeDatelineName(name)) return hint;
  // A mixed-case name before a comma needs a dateline after it: a date, an agency in
  // parentheses or a dash ("Caracas, May 14 (Xinhua) --"), so "Venezuela, China sign" is no
  // dateline.
  std::string_view rest = Trim(line.substr(at + length));
  std::string region_country;
  std::string_view region_name;  // "Texas" in "PARIS, Texas (AP)"
  const Place* region_place = nullptr;
  if (line[at] == ',') {
    size_t next_length = 0;
    const size_t next = DelimiterAt(rest, 0, &next_length);
    const std::string_view second = Trim(rest.substr(0, next));
    if (next != std::string_view::npos && LooksLikeDatelineName(second) &&
        !StartsWithMonth(second)) {
      // "PARIS, Texas (AP)": the second name narrows the first.
      if (const Place* region = places.Best(second)) {
        if (region->kind == PlaceKind::kAdmin || region->kind == PlaceKind::kCountry) {
          region_country = region->country;
          region_name = second;
          region_place = region;
          rest = Trim(rest.substr(next + next_length));
        }
      }
    }
    const bool dated = StartsWithMonth(rest) || rest.starts_with("(") || rest.starts_with("-") ||
                       rest.find("\xE2\x80\x94") < 40 || rest.find(" -") < 40;
    if (HasLowerAscii(name) && !dated) return hint;
  }
  // The region, when given, decides among places of that name.
  const auto candidates = places.LookUp(name, region_country);
  const Place* place = candidates.empty() ? nullptr : candidates.front();
  if (region_place != nullptr) {
    // A town the gazetteer does not know in that region is placed at the region: "Santos,
    // Colombia" is not Santos, Brazil.
    place = region_place;
    for (const Place* candidate : candidates) {
      if (candidate->country == region_country) {
        place = candidate;
        break;
      }
    }
  }
  if (place == nullptr) return hint;
  hint.place = place;
  hint.country = place->country;
  hint.span.begin = static_cast<uint32_t>(start + (name.data() - line.data()));
  hint.span.end = static_cast<uint32_t>(hint.span.begin + name.size());
  // The region is part of the dateline too: "Santos, Colombia --" does not make Colombia act.
  if (!region_name.empty()) {
    hint.span.end =
        static_cast<uint32_t>(start + (region_name.data() - line.data()) + region_name.size());
  }
  return hint;
}

}  // namespace dyad
