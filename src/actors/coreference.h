// In-article coreference: groups the mentions of an article into actors. Names found in the
// knowledge base are one actor each; a surname alone joins the person whose name contains it;
// a definite description ("the Venezuelan president") joins the latest person with that title
// and country; "both leaders" stands for the two latest leaders; he/she/him joins the one
// person of the current and previous sentence, when there is exactly one.
#ifndef DYAD_ACTORS_COREFERENCE_H_
#define DYAD_ACTORS_COREFERENCE_H_

#include <vector>

#include "actors/sentence_actors.h"
#include "dyad/document.h"

namespace dyad {

// Fills doc->mentions (in article order) and doc->actors from the sentence mentions.
void ResolveCoreference(const ActorKb& kb, std::vector<SentenceMention> mentions, Document* doc);

}  // namespace dyad

#endif  // DYAD_ACTORS_COREFERENCE_H_
