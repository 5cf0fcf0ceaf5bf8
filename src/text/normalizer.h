// Turns raw article bytes into valid NFC UTF-8 and keeps a map back to the raw bytes.
// Invalid UTF-8 becomes U+FFFD, NUL and other C0 controls (except tab and newlines)
// become spaces; each repair is reported once per document with its byte offset.
#ifndef DYAD_TEXT_NORMALIZER_H_
#define DYAD_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

class NormalizedText {
 public:
  const std::string& text() const { return text_; }
  // Maps a byte offset in text() to the raw input. Offsets inside a rewritten stretch
  // map into the raw stretch, clamped to its end.
  uint32_t ToRaw(uint32_t offset) const;

 private:
  friend NormalizedText Normalize(std::string_view, const std::string&, std::vector<Diagnostic>*);
  struct Anchor {
    uint32_t norm;
    uint32_t raw;
  };
  void AddAnchor(uint32_t norm, uint32_t raw);
  std::string text_;
  std::vector<Anchor> anchors_;  // sorted; between anchors the map is the identity shift
};

// `origin` names the input in warnings ("seed.txt").
NormalizedText Normalize(std::string_view raw, const std::string& origin,
                         std::vector<Diagnostic>* warnings);

}  // namespace dyad

#endif  // DYAD_TEXT_NORMALIZER_H_
