// dyad bench parse: tag+parse throughput on a CoNLL-U file (gold tokenization), one
// thread and N threads, plus model load time; with --actors also the actor coder's share.
// Timing lives here, never in tests.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/actor_flags.h"
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
  bool actors = false;
  ActorFlags dictionaries;
};

// Sentences per synthetic article for --actors: coreference works per article.
constexpr size_t kSentencesPerArticle = 20;

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

// Gives CoNLL-U sentences a text (words joined by spaces) and byte spans, and groups them
// into articles, as the actor coder reads spans of the article text.
std::vector<Document> MakeArticles(const std::vector<Sentence>& sentences) {
  std::vector<Document> docs;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i % kSentencesPerArticle == 0) {
      docs.emplace_back();
      docs.back().date = "2020-01-01";
    }
    Document& doc = docs.back();
    Sentence s = sentences[i];
    if (!doc.text.empty()) doc.text += ' ';
    s.span.begin = static_cast<uint32_t>(doc.text.size());
    for (size_t w = 0; w < s.words.size(); ++w) {
      if (w > 0) doc.text += ' ';
      s.words[w].span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += s.words[w].form;
      s.words[w].span.end = static_cast<uint32_t>(doc.text.size());
    }
    s.span.end = static_cast<uint32_t>(doc.text.size());
    doc.sentences.push_back(std::move(s));
  }
  return docs;
}

// Runs the articles through tag+lemma(+ner)+parse (+actors) with `threads` threads,
// repeating the whole set until min_seconds have passed; returns sentences per second. With
// actors, *actor_share is the actor coder's time over the time of the stages before it, both
// timed article by article so that load from other processes hits both alike.
// *cpu_rate is sentences per second of CPU time (all threads together): on a shared host
// it shows the code's own speed when other processes take turns on the cores.
double Measure(const Pipeline& pipeline, const std::vector<Document>& docs, size_t sentences,
               bool actors, int threads, double min_seconds, size_t* rounds_out,
               double* actor_share, double* cpu_rate) {
  std::vector<double> nlp_seconds(threads), actor_seconds(threads);
  auto annotate = [&](const Document& original, int thread) {
    Document doc = original;
    const auto t0 = Clock::now();
    for (Sentence& s : doc.sentences) pipeline.AnnotateSentence(&s);
    if (!actors) return;
    const auto t1 = Clock::now();
    pipeline.CodeActors(&doc);
    nlp_seconds[thread] += std::chrono::duration<double>(t1 - t0).count();
    actor_seconds[thread] += std::chrono::duration<double>(Clock::now() - t1).count();
  };
  // One untimed round first: page in the models and warm the caches.
  for (const Document& doc : docs) annotate(doc, 0);
  std::fill(nlp_seconds.begin(), nlp_seconds.end(), 0.0);
  std::fill(actor_seconds.begin(), actor_seconds.end(), 0.0);
  size_t rounds = 0;
  const double cpu_start = ProcessCpuSeconds();
  auto start = Clock::now();
  double elapsed = 0;
  while (elapsed < min_seconds) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < docs.size(); i += threads) annotate(docs[i], t);
      });
    }
    for (auto& th : pool) th.join();
    ++rounds;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  *rounds_out = rounds;
  const double cpu = ProcessCpuSeconds() - cpu_start;
  *cpu_rate = cpu > 0 ? static_cast<double>(rounds * sentences) / cpu : 0;
  double nlp = 0, actor = 0;
  for (int t = 0; t < threads; ++t) nlp += nlp_seconds[t], actor += actor_seconds[t];
  *actor_share = nlp > 0 ? actor / nlp : 0;
  return static_cast<double>(rounds * sentences) / elapsed;
}

Status RunBenchParse(const BenchArgs& args) {
  PipelineOptions options;
  options.model_dir = args.models.empty() ? DefaultModelDir() : args.models;
  options.entities = args.entities || args.actors;  // the actor coder reads entities
  if (args.actors) {
    options.actors = true;
    options.tables_dir = DefaultTablesDir();
    options.places_file = DefaultPlacesFile();
    RETURN_IF_ERROR(ApplyActorFlags(args.dictionaries, &options));
  }
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
  const std::vector<Document> docs = MakeArticles(sentences);
  std::printf("models%s loaded in %.3f s from %s\n", args.actors ? " and actor tables" : "", load,
              options.model_dir.c_str());
  std::printf("%zu sentences, %.1f words per sentence, %u hardware threads\n", sentences.size(),
              words_per_sentence, std::thread::hardware_concurrency());
  std::vector<int> counts = {1};
  if (args.threads > 1) counts.push_back(args.threads);
  const std::string stages = options.entities ? "tag+lemma+ner+parse" : "tag+lemma+parse";
  double single = 0;
  for (int threads : counts) {
    size_t rounds;
    double share = 0, cpu_rate = 0;
    double sps = Measure(*pipeline, docs, sentences.size(), false, threads, args.min_seconds,
                         &rounds, &share, &cpu_rate);
    if (threads == 1) single = sps;
    std::printf(
        "%s, %d thread%s: %.0f sentences/s, %.0f tokens/s (%zu rounds)%s\n", stages.c_str(),
        threads, threads == 1 ? "" : "s", sps, sps * words_per_sentence, rounds,
        threads == 1 ? "" : (" speed-up x" + std::to_string(sps / single).substr(0, 4)).c_str());
    std::printf("  per CPU second (all threads): %.0f sentences, %.0f tokens\n", cpu_rate,
                cpu_rate * words_per_sentence);
    if (!args.actors) continue;
    double with_actors = Measure(*pipeline, docs, sentences.size(), true, threads, args.min_seconds,
                                 &rounds, &share, &cpu_rate);
    std::printf("%s+actors, %d thread%s: %.0f sentences/s (%zu rounds); actors add %.1f%%\n",
                stages.c_str(), threads, threads == 1 ? "" : "s", with_actors, rounds,
                100.0 * share);
  }
  return Status::Ok();
}

}  // namespace

double ProcessCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

void RegisterBench(CLI::App& app) {
  auto* bench = app.add_subcommand("bench", "measure throughput");
  bench->require_subcommand(1);
  RegisterBenchCode(*bench);
  static BenchArgs args;
  auto* parse = bench->add_subcommand("parse", "tag+parse throughput on gold-tokenized CoNLL-U");
  parse->add_option("input", args.input, "CoNLL-U file")->required();
  parse->add_option("--models", args.models, "model folder");
  parse->add_option("--threads", args.threads, "also measure with this many threads")
      ->capture_default_str();
  parse->add_option("--seconds", args.min_seconds, "minimum time per measurement")
      ->capture_default_str();
  parse->add_flag("--ner", args.entities, "include the named-entity recognizer");
  parse->add_flag("--actors", args.actors,
                  "also measure the actor coder (with the recognizer), articles of 20 sentences");
  AddActorFlags(parse, &args.dictionaries, "--actor-dict");
  parse->callback([] { std::exit(Report(RunBenchParse(args))); });
  RegisterBenchStore(*bench);
  RegisterBenchIngest(*bench);
}

}  // namespace dyad::cli
