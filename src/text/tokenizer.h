// Rule-based tokenizer following UD English-EWT conventions. The rules are fixed; the
// exception lists (abbreviations, hyphen prefixes, multiword tokens, symbol tokens) are
// learned from a treebank by `dyad train tokenizer` and stored in the tokenizer model.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/model_file.h"
#include "dyad/status.h"

namespace dyad {

struct TokenizerLexicon {
  std::unordered_set<std::string> abbreviations;    // lower case, with the period: "gen."
  std::unordered_set<std::string> hyphen_prefixes;  // lower case: "non", "e", "anti"
  std::unordered_set<std::string> symbol_tokens;    // multi-character non-word tokens: ":)"
  // Lower-case surface token (straight apostrophes) -> its syntactic words: "cannot" -> can not.
  std::unordered_map<std::string, std::vector<std::string>> multiword;

  void Write(ByteWriter* w) const;
  Status Read(ByteReader* r);

  // The key form of lexicon entries: straight apostrophes, ASCII lower case.
  static std::string Key(std::string_view s);
};

// A token as offsets into the tokenized (normalised) text.
struct TextToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool space_after = true;
  int newlines_before = 0;  // line breaks in the white space before the token
};

class Tokenizer {
 public:
  // Longest token; a longer run is cut so one token never costs more than this.
  static constexpr uint32_t kMaxTokenBytes = 1024;

  explicit Tokenizer(const TokenizerLexicon* lexicon) : lexicon_(lexicon) {}

  // Appends the tokens of `text` to `out`. Linear in the size of the text.
  void Tokenize(std::string_view text, std::vector<TextToken>* out) const;

  // The syntactic words of a surface token, as byte ranges of `form` when they are
  // substrings of it (the usual case), else as the lexicon's words.
  struct WordPiece {
    std::string form;
    uint32_t begin;  // byte offsets within the token
    uint32_t end;
  };
  std::vector<WordPiece> SplitWords(std::string_view form) const;

 private:
  void TokenizeChunk(std::string_view text, uint32_t chunk_begin, uint32_t chunk_end,
                     std::vector<TextToken>* out) const;
  const TokenizerLexicon* lexicon_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZER_H_
