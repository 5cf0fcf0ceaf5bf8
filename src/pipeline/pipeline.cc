#include "dyad/pipeline.h"

#include "actors/actor_coder.h"
#include "base/file.h"
#include "events/event_coder.h"
#include "nlp/entity_recognizer.h"
#include "nlp/morphology.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "text/segmenter.h"

namespace dyad {

struct Pipeline::Impl {
  PipelineOptions options;
  Segmenter segmenter;
  Tagger tagger;
  Morphology morphology;
  Parser parser;
  bool has_ner = false;
  EntityRecognizer ner;
  std::unique_ptr<ActorCoder> actors;
  std::unique_ptr<EventCoder> events;
  EventCoderOptions event_options;
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const std::string& dir = options.model_dir;
  ASSIGN_OR_RETURN(impl->segmenter, Segmenter::Load(dir + "/tokenizer.bin"));
  ASSIGN_OR_RETURN(impl->tagger, Tagger::Load(dir + "/tagger.bin"));
  ASSIGN_OR_RETURN(impl->morphology, Morphology::Load(dir + "/morph.bin"));
  if (options.parse) {
    ASSIGN_OR_RETURN(impl->parser, Parser::Load(dir + "/parser.bin"));
  }
  // The recognizer is optional: a model folder without ner.bin gives no entities.
  if (options.entities && FileExists(dir + "/ner.bin")) {
    ASSIGN_OR_RETURN(impl->ner, EntityRecognizer::Load(dir + "/ner.bin"));
    impl->has_ner = true;
  }
  if (options.actors || options.events) {
    ASSIGN_OR_RETURN(
        impl->actors,
        ActorCoder::Load(
            options.tables_dir + "/kb", FileExists(kIsoCodesJson) ? kIsoCodesJson : "",
            options.places_file,
            ActorDictionaryOptions{options.actor_dictionaries, options.agent_dictionaries,
                                   options.replace_dyad_actors}));
  }
  if (options.events) {
    ASSIGN_OR_RETURN(impl->events, EventCoder::Load(options.tables_dir + "/events"));
    impl->event_options.allow_single_actor = options.allow_single_actor;
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

void Pipeline::Segment(Document* doc) const {
  doc->sentences.clear();
  impl_->segmenter.Segment(doc);
}

void Pipeline::AnnotateSentence(Sentence* sentence) const {
  impl_->tagger.Tag(sentence);
  impl_->morphology.Analyze(sentence);
  if (impl_->has_ner) impl_->ner.Recognize(sentence);
  if (impl_->options.parse) impl_->parser.Parse(sentence);
}

void Pipeline::Annotate(Document* doc) const {
  Segment(doc);
  for (Sentence& s : doc->sentences) AnnotateSentence(&s);
  CodeActors(doc);
  CodeEvents(doc);
}

void Pipeline::CodeEvents(Document* doc) const {
  if (impl_->events) {
    impl_->events->Code(impl_->actors->kb(), impl_->actors->places(), impl_->event_options, doc);
  }
}

void Pipeline::CodeActors(Document* doc) const {
  if (impl_->actors) impl_->actors->Code(doc);
}

}  // namespace dyad
