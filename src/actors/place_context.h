// Chooses among places that share a name from what the article says around them: "Dundalk,
// Ireland" is the Irish town, not the larger one in Maryland, and so is a bare "Dundalk" in an
// article about Ireland. The phrase matcher picks the most populous namesake; this pass, run
// once the whole article is matched, moves each city or region to the namesake in the
// country that follows it after a comma, else in the country the article mentions most.
#ifndef DYAD_ACTORS_PLACE_CONTEXT_H_
#define DYAD_ACTORS_PLACE_CONTEXT_H_

#include <vector>

#include "actors/phrase_matcher.h"
#include "dyad/document.h"
#include "kb/actor_kb.h"
#include "kb/places.h"

namespace dyad {

// `items[i]` holds the phrase-matcher items of doc.sentences[i]; their kPlace items may change.
void PreferPlacesInContext(const ActorKb& kb, const PlaceGazetteer& places, const Document& doc,
                           std::vector<std::vector<LexItem>>* items);

}  // namespace dyad

#endif  // DYAD_ACTORS_PLACE_CONTEXT_H_
