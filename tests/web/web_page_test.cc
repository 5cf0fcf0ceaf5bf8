// The web page end to end: a synthetic database, the real `dyad serve`, and headless Chromium
// loading `/`. Checks the DOM after the scripts ran (timeline bars above and below the axis,
// network nodes, event rows, no error) and that a screenshot shows the bars' colours.
// Skips when Chromium is not installed ($DYAD_CHROMIUM, chromium, chromium-browser); CI
// installs Debian's chromium. Label: web.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>

#include "common/subprocess.h"
#include "web/png.h"

namespace dyad {
namespace {

using testing::ReadText;
using testing::Subprocess;
using testing::TempDir;

std::string FindChromium() {
  if (const char* env = std::getenv("DYAD_CHROMIUM")) return env;
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (access(path, X_OK) == 0) return path;
  }
  return "";
}

int64_t Count(const std::string& text, const std::string& needle) {
  int64_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

// Waits for `dyad serve --port 0` to print the port it bound.
int WaitForPort(Subprocess& server, const std::string& log) {
  const std::regex serving("at http://127\\.0\\.0\\.1:([0-9]+)/");
  for (int attempt = 0; attempt < 200 && server.Running(); ++attempt) {
    std::smatch match;
    std::string text = ReadText(log);
    if (std::regex_search(text, match, serving)) return std::stoi(match[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return 0;
}

std::vector<std::string> Chromium(const std::string& binary, const TempDir& dir) {
  // Root in containers needs --no-sandbox; a private profile keeps runs independent.
  return {binary,
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--hide-scrollbars",
          "--user-data-dir=" + (dir / "profile"),
          "--window-size=1000,900",
          "--virtual-time-budget=15000"};
}

class WebPage : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = FindChromium();
    if (chromium_.empty()) GTEST_SKIP() << "chromium not installed";
    const std::string db = dir_ / "web.db";
    Subprocess make({DYAD_CLI, "bench", "store", "--db", db, "--events", "3000", "--queries", "0"},
                    dir_ / "make.log");
    ASSERT_EQ(make.Wait(), 0) << ReadText(dir_ / "make.log");
    server_ = std::make_unique<Subprocess>(
        std::vector<std::string>{DYAD_CLI, "serve", "--db", db, "--port", "0", "--web",
                                 DYAD_SOURCE_DIR "/web"},
        dir_ / "serve.log");
    int port = WaitForPort(*server_, dir_ / "serve.log");
    ASSERT_GT(port, 0) << ReadText(dir_ / "serve.log");
    url_ = "http://127.0.0.1:" + std::to_string(port) + "/";
  }

  void TearDown() override {
    if (server_) {
      server_->Signal(SIGTERM);
      server_->Wait();
    }
  }

  TempDir dir_{"dyad-web"};
  std::string chromium_, url_;
  std::unique_ptr<Subprocess> server_;
};

TEST_F(WebPage, ChartsAndTableDrawInTheDom) {
  std::vector<std::string> args = Chromium(chromium_, dir_);
  args.push_back("--dump-dom");
  args.push_back(url_);
  Subprocess browser(args, dir_ / "dom.html", dir_ / "chromium.log");
  ASSERT_EQ(browser.Wait(), 0) << ReadText(dir_ / "chromium.log");
  const std::string dom = ReadText(dir_ / "dom.html");
  ASSERT_NE(dom.find("data-drawn=\"true\""), std::string::npos)
      << "the page never finished drawing:\n"
      << dom.substr(0, 3000);
  EXPECT_NE(dom.find("<p id=\"error\" role=\"alert\"></p>"), std::string::npos)
      << "the page shows an error";
  // Ten years of synthetic events: a bar per month, cooperation and conflict.
  EXPECT_GE(Count(dom, "class=\"coop\""), 100);
  EXPECT_GE(Count(dom, "class=\"conflict\""), 100);
  EXPECT_GE(Count(dom, "<circle"), 5) << "network nodes";
  EXPECT_GE(Count(dom, "class=\"link\""), 5) << "network links";
  EXPECT_EQ(Count(dom, "<tr>") - 1, 50) << "one page of events under the header row";
}

TEST_F(WebPage, ScreenshotShowsTheTimelineBars) {
  std::vector<std::string> args = Chromium(chromium_, dir_);
  const std::string png = dir_ / "page.png";
  args.push_back("--screenshot=" + png);
  args.push_back(url_);
  Subprocess browser(args, dir_ / "chromium.log");
  ASSERT_EQ(browser.Wait(), 0) << ReadText(dir_ / "chromium.log");
  testing::Image image = testing::DecodePng(ReadText(png));
  ASSERT_EQ(image.error, "");
  EXPECT_EQ(image.width, 1000u);
  // The bar fills of web/style.css: .coop #2a7ab0 above the axis, .conflict #c0392b below.
  EXPECT_GT(testing::CountColor(image, 0x2a7ab0), 2000) << "no cooperation bars on screen";
  EXPECT_GT(testing::CountColor(image, 0xc0392b), 1000) << "no conflict bars on screen";
}

}  // namespace
}  // namespace dyad
