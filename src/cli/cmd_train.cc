// dyad train tokenizer|tagger|morph|parser|ner, and dyad train prune: fit or compact models.
#include <iostream>

#include "cli/commands.h"
#include "io/conllu_file.h"
#include "io/iob.h"
#include "train/params.h"
#include "train/train_morphology.h"
#include "train/train_ner.h"
#include "train/train_parser.h"
#include "train/train_segmenter.h"
#include "train/train_tagger.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::string train;
  std::string dev;
  std::string output;
  std::string params;
};

void AddCommon(CLI::App* cmd, TrainArgs* args) {
  cmd->add_option("--train", args->train, "training CoNLL-U file")->required();
  cmd->add_option("--dev", args->dev, "development CoNLL-U file (model selection)");
  cmd->add_option("-o,--output", args->output, "model file to write")->required();
  cmd->add_option("--params", args->params, "hyperparameter file (key = value)");
}

template <typename Options>
Status LoadOptions(const TrainArgs& args, Options* options) {
  if (args.params.empty()) return Status::Ok();
  ASSIGN_OR_RETURN(Params params, Params::Load(args.params));
  RETURN_IF_ERROR(options->Apply(params));
  std::string unused = params.Unused();
  if (!unused.empty()) return Status::InvalidArgument(args.params + ": unknown keys: " + unused);
  return Status::Ok();
}

Status RunTrainTagger(const TrainArgs& args) {
  TaggerTrainOptions options;
  RETURN_IF_ERROR(LoadOptions(args, &options));
  ASSIGN_OR_RETURN(std::vector<Sentence> train, ReadConlluSentences(args.train));
  std::vector<Sentence> dev;
  if (!args.dev.empty()) {
    ASSIGN_OR_RETURN(dev, ReadConlluSentences(args.dev));
  }
  ASSIGN_OR_RETURN(Tagger tagger, TrainTagger(train, dev, options, std::cerr));
  return tagger.Save(args.output);
}

struct ParserArgs {
  TrainArgs common;
  std::string tagger;         // tags the dev set (and the folds' held-out parts)
  std::string tagger_params;  // hyperparameters of the jackknife taggers
  int jackknife = 5;
};

// Replaces the gold tags of `sentences` with the tagger's predictions.
void Retag(const Tagger& tagger, std::vector<Sentence>* sentences, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) tagger.Tag(&(*sentences)[i]);
}

// The parser must learn from tags as noisy as at run time: each fold of the training set
// is tagged by a tagger trained on the other folds.
Status Jackknife(const ParserArgs& args, std::vector<Sentence>* train) {
  TaggerTrainOptions options;
  TrainArgs tagger_args;
  tagger_args.params = args.tagger_params;
  RETURN_IF_ERROR(LoadOptions(tagger_args, &options));
  const size_t k = static_cast<size_t>(args.jackknife);
  std::vector<Sentence> original = *train;
  for (size_t fold = 0; fold < k; ++fold) {
    size_t begin = original.size() * fold / k, end = original.size() * (fold + 1) / k;
    std::vector<Sentence> rest;
    for (size_t i = 0; i < original.size(); ++i) {
      if (i < begin || i >= end) rest.push_back(original[i]);
    }
    std::cerr << "jackknife fold " << fold + 1 << "/" << k << std::endl;
    ASSIGN_OR_RETURN(Tagger tagger, TrainTagger(rest, {}, options, std::cerr));
    Retag(tagger, train, begin, end);
  }
  return Status::Ok();
}

Status RunTrainParser(const ParserArgs& args) {
  ParserTrainOptions options;
  RETURN_IF_ERROR(LoadOptions(args.common, &options));
  ASSIGN_OR_RETURN(std::vector<Sentence> train, ReadConlluSentences(args.common.train));
  std::vector<Sentence> dev;
  if (!args.common.dev.empty()) {
    ASSIGN_OR_RETURN(dev, ReadConlluSentences(args.common.dev));
  }
  if (!args.tagger.empty()) {
    ASSIGN_OR_RETURN(Tagger tagger, Tagger::Load(args.tagger));
    Retag(tagger, &dev, 0, dev.size());
  }
  if (args.jackknife > 1) RETURN_IF_ERROR(Jackknife(args, &train));
  ASSIGN_OR_RETURN(Parser parser, TrainParser(train, dev, options, std::cerr));
  return parser.Save(args.common.output);
}

Status RunTrainMorphology(const TrainArgs& args, const std::string& wordnet) {
  ASSIGN_OR_RETURN(std::vector<Sentence> train, ReadConlluSentences(args.train));
  ASSIGN_OR_RETURN(Morphology morphology, TrainMorphology(train, wordnet));
  return morphology.Save(args.output);
}

Status RunTrainTokenizer(const TrainArgs& args, const std::string& abbreviations_file) {
  SegmenterTrainOptions options;
  RETURN_IF_ERROR(LoadOptions(args, &options));
  std::vector<std::string> abbreviations;
  if (!abbreviations_file.empty()) {
    ASSIGN_OR_RETURN(abbreviations, ReadWordList(abbreviations_file));
  }
  ASSIGN_OR_RETURN(std::vector<Document> train, ReadConlluFile(args.train));
  std::vector<Document> dev;
  if (!args.dev.empty()) {
    ASSIGN_OR_RETURN(dev, ReadConlluFile(args.dev));
  }
  ASSIGN_OR_RETURN(Segmenter segmenter,
                   TrainSegmenter(train, dev, options, abbreviations, std::cerr));
  return segmenter.Save(args.output);
}

// Reads entity files and tags their words with the tagger (the recognizer's POS features
// must look like run time).
Result<std::vector<Sentence>> ReadTaggedEntities(const std::vector<std::string>& paths,
                                                 const Tagger& tagger) {
  std::vector<Sentence> out;
  for (const std::string& path : paths) {
    ASSIGN_OR_RETURN(std::vector<Sentence> sentences, ReadEntityFile(path));
    for (Sentence& s : sentences) {
      tagger.Tag(&s);
      out.push_back(std::move(s));
    }
  }
  return out;
}

Status RunTrainNer(const TrainArgs& args, const std::vector<std::string>& extra,
                   const std::string& tagger_path, const std::string& kb_dir,
                   const std::string& places_tsv) {
  NerTrainOptions options;
  RETURN_IF_ERROR(LoadOptions(args, &options));
  ASSIGN_OR_RETURN(Tagger tagger, Tagger::Load(tagger_path));
  std::vector<std::string> train_paths = {args.train};
  train_paths.insert(train_paths.end(), extra.begin(), extra.end());
  ASSIGN_OR_RETURN(std::vector<Sentence> train, ReadTaggedEntities(train_paths, tagger));
  std::vector<Sentence> dev;
  if (!args.dev.empty()) {
    ASSIGN_OR_RETURN(dev, ReadTaggedEntities({args.dev}, tagger));
  }
  Gazetteer gazetteer;
  if (!kb_dir.empty()) {
    ASSIGN_OR_RETURN(gazetteer, BuildGazetteer(kb_dir, places_tsv));
    std::cerr << "gazetteer: " << gazetteer.size() << " names from " << kb_dir << std::endl;
  }
  ASSIGN_OR_RETURN(EntityRecognizer recognizer,
                   TrainNer(train, dev, std::move(gazetteer), options, std::cerr));
  return recognizer.Save(args.output);
}

// Drops small weights from a trained tagger or parser (model compaction).
Status RunPrune(const std::string& component, const std::string& input, const std::string& output,
                float min_weight) {
  if (component == "parser") {
    ASSIGN_OR_RETURN(Parser parser, Parser::Load(input));
    parser.SetModels(parser.moves().Pruned(min_weight), parser.labels().Pruned(min_weight),
                     parser.label_names());
    return parser.Save(output);
  }
  if (component == "tagger") {
    ASSIGN_OR_RETURN(Tagger tagger, Tagger::Load(input));
    for (auto d : {Tagger::kLeftToRight, Tagger::kRightToLeft}) {
      tagger.SetModel(d, tagger.model(d).Pruned(min_weight));
    }
    return tagger.Save(output);
  }
  return Status::InvalidArgument("prune: component must be 'tagger' or 'parser', got '" +
                                 component + "'");
}

}  // namespace

void RegisterTrain(CLI::App& app) {
  auto* train = app.add_subcommand("train", "train a model from annotated data");
  train->require_subcommand(1);
  static TrainArgs tagger_args;
  auto* tagger = train->add_subcommand("tagger", "part-of-speech tagger (UPOS+XPOS)");
  AddCommon(tagger, &tagger_args);
  tagger->callback([] { std::exit(Report(RunTrainTagger(tagger_args))); });

  static TrainArgs tokenizer_args;
  auto* tokenizer = train->add_subcommand("tokenizer", "tokenizer lexicon and sentence splitter");
  AddCommon(tokenizer, &tokenizer_args);
  static std::string abbreviations;
  tokenizer->add_option("--abbreviations", abbreviations,
                        "extra abbreviations that keep their period, one per line");
  tokenizer->callback([] { std::exit(Report(RunTrainTokenizer(tokenizer_args, abbreviations))); });

  static TrainArgs morph_args;
  static std::string wordnet = "/usr/share/wordnet";
  auto* morph = train->add_subcommand("morph", "lemmatizer and morphological features");
  AddCommon(morph, &morph_args);
  morph->add_option("--wordnet", wordnet, "WordNet dictionary folder ('' for none)")
      ->capture_default_str();
  morph->callback([] { std::exit(Report(RunTrainMorphology(morph_args, wordnet))); });

  static std::string prune_component, prune_input, prune_output;
  static float prune_min_weight = 0;
  auto* prune = train->add_subcommand("prune", "drop small weights from a trained model");
  prune->add_option("component", prune_component, "tagger or parser")->required();
  prune->add_option("input", prune_input, "model file")->required();
  prune->add_option("-o,--output", prune_output, "pruned model file")->required();
  prune->add_option("--min-weight", prune_min_weight, "smallest weight magnitude kept")->required();
  prune->callback([] {
    std::exit(Report(RunPrune(prune_component, prune_input, prune_output, prune_min_weight)));
  });

  static TrainArgs ner_args;
  static std::vector<std::string> ner_extra;
  static std::string ner_tagger = DefaultModelDir() + "/tagger.bin";
  auto* ner = train->add_subcommand("ner", "named-entity recognizer (PER, ORG, LOC)");
  AddCommon(ner, &ner_args);
  ner->add_option("--extra", ner_extra, "more training files (.iob2 or CoNLL word/tag)");
  ner->add_option("--tagger", ner_tagger, "tagger model for the POS features")
      ->capture_default_str();
  static std::string ner_kb;
  ner->add_option("--kb", ner_kb, "knowledge-base folder for gazetteer features (data/kb)");
  static std::string ner_places;
  ner->add_option("--places", ner_places,
                  "place table for gazetteer features (build/data/places.tsv; needs --kb)");
  ner->callback(
      [] { std::exit(Report(RunTrainNer(ner_args, ner_extra, ner_tagger, ner_kb, ner_places))); });

  static ParserArgs parser_args;
  auto* parser = train->add_subcommand("parser", "dependency parser (heads and UD relations)");
  AddCommon(parser, &parser_args.common);
  parser->add_option("--tagger", parser_args.tagger, "tagger model used to tag the dev set");
  parser->add_option("--tagger-params", parser_args.tagger_params,
                     "hyperparameters of the jackknife taggers");
  parser
      ->add_option("--jackknife", parser_args.jackknife,
                   "folds for predicted training tags (1: train on gold tags)")
      ->capture_default_str();
  parser->callback([] { std::exit(Report(RunTrainParser(parser_args))); });
}

}  // namespace dyad::cli
