// Micro-benchmarks of each NLP stage on a fixed news paragraph, with the committed models.
// Run: build/bench/dyad_bench. End-to-end throughput: `dyad bench parse F.conllu`.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "nlp/morphology.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "text/segmenter.h"

namespace dyad {
namespace {

// Written for this benchmark.
const char* kParagraph =
    "The foreign minister arrived in the capital on Tuesday for two days of talks. "
    "Officials said the delegation would sign agreements on trade, energy and health. "
    "Protesters gathered outside the embassy, and police detained 12 people, according to "
    "a statement from the interior ministry. \"We won't accept this,\" an opposition leader "
    "told reporters.";

template <typename T>
T OrDie(Result<T> result) {
  if (!result.ok()) {
    std::fprintf(stderr, "%s\n", result.status().ToString().c_str());
    std::exit(1);
  }
  return std::move(result).value();
}

struct Models {
  Segmenter segmenter = OrDie(Segmenter::Load(DYAD_MODELS "/tokenizer.bin"));
  Tagger tagger = OrDie(Tagger::Load(DYAD_MODELS "/tagger.bin"));
  Morphology morphology = OrDie(Morphology::Load(DYAD_MODELS "/morph.bin"));
  Parser parser = OrDie(Parser::Load(DYAD_MODELS "/parser.bin"));
};

const Models& Loaded() {
  static const Models* models = new Models();
  return *models;
}

Document Segmented() {
  Document doc;
  doc.text = kParagraph;
  Loaded().segmenter.Segment(&doc);
  return doc;
}

size_t CountWords(const Document& doc) {
  size_t n = 0;
  for (const Sentence& s : doc.sentences) n += s.words.size();
  return n;
}

void BM_Segment(benchmark::State& state) {
  Loaded();  // load the models outside the timed loop
  size_t words = 0;
  for (auto _ : state) {
    Document doc;
    doc.text = kParagraph;
    Loaded().segmenter.Segment(&doc);
    words += CountWords(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * std::strlen(kParagraph)));
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment);

void BM_Tag(benchmark::State& state) {
  Document base = Segmented();
  size_t words = 0;
  for (auto _ : state) {
    Document doc = base;
    for (Sentence& s : doc.sentences) Loaded().tagger.Tag(&s);
    words += CountWords(doc);
  }
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag);

void BM_Parse(benchmark::State& state) {
  Document base = Segmented();
  for (Sentence& s : base.sentences) {
    Loaded().tagger.Tag(&s);
    Loaded().morphology.Analyze(&s);
  }
  size_t words = 0;
  for (auto _ : state) {
    Document doc = base;
    for (Sentence& s : doc.sentences) Loaded().parser.Parse(&s);
    words += CountWords(doc);
  }
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Parse);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
