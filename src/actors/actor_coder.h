// The actor stage: codes every actor mention of an annotated Document to CAMEO and groups the
// mentions into the article's people, organisations and places. Immutable after Load and
// safe to share between threads.
#ifndef DYAD_ACTORS_ACTOR_CODER_H_
#define DYAD_ACTORS_ACTOR_CODER_H_

#include <memory>
#include <string>

#include "actors/phrase_matcher.h"
#include "dyad/document.h"
#include "dyad/status.h"
#include "kb/actor_kb.h"

namespace dyad {

class ActorCoder {
 public:
  // kb_dir holds dyad's tables (data/kb); iso_json is Debian's iso_3166-1.json or "";
  // places_tsv is the place table built from GeoNames (docs/formats/places.md) or "";
  // `dictionaries` adds PETRARCH actor and agent files.
  static Result<std::unique_ptr<ActorCoder>> Load(const std::string& kb_dir,
                                                  const std::string& iso_json,
                                                  const std::string& places_tsv,
                                                  const ActorDictionaryOptions& dictionaries = {});
  // `petrarch` may be nullptr.
  ActorCoder(ActorKb kb, PlaceGazetteer places, std::unique_ptr<PetrarchLexicon> petrarch = nullptr)
      : kb_(std::move(kb)),
        places_(std::move(places)),
        petrarch_(std::move(petrarch)),
        matcher_(kb_, &places_, petrarch_.get()) {}
  ActorCoder(const ActorCoder&) = delete;
  ActorCoder& operator=(const ActorCoder&) = delete;

  // Fills doc->mentions and doc->actors; needs tags and entities (the parse is optional).
  void Code(Document* doc) const;
  const ActorKb& kb() const { return kb_; }
  const PlaceGazetteer& places() const { return places_; }
  // The PETRARCH dictionaries, or nullptr when none were given.
  const PetrarchLexicon* petrarch() const { return petrarch_.get(); }

 private:
  ActorKb kb_;
  PlaceGazetteer places_;
  std::unique_ptr<PetrarchLexicon> petrarch_;
  PhraseMatcher matcher_;
};

// Where Debian's iso-codes keeps the ISO 3166-1 table.
inline constexpr const char* kIsoCodesJson = "/usr/share/iso-codes/json/iso_3166-1.json";

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_CODER_H_
