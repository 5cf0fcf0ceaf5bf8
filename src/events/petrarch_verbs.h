// Reader for PETRARCH-2 verb dictionaries (CAMEO.2.0.txt syntax; grammar and tolerated
// quirks in docs/formats/petrarch.md): synsets (&NAME / +member), verb blocks
// (--- NAME [code] --- then verb lines with {forms} and [code]), syntactic patterns
// (- nouns (prep nouns) * nouns (prep nouns) [code:reciprocal]) and transformations (~ ...).
// Errors name file:line and stop loading. A pattern that can never match (an undefined
// synset, no '*', unbalanced brackets, a bad code) is skipped, as PETRARCH does, with a
// "file:line: reason; pattern skipped" warning and counted in skipped_patterns.
#ifndef DYAD_EVENTS_PETRARCH_VERBS_H_
#define DYAD_EVENTS_PETRARCH_VERBS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// A noun slot: one word, an underscore phrase (DEBT_RELIEF) or a {MODIFIER ... HEAD}
// group; the head is the last word. A word is upper case, "&SYNSET", or a role:
// "$" source, "+" target, "^" skip, "%" compound (source and target).
struct PatternNoun {
  std::vector<std::string> words;
  const std::string& head() const { return words.back(); }
};

// "(TO {BANNED PARTIES})": the preposition (alternatives from "TO/FOR") and its objects.
struct PatternPrep {
  std::vector<std::string> preps;
  std::vector<PatternNoun> objects;
};

// The words on one side of the verb, as PETRARCH-2 splits them: nouns and prepositional
// phrases, each in file order.
struct PatternSide {
  std::vector<PatternNoun> nouns;
  std::vector<PatternPrep> preps;
  bool empty() const { return nouns.empty() && preps.empty(); }
};

struct VerbPattern {
  PatternSide before, after;  // before and after the verb ('*')
  std::string code;           // "" for a reciprocal-only pattern ("[:071]"); "---" = no event
  std::string reciprocal;     // code for the swapped event ("[042:043]" -> "043"), or ""
  // '_' joins the nearest noun to the verb ("RECENTLY_*", "*_OUT"): no word between them.
  bool before_adjacent = false, after_adjacent = false;
  int line = 0;
};

// A verb form: its words (several for "+CORDON_OFF" or "RE_+ARREST") and the index of
// the word the parser tags as the verb (marked '+' in the file).
struct VerbForm {
  std::vector<std::string> words;
  size_t head = 0;
  const std::string& head_word() const { return words[head]; }
  bool operator==(const VerbForm&) const = default;
};

// One verb line: all its forms, the base form first (regular forms are generated when
// no {...} list is given).
struct VerbWord {
  std::vector<VerbForm> forms;
  std::string code;        // the line's own [code], else the block's
  std::string reciprocal;  // with it: the swapped event's code ("[032:033]"), or ""
  int line = 0;
};

struct VerbBlock {
  std::string name;
  std::string code;        // "---" when the verbs alone code no event
  std::string reciprocal;  // "--- ARRIVE [032:033] ---": the host's code, or ""
  std::vector<VerbWord> verbs;
  std::vector<VerbPattern> patterns;
  int line = 0;
};

struct VerbSynset {
  std::string name;                               // "&CURRENCY"
  std::vector<std::vector<std::string>> members;  // with generated plurals
  int line = 0;
};

// "~ a (a b ATTACK) SAY = a b 015": kept as tokens for the coder to interpret.
struct VerbTransformation {
  std::vector<std::string> pattern, result;
  int line = 0;
};

struct VerbDictionary {
  std::vector<VerbSynset> synsets;
  std::vector<VerbBlock> blocks;
  std::vector<VerbTransformation> transformations;
  int skipped_patterns = 0;
  struct Ref {
    size_t block = 0, verb = 0, form = 0;
  };
  // Upper-case head word of every verb form -> where it is defined.
  std::unordered_map<std::string, std::vector<Ref>> by_head;

  const VerbSynset* FindSynset(std::string_view name) const;
  size_t pattern_count() const;
};

Result<VerbDictionary> ReadPetrarchVerbs(const std::string& path,
                                         std::vector<std::string>* warnings);

// Regular forms of a verb (3rd person, past, -ING): PETRARCH-2's rules, except that a
// consonant + Y gives -IES/-IED (CARRIES, CARRIED) and a vowel + Y a plain -S/-ED.
std::vector<std::string> RegularVerbForms(const std::string& verb);

}  // namespace dyad

#endif  // DYAD_EVENTS_PETRARCH_VERBS_H_
