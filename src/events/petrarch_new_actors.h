// PETRARCH's new_actor_length option: a noun phrase no dictionary codes, of at most N words,
// is an actor of its own, coded by its words in capitals and quotes ("Gryffindor's head
// Minerva McGonagall" is "GRYFFINDOR HEAD MINERVA MCGONAGALL"). The phrase is read off the
// dependency tree: the head noun with its determiners, modifiers, compounds and "of"
// phrases, without the possessive 's.
#ifndef DYAD_EVENTS_PETRARCH_NEW_ACTORS_H_
#define DYAD_EVENTS_PETRARCH_NEW_ACTORS_H_

#include <cstddef>

#include "dyad/document.h"

namespace dyad {

// Appends a mention (type "ORG", code '"WORDS"') to doc->mentions for each noun phrase of
// sentence `index` of at most `max_words` words that no coded mention touches. Larger
// phrases are taken before the phrases inside them; two subjects of one verb that stand next
// to each other are one phrase (a title the parser split from its name).
void AddNewActorMentions(int index, size_t max_words, Document* doc);

}  // namespace dyad

#endif  // DYAD_EVENTS_PETRARCH_NEW_ACTORS_H_
