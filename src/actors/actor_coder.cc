#include "actors/actor_coder.h"

#include "actors/coreference.h"
#include "actors/place_context.h"
#include "actors/sentence_actors.h"

namespace dyad {

Result<std::unique_ptr<ActorCoder>> ActorCoder::Load(const std::string& kb_dir,
                                                     const std::string& iso_json,
                                                     const std::string& places_tsv,
                                                     const ActorDictionaryOptions& dictionaries) {
  ASSIGN_OR_RETURN(ActorKb kb, ActorKb::Load(kb_dir, iso_json));
  ASSIGN_OR_RETURN(PlaceGazetteer places, PlaceGazetteer::Load(places_tsv, &kb));
  std::unique_ptr<PetrarchLexicon> petrarch;
  if (!dictionaries.empty()) {
    ASSIGN_OR_RETURN(petrarch, PetrarchLexicon::Load(dictionaries));
  }
  return std::make_unique<ActorCoder>(std::move(kb), std::move(places), std::move(petrarch));
}

void ActorCoder::Code(Document* doc) const {
  std::vector<std::vector<LexItem>> items(doc->sentences.size());
  for (size_t i = 0; i < doc->sentences.size(); ++i) {
    items[i] = matcher_.Match(*doc, doc->sentences[i]);
  }
  PreferPlacesInContext(kb_, places_, *doc, &items);
  std::vector<SentenceMention> mentions;
  for (size_t i = 0; i < doc->sentences.size(); ++i) {
    FindSentenceMentions(kb_, *doc, static_cast<int>(i), items[i], &mentions);
  }
  ResolveCoreference(kb_, std::move(mentions), doc);
}

}  // namespace dyad
