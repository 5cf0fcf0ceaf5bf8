// dyad train tokenizer|tagger|morph|parser|ner, and dyad train prune: fit or compact models.
#include <iostream>
#include <unordered_set>

#include "cli/commands.h"
#include "io/conllu_file.h"
#include "io/iob.h"
#include "nlp/features.h"
#include "text/segmenter.h"
#include "train/cluster_text.h"
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

// Tags targets[i] (when target_folds[i] >= 0) with a tagger trained on the gold sentences
// outside fold target_folds[i]: models trained on predicted tags must see tags as noisy as
// at run time, not the near-perfect tags a tagger gives the sentences it was trained on.
Status JackknifeTag(const std::vector<Sentence>& gold, const std::vector<int>& gold_folds, int k,
                    const std::string& tagger_params, const std::vector<int>& target_folds,
                    std::vector<Sentence>* targets) {
  TaggerTrainOptions options;
  TrainArgs tagger_args;
  tagger_args.params = tagger_params;
  RETURN_IF_ERROR(LoadOptions(tagger_args, &options));
  for (int fold = 0; fold < k; ++fold) {
    std::vector<Sentence> rest;
    for (size_t i = 0; i < gold.size(); ++i) {
      if (gold_folds[i] != fold) rest.push_back(gold[i]);
    }
    std::cerr << "jackknife fold " << fold + 1 << "/" << k << std::endl;
    ASSIGN_OR_RETURN(Tagger tagger, TrainTagger(rest, {}, options, std::cerr));
    for (size_t i = 0; i < targets->size(); ++i) {
      if (target_folds[i] == fold) tagger.Tag(&(*targets)[i]);
    }
  }
  return Status::Ok();
}

// The parser's training set in k contiguous folds, each tagged by the other folds' tagger.
Status Jackknife(const ParserArgs& args, std::vector<Sentence>* train) {
  const size_t k = static_cast<size_t>(args.jackknife);
  std::vector<int> folds(train->size());
  for (size_t i = 0; i < folds.size(); ++i) folds[i] = static_cast<int>(i * k / folds.size());
  const std::vector<Sentence> original = *train;
  return JackknifeTag(original, folds, args.jackknife, args.tagger_params, folds, train);
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

struct NerArgs {
  TrainArgs common;
  std::vector<std::string> extra;
  std::string tagger = DefaultModelDir() + "/tagger.bin";
  std::string kb_dir;
  std::string places_tsv;
  std::string tagger_train;   // CoNLL-U the tagger was trained on (for --jackknife)
  std::string tagger_params;  // hyperparameters of the jackknife taggers
  int jackknife = 1;
  std::vector<std::string> cluster_text;  // unlabeled text files for the word clusters
};

std::string SentenceKey(const Sentence& s) {
  std::string key;
  for (const Word& w : s.words) key += w.form + ' ';
  return key;
}

// Retags the NER training sentences that the tagger saw in training (same words as a
// sentence of tagger_train) with jackknife taggers; folds go by a hash of the words, so a
// sentence lands in the same fold in both files.
Status JackknifeNer(const NerArgs& args, std::vector<Sentence>* train) {
  ASSIGN_OR_RETURN(std::vector<Sentence> gold, ReadConlluSentences(args.tagger_train));
  const int k = args.jackknife;
  auto fold_of = [k](const std::string& key) { return static_cast<int>(HashString(key) % k); };
  std::unordered_set<std::string> seen;
  std::vector<int> gold_folds, target_folds;
  for (const Sentence& s : gold) {
    seen.insert(SentenceKey(s));
    gold_folds.push_back(fold_of(SentenceKey(s)));
  }
  size_t matched = 0;
  for (const Sentence& s : *train) {
    const std::string key = SentenceKey(s);
    const bool known = seen.count(key) > 0;
    matched += known;
    target_folds.push_back(known ? fold_of(key) : -1);
  }
  std::cerr << "jackknife: " << matched << " of " << train->size()
            << " NER training sentences are in " << args.tagger_train << std::endl;
  return JackknifeTag(gold, gold_folds, k, args.tagger_params, target_folds, train);
}

Status RunTrainNer(const NerArgs& args) {
  NerTrainOptions options;
  RETURN_IF_ERROR(LoadOptions(args.common, &options));
  ASSIGN_OR_RETURN(Tagger tagger, Tagger::Load(args.tagger));
  std::vector<std::string> train_paths = {args.common.train};
  train_paths.insert(train_paths.end(), args.extra.begin(), args.extra.end());
  ASSIGN_OR_RETURN(std::vector<Sentence> train, ReadTaggedEntities(train_paths, tagger));
  if (args.jackknife > 1) {
    if (args.tagger_train.empty()) {
      return Status::InvalidArgument("train ner: --jackknife needs --tagger-train");
    }
    RETURN_IF_ERROR(JackknifeNer(args, &train));
  }
  std::vector<Sentence> dev;
  if (!args.common.dev.empty()) {
    ASSIGN_OR_RETURN(dev, ReadTaggedEntities({args.common.dev}, tagger));
  }
  Gazetteer gazetteer;
  if (!args.kb_dir.empty()) {
    ASSIGN_OR_RETURN(gazetteer, BuildGazetteer(args.kb_dir, args.places_tsv));
    std::cerr << "gazetteer: " << gazetteer.size() << " names from " << args.kb_dir << std::endl;
  }
  std::vector<Sentence> cluster_text;
  if (!args.cluster_text.empty()) {
    ASSIGN_OR_RETURN(Segmenter segmenter, Segmenter::Load(DefaultModelDir() + "/tokenizer.bin"));
    ASSIGN_OR_RETURN(cluster_text, ReadClusterText(args.cluster_text, segmenter));
    std::cerr << "cluster text: " << cluster_text.size() << " sentences" << std::endl;
  }
  ASSIGN_OR_RETURN(EntityRecognizer recognizer,
                   TrainNer(train, dev, std::move(gazetteer), options, std::cerr, cluster_text));
  return recognizer.Save(args.common.output);
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

  static NerArgs ner_args;
  auto* ner = train->add_subcommand("ner", "named-entity recognizer (PER, ORG, LOC)");
  AddCommon(ner, &ner_args.common);
  ner->add_option("--extra", ner_args.extra, "more training files (.iob2 or CoNLL word/tag)");
  ner->add_option("--tagger", ner_args.tagger, "tagger model for the POS features")
      ->capture_default_str();
  ner->add_option("--kb", ner_args.kb_dir,
                  "knowledge-base folder for gazetteer features (data/kb)");
  ner->add_option("--places", ner_args.places_tsv,
                  "place table for gazetteer features (build/data/places.tsv; needs --kb)");
  ner->add_option("--tagger-train", ner_args.tagger_train,
                  "CoNLL-U file the tagger was trained on (needed by --jackknife)");
  ner->add_option("--tagger-params", ner_args.tagger_params,
                  "hyperparameters of the jackknife taggers");
  ner->add_option("--jackknife", ner_args.jackknife,
                  "folds for predicted POS on training sentences the tagger saw (1: off)")
      ->capture_default_str();
  ner->add_option("--cluster-text", ner_args.cluster_text,
                  "unlabeled text files (markup dropped) clustered with the training words");
  ner->callback([] { std::exit(Report(RunTrainNer(ner_args))); });

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
