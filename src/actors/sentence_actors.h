// Actor mentions of one sentence: noun-phrase chunks coded from the knowledge-base phrases
// they contain (demonym + title + name, "China's foreign minister", "the Communist Party of
// China"), joined along the word sequence by the links news style uses: "of" chains ("the
// secretary of the Communist Party of China"), appositions ("the Chinese Ambassador in
// Caracas, Lan Hu") and coordinated titles ("First Lady and Deputy Cilia Flores").
// Sequence links rather than tree links: name-and-title strings are where parsers trained
// on EWT go wrong most, and the sequence is reliable there.
#ifndef DYAD_ACTORS_SENTENCE_ACTORS_H_
#define DYAD_ACTORS_SENTENCE_ACTORS_H_

#include <string_view>
#include <vector>

#include "actors/phrase_matcher.h"
#include "dyad/document.h"
#include "kb/actor_kb.h"

namespace dyad {

// A mention plus what coreference needs to know about it.
struct SentenceMention {
  ActorMention mention;
  std::string name;                 // the person, organisation or place named, "" for a nominal
  std::string agent;                // head sector noun of a nominal ("president"), singular
  std::vector<std::string> titles;  // every title the sentence gives it
  bool known = false;               // name found in the knowledge base
  bool definite = false;            // "the", "his", "both" ...: refers back
  bool pronoun = false;             // he, she, him, her
  int appositive_of = -1;  // index (in this sentence's list) of the named mention it renames
};

// Appends the mentions of sentence `index` of `doc`.
void FindSentenceMentions(const ActorKb& kb, const Document& doc, int index,
                          const std::vector<LexItem>& items, std::vector<SentenceMention>* out);

// Splits a CAMEO actor code into its country root and three-letter sector blocks.
void SplitActorCode(const ActorKb& kb, const std::string& code, std::string* country,
                    std::vector<std::string>* sectors);

// An actor's code with an agent's three-letter blocks after it, each block the actor's code
// already has (after its root) once: PETRARCH drops a redundant agent ("USAGOV" and "GOV" is
// USAGOV, "GMWGOV" and "WGO" GMWGOVWGO).
std::string JoinCodes(const std::string& actor, const std::string& agent);

// CAMEO's non-state roots (international, non-governmental and multinational bodies, IGO,
// NGO, NGM, IMG, MNC, UIS): the actor has no country.
bool IsTransnationalRoot(std::string_view root);

}  // namespace dyad

#endif  // DYAD_ACTORS_SENTENCE_ACTORS_H_
