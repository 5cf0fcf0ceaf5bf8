// The loaded, immutable NLP resources and the stages that fill a Document.
// A Pipeline is safe to share between threads: Annotate() keeps its scratch space on
// the stack of the calling thread.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct PipelineOptions {
  // Folder holding tokenizer.bin, tagger.bin, morph.bin and parser.bin, and optionally
  // ner.bin (named entities).
  std::string model_dir = "models";
  // Stop after tagging and lemmas (no dependency parse).
  bool parse = true;
  // Find named entities when the folder has ner.bin.
  bool entities = true;
  // dyad's own tables: tables_dir/kb (actors) and tables_dir/events (codebook, patterns).
  std::string tables_dir = "data";
  // The place table generated at build time from GeoNames (docs/formats/places.md); "" for
  // none (cities then stay unknown).
  std::string places_file;
  // Code actor mentions and group them into the article's actors (loads tables_dir/kb).
  bool actors = false;
  // Code events (loads tables_dir/events; implies actors).
  bool events = false;
  // Keep events with one coded actor only.
  bool allow_single_actor = false;
  // Extra PETRARCH/Phoenix dictionaries for the actor coder (docs/formats/petrarch.md):
  // actor files (Phoenix.*.actors.txt) and agent files (Phoenix.agents.txt). The longest
  // phrase wins; on a tie a dictionary actor wins, and a dictionary agent over dyad's agent.
  std::vector<std::string> actor_dictionaries;
  std::vector<std::string> agent_dictionaries;
  // Use those files instead of dyad's own tables of the same kind (actor files replace
  // countries, demonyms, capitals, regions, organisations and people; agent files replace
  // sector nouns). Without any file it changes nothing.
  bool replace_dyad_actors = false;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Load(const PipelineOptions& options);
  ~Pipeline();

  // Segments doc->text into sentences, tokens and words, then tags, lemmatises, finds
  // named entities (when the folder has ner.bin) and parses; then codes actors and
  // events when asked.
  void Annotate(Document* doc) const;
  // Tags, lemmatises and parses one already tokenised sentence (CoNLL-U input).
  void AnnotateSentence(Sentence* sentence) const;
  // Codes the actor mentions of a tagged (and parsed) document and groups them into its
  // actors; does nothing unless the pipeline was loaded with `actors`.
  void CodeActors(Document* doc) const;
  // Only the event coder, on a document whose actors are coded (when events are loaded).
  void CodeEvents(Document* doc) const;
  // Only segmentation (tokens, words, sentences).
  void Segment(Document* doc) const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
