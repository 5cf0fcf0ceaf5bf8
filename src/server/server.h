// The HTTP API over a Store (and the static web page): JSON, read-only unless an ingest token
// is set. Not part of the `dyad` runtime library: only the CLI and tests link it.
#ifndef DYAD_SERVER_SERVER_H_
#define DYAD_SERVER_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "dyad/pipeline.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad {

struct ServerOptions {
  // Folder served at "/" (index.html, app.js, style.css); empty serves no page.
  std::string web_dir;
  // When non-empty, POST /api/articles ingests requests carrying "Authorization: Bearer
  // <token>"; otherwise the API is read-only. Needs a writable store and a pipeline.
  std::string ingest_token;
  int64_t max_limit = 1000;         // largest accepted ?limit=
  size_t max_body_bytes = 4 << 20;  // POST bodies above this get 413
  size_t max_param_bytes = 256;     // any query parameter longer than this gets 400
  int timeout_seconds = 10;         // read and write timeouts per connection
};

class Server {
 public:
  // `store` must outlive the server; `pipeline` may be null when no ingest token is set.
  static Result<std::unique_ptr<Server>> Create(Store* store, const Pipeline* pipeline,
                                                const ServerOptions& options);
  ~Server();

  // Binds host:port (port 0 picks a free one) and returns the bound port.
  Result<int> Bind(const std::string& host, int port);
  // Serves until Stop(); call after Bind.
  Status Serve();
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_SERVER_SERVER_H_
