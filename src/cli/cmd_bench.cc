// dyad bench parse: tag+parse throughput on a CoNLL-U file (gold tokenization), one
// thread and N threads, plus model load time. Timing lives here, never in tests.
#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "dyad/pipeline.h"
#include "io/conllu_file.h"

namespace dyad::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchArgs {
  std::string input;
  std::string models;
  int threads = 2;
  double min_seconds = 2.0;
  bool entities = false;
};

void Blank(Sentence* s) {
  for (Word& w : s->words) {
    w.upos.clear();
    w.xpos.clear();
    w.lemma.clear();
    w.feats.clear();
    w.head = -1;
    w.deprel.clear();
  }
}

// Runs the sentences through tag+lemma+parse with `threads` threads, repeating the whole
// set until min_seconds have passed; returns sentences per second.
double Measure(const Pipeline& pipeline, const std::vector<Sentence>& sentences, int threads,
               double min_seconds, size_t* rounds_out) {
  // One untimed round first: page in the models and warm the caches.
  for (const Sentence& sentence : sentences) {
    Sentence s = sentence;
    pipeline.AnnotateSentence(&s);
  }
  size_t rounds = 0;
  auto start = Clock::now();
  double elapsed = 0;
  while (elapsed < min_seconds) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < sentences.size(); i += threads) {
          Sentence s = sentences[i];
          pipeline.AnnotateSentence(&s);
        }
      });
    }
    for (auto& th : pool) th.join();
    ++rounds;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  *rounds_out = rounds;
  return static_cast<double>(rounds * sentences.size()) / elapsed;
}

Status RunBenchParse(const BenchArgs& args) {
  PipelineOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  options.entities = args.entities;
  auto load_start = Clock::now();
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  double load = std::chrono::duration<double>(Clock::now() - load_start).count();
  ASSIGN_OR_RETURN(std::vector<Sentence> sentences, ReadConlluSentences(args.input));
  if (sentences.empty()) return Status::InvalidArgument(args.input + ": no sentences");
  size_t words = 0;
  for (Sentence& s : sentences) {
    Blank(&s);
    words += s.words.size();
  }
  const double words_per_sentence = static_cast<double>(words) / sentences.size();
  std::printf("models loaded in %.3f s from %s\n", load, options.model_dir.c_str());
  std::printf("%zu sentences, %.1f words per sentence, %u hardware threads\n", sentences.size(),
              words_per_sentence, std::thread::hardware_concurrency());
  std::vector<int> counts = {1};
  if (args.threads > 1) counts.push_back(args.threads);
  double single = 0;
  for (int threads : counts) {
    size_t rounds;
    double sps = Measure(*pipeline, sentences, threads, args.min_seconds, &rounds);
    if (threads == 1) single = sps;
    std::printf(
        "tag+lemma+%sparse, %d thread%s: %.0f sentences/s, %.0f tokens/s (%zu rounds)%s\n",
        args.entities ? "ner+" : "", threads, threads == 1 ? "" : "s", sps,
        sps * words_per_sentence, rounds,
        threads == 1 ? "" : (" speed-up x" + std::to_string(sps / single).substr(0, 4)).c_str());
  }
  return Status::Ok();
}

}  // namespace

void RegisterBench(CLI::App& app) {
  auto* bench = app.add_subcommand("bench", "measure throughput");
  bench->require_subcommand(1);
  static BenchArgs args;
  auto* parse = bench->add_subcommand("parse", "tag+parse throughput on gold-tokenized CoNLL-U");
  parse->add_option("input", args.input, "CoNLL-U file")->required();
  parse->add_option("--models", args.models, "model folder");
  parse->add_option("--threads", args.threads, "also measure with this many threads")
      ->capture_default_str();
  parse->add_option("--seconds", args.min_seconds, "minimum time per measurement")
      ->capture_default_str();
  parse->add_flag("--ner", args.entities, "include the named-entity recognizer");
  parse->callback([] { std::exit(Report(RunBenchParse(args))); });
  RegisterBenchStore(*bench);
  RegisterBenchIngest(*bench);
}

}  // namespace dyad::cli
