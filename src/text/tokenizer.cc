#include "text/tokenizer.h"

#include <algorithm>

#include "base/utf8.h"
#include "text/chars.h"

namespace dyad {
namespace {

struct Cp {
  char32_t c;
  uint32_t pos;  // byte offset in the text
  uint32_t len;
};

bool StartsUrl(std::string_view s) {
  std::string lower = AsciiLower(s.substr(0, 8));
  return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0 ||
         lower.rfind("www.", 0) == 0 || lower.rfind("ftp://", 0) == 0;
}

// user@host.tld
bool LooksLikeEmail(std::string_view s) {
  size_t at = s.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  size_t dot = s.find('.', at);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < s.size();
}

bool IsOpenOrClosePunct(char32_t c) {
  switch (c) {
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '"':
    case '<':
    case '>':
    case '\'':
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019:
    case 0xAB:
    case 0xBB:
      return true;
    default:
      return false;
  }
}

bool IsSentencePunct(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// Digit groups joined by hyphens at cps[hyphen]: phone numbers and postcodes stay one
// token ("732-657-3416", "20006-3700"), ranges split ("1990 - 1995", "5 - 10").
bool DigitChainStaysWhole(const std::vector<Cp>& cps, size_t hyphen) {
  size_t start = hyphen;
  while (start > 0 && IsDigitChar(cps[start - 1].c)) --start;
  std::vector<size_t> groups;
  size_t k = start;
  while (true) {
    size_t len = 0;
    while (k < cps.size() && IsDigitChar(cps[k].c)) ++k, ++len;
    groups.push_back(len);
    if (k + 1 < cps.size() && IsHyphen(cps[k].c) && IsDigitChar(cps[k + 1].c)) {
      ++k;
      continue;
    }
    break;
  }
  if (groups.size() >= 3) return true;
  return groups.size() == 2 && groups[1] == 4 && (groups[0] == 3 || groups[0] == 5);
}

}  // namespace

std::string TokenizerLexicon::Key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    int len;
    bool valid;
    char32_t c = DecodeUtf8(s, pos, &len, &valid);
    if (IsApostrophe(c)) {
      out.push_back('\'');
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      out.append(s.substr(pos, len));
    }
    pos += len;
  }
  return out;
}

void TokenizerLexicon::Write(ByteWriter* w) const {
  auto write_set = [w](const std::unordered_set<std::string>& set) {
    std::vector<std::string> sorted(set.begin(), set.end());
    std::sort(sorted.begin(), sorted.end());
    w->U32(static_cast<uint32_t>(sorted.size()));
    for (const auto& s : sorted) w->Str(s);
  };
  write_set(abbreviations);
  write_set(hyphen_prefixes);
  write_set(symbol_tokens);
  std::vector<std::string> keys;
  for (const auto& [k, v] : multiword) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  w->U32(static_cast<uint32_t>(keys.size()));
  for (const auto& k : keys) {
    w->Str(k);
    const auto& words = multiword.at(k);
    w->U32(static_cast<uint32_t>(words.size()));
    for (const auto& word : words) w->Str(word);
  }
}

Status TokenizerLexicon::Read(ByteReader* r) {
  auto read_set = [r](std::unordered_set<std::string>* set) -> Status {
    uint32_t n;
    RETURN_IF_ERROR(r->U32(&n));
    for (uint32_t k = 0; k < n; ++k) {
      std::string s;
      RETURN_IF_ERROR(r->Str(&s));
      set->insert(std::move(s));
    }
    return Status::Ok();
  };
  RETURN_IF_ERROR(read_set(&abbreviations));
  RETURN_IF_ERROR(read_set(&hyphen_prefixes));
  RETURN_IF_ERROR(read_set(&symbol_tokens));
  uint32_t n;
  RETURN_IF_ERROR(r->U32(&n));
  for (uint32_t k = 0; k < n; ++k) {
    std::string key;
    RETURN_IF_ERROR(r->Str(&key));
    uint32_t count;
    RETURN_IF_ERROR(r->U32(&count));
    if (count > 16) return Status::Corruption("multiword entry '" + key + "' has too many words");
    std::vector<std::string> words(count);
    for (auto& word : words) RETURN_IF_ERROR(r->Str(&word));
    multiword[key] = std::move(words);
  }
  return Status::Ok();
}

void Tokenizer::Tokenize(std::string_view text, std::vector<TextToken>* out) const {
  int newlines = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    int len;
    bool valid;
    char32_t c = DecodeUtf8(text, pos, &len, &valid);
    if (IsSpaceChar(c)) {
      if (c == '\n') ++newlines;
      if (!out->empty() && out->back().end == pos) out->back().space_after = true;
      pos += len;
      continue;
    }
    // A chunk: the maximal run of non-space characters.
    size_t end = pos;
    while (end < text.size()) {
      int l;
      char32_t d = DecodeUtf8(text, end, &l, &valid);
      if (IsSpaceChar(d)) break;
      end += l;
    }
    size_t first = out->size();
    TokenizeChunk(text, static_cast<uint32_t>(pos), static_cast<uint32_t>(end), out);
    if (out->size() > first) (*out)[first].newlines_before = newlines;
    newlines = 0;
    pos = end;
  }
}

void Tokenizer::TokenizeChunk(std::string_view text, uint32_t chunk_begin, uint32_t chunk_end,
                              std::vector<TextToken>* out) const {
  std::vector<Cp> cps;
  for (uint32_t pos = chunk_begin; pos < chunk_end;) {
    int len;
    bool valid;
    char32_t c = DecodeUtf8(text, pos, &len, &valid);
    cps.push_back({c, pos, static_cast<uint32_t>(len)});
    pos += len;
  }
  const size_t n = cps.size();
  auto byte_end = [&](size_t idx) { return idx < n ? cps[idx].pos : chunk_end; };
  auto emit = [&](size_t from, size_t to) {
    // Cut over-long tokens so per-token work stays bounded.
    while (from < to) {
      size_t stop = from;
      while (stop < to && byte_end(stop + 1) - cps[from].pos <= kMaxTokenBytes) ++stop;
      if (stop == from) stop = from + 1;
      out->push_back({cps[from].pos, byte_end(stop), false, 0});
      from = stop;
    }
  };

  // Leading and trailing brackets and quotes around a URL or e-mail address.
  size_t lead = 0, trail = n;
  while (lead < n && IsOpenOrClosePunct(cps[lead].c)) ++lead;
  while (trail > lead &&
         (IsOpenOrClosePunct(cps[trail - 1].c) || cps[trail - 1].c == '.' ||
          cps[trail - 1].c == ',' || cps[trail - 1].c == ';' || cps[trail - 1].c == ':' ||
          cps[trail - 1].c == '!' || cps[trail - 1].c == '?')) {
    --trail;
  }
  if (lead < trail) {
    std::string_view core = text.substr(cps[lead].pos, byte_end(trail) - cps[lead].pos);
    if (StartsUrl(core) || LooksLikeEmail(core)) {
      for (size_t k = 0; k < lead; ++k) emit(k, k + 1);
      emit(lead, trail);
      size_t k = trail;
      while (k < n) {
        size_t j = k + 1;
        while (j < n && cps[j].c == cps[k].c) ++j;
        emit(k, j);
        k = j;
      }
      return;
    }
  }
  // A whole chunk the lexicon knows as one symbol token (":)", "<3").
  if (lexicon_ != nullptr && n > 1 &&
      lexicon_->symbol_tokens.count(
          std::string(text.substr(chunk_begin, chunk_end - chunk_begin)))) {
    emit(0, n);
    return;
  }

  size_t i = 0;
  while (i < n) {
    char32_t c = cps[i].c;
    if (IsWordChar(c)) {
      size_t j = i + 1;
      size_t part_start = i;  // start of the current hyphen-separated part
      while (j < n) {
        char32_t d = cps[j].c;
        if (IsWordChar(d)) {
          ++j;
          continue;
        }
        bool next_word = j + 1 < n && IsWordChar(cps[j + 1].c);
        bool prev_digit = IsDigitChar(cps[j - 1].c);
        bool next_digit = j + 1 < n && IsDigitChar(cps[j + 1].c);
        if (d == '.' && next_word) {
          ++j;
          continue;
        }
        if ((d == ',' || d == ':' || d == '/') && prev_digit && next_digit) {
          ++j;
          continue;
        }
        if (IsApostrophe(d) && next_word && IsLetterChar(cps[j - 1].c) &&
            IsLetterChar(cps[j + 1].c)) {
          ++j;
          continue;
        }
        if (d == '&' && next_word && IsLetterChar(cps[j - 1].c) && IsLetterChar(cps[j + 1].c)) {
          ++j;
          continue;
        }
        if (d == '@' && next_word) {  // addresses without a dot: "Olsen@ENRON"
          ++j;
          continue;
        }
        if (IsApostrophe(d) && prev_digit && j + 1 < n &&
            (cps[j + 1].c == 's' || cps[j + 1].c == 'S') &&
            (j + 2 == n || !IsWordChar(cps[j + 2].c))) {  // "80's"
          ++j;
          continue;
        }
        if (IsHyphen(d) && prev_digit && next_digit && DigitChainStaysWhole(cps, j)) {
          ++j;
          continue;
        }
        if (IsHyphen(d) && next_word && lexicon_ != nullptr) {
          std::string part = TokenizerLexicon::Key(
              text.substr(cps[part_start].pos, cps[j].pos - cps[part_start].pos));
          if (lexicon_->hyphen_prefixes.count(part)) {
            ++j;
            part_start = j;
            continue;
          }
        }
        break;
      }
      // A final period belongs to abbreviations ("Gen.", "U.S.") and initials ("J.").
      if (j < n && cps[j].c == '.' && (j + 1 == n || cps[j + 1].c != '.')) {
        std::string_view word = text.substr(cps[i].pos, cps[j].pos - cps[i].pos);
        bool initial = j - i == 1 && IsLetterChar(c);
        bool dotted = word.find('.') != std::string_view::npos &&
                      std::any_of(word.begin(), word.end(), [](char ch) {
                        return std::isalpha(static_cast<unsigned char>(ch));
                      });
        bool known =
            lexicon_ != nullptr && lexicon_->abbreviations.count(TokenizerLexicon::Key(word) + ".");
        if (initial || dotted || known) ++j;
      }
      emit(i, j);
      i = j;
    } else if (IsApostrophe(c) && i + 1 < n && IsDigitChar(cps[i + 1].c) &&
               (i + 2 == n || IsDigitChar(cps[i + 2].c))) {
      // Abbreviated years: "'68".
      size_t j = i + 1;
      while (j < n && IsDigitChar(cps[j].c)) ++j;
      emit(i, j);
      i = j;
    } else if (IsSentencePunct(c)) {
      size_t j = i + 1;
      while (j < n && IsSentencePunct(cps[j].c)) ++j;
      emit(i, j);
      i = j;
    } else {
      // Other punctuation and symbols: a run of one character is one token ("--", "**").
      size_t j = i + 1;
      while (j < n && cps[j].c == c) ++j;
      emit(i, j);
      i = j;
    }
  }
}

std::vector<Tokenizer::WordPiece> Tokenizer::SplitWords(std::string_view form) const {
  const uint32_t size = static_cast<uint32_t>(form.size());
  std::string key = TokenizerLexicon::Key(form);
  if (lexicon_ != nullptr) {
    auto it = lexicon_->multiword.find(key);
    if (it != lexicon_->multiword.end()) {
      std::vector<WordPiece> pieces;
      // Slice the original form when the words spell it out (keeps case and curly quotes).
      std::string joined;
      for (const auto& w : it->second) joined += w;
      if (joined == key) {
        size_t key_pos = 0;
        uint32_t form_pos = 0;
        for (const auto& w : it->second) {
          size_t key_end = key_pos + w.size();
          uint32_t start = form_pos;
          while (key_pos < key_end && form_pos < size) {
            int len;
            bool valid;
            char32_t c = DecodeUtf8(form, form_pos, &len, &valid);
            key_pos += IsApostrophe(c) ? 1 : static_cast<size_t>(len);
            form_pos += len;
          }
          pieces.push_back({std::string(form.substr(start, form_pos - start)), start, form_pos});
        }
        if (form_pos == size) return pieces;
        pieces.clear();
      }
      for (const auto& w : it->second) pieces.push_back({w, 0, size});
      return pieces;
    }
  }
  // Clitics: n't, 's, 're, 've, 'll, 'd, 'm after at least one letter.
  static const char* kClitics[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
  for (const char* clitic : kClitics) {
    std::string_view cl(clitic);
    if (key.size() <= cl.size() || key.compare(key.size() - cl.size(), cl.size(), cl) != 0) {
      continue;
    }
    // The clitic in the original bytes: the last cl.size() code points (a curly
    // apostrophe is three bytes, not one).
    const uint32_t split = static_cast<uint32_t>(Utf8SuffixStart(form, cl.size()));
    if (split == 0) continue;
    std::string_view stem = form.substr(0, split);
    if (!std::any_of(stem.begin(), stem.end(), [](char ch) {
          return std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80);
        })) {
      continue;
    }
    return {{std::string(stem), 0, split}, {std::string(form.substr(split)), split, size}};
  }
  return {{std::string(form), 0, size}};
}

}  // namespace dyad
