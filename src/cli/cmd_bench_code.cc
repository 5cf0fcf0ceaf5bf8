// dyad bench code: end-to-end throughput of `dyad code` from raw text on one thread, with the
// share of each stage. Input: articles (dated text, JSONL, folders) or a CoNLL-U file whose
// "# text" lines are grouped into 20-sentence articles.
#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "dyad/pipeline.h"
#include "io/article_reader.h"
#include "io/conllu_file.h"

namespace dyad::cli {
namespace {

struct BenchCodeArgs {
  std::vector<std::string> inputs;
  std::string models;
  double min_seconds = 3.0;
};

constexpr size_t kSentencesPerArticle = 20;

Status ReadInputs(const BenchCodeArgs& args, std::vector<Document>* docs) {
  std::vector<Diagnostic> errors;
  for (const std::string& input : args.inputs) {
    if (IsConllu(input)) {
      ASSIGN_OR_RETURN(std::vector<Document> parsed, ReadConlluFile(input));
      size_t count = 0;
      for (const Document& d : parsed) {
        for (const Sentence& s : d.sentences) {
          if (count++ % kSentencesPerArticle == 0) {
            docs->emplace_back();
            docs->back().id = "bench-" + std::to_string(docs->size());
            docs->back().date = "2020-01-01";
          }
          std::string text;
          for (const Token& t : s.tokens) text += t.form + (t.space_after ? " " : "");
          docs->back().text += text + "\n";
        }
      }
      continue;
    }
    RETURN_IF_ERROR(ReadArticles(
        input, {}, [&](Document&& d) { docs->push_back(std::move(d)); }, &errors));
  }
  if (!errors.empty()) return Status::InvalidArgument(errors.front().message);
  return Status::Ok();
}

Status RunBenchCode(const BenchCodeArgs& args) {
  std::vector<Document> inputs;
  RETURN_IF_ERROR(ReadInputs(args, &inputs));
  if (inputs.empty()) return Status::InvalidArgument("bench code: no articles");
  PipelineOptions options = CodingPipelineOptions(args.models);
  using Clock = std::chrono::steady_clock;
  const auto load_start = Clock::now();
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  const double load = std::chrono::duration<double>(Clock::now() - load_start).count();
  // Stage times: segment, tag+lemma+ner+parse, actors, events.
  double stage[4] = {0, 0, 0, 0};
  size_t sentences = 0, events = 0, rounds = 0;
  double total = 0, cpu = 0;
  for (bool warm = true; warm || total < args.min_seconds; warm = false) {
    const double cpu_start = ProcessCpuSeconds();
    double round[4] = {0, 0, 0, 0};
    size_t round_sentences = 0, round_events = 0;
    for (const Document& input : inputs) {
      Document doc = input;
      auto t0 = Clock::now();
      pipeline->Segment(&doc);
      auto t1 = Clock::now();
      for (Sentence& s : doc.sentences) pipeline->AnnotateSentence(&s);
      auto t2 = Clock::now();
      pipeline->CodeActors(&doc);
      auto t3 = Clock::now();
      pipeline->CodeEvents(&doc);
      auto t4 = Clock::now();
      round[0] += std::chrono::duration<double>(t1 - t0).count();
      round[1] += std::chrono::duration<double>(t2 - t1).count();
      round[2] += std::chrono::duration<double>(t3 - t2).count();
      round[3] += std::chrono::duration<double>(t4 - t3).count();
      round_sentences += doc.sentences.size();
      round_events += doc.events.size();
    }
    if (warm) continue;  // the first round warms caches and is not counted
    cpu += ProcessCpuSeconds() - cpu_start;
    for (int i = 0; i < 4; ++i) stage[i] += round[i];
    total += round[0] + round[1] + round[2] + round[3];
    sentences += round_sentences;
    events += round_events;
    ++rounds;
  }
  std::printf("models and tables loaded in %.3f s\n", load);
  std::printf(
      "dyad code, 1 thread: %.0f sentences/s end to end (%zu rounds, %zu sentences, "
      "%zu events)\n",
      sentences / total, rounds, sentences, events);
  std::printf("  per CPU second: %.0f sentences\n", sentences / cpu);
  const char* names[4] = {"segment", "tag+lemma+ner+parse", "actors", "events"};
  for (int i = 0; i < 4; ++i) {
    std::printf("  %-20s %5.1f%%  %.1f us/sentence\n", names[i], 100 * stage[i] / total,
                1e6 * stage[i] / sentences);
  }
  return Status::Ok();
}

}  // namespace

void RegisterBenchCode(CLI::App& bench) {
  static BenchCodeArgs args;
  auto* cmd = bench.add_subcommand("code", "end-to-end dyad code throughput, per stage");
  cmd->add_option("inputs", args.inputs, "articles, or a CoNLL-U file (its # text lines)")
      ->required();
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("--seconds", args.min_seconds, "minimum measuring time")->capture_default_str();
  cmd->callback([] { std::exit(Report(RunBenchCode(args))); });
}

}  // namespace dyad::cli
