// dyad bench ingest: articles/s and sentences/s of the pipeline alone, of the store alone
// (pre-annotated articles), and of the two together as `dyad ingest` runs them, so the cost of
// storing can be read as a ratio (target: pipeline+store within 20% of the pipeline alone).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

#include "cli/commands.h"
#include "cli/ingest_runner.h"
#include "dyad/store.h"
#include "io/article_reader.h"

namespace dyad::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchIngestArgs {
  std::vector<std::string> inputs;
  std::string models;
  int threads = 0;
  double min_seconds = 3.0;
};

struct Rate {
  double articles = 0, sentences = 0, events = 0;
};

// A fresh database file that is removed (with its WAL) when the object goes.
class ScratchDb {
 public:
  ScratchDb() {
    char name[] = "/tmp/dyad-bench-ingest-XXXXXX";
    int fd = mkstemp(name);
    if (fd >= 0) close(fd);
    path_ = name;
    std::remove(path_.c_str());
  }
  ~ScratchDb() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// What one round handled and how long its timed part took (opening a fresh database is not
// timed: it is a one-off cost, not throughput).
struct Round {
  int64_t sentences = 0, events = 0;
  double seconds = 0;
};

// Repeats `round` until min_seconds of timed work have passed.
Result<Rate> Repeat(size_t articles, double min_seconds,
                    const std::function<Result<Round>()>& round) {
  int64_t rounds = 0;
  Round total;
  while (total.seconds < min_seconds || rounds == 0) {
    ASSIGN_OR_RETURN(Round r, round());
    total.sentences += r.sentences;
    total.events += r.events;
    total.seconds += r.seconds;
    ++rounds;
  }
  return Rate{static_cast<double>(rounds) * static_cast<double>(articles) / total.seconds,
              static_cast<double>(total.sentences) / total.seconds,
              static_cast<double>(total.events) / total.seconds};
}

// Stores one annotated article and counts it into `round`.
Status StoreAndCount(Store& store, const Document& doc, Round* round) {
  ASSIGN_OR_RETURN(IngestOutcome outcome, store.Ingest(doc));
  round->sentences += static_cast<int64_t>(doc.sentences.size());
  round->events += outcome.events;
  return Status::Ok();
}

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// One round on a fresh database; only `work` is timed.
Result<Round> StoreRound(const std::function<Status(Store&, Round*)>& work) {
  ScratchDb scratch;
  ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(scratch.path()));
  Round r;
  auto start = Clock::now();
  RETURN_IF_ERROR(work(*store, &r));
  r.seconds = SecondsSince(start);
  return r;
}

void PrintRate(const char* what, const Rate& rate, const Rate& baseline) {
  std::printf("%-32s %8.1f articles/s %9.1f sentences/s %8.1f events/s", what, rate.articles,
              rate.sentences, rate.events);
  if (baseline.articles > 0 && &rate != &baseline) {
    std::printf("  (x%.2f of pipeline alone)", rate.articles / baseline.articles);
  }
  std::printf("\n");
}

Status RunBenchIngest(const BenchIngestArgs& args) {
  std::vector<Document> docs;
  std::vector<Diagnostic> errors;
  for (const std::string& input : args.inputs) {
    RETURN_IF_ERROR(ReadArticles(
        input, {}, [&](Document&& doc) { docs.push_back(std::move(doc)); }, &errors));
  }
  for (const Diagnostic& e : errors)
    std::fprintf(stderr, "dyad: skipped: %s\n", SkippedMessage(e).c_str());
  if (docs.empty()) return Status::InvalidArgument("no articles to ingest");
  PipelineOptions options = CodingPipelineOptions(args.models);
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  const int threads =
      args.threads > 0 ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  size_t bytes = 0;
  for (const Document& doc : docs) bytes += doc.text.size();
  std::printf("%zu articles, %.1f KB, %d annotation threads, %u hardware threads\n", docs.size(),
              bytes / 1024.0, threads, std::thread::hardware_concurrency());

  auto feed = [&](const DocumentSink& annotate) {
    for (const Document& doc : docs) annotate(Document(doc));
  };
  // The annotated copies of the first pipeline-alone round, for the store-alone run. Later
  // rounds free each document in the consumer, as `dyad code` frees it after writing it and
  // `dyad ingest` after storing it.
  std::vector<Document> annotated;
  ASSIGN_OR_RETURN(Rate pipeline_only,
                   Repeat(docs.size(), args.min_seconds, [&]() -> Result<Round> {
                     Round r;
                     auto start = Clock::now();
                     AnnotateAndConsume(*pipeline, threads, feed, [&](Document&& doc) {
                       r.sentences += static_cast<int64_t>(doc.sentences.size());
                       r.events += static_cast<int64_t>(doc.events.size());
                       if (annotated.size() < docs.size()) annotated.push_back(std::move(doc));
                     });
                     r.seconds = SecondsSince(start);
                     return r;
                   }));
  ASSIGN_OR_RETURN(Rate store_only, Repeat(docs.size(), args.min_seconds, [&] {
                     return StoreRound([&](Store& store, Round* r) {
                       for (const Document& doc : annotated) {
                         RETURN_IF_ERROR(StoreAndCount(store, doc, r));
                       }
                       return Status::Ok();
                     });
                   }));
  ASSIGN_OR_RETURN(Rate both, Repeat(docs.size(), args.min_seconds, [&] {
                     return StoreRound([&](Store& store, Round* r) {
                       Status status = Status::Ok();
                       AnnotateAndConsume(*pipeline, threads, feed, [&](Document&& doc) {
                         Status stored = StoreAndCount(store, doc, r);
                         if (status.ok()) status = stored;
                       });
                       return status;
                     });
                   }));
  PrintRate("pipeline alone", pipeline_only, pipeline_only);
  PrintRate("store alone (1 writer thread)", store_only, pipeline_only);
  PrintRate("pipeline + store (dyad ingest)", both, pipeline_only);
  return Status::Ok();
}

}  // namespace

void RegisterBenchIngest(CLI::App& bench) {
  static BenchIngestArgs args;
  auto* cmd = bench.add_subcommand("ingest", "pipeline alone vs pipeline + store throughput");
  cmd->add_option("inputs", args.inputs, "article files or folders")->required();
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("--threads", args.threads, "annotation threads (default: all cores)");
  cmd->add_option("--seconds", args.min_seconds, "minimum time per measurement")
      ->capture_default_str();
  cmd->callback([] { std::exit(Report(RunBenchIngest(args))); });
}

}  // namespace dyad::cli
