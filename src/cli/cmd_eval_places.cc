// dyad eval places: toponym resolution of the place gazetteer on GeoVirus-style gold.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/commands.h"
#include "eval/place_eval.h"

namespace dyad::cli {
namespace {

struct EvalPlacesArgs {
  std::string gold;
  std::string places = DefaultPlacesFile();
  std::string kb = DYAD_SOURCE_DIR "/data/kb";
  std::string iso = "/usr/share/iso-codes/json/iso_3166-1.json";
  bool no_hint = false;
  bool json = false;
};

double Percent(size_t part, size_t whole) { return whole ? 100.0 * part / whole : 0; }
double Round2(double v) { return std::round(v * 100) / 100; }

Status RunEvalPlaces(const EvalPlacesArgs& args) {
  ASSIGN_OR_RETURN(ActorKb kb, ActorKb::Load(args.kb, FileExists(args.iso) ? args.iso : ""));
  const auto start = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(PlaceGazetteer places, PlaceGazetteer::Load(args.places, &kb));
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSIGN_OR_RETURN(std::vector<GoldToponym> gold, ReadGeoVirus(args.gold));
  const PlaceScores s = EvaluatePlaces(gold, places, !args.no_hint);
  if (args.json) {
    nlohmann::ordered_json out;
    out["gold"] = s.gold;
    out["resolved"] = Round2(Percent(s.resolved, s.gold));
    out["country_accuracy"] = Round2(Percent(s.country_correct, s.country_known));
    out["within_161km"] = Round2(Percent(s.within_161, s.gold));
    out["within_161km_of_resolved"] = Round2(Percent(s.within_161, s.resolved));
    out["median_km"] = Round2(s.median_km);
    out["places"] = places.size();
    out["load_ms"] = Round2(load_ms);
    std::cout << out.dump() << std::endl;
  } else {
    std::printf("gold toponyms        %zu\n", s.gold);
    std::printf("resolved             %.2f\n", Percent(s.resolved, s.gold));
    std::printf("country accuracy     %.2f (of %zu with a known gold country)\n",
                Percent(s.country_correct, s.country_known), s.country_known);
    std::printf("within 161 km        %.2f (%.2f of resolved)\n", Percent(s.within_161, s.gold),
                Percent(s.within_161, s.resolved));
    std::printf("median error km      %.1f\n", s.median_km);
    std::printf("gazetteer            %zu places, loaded in %.1f ms\n", places.size(), load_ms);
  }
  return Status::Ok();
}

}  // namespace

void RegisterEvalPlaces(CLI::App& eval) {
  static EvalPlacesArgs args;
  auto* cmd = eval.add_subcommand("places", "place gazetteer against gold toponyms (GeoVirus XML)");
  cmd->add_option("--gold", args.gold, "gold file (GeoVirus.xml)")->required();
  cmd->add_option("--places", args.places, "place table (built data/places.tsv)");
  cmd->add_option("--kb", args.kb, "knowledge-base folder (countries and capitals)");
  cmd->add_option("--iso", args.iso, "iso-codes iso_3166-1.json (skipped when absent)");
  cmd->add_flag("--no-hint", args.no_hint, "no article country hint (one pass)");
  cmd->add_flag("--json", args.json, "one JSON object");
  cmd->callback([] { std::exit(Report(RunEvalPlaces(args))); });
}

}  // namespace dyad::cli
