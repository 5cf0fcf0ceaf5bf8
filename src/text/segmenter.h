// Raw text -> sentences of tokens and words. Owns the tokenizer's lexicon and the
// sentence-boundary model (one model file, component "tokenizer").
//
// A sentence ends after a token when the boundary model says so, always at a blank line
// (paragraph break), and at the latest after kMaxSentenceTokens tokens, so one endless
// "sentence" cannot make later stages slow.
#ifndef DYAD_TEXT_SEGMENTER_H_
#define DYAD_TEXT_SEGMENTER_H_

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "nlp/linear_model.h"
#include "text/tokenizer.h"

namespace dyad {

class Segmenter {
 public:
  static constexpr const char* kComponent = "tokenizer";
  static constexpr int kMaxSentenceTokens = 200;

  static Result<Segmenter> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Fills doc->sentences from doc->text (spans are raw byte offsets); repairs are added
  // to doc->warnings.
  void Segment(Document* doc) const;

  // Boundary features after token i; `run` is the number of tokens since the last boundary.
  void BoundaryFeatures(std::string_view text, const std::vector<TextToken>& tokens, size_t i,
                        int run, std::vector<uint64_t>* out) const;
  // Whether token i ends a sentence, given the model.
  static bool HardBoundary(const std::vector<TextToken>& tokens, size_t i) {
    return i + 1 == tokens.size() || tokens[i + 1].newlines_before >= 2;
  }

  const TokenizerLexicon& lexicon() const { return lexicon_; }
  const Tokenizer& tokenizer() const { return tokenizer_; }
  void SetLexicon(TokenizerLexicon lexicon) { lexicon_ = std::move(lexicon); }
  void SetModel(LinearModel model) { boundaries_ = std::move(model); }

  Segmenter() : tokenizer_(&lexicon_) {}
  Segmenter(const Segmenter& other)
      : lexicon_(other.lexicon_), tokenizer_(&lexicon_), boundaries_(other.boundaries_) {}
  Segmenter(Segmenter&& other) noexcept
      : lexicon_(std::move(other.lexicon_)),
        tokenizer_(&lexicon_),
        boundaries_(std::move(other.boundaries_)) {}
  Segmenter& operator=(const Segmenter&) = delete;
  Segmenter& operator=(Segmenter&& other) noexcept {
    lexicon_ = std::move(other.lexicon_);
    boundaries_ = std::move(other.boundaries_);
    return *this;  // tokenizer_ keeps pointing at this object's lexicon_
  }

 private:
  TokenizerLexicon lexicon_;
  Tokenizer tokenizer_;
  LinearModel boundaries_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SEGMENTER_H_
