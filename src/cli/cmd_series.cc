// dyad series: deduplicated event counts by day, week, month or year, with the Goldstein sum
// and mean and the count of each quad class.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/query_flags.h"

namespace dyad::cli {
namespace {

struct SeriesArgs {
  QueryFlags flags;
  std::string by = "month";
  std::string format = "table";
};

Status RunSeries(SeriesArgs& args) {
  RETURN_IF_ERROR(FinishQueryFlags(&args.flags));
  Result<Period> period = ParsePeriod(args.by);
  if (!period.ok()) return Status::InvalidArgument("--" + period.status().message());
  if (args.format != "table" && args.format != "csv") {
    return Status::InvalidArgument("--format: expected table or csv, got '" + args.format + "'");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenForQuery(args.flags.db));
  ASSIGN_OR_RETURN(std::vector<SeriesPoint> points, store->Series(args.flags.query, *period));
  const char* row_format = args.format == "csv" ? "%s,%lld,%.1f,%.2f,%lld,%lld,%lld,%lld\n"
                                                : "%-10s  %7lld  %9.1f  %6.2f  %6lld  %6lld  "
                                                  "%6lld  %6lld\n";
  if (args.format == "csv") {
    std::cout << "period,events,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4\n";
  } else {
    std::cout << "period       events   gold_sum    mean   quad1   quad2   quad3   quad4\n";
  }
  char line[256];
  for (const SeriesPoint& p : points) {
    std::snprintf(line, sizeof line, row_format, p.period.c_str(), static_cast<long long>(p.events),
                  p.goldstein_sum, p.goldstein_mean, static_cast<long long>(p.quad[0]),
                  static_cast<long long>(p.quad[1]), static_cast<long long>(p.quad[2]),
                  static_cast<long long>(p.quad[3]));
    std::cout << line;
  }
  return Status::Ok();
}

}  // namespace

void RegisterSeries(CLI::App& app) {
  static SeriesArgs args;
  auto* cmd = app.add_subcommand("series", "event counts and Goldstein by period");
  AddQueryFlags(cmd, &args.flags);
  cmd->add_option("--by", args.by, "day, week, month or year")->capture_default_str();
  cmd->add_option("--format", args.format, "table or csv")->capture_default_str();
  cmd->callback([] { std::exit(Report(RunSeries(args))); });
}

}  // namespace dyad::cli
