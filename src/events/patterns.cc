#include "events/patterns.h"

#include "kb/tsv.h"

namespace dyad {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t at = 0;
  while (true) {
    size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) break;
    at = next + 1;
  }
  return out;
}

bool IsWord(const std::string& w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || c == '\'' || c == '-')) return false;
  }
  return true;
}

Status ParseRelation(const std::string& text, Relation* r) {
  if (text == "nsubj")
    *r = {Relation::kSubject, ""};
  else if (text == "obj")
    *r = {Relation::kObject, ""};
  else if (text == "iobj")
    *r = {Relation::kIndirectObject, ""};
  else if (text == "poss")
    *r = {Relation::kPossessor, ""};
  else if (text.rfind("obl:", 0) == 0 && IsWord(text.substr(4)))
    *r = {Relation::kPrep, text.substr(4)};
  else if (text.rfind("nmod:", 0) == 0 && IsWord(text.substr(5)))
    *r = {Relation::kPrep, text.substr(5)};
  else if (text.rfind("obj.nmod:", 0) == 0 && IsWord(text.substr(9))) {
    *r = {Relation::kObjectPrep, text.substr(9)};
  } else {
    return Status::InvalidArgument("unknown relation '" + text + "'");
  }
  return Status::Ok();
}

Status ParseCondition(const std::string& text, Condition* c) {
  if (text == "ccomp") {
    c->kind = Condition::kClause;
    return Status::Ok();
  }
  if (text == "noobj") {
    c->kind = Condition::kNoObject;
    return Status::Ok();
  }
  const size_t eq = text.find('=');
  if (eq == std::string::npos) return Status::InvalidArgument("bad condition '" + text + "'");
  const std::string key = text.substr(0, eq), list = text.substr(eq + 1);
  if (key == "obj") {
    c->kind = Condition::kObject;
  } else if (key == "xcomp") {
    c->kind = Condition::kXcomp;
  } else if (key.rfind("obl:", 0) == 0 && IsWord(key.substr(4))) {
    c->kind = Condition::kPrep;
    c->prep = key.substr(4);
  } else {
    return Status::InvalidArgument("unknown condition '" + key + "'");
  }
  if (list != "*") {
    for (const std::string& w : Split(list, '|')) {
      if (!IsWord(w)) return Status::InvalidArgument("bad word '" + w + "' in '" + text + "'");
      c->words.push_back(w);
    }
  }
  return Status::Ok();
}

Status ParsePattern(const std::vector<std::string>& f, const Codebook& codebook, Pattern* p) {
  const std::vector<std::string> codes = Split(f[0], '/');
  if (codes.size() > 2) return Status::InvalidArgument("bad code '" + f[0] + "'");
  for (const std::string& code : codes) {
    if (code.size() < 3 || codebook.Find(code) == nullptr) {
      return Status::InvalidArgument("code '" + code +
                                     "' is not a 3- or 4-digit code of the codebook");
    }
  }
  p->code = codes[0];
  if (codes.size() == 2) p->reverse_code = codes[1];
  const std::string& trigger = f[1];
  if (trigger.size() < 3 || (trigger[0] != 'V' && trigger[0] != 'N') || trigger[1] != ':') {
    return Status::InvalidArgument("trigger must be V:lemma or N:lemma, got '" + trigger + "'");
  }
  p->noun = trigger[0] == 'N';
  std::vector<std::string> words = Split(trigger.substr(2), ' ');
  for (const std::string& w : words) {
    if (!IsWord(w)) return Status::InvalidArgument("bad trigger word '" + w + "'");
  }
  // V: the verb comes first and particles follow; N: modifiers come first, the noun last.
  if (p->noun) {
    p->lemma = words.back();
    words.pop_back();
  } else {
    p->lemma = words.front();
    words.erase(words.begin());
  }
  p->modifiers = std::move(words);
  bool has_obj = false, has_noobj = false;
  if (f[2] != "-") {
    for (const std::string& text : Split(f[2], ' ')) {
      Condition c;
      RETURN_IF_ERROR(ParseCondition(text, &c));
      has_obj = has_obj || c.kind == Condition::kObject;
      has_noobj = has_noobj || c.kind == Condition::kNoObject;
      p->conditions.push_back(std::move(c));
    }
  }
  if (has_obj && has_noobj) return Status::InvalidArgument("obj and noobj can never both hold");
  if (f[3] != "-") {
    bool src = false, tgt = false;
    for (const std::string& text : Split(f[3], ' ')) {
      if (text.rfind("src=", 0) == 0 && !src) {
        RETURN_IF_ERROR(ParseRelation(text.substr(4), &p->source));
        src = true;
      } else if (text.rfind("tgt=", 0) == 0 && !tgt) {
        RETURN_IF_ERROR(ParseRelation(text.substr(4), &p->target));
        tgt = true;
      } else {
        return Status::InvalidArgument("bad role '" + text + "'");
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Result<PatternDictionary> PatternDictionary::Load(const std::string& path,
                                                  const Codebook& codebook) {
  ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path, 4));
  PatternDictionary dict;
  for (const TsvRow& row : rows) {
    Pattern p;
    p.line = row.line;
    Status st = ParsePattern(row.fields, codebook, &p);
    if (!st.ok()) {
      return Status::InvalidArgument(path + ":" + std::to_string(row.line) + ": " + st.message());
    }
    (p.noun ? dict.nouns_ : dict.verbs_)[p.lemma].push_back(std::move(p));
    ++dict.size_;
  }
  return dict;
}

const std::vector<Pattern>* PatternDictionary::ForLemma(bool noun, const std::string& lemma) const {
  const auto& map = noun ? nouns_ : verbs_;
  auto it = map.find(lemma);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace dyad
