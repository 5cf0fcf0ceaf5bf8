// The shape of `dyad ingest`: N threads run the pipeline, ONE thread consumes the annotated
// documents (the store allows one writer). Shared by `dyad ingest`, `dyad demo` and
// `dyad bench ingest`, so the benchmark measures the code users run.
#ifndef DYAD_CLI_INGEST_RUNNER_H_
#define DYAD_CLI_INGEST_RUNNER_H_

#include <functional>

#include "dyad/document.h"
#include "dyad/pipeline.h"

namespace dyad::cli {

using DocumentSink = std::function<void(Document&&)>;

// Calls `produce` on the calling thread with a sink that queues documents for annotation
// (blocking when the workers are behind); each annotated document reaches `consume` on a
// single writer thread, in completion order. Returns when every document is consumed.
void AnnotateAndConsume(const Pipeline& pipeline, int threads,
                        const std::function<void(const DocumentSink&)>& produce,
                        const DocumentSink& consume);

}  // namespace dyad::cli

#endif  // DYAD_CLI_INGEST_RUNNER_H_
