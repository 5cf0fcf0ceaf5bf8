// Starts the API in-process on an ephemeral port over a temp database and queries it with
// httplib's client.
#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

namespace dyad {
namespace {

Document Article(const std::string& id, const std::string& date, const std::string& text) {
  Document doc;
  doc.id = id;
  doc.date = date;
  doc.source = "Wire";
  doc.url = "https://example.org/" + id;
  doc.text = text;
  Sentence s;
  s.span = {0, static_cast<uint32_t>(text.size())};
  doc.sentences.push_back(s);
  ActorMention m;
  m.span = {0, 6};
  m.text = "Maduro";
  m.code = "VENGOV";
  m.type = "PER";
  doc.mentions.push_back(m);
  Event e;
  e.event_id = id + "-e";
  e.article_id = id;
  e.article_date = date;
  e.date = date;
  e.date_precision = "day";
  e.sentence_text = text;
  e.source.code = "VENGOV";
  e.source.country = "VEN";
  e.source.text = "Maduro";
  e.source.end = 6;
  e.target.code = "CHNGOV";
  e.target.country = "CHN";
  e.target.text = "Xi";
  e.target.begin = 18;
  e.target.end = 20;
  e.cameo = "042";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.trigger_text = "visited";
  e.trigger_begin = 7;
  e.trigger_end = 14;
  doc.events.push_back(e);
  return doc;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("dyad_server_test_" + std::to_string(getpid()) + ".db"))
                .string();
    Cleanup();
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
    ASSERT_TRUE(store_->Ingest(Article("a1", "2024-05-14", "Maduro visited Xi in May.")).ok());
    ASSERT_TRUE(store_->Ingest(Article("a2", "2024-06-02", "Maduro visited Xi in June.")).ok());
    ServerOptions options;
    options.max_limit = 50;
    auto server = Server::Create(store_.get(), nullptr, options);
    ASSERT_TRUE(server.ok()) << server.status().message();
    server_ = std::move(server).value();
    auto port = server_->Bind("127.0.0.1", 0);
    ASSERT_TRUE(port.ok()) << port.status().message();
    port_ = *port;
    thread_ = std::thread([this] { (void)server_->Serve(); });
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    store_.reset();
    Cleanup();
  }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
  }
  httplib::Result Get(const std::string& target) {
    httplib::Client client("127.0.0.1", port_);
    client.set_connection_timeout(5);
    return client.Get(target.c_str());
  }

  std::string path_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(ServerTest, EventsWithFiltersAndPagination) {
  auto res = Get("/api/events?dyad=CHN-VEN&since=2024-06&limit=10");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  nlohmann::json json = nlohmann::json::parse(res->body);
  EXPECT_EQ(json["total"], 1);
  ASSERT_EQ(json["events"].size(), 1u);
  EXPECT_EQ(json["events"][0]["article_id"], "a2");
  EXPECT_EQ(json["events"][0]["cameo"], "042");
  EXPECT_EQ(json["events"][0]["mentions"], 1);
  res = Get("/api/events?limit=1&offset=1");
  json = nlohmann::json::parse(res->body);
  EXPECT_EQ(json["total"], 2);
  EXPECT_EQ(json["events"][0]["article_id"], "a2");
}

TEST_F(ServerTest, SeriesAndNetworkAndArticle) {
  auto res = Get("/api/series?source=VEN&by=month");
  ASSERT_EQ(res->status, 200) << res->body;
  nlohmann::json json = nlohmann::json::parse(res->body);
  ASSERT_EQ(json["points"].size(), 2u);
  EXPECT_EQ(json["points"][1]["period"], "2024-06");
  EXPECT_EQ(json["points"][1]["quad"][0], 1);
  res = Get("/api/network");
  json = nlohmann::json::parse(res->body);
  EXPECT_EQ(json["links"][0]["events"], 2);
  res = Get("/api/articles/a1");
  ASSERT_EQ(res->status, 200);
  json = nlohmann::json::parse(res->body);
  EXPECT_EQ(json["text"], "Maduro visited Xi in May.");
  EXPECT_EQ(json["events"][0]["trigger"]["span"], nlohmann::json::array({7, 14}));
  EXPECT_EQ(json["mentions"][0]["code"], "VENGOV");
  EXPECT_EQ(Get("/api/articles/nope")->status, 404);
}

TEST_F(ServerTest, BadParametersGet400NamingThem) {
  auto res = Get("/api/events?since=14%2F05%2F2024");
  ASSERT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("since"), std::string::npos) << res->body;
  res = Get("/api/events?quad=x");
  ASSERT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("quad"), std::string::npos);
  EXPECT_EQ(Get("/api/events?limit=51")->status, 400);
  EXPECT_EQ(Get("/api/events?sauce=VEN")->status, 400);
  EXPECT_EQ(Get("/api/series?by=fortnight")->status, 400);
  EXPECT_EQ(Get("/api/events?source=" + std::string(300, 'A'))->status, 400);
  res = Get("/api/events?text=%27%3B%20DROP%20TABLE%20events%3B--");
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(nlohmann::json::parse(res->body)["total"], 0);
  EXPECT_EQ(nlohmann::json::parse(Get("/api/events")->body)["total"], 2);
}

TEST_F(ServerTest, IngestIsRefusedWithoutAToken) {
  httplib::Client client("127.0.0.1", port_);
  auto res =
      client.Post("/api/articles", R"({"date":"2024-05-14","text":"x"})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

}  // namespace
}  // namespace dyad
