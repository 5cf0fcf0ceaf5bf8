// dyad bench store: dyad/time-range query latency on a synthetic database (default ten
// million events, generated once and cached under /tmp). Reports p50/p90/p99/max for the three
// queries the web page runs: the first page of events, their total, and the monthly series.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <thread>

#include "cli/commands.h"
#include "cli/synthetic_store.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchStoreArgs {
  std::string db;
  int64_t events = 10'000'000;
  uint64_t seed = 1;
  int queries = 300;
  std::string dedup = "story";
};

// The cache file for these parameters; the version changes when the generator does.
std::string CachePath(const BenchStoreArgs& args) {
  return "/tmp/dyad-store-bench-v2-" + std::to_string(args.events) + "-s" +
         std::to_string(args.seed) + ".db";
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t idx = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(idx, values.size() - 1)];
}

// This thread's CPU time: on a shared machine wall time also counts other processes' turns.
double ThreadCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void PrintLatencies(const std::string& what, const std::vector<double>& ms) {
  std::printf("%-30s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", what.c_str(),
              Percentile(ms, 0.5), Percentile(ms, 0.9), Percentile(ms, 0.99), Percentile(ms, 1.0));
}

// A random dyad (drawn with the data's own skew) and a window of one month to three years.
EventQuery RandomQuery(CountrySampler& countries, std::mt19937_64& rng, const SyntheticOptions& o,
                       Dedup dedup) {
  static const int kSpans[] = {31, 92, 365, 1096};
  const int total_days = DayCount(o.first_year, o.years);
  int span = kSpans[std::uniform_int_distribution<int>(0, 3)(rng)];
  int first = std::uniform_int_distribution<int>(0, total_days - span)(rng);
  auto [a, b] = countries.DrawDyad(rng);
  EventQuery q;
  q.dyad = a + "-" + b;
  q.since = DayString(o.first_year, first);
  q.until = DayString(o.first_year, first + span - 1);
  q.dedup = dedup;
  q.limit = 100;
  return q;
}

Status RunBenchStore(const BenchStoreArgs& args) {
  ASSIGN_OR_RETURN(Dedup dedup, ParseDedup(args.dedup));
  SyntheticOptions options;
  options.events = args.events;
  options.seed = args.seed;
  std::string path = args.db.empty() ? CachePath(args) : args.db;
  if (access(path.c_str(), F_OK) != 0) {
    std::string scratch = path + ".partial";
    std::remove(scratch.c_str());
    auto start = Clock::now();
    RETURN_IF_ERROR(WriteSyntheticStore(scratch, options, true));
    if (std::rename(scratch.c_str(), path.c_str()) != 0) {
      return Status::IOError(path + ": cannot rename the generated database into place");
    }
    std::printf("generated %s in %.1f s\n", path.c_str(),
                std::chrono::duration<double>(Clock::now() - start).count());
  }
  {
    // Brings a cached database from an older dyad to the current schema (indexes included).
    ASSIGN_OR_RETURN(std::unique_ptr<Store> migrate, Store::Open(path));
  }
  StoreOptions store_options;
  store_options.read_only = true;
  ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(path, store_options));
  ASSIGN_OR_RETURN(StoreStats stats, store->Stats());
  std::printf("%s: %lld events, %lld articles (%lld stories); %u hardware threads\n", path.c_str(),
              static_cast<long long>(stats.events), static_cast<long long>(stats.articles),
              static_cast<long long>(stats.stories), std::thread::hardware_concurrency());
  if (args.queries <= 0) return Status::Ok();

  CountrySampler countries;
  std::mt19937_64 rng(args.seed + 1000);
  std::vector<EventQuery> queries;
  for (int query_idx = 0; query_idx < args.queries; ++query_idx) {
    queries.push_back(RandomQuery(countries, rng, options, dedup));
  }
  // Each query kind runs over the same queries; the first ten are an untimed warm-up.
  std::vector<double> matched;
  auto time_all = [&](const char* what, const std::function<Status(const EventQuery&)>& run) {
    std::vector<double> wall_ms, cpu_ms;
    for (size_t query_idx = 0; query_idx < queries.size(); ++query_idx) {
      auto start = Clock::now();
      double cpu_start = ThreadCpuMs();
      Status st = run(queries[query_idx]);
      double cpu = ThreadCpuMs() - cpu_start;
      double wall = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      if (!st.ok()) return st;
      if (query_idx >= 10 || queries.size() <= 10) {
        wall_ms.push_back(wall);
        cpu_ms.push_back(cpu);
      }
    }
    PrintLatencies(std::string(what) + ", wall", wall_ms);
    PrintLatencies(std::string(what) + ", cpu", cpu_ms);
    return Status::Ok();
  };
  RETURN_IF_ERROR(time_all("events (first 100)",
                           [&](const EventQuery& q) { return store->Events(q).status(); }));
  RETURN_IF_ERROR(time_all("count", [&](const EventQuery& q) -> Status {
    ASSIGN_OR_RETURN(int64_t n, store->CountEvents(q));
    matched.push_back(static_cast<double>(n));
    return Status::Ok();
  }));
  RETURN_IF_ERROR(time_all("series by month", [&](const EventQuery& q) {
    return store->Series(q, Period::kMonth).status();
  }));
  std::printf(
      "%d dyad/time-range queries, dedup %s; matching events per query: p50 %.0f, "
      "p99 %.0f, max %.0f\n",
      args.queries, args.dedup.c_str(), Percentile(matched, 0.5), Percentile(matched, 0.99),
      Percentile(matched, 1.0));
  return Status::Ok();
}

}  // namespace

void RegisterBenchStore(CLI::App& bench) {
  static BenchStoreArgs args;
  auto* cmd = bench.add_subcommand("store", "query latency on a synthetic event database");
  cmd->add_option("--db", args.db, "database (generated when missing; default: a /tmp cache)");
  cmd->add_option("--events", args.events, "events to generate")->capture_default_str();
  cmd->add_option("--seed", args.seed, "generator seed")->capture_default_str();
  cmd->add_option("--queries", args.queries, "random queries per kind (0: only generate)")
      ->capture_default_str();
  cmd->add_option("--dedup", args.dedup, "none, story or day")->capture_default_str();
  cmd->callback([] { std::exit(Report(RunBenchStore(args))); });
}

}  // namespace dyad::cli
