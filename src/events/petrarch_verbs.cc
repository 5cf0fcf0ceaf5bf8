#include "events/petrarch_verbs.h"

#include <cctype>
#include <map>

#include "kb/petrarch_actors.h"
#include "kb/petrarch_text.h"

namespace dyad {
namespace {

Status Error(const std::string& path, int line, const std::string& reason) {
  return Status::InvalidArgument(DictWhere(path, line) + reason);
}

// "[042:043]" contents -> code and reciprocal; each part is "", "---" or 2-4 digits or
// letters (TABARI-era codes such as 075A or 210a).
Status ParseVerbCode(const std::string& path, int line, std::string_view inside, std::string* code,
                     std::string* reciprocal) {
  inside = TrimSpace(inside);
  size_t colon = inside.find(':');
  std::string_view first = TrimSpace(inside.substr(0, colon));
  std::string_view second =
      colon == std::string_view::npos ? std::string_view() : TrimSpace(inside.substr(colon + 1));
  auto valid = [](std::string_view c) {
    if (c.empty() || c == "---" || c == "+++") return true;
    if (c.size() < 2 || c.size() > 4) return false;
    for (char ch : c) {
      if (!std::isalnum(static_cast<unsigned char>(ch))) {
        return false;
      }
    }
    return true;
  };
  if (!valid(first) || !valid(second) || (first.empty() && second.empty())) {
    return Error(path, line, "bad event code \"[" + std::string(inside) + "]\"");
  }
  *code = std::string(first);
  *reciprocal = std::string(second);
  return Status::Ok();
}

// Splits a trailing "[code]" off text; *has_code is false when there is none.
Status TakeCode(const std::string& path, int line, std::string* text, bool* has_code,
                std::string* code, std::string* reciprocal) {
  *has_code = false;
  size_t open = text->rfind('[');
  if (open == std::string::npos) {
    if (text->find(']') != std::string::npos) return Error(path, line, "']' without '['");
    return Status::Ok();
  }
  size_t close = text->find(']', open);
  if (close == std::string::npos) return Error(path, line, "'[' without ']'");
  if (!TrimSpace(std::string_view(*text).substr(close + 1)).empty()) {
    return Error(path, line, "text after the [code]");
  }
  RETURN_IF_ERROR(ParseVerbCode(
      path, line, std::string_view(*text).substr(open + 1, close - open - 1), code, reciprocal));
  *has_code = true;
  text->erase(open);
  return Status::Ok();
}

// Parses one side of a pattern: items are '(' PREP noun* ')' or nouns, a noun being a
// word (joined by '_') or '{' word+ '}'.
Status ParseSide(const std::string& path, int line, std::string_view s, PatternSide* side) {
  std::vector<std::string> tokens;  // "(", ")", "{", "}" or a word
  std::string word;
  for (char c : s) {
    if (c == '(' || c == ')' || c == '{' || c == '}' ||
        std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) tokens.push_back(std::move(word));
      word.clear();
      if (!std::isspace(static_cast<unsigned char>(c))) tokens.emplace_back(1, c);
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) tokens.push_back(std::move(word));

  PatternPrep* prep = nullptr;
  PatternNoun* group = nullptr;
  for (size_t token_idx = 0; token_idx < tokens.size(); ++token_idx) {
    const std::string& t = tokens[token_idx];
    if (t == "(") {
      if (prep != nullptr || group != nullptr) return Error(path, line, "nested '('");
      if (token_idx + 1 >= tokens.size() || tokens[token_idx + 1] == "(" ||
          tokens[token_idx + 1] == ")" || tokens[token_idx + 1] == "{" ||
          tokens[token_idx + 1] == "}") {
        return Error(path, line, "'(' needs a preposition");
      }
      side->preps.emplace_back();
      prep = &side->preps.back();
      prep->preps = SplitWords(tokens[++token_idx], "/");
    } else if (t == ")") {
      if (prep == nullptr || group != nullptr) return Error(path, line, "unbalanced ')'");
      prep = nullptr;
    } else if (t == "{") {
      if (group != nullptr) return Error(path, line, "nested '{'");
      std::vector<PatternNoun>& nouns = prep ? prep->objects : side->nouns;
      nouns.emplace_back();
      group = &nouns.back();
    } else if (t == "}") {
      if (group == nullptr) return Error(path, line, "unbalanced '}'");
      if (group->words.empty()) return Error(path, line, "empty '{}'");
      group = nullptr;
    } else if (group != nullptr) {
      for (std::string& w : SplitWords(t, "_")) group->words.push_back(std::move(w));
    } else {
      std::vector<PatternNoun>& nouns = prep ? prep->objects : side->nouns;
      nouns.push_back(PatternNoun{SplitWords(t, "_")});
    }
  }
  if (prep != nullptr) return Error(path, line, "'(' without ')'");
  if (group != nullptr) return Error(path, line, "'{' without '}'");
  return Status::Ok();
}

Status ParsePattern(const std::string& path, int line, std::string text, VerbPattern* pattern) {
  bool has_code = false;
  RETURN_IF_ERROR(TakeCode(path, line, &text, &has_code, &pattern->code, &pattern->reciprocal));
  if (!has_code) return Error(path, line, "pattern without [code]");
  size_t star = text.find('*');
  if (star == std::string::npos) return Error(path, line, "pattern without '*' for the verb");
  if (text.find('*', star + 1) != std::string::npos) {
    return Error(path, line, "pattern with more than one '*'");
  }
  pattern->before_adjacent = star > 0 && text[star - 1] == '_';
  pattern->after_adjacent = star + 1 < text.size() && text[star + 1] == '_';
  RETURN_IF_ERROR(ParseSide(path, line, std::string_view(text).substr(0, star), &pattern->before));
  RETURN_IF_ERROR(ParseSide(path, line, std::string_view(text).substr(star + 1), &pattern->after));
  pattern->line = line;
  return Status::Ok();
}

// One written form ("+CORDON_OFF", "RE_+ARREST", "SAID") -> words and head index.
Status ParseForm(const std::string& path, int line, const std::string& form, VerbForm* out) {
  std::vector<std::string>* words = &out->words;
  size_t* head = &out->head;
  *words = SplitWords(form, "_");
  if (words->empty()) return Error(path, line, "empty verb form");
  *head = 0;
  int marked = 0;
  for (size_t word_idx = 0; word_idx < words->size(); ++word_idx) {
    std::string& w = (*words)[word_idx];
    if (w[0] == '+') {
      w.erase(0, 1);
      *head = word_idx;
      ++marked;
    }
    if (w.empty()) return Error(path, line, "empty word in verb \"" + form + "\"");
  }
  if (words->size() > 1 && marked != 1) {
    return Error(path, line,
                 "multi-word verb \"" + form + "\" needs exactly one '+' before its verb word");
  }
  if (words->size() == 1 && marked > 0) *head = 0;
  return Status::Ok();
}

Status ParseVerbLine(const std::string& path, int line, std::string text, const VerbBlock& block,
                     VerbWord* verb, std::vector<std::string>* warnings) {
  bool has_code = false;
  RETURN_IF_ERROR(TakeCode(path, line, &text, &has_code, &verb->code, &verb->reciprocal));
  if (!has_code) {
    verb->code = block.code;
    verb->reciprocal = block.reciprocal;
  }
  std::vector<std::string> listed;
  bool braces = false;
  size_t open = text.find('{');
  if (open != std::string::npos) {
    size_t close = text.find('}', open);
    if (close == std::string::npos) return Error(path, line, "'{' without '}'");
    if (!TrimSpace(std::string_view(text).substr(close + 1)).empty()) {
      return Error(path, line, "text after the {forms}");
    }
    listed = SplitWords(std::string_view(text).substr(open + 1, close - open - 1), ",");
    braces = true;
    text.erase(open);
  }
  std::string base(TrimSpace(text));
  if (base.empty()) return Error(path, line, "verb line without a verb");
  if (base.find_first_of(" \t") != std::string::npos) {
    // PETRARCH-1 writes multi-word verbs with spaces ("LASH OUT"), the first word the verb.
    std::string joined;
    for (const std::string& w : SplitWords(base, " \t")) joined += (joined.empty() ? "" : "_") + w;
    if (joined.find('+') == std::string::npos) joined.insert(0, "+");
    warnings->push_back(DictWhere(path, line) + "verb \"" + base + "\" with spaces read as " +
                        joined);
    base = joined;
  }
  VerbForm base_form;
  RETURN_IF_ERROR(ParseForm(path, line, base, &base_form));
  verb->forms.push_back(base_form);
  if (braces) {
    for (const std::string& f : listed) {
      VerbForm form;
      RETURN_IF_ERROR(ParseForm(path, line, f, &form));
      verb->forms.push_back(std::move(form));
    }
  } else {
    for (const std::string& inflected : RegularVerbForms(base_form.head_word())) {
      VerbForm form = base_form;
      form.words[form.head] = inflected;
      verb->forms.push_back(std::move(form));
    }
  }
  verb->line = line;
  return Status::Ok();
}

// Every "&NAME" word of a pattern or synset must be defined somewhere in the file.
Status CheckSynsets(const std::string& path, const VerbDictionary& dict, int line,
                    const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (w[0] == '&' && dict.FindSynset(w) == nullptr) {
      return Error(path, line, "synset " + w + " is never defined, so this can never match");
    }
  }
  return Status::Ok();
}

Status CheckSide(const std::string& path, const VerbDictionary& dict, int line,
                 const PatternSide& side) {
  for (const PatternNoun& n : side.nouns) RETURN_IF_ERROR(CheckSynsets(path, dict, line, n.words));
  for (const PatternPrep& p : side.preps) {
    for (const PatternNoun& n : p.objects) RETURN_IF_ERROR(CheckSynsets(path, dict, line, n.words));
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string> RegularVerbForms(const std::string& verb) {
  std::vector<std::string> forms;
  if (verb.empty()) return forms;
  auto vowel = [](char c) { return std::string("AEIOU").find(c) != std::string::npos; };
  const char last = verb.back();
  const char before = verb.size() > 1 ? verb[verb.size() - 2] : 'A';
  const std::string stem = verb.substr(0, verb.size() - 1);
  const bool consonant_y = last == 'Y' && !vowel(before);
  const bool sibilant = last == 'S' || last == 'X' || last == 'Z' ||
                        (last == 'H' && (before == 'C' || before == 'S'));
  forms.push_back(sibilant ? verb + "ES" : consonant_y ? stem + "IES" : verb + "S");
  forms.push_back(last == 'E' ? verb + "D" : consonant_y ? stem + "IED" : verb + "ED");
  forms.push_back(last == 'E' && !vowel(before) ? stem + "ING" : verb + "ING");
  return forms;
}

const VerbSynset* VerbDictionary::FindSynset(std::string_view name) const {
  for (const VerbSynset& s : synsets) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

size_t VerbDictionary::pattern_count() const {
  size_t n = 0;
  for (const VerbBlock& b : blocks) n += b.patterns.size();
  return n;
}

Result<VerbDictionary> ReadPetrarchVerbs(const std::string& path,
                                         std::vector<std::string>* warnings) {
  ASSIGN_OR_RETURN(std::vector<DictLine> lines, ReadDictLines(path));
  std::vector<std::string> ignored;
  if (warnings == nullptr) warnings = &ignored;
  VerbDictionary dict;
  VerbSynset* synset = nullptr;  // the synset whose '+' members are being read
  bool synset_plurals = true;
  for (DictLine& dl : lines) {
    // TABARI's ';' comments survive in a few lines ("SCRAP {...};shan 8/30/93").
    size_t semi = dl.text.find(';');
    if (semi != std::string::npos) {
      dl.text = std::string(TrimSpace(std::string_view(dl.text).substr(0, semi)));
      if (dl.text.empty()) continue;
    }
    const std::string& text = dl.text;
    if (text[0] == '&') {
      std::string name(TrimSpace(text));
      if (name.find_first_of(" \t") != std::string::npos) {
        return Error(path, dl.line, "synset name \"" + name + "\" has spaces");
      }
      synset_plurals = name.back() != '_';
      if (!synset_plurals) name.pop_back();
      synset = const_cast<VerbSynset*>(dict.FindSynset(name));
      if (synset != nullptr) {
        // PETRARCH-2 appends the members of a repeated synset to the first one.
        warnings->push_back(DictWhere(path, dl.line) + "synset " + name + " of line " +
                            std::to_string(synset->line) + " is defined again; members merged");
        continue;
      }
      dict.synsets.push_back(VerbSynset{name, {}, dl.line});
      synset = &dict.synsets.back();
      continue;
    }
    if (text[0] == '+' && synset != nullptr) {
      std::string member(TrimSpace(std::string_view(text).substr(1)));
      std::vector<std::string> words = SplitWords(member, "_");
      if (words.empty()) return Error(path, dl.line, "empty synset member");
      synset->members.push_back(words);
      if (synset_plurals && member.back() != '_' && words.back()[0] != '&') {
        words.back() = PetrarchPlural(words.back());
        synset->members.push_back(std::move(words));
      }
      continue;
    }
    synset = nullptr;
    if (text.rfind("---", 0) == 0) {
      VerbBlock block;
      block.line = dl.line;
      std::string header = text;
      bool has_code = false;
      size_t open = header.find('[');
      if (open != std::string::npos) {
        size_t close = header.find(']', open);
        if (close == std::string::npos) return Error(path, dl.line, "'[' without ']'");
        Status code_ok = ParseVerbCode(path, dl.line,
                                       std::string_view(header).substr(open + 1, close - open - 1),
                                       &block.code, &block.reciprocal);
        // The PETRARCH-1 validation verbs have a header code "[025?]": its verbs code nothing,
        // their patterns still apply.
        if (!code_ok.ok()) {
          warnings->push_back(code_ok.message() + "; the block's verbs alone code nothing");
          block.code.clear();
          block.reciprocal.clear();
        }
        has_code = true;
        header.erase(open, close + 1 - open);
      }
      if (!has_code || block.code.empty()) block.code = "---";
      for (const std::string& w : SplitWords(header, "-")) {
        if (!block.name.empty()) block.name += ' ';
        block.name += w;
      }
      if (block.name.empty()) return Error(path, dl.line, "block header without a name");
      dict.blocks.push_back(std::move(block));
      continue;
    }
    if (text[0] == '~') {
      size_t eq = text.find('=');
      if (eq == std::string::npos) return Error(path, dl.line, "transformation without '='");
      VerbTransformation t;
      t.pattern = SplitWords(std::string_view(text).substr(1, eq - 1), "");
      t.result = SplitWords(std::string_view(text).substr(eq + 1), "");
      if (t.pattern.empty() || t.result.empty()) {
        return Error(path, dl.line, "transformation needs words on both sides of '='");
      }
      t.line = dl.line;
      dict.transformations.push_back(std::move(t));
      continue;
    }
    if (dict.blocks.empty()) {
      return Error(path, dl.line, "verb or pattern before the first '--- NAME [code] ---' block");
    }
    VerbBlock& block = dict.blocks.back();
    if (text[0] == '*') {
      warnings->push_back(DictWhere(path, dl.line) + "pattern without its leading '-'");
    }
    if (text[0] == '-' || text[0] == '*') {
      VerbPattern pattern;
      Status status = ParsePattern(path, dl.line, text.substr(text[0] == '-' ? 1 : 0), &pattern);
      if (!status.ok()) {
        // PETRARCH skips the patterns it cannot use; so does dyad, loudly.
        warnings->push_back(status.message() + "; pattern skipped");
        ++dict.skipped_patterns;
        continue;
      }
      block.patterns.push_back(std::move(pattern));
      continue;
    }
    VerbWord verb;
    RETURN_IF_ERROR(ParseVerbLine(path, dl.line, text, block, &verb, warnings));
    block.verbs.push_back(std::move(verb));
  }

  // Synsets may be defined after their use, so references are checked at the end.
  for (const VerbSynset& s : dict.synsets) {
    for (const std::vector<std::string>& m : s.members) {
      RETURN_IF_ERROR(CheckSynsets(path, dict, s.line, m));
    }
  }
  for (VerbBlock& block : dict.blocks) {
    std::vector<VerbPattern> kept;
    for (VerbPattern& p : block.patterns) {
      Status status = CheckSide(path, dict, p.line, p.before);
      if (status.ok()) status = CheckSide(path, dict, p.line, p.after);
      if (!status.ok()) {
        warnings->push_back(status.message() + "; pattern skipped");
        ++dict.skipped_patterns;
        continue;
      }
      kept.push_back(std::move(p));
    }
    block.patterns = std::move(kept);
  }
  for (size_t block_idx = 0; block_idx < dict.blocks.size(); ++block_idx) {
    const VerbBlock& block = dict.blocks[block_idx];
    for (size_t verb_idx = 0; verb_idx < block.verbs.size(); ++verb_idx) {
      const VerbWord& verb = block.verbs[verb_idx];
      for (size_t form_idx = 0; form_idx < verb.forms.size(); ++form_idx) {
        const VerbForm& form = verb.forms[form_idx];
        std::vector<VerbDictionary::Ref>& refs = dict.by_head[form.head_word()];
        for (const VerbDictionary::Ref& r : refs) {
          const VerbWord& other = dict.blocks[r.block].verbs[r.verb];
          if (r.block != block_idx && other.forms[r.form] == form) {
            std::string joined;
            for (const std::string& w : form.words) joined += (joined.empty() ? "" : "_") + w;
            warnings->push_back(DictWhere(path, verb.line) + "verb form " + joined +
                                " is also in block " + dict.blocks[r.block].name + " (line " +
                                std::to_string(other.line) + ")");
            break;
          }
        }
        refs.push_back({block_idx, verb_idx, form_idx});
      }
    }
  }
  return dict;
}

}  // namespace dyad
