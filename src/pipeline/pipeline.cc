#include "dyad/pipeline.h"

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
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

void Pipeline::Segment(Document* doc) const {
  doc->sentences.clear();
  impl_->segmenter.Segment(doc);
}

void Pipeline::AnnotateSentence(Sentence* sentence) const {
  impl_->tagger.Tag(sentence);
  impl_->morphology.Analyze(sentence);
  if (impl_->options.parse) impl_->parser.Parse(sentence);
}

void Pipeline::Annotate(Document* doc) const {
  Segment(doc);
  for (Sentence& s : doc->sentences) AnnotateSentence(&s);
}

}  // namespace dyad
