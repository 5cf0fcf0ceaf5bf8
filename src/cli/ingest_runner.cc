#include "cli/ingest_runner.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dyad::cli {
namespace {

// A bounded multi-producer multi-consumer queue; Close() wakes everyone and ends Pop().
template <typename T>
class Queue {
 public:
  explicit Queue(size_t capacity) : capacity_(capacity) {}
  void Push(T item) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }
  std::optional<T> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> items_;
  bool closed_ = false;
};

}  // namespace

void AnnotateAndConsume(const Pipeline& pipeline, int threads,
                        const std::function<void(const DocumentSink&)>& produce,
                        const DocumentSink& consume) {
  threads = std::max(1, threads);
  Queue<Document> to_annotate(threads * 4);
  Queue<Document> to_consume(threads * 4);
  std::vector<std::thread> workers;
  for (int thread_idx = 0; thread_idx < threads; ++thread_idx) {
    workers.emplace_back([&] {
      while (std::optional<Document> doc = to_annotate.Pop()) {
        pipeline.Annotate(&*doc);
        to_consume.Push(std::move(*doc));
      }
    });
  }
  std::thread writer([&] {
    while (std::optional<Document> doc = to_consume.Pop()) consume(std::move(*doc));
  });
  produce([&](Document&& doc) { to_annotate.Push(std::move(doc)); });
  to_annotate.Close();
  for (std::thread& worker : workers) worker.join();
  to_consume.Close();
  writer.join();
}

}  // namespace dyad::cli
