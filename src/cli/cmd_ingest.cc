// dyad ingest: articles in, the whole pipeline on N worker threads, ONE writer thread storing
// each article in its own transaction. Ctrl-C stops reading, lets the workers finish what they
// hold and the writer commit it; kill -9 loses at most uncommitted articles, and a rerun skips
// every article already stored (before running the pipeline on it).
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

#include "base/file.h"
#include "cli/commands.h"
#include "cli/ingest_runner.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "io/article_reader.h"

namespace dyad::cli {
namespace {

std::atomic<bool> g_stop{false};

void OnSignal(int) {
  g_stop = true;
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends at once (still safe: transactions)
}

}  // namespace

void CatchStopSignals() {
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
}

namespace {

// Counters the writer updates and the progress line reads.
struct Progress {
  std::atomic<int64_t> stored{0}, skipped{0}, failed{0}, events{0}, bytes{0};
  int64_t total_bytes = 0;
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  bool terminal = isatty(STDERR_FILENO);
  std::chrono::steady_clock::time_point last_report = start;

  void Report(bool final) {
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_report < std::chrono::milliseconds(terminal ? 200 : 10000)) return;
    last_report = now;
    double seconds = std::chrono::duration<double>(now - start).count();
    int64_t done = stored + skipped;
    double rate = seconds > 0 ? done / seconds : 0;
    double fraction = total_bytes > 0 ? static_cast<double>(bytes) / total_bytes : 0;
    double eta = fraction > 0 && !final ? seconds * (1 - fraction) / fraction : 0;
    char line[256];
    std::snprintf(line, sizeof line,
                  "%lld stored, %lld skipped, %lld failed, %lld events, %.1f articles/s, "
                  "%.0f%%, ETA %.0fs",
                  static_cast<long long>(stored), static_cast<long long>(skipped),
                  static_cast<long long>(failed), static_cast<long long>(events), rate,
                  100 * std::min(1.0, fraction), eta);
    if (terminal) {
      std::cerr << "\r" << line << "\x1b[K" << (final ? "\n" : "") << std::flush;
    } else {
      std::cerr << "dyad: ingest: " << line << "\n";
    }
  }
};

int64_t InputBytes(const std::vector<std::string>& inputs) {
  int64_t total = 0;
  for (const std::string& input : inputs) {
    std::vector<std::string> files = {input};
    if (IsDirectory(input)) {
      Result<std::vector<std::string>> listed = ListFiles(input);
      if (listed.ok()) files = *listed;
    }
    for (const std::string& file : files) {
      struct stat st;
      if (stat(file.c_str(), &st) == 0) total += st.st_size;
    }
  }
  return total;
}

void PrintSkipped(const Diagnostic& e) {
  // Reader messages already name their file; avoid "a.txt: a.txt: ...".
  std::cerr << (isatty(STDERR_FILENO) ? "\r\x1b[K" : "") << "dyad: skipped: " << SkippedMessage(e)
            << "\n";
}

}  // namespace

Status RunIngest(const IngestArgs& args) {
  if (!args.date.empty() && !IsIsoDate(args.date)) {
    return Status::InvalidArgument("--date: expected YYYY-MM-DD, got '" + args.date + "'");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(args.db));
  PipelineOptions options = CodingPipelineOptions(args.models);
  RETURN_IF_ERROR(ApplyActorFlags(args.dictionaries, &options));
  ASSIGN_OR_RETURN(std::unique_ptr<Pipeline> pipeline, Pipeline::Load(options));
  int threads = args.threads > 0 ? args.threads : std::max(1u, std::thread::hardware_concurrency());

  Progress progress;
  progress.total_bytes = InputBytes(args.inputs);
  std::mutex report_mu;  // progress and error lines from several threads
  auto consume = [&](Document&& doc) {
    Result<IngestOutcome> outcome = store->Ingest(doc);
    progress.bytes += static_cast<int64_t>(doc.text.size());
    std::lock_guard<std::mutex> lock(report_mu);
    if (!outcome.ok()) {
      ++progress.failed;
      PrintSkipped({doc.origin, outcome.status().message()});
    } else if (outcome->skipped) {
      ++progress.skipped;
    } else {
      ++progress.stored;
      progress.events += outcome->events;
    }
    progress.Report(false);
  };

  ReadOptions read_options;
  read_options.default_date = args.date;
  std::vector<Diagnostic> errors;
  auto produce = [&](const DocumentSink& annotate) {
    auto sink = [&](Document&& doc) {
      if (g_stop) return;
      // Resuming: an article already stored is not annotated again.
      Result<bool> stored = store->HasArticle(doc.id);
      if (stored.ok() && *stored) {
        progress.bytes += static_cast<int64_t>(doc.text.size());
        ++progress.skipped;
        return;
      }
      annotate(std::move(doc));
    };
    for (const std::string& input : args.inputs) {
      if (g_stop) break;
      std::vector<Diagnostic> input_errors;
      Status st = ReadArticles(input, read_options, sink, &input_errors);
      if (!st.ok()) input_errors.push_back({input, st.message()});
      std::lock_guard<std::mutex> lock(report_mu);
      for (const Diagnostic& e : input_errors) PrintSkipped(e);
      errors.insert(errors.end(), input_errors.begin(), input_errors.end());
    }
  };
  AnnotateAndConsume(*pipeline, threads, produce, consume);
  progress.Report(true);
  if (g_stop) return Status::IOError("interrupted; committed articles are kept, rerun to resume");
  if (!errors.empty() || progress.failed > 0) {
    return Status::InvalidArgument(std::to_string(errors.size() + progress.failed) +
                                   " article(s) skipped");
  }
  return Status::Ok();
}

void RegisterIngest(CLI::App& app) {
  static IngestArgs args;
  auto* cmd = app.add_subcommand("ingest", "code articles and store them in the database");
  cmd->add_option("inputs", args.inputs, "article files or folders (.txt, .jsonl)")->required();
  cmd->add_option("--db", args.db, "database file (created when missing)")->capture_default_str();
  cmd->add_option("--date", args.date, "article date for plain text without a 'date' line");
  cmd->add_option("--models", args.models, "model folder");
  cmd->add_option("--threads", args.threads, "annotation threads (default: all cores)");
  AddActorFlags(cmd, &args.dictionaries);
  cmd->callback([] {
    CatchStopSignals();
    std::exit(Report(RunIngest(args)));
  });
}

}  // namespace dyad::cli
