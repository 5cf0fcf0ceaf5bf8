// The Document travels through the pipeline; each stage fills in its own layer.
// Every span is a half-open byte range [begin, end) into Document::text, the raw
// (repaired) UTF-8 of the article, so any layer can be highlighted in its source.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A surface token: what the writer wrote between spaces and punctuation ("don't").
struct Token {
  Span span;
  std::string form;         // NFC text of the token
  bool space_after = true;  // false when the next token follows without white space
  int first_word = 0;       // index into Sentence::words
  int word_count = 1;       // >1 for a multiword token ("don't" -> "do" "n't")
};

// A syntactic word, the unit of tagging and parsing (UD).
struct Word {
  Span span;
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;  // UD FEATS, "_" when none
  int head = -1;      // 0 is the root, 1..n index words (1-based, as in CoNLL-U); -1 unset
  std::string deprel;
  int token = 0;  // index into Sentence::tokens
};

// A named entity: words [first_word, end_word) of its sentence.
struct Entity {
  int first_word = 0;
  int end_word = 0;
  std::string type;  // PER, ORG or LOC
};

struct Sentence {
  Span span;
  std::vector<Token> tokens;
  std::vector<Word> words;
  std::vector<Entity> entities;  // filled by the named-entity recognizer
  std::string id;                // sent_id when read from CoNLL-U
  bool new_paragraph = false;    // first sentence of a paragraph
};

// A mention of an actor in one sentence, coded to CAMEO: a country or organisation root plus
// sector blocks ("VENGOV", "CHNPTY", "IGOUNO"). Filled by the actor coder.
struct ActorMention {
  int sentence = 0;
  int first_word = 0;  // words [first_word, end_word) of the sentence
  int end_word = 0;
  int head_word = 0;                 // 0-based index of the mention's syntactic head word
  Span span;                         // bytes of the mention in Document::text
  std::string text;                  // the mention as written ("the Venezuelan president")
  std::string code;                  // full CAMEO actor code, "" when uncoded
  std::string country;               // CAMEO country or regional root ("VEN"), "" for IGOs
  std::vector<std::string> sectors;  // three-letter sector blocks ("GOV", "PTY")
  std::string type;                  // PER, ORG, LOC, or "" for a nominal ("the delegation")
  std::string title;                 // "president", "ambassador" ... when the mention has one
  int actor = -1;                    // index into Document::actors, -1 for none
  bool plural = false;               // "both leaders", "the delegations"
  std::vector<int> members;          // actors a plural mention stands for ("both leaders")
};

// A distinct named person, organisation or place of the article, with everything the article
// says about it (its mentions after coreference).
struct Actor {
  std::string name;  // canonical name ("Nicolás Maduro")
  std::string type;  // PER, ORG or LOC
  std::string code;
  std::string country;
  std::vector<std::string> sectors;
  std::vector<std::string> titles;
  std::vector<int> mentions;  // indices into Document::mentions
};

// A warning about the input that did not stop processing (for example invalid UTF-8).
struct Diagnostic {
  std::string where;  // "file:line" or "file: byte N"
  std::string message;
};

struct Document {
  std::string id;
  std::string date;  // article date, YYYY-MM-DD
  std::string title;
  std::string url;
  std::string source;
  std::string origin;  // where it was read from ("seed.txt", "a.jsonl:12")
  std::string text;    // the article body exactly as read; spans index these bytes
  std::vector<Sentence> sentences;
  std::vector<ActorMention> mentions;  // actor coder
  std::vector<Actor> actors;           // actor coder, after in-article coreference
  std::vector<Event> events;           // event coder
  std::vector<Diagnostic> warnings;
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
