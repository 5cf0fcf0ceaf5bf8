#include "server/server.h"

#include <httplib.h>

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <set>

#include "io/article_reader.h"
#include "io/event_formats.h"

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

// A 400 naming the parameter, thrown only inside this file and caught by the handler wrapper.
struct BadRequest {
  std::string message;
};

void SendJson(httplib::Response& res, const Json& json, int status = 200) {
  res.status = status;
  res.set_content(json.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, Json{{"error", message}}, status);
}

int HttpStatus(const Status& st) {
  switch (st.code()) {
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    default:
      return 500;
  }
}

// Checks the parameters a handler accepts, so a misspelt filter is an error rather than
// silently ignored, and bounds their size.
class Params {
 public:
  Params(const httplib::Request& req, std::initializer_list<const char*> allowed, size_t max)
      : req_(req) {
    std::set<std::string> names(allowed.begin(), allowed.end());
    for (const auto& [name, value] : req.params) {
      if (names.count(name) == 0) throw BadRequest{"unknown parameter '" + name + "'"};
      if (value.size() > max)
        throw BadRequest{"parameter " + name + ": longer than " + std::to_string(max) + " bytes"};
    }
  }
  std::string Get(const char* name) const {
    return req_.has_param(name) ? req_.get_param_value(name) : "";
  }
  int64_t Int(const char* name, int64_t fallback) const {
    if (!req_.has_param(name)) return fallback;
    std::string text = req_.get_param_value(name);
    int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
      throw BadRequest{"parameter " + std::string(name) + ": expected an integer, got '" + text +
                       "'"};
    }
    return value;
  }

 private:
  const httplib::Request& req_;
};

const std::initializer_list<const char*> kEventParams = {
    "source", "target", "dyad", "actor", "code",  "root",   "quad", "since",
    "until",  "place",  "text", "dedup", "limit", "offset", "by"};

EventQuery ReadEventQuery(const Params& p, int64_t max_limit) {
  EventQuery q;
  q.source = p.Get("source");
  q.target = p.Get("target");
  q.dyad = p.Get("dyad");
  q.actor = p.Get("actor");
  q.code = p.Get("code");
  q.root = p.Get("root");
  q.quad = static_cast<int>(p.Int("quad", 0));
  q.since = p.Get("since");
  q.until = p.Get("until");
  q.place = p.Get("place");
  q.text = p.Get("text");
  if (!p.Get("dedup").empty()) {
    Result<Dedup> dedup = ParseDedup(p.Get("dedup"));
    if (!dedup.ok()) throw BadRequest{"parameter " + dedup.status().message()};
    q.dedup = *dedup;
  }
  q.limit = p.Int("limit", std::min<int64_t>(100, max_limit));
  q.offset = p.Int("offset", 0);
  if (q.limit < 0 || q.limit > max_limit) {
    throw BadRequest{"parameter limit: expected 0 to " + std::to_string(max_limit)};
  }
  Status st = ValidateQuery(q);
  if (!st.ok()) throw BadRequest{"parameter " + st.message()};
  return q;
}

Json StoredEventJson(const StoredEvent& stored) {
  Json json = EventRecord(stored.event);
  json["url"] = stored.url;
  json["news_source"] = stored.news_source;
  json["title"] = stored.title;
  json["mentions"] = stored.mentions;
  json["articles"] = stored.articles;
  json["sources"] = stored.sources;
  return json;
}

Json ArticleJson(const Document& doc) {
  Json json = {{"id", doc.id},   {"date", doc.date},     {"title", doc.title},
               {"url", doc.url}, {"source", doc.source}, {"text", doc.text}};
  json["sentences"] = Json::array();
  for (const Sentence& s : doc.sentences) json["sentences"].push_back({s.span.begin, s.span.end});
  json["mentions"] = Json::array();
  for (const ActorMention& m : doc.mentions) {
    json["mentions"].push_back(
        {{"span", {m.span.begin, m.span.end}},
         {"text", m.text},
         {"code", m.code},
         {"type", m.type},
         {"title", m.title},
         {"actor",
          m.actor >= 0 && m.actor < (int)doc.actors.size() ? doc.actors[m.actor].name : ""}});
  }
  json["events"] = Json::array();
  for (const Event& e : doc.events) json["events"].push_back(EventRecord(e));
  return json;
}

// Equal-time comparison, so response timing does not reveal how much of a guess was right.
bool SameToken(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t idx = 0; idx < a.size(); ++idx) diff |= static_cast<unsigned char>(a[idx] ^ b[idx]);
  return diff == 0;
}

}  // namespace

struct Server::Impl {
  Store* store = nullptr;
  const Pipeline* pipeline = nullptr;
  ServerOptions options;
  httplib::Server http;

  // Runs a handler, turning BadRequest and Status errors into JSON error responses.
  template <typename F>
  void Guard(httplib::Response& res, F&& body) {
    try {
      Status st = body();
      if (!st.ok()) SendError(res, HttpStatus(st), st.message());
    } catch (const BadRequest& bad) {
      SendError(res, 400, bad.message);
    }
  }

  void Routes();
  Status Ingest(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::Routes() {
  const size_t max_param = options.max_param_bytes;
  http.Get("/api/events", [this, max_param](const httplib::Request& req, httplib::Response& res) {
    Guard(res, [&]() -> Status {
      EventQuery q = ReadEventQuery(Params(req, kEventParams, max_param), options.max_limit);
      ASSIGN_OR_RETURN(std::vector<StoredEvent> events, store->Events(q));
      ASSIGN_OR_RETURN(int64_t total, store->CountEvents(q));
      Json json = {{"total", total}, {"limit", q.limit}, {"offset", q.offset}};
      json["events"] = Json::array();
      for (const StoredEvent& e : events) json["events"].push_back(StoredEventJson(e));
      SendJson(res, json);
      return Status::Ok();
    });
  });
  http.Get("/api/series", [this, max_param](const httplib::Request& req, httplib::Response& res) {
    Guard(res, [&]() -> Status {
      Params params(req, kEventParams, max_param);
      EventQuery q = ReadEventQuery(params, options.max_limit);
      std::string by = params.Get("by").empty() ? "month" : params.Get("by");
      Result<Period> period = ParsePeriod(by);
      if (!period.ok()) throw BadRequest{"parameter " + period.status().message()};
      ASSIGN_OR_RETURN(std::vector<SeriesPoint> points, store->Series(q, *period));
      Json json = {{"by", by}, {"points", Json::array()}};
      for (const SeriesPoint& p : points) {
        json["points"].push_back({{"period", p.period},
                                  {"events", p.events},
                                  {"goldstein_sum", p.goldstein_sum},
                                  {"goldstein_mean", p.goldstein_mean},
                                  {"quad", {p.quad[0], p.quad[1], p.quad[2], p.quad[3]}}});
      }
      SendJson(res, json);
      return Status::Ok();
    });
  });
  http.Get("/api/network", [this, max_param](const httplib::Request& req, httplib::Response& res) {
    Guard(res, [&]() -> Status {
      EventQuery q = ReadEventQuery(Params(req, kEventParams, max_param), options.max_limit);
      if (!req.has_param("limit")) q.limit = 40;
      ASSIGN_OR_RETURN(std::vector<DyadCount> dyads, store->Dyads(q));
      Json json = {{"links", Json::array()}};
      for (const DyadCount& d : dyads) {
        json["links"].push_back({{"source", d.source},
                                 {"target", d.target},
                                 {"events", d.events},
                                 {"goldstein_mean", d.goldstein_mean}});
      }
      SendJson(res, json);
      return Status::Ok();
    });
  });
  http.Get("/api/actors", [this, max_param](const httplib::Request& req, httplib::Response& res) {
    Guard(res, [&]() -> Status {
      Params p(req, {"name", "country", "type", "limit", "offset"}, max_param);
      ActorQuery q;
      q.name = p.Get("name");
      q.country = p.Get("country");
      q.type = p.Get("type");
      q.limit = p.Int("limit", std::min<int64_t>(100, options.max_limit));
      q.offset = p.Int("offset", 0);
      if (q.limit < 0 || q.limit > options.max_limit) {
        throw BadRequest{"parameter limit: expected 0 to " + std::to_string(options.max_limit)};
      }
      if (q.offset < 0) throw BadRequest{"parameter offset: expected a number >= 0"};
      ASSIGN_OR_RETURN(std::vector<ActorSummary> actors, store->Actors(q));
      Json json = {{"actors", Json::array()}};
      for (const ActorSummary& a : actors) {
        json["actors"].push_back({{"name", a.name},
                                  {"type", a.type},
                                  {"code", a.code},
                                  {"country", a.country},
                                  {"titles", a.titles},
                                  {"first_date", a.first_date},
                                  {"last_date", a.last_date},
                                  {"articles", a.articles}});
      }
      SendJson(res, json);
      return Status::Ok();
    });
  });
  http.Get(R"(/api/articles/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    Guard(res, [&]() -> Status {
      ASSIGN_OR_RETURN(Document doc, store->Article(req.matches[1].str()));
      SendJson(res, ArticleJson(doc));
      return Status::Ok();
    });
  });
  http.Post("/api/articles", [this](const httplib::Request& req, httplib::Response& res) {
    Guard(res, [&]() -> Status { return Ingest(req, res); });
  });
}

Status Server::Impl::Ingest(const httplib::Request& req, httplib::Response& res) {
  if (options.ingest_token.empty() || pipeline == nullptr) {
    SendError(res, 403, "read-only server (start it with --ingest-token to accept articles)");
    return Status::Ok();
  }
  std::string auth = req.get_header_value("Authorization");
  const std::string bearer = "Bearer ";
  if (auth.rfind(bearer, 0) != 0 || !SameToken(auth.substr(bearer.size()), options.ingest_token)) {
    SendError(res, 401, "missing or wrong ingest token");
    return Status::Ok();
  }
  // The body is one article in the JSONL input format; re-dumped to one line for the reader.
  Json body = Json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    throw BadRequest{"body: expected a JSON object with \"date\" and \"text\""};
  }
  std::vector<Document> docs;
  std::vector<Diagnostic> errors;
  ParseArticles(
      body.dump(), "request.jsonl", ReadOptions(),
      [&](Document&& doc) { docs.push_back(std::move(doc)); }, &errors);
  if (!errors.empty()) throw BadRequest{"body: " + errors.front().message};
  if (docs.size() != 1) throw BadRequest{"body: expected one article"};
  pipeline->Annotate(&docs[0]);
  ASSIGN_OR_RETURN(IngestOutcome outcome, store->Ingest(docs[0]));
  SendJson(res,
           {{"id", docs[0].id},
            {"stored", !outcome.skipped},
            {"reason", outcome.reason},
            {"copy_of", outcome.copy_of},
            {"events", outcome.events}},
           outcome.skipped ? 200 : 201);
  return Status::Ok();
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Create(Store* store, const Pipeline* pipeline,
                                               const ServerOptions& options) {
  if (!options.ingest_token.empty() && pipeline == nullptr) {
    return Status::InvalidArgument("an ingest token needs a pipeline");
  }
  auto impl = std::make_unique<Impl>();
  impl->store = store;
  impl->pipeline = pipeline;
  impl->options = options;
  httplib::Server& http = impl->http;
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.timeout_seconds, 0);
  http.set_write_timeout(options.timeout_seconds, 0);
  http.set_keep_alive_timeout(options.timeout_seconds);
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                std::exception_ptr) { SendError(res, 500, "internal error"); });
  impl->Routes();
  if (!options.web_dir.empty() && !http.set_mount_point("/", options.web_dir)) {
    return Status::NotFound(options.web_dir + ": web folder not found");
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::Bind(const std::string& host, int port) {
  int bound = port == 0 ? impl_->http.bind_to_any_port(host)
                        : (impl_->http.bind_to_port(host, port) ? port : -1);
  if (bound < 0) {
    return Status::IOError(host + ":" + std::to_string(port) + ": cannot listen (port in use?)");
  }
  return bound;
}

Status Server::Serve() {
  if (!impl_->http.listen_after_bind()) return Status::IOError("server stopped with an error");
  return Status::Ok();
}

void Server::Stop() {
  if (impl_) impl_->http.stop();
}

}  // namespace dyad
