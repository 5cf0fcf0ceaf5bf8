#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "base/utf8.h"

namespace dyad {

void NormalizedText::AddAnchor(uint32_t norm, uint32_t raw) {
  if (!anchors_.empty() && anchors_.back().norm == norm) {
    anchors_.back().raw = raw;
    return;
  }
  anchors_.push_back({norm, raw});
}

uint32_t NormalizedText::ToRaw(uint32_t offset) const {
  // Last anchor at or before offset.
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](uint32_t v, const Anchor& a) { return v < a.norm; });
  if (it == anchors_.begin()) return offset;
  const Anchor& a = *(it - 1);
  uint32_t mapped = a.raw + (offset - a.norm);
  if (it != anchors_.end()) mapped = std::min(mapped, it->raw);
  return mapped;
}

NormalizedText Normalize(std::string_view raw, const std::string& origin,
                         std::vector<Diagnostic>* warnings) {
  // Pass 1: repair bytes. `valid` gets anchors wherever its length diverges from raw.
  NormalizedText repaired;
  std::string& valid = repaired.text_;
  valid.reserve(raw.size());
  bool warned_utf8 = false, warned_control = false;
  for (size_t pos = 0; pos < raw.size();) {
    int len;
    bool ok;
    char32_t cp = DecodeUtf8(raw, pos, &len, &ok);
    if (!ok) {
      if (!warned_utf8 && warnings != nullptr) {
        warnings->push_back(
            {origin + ": byte " + std::to_string(pos), "invalid UTF-8, replaced with U+FFFD"});
        warned_utf8 = true;
      }
      repaired.AddAnchor(static_cast<uint32_t>(valid.size()), static_cast<uint32_t>(pos));
      AppendUtf8(kReplacementChar, &valid);
      repaired.AddAnchor(static_cast<uint32_t>(valid.size()), static_cast<uint32_t>(pos + 1));
    } else if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
      if (!warned_control && warnings != nullptr) {
        warnings->push_back(
            {origin + ": byte " + std::to_string(pos),
             "control character (code " + std::to_string(cp) + ") replaced with a space"});
        warned_control = true;
      }
      valid.push_back(' ');
    } else {
      valid.append(raw.substr(pos, len));
    }
    pos += len;
  }

  // Pass 2: NFC. Most news text is already NFC; only then do we pay for ICU.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return repaired;
  icu::UnicodeString whole = icu::UnicodeString::fromUTF8(valid);
  if (nfc->isNormalized(whole, err) || U_FAILURE(err)) return repaired;

  // Normalise segment by segment (segments start where a character has a boundary
  // before it), anchoring each rewritten segment so offsets stay exact elsewhere.
  NormalizedText out;
  out.text_.reserve(valid.size());
  size_t seg_start = 0;
  auto flush = [&](size_t seg_end) {
    if (seg_end == seg_start) return;
    std::string_view seg(valid.data() + seg_start, seg_end - seg_start);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(seg.data(), seg.size()));
    UErrorCode e = U_ZERO_ERROR;
    const uint32_t here = static_cast<uint32_t>(out.text_.size());
    if (nfc->isNormalized(u, e)) {
      // Anchor only where the shift between the two texts changes.
      const uint32_t raw_start = repaired.ToRaw(seg_start);
      const auto& anchors = out.anchors_;
      const uint32_t implied =
          anchors.empty() ? here : anchors.back().raw + (here - anchors.back().norm);
      if (implied != raw_start) out.AddAnchor(here, raw_start);
      out.text_.append(seg);
    } else {
      std::string norm;
      nfc->normalize(u, e).toUTF8String(norm);
      out.AddAnchor(here, repaired.ToRaw(seg_start));
      out.text_.append(norm);
      out.AddAnchor(static_cast<uint32_t>(out.text_.size()), repaired.ToRaw(seg_end));
    }
    seg_start = seg_end;
  };
  for (size_t pos = 0; pos < valid.size();) {
    int len;
    bool ok;
    char32_t cp = DecodeUtf8(valid, pos, &len, &ok);
    if (pos > seg_start && nfc->hasBoundaryBefore(static_cast<UChar32>(cp))) flush(pos);
    pos += len;
  }
  flush(valid.size());
  return out;
}

}  // namespace dyad
