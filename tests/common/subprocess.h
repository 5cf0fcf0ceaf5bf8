// Child processes for the end-to-end tests (crash, web): spawn the dyad binary with its
// output in files, poll, signal and reap it. Header-only; tests are single-threaded.
#ifndef DYAD_TESTS_COMMON_SUBPROCESS_H_
#define DYAD_TESTS_COMMON_SUBPROCESS_H_

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace dyad::testing {

class Subprocess {
 public:
  // Starts argv[0] (a path) with stdout appended to `log` and stderr to `err_log` (to `log`
  // too when empty); pid() is -1 on failure.
  Subprocess(const std::vector<std::string>& argv, const std::string& log,
             const std::string& err_log = "") {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const int flags = O_WRONLY | O_CREAT | O_APPEND;
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), flags, 0644);
    if (err_log.empty()) {
      posix_spawn_file_actions_adddup2(&actions, 1, 2);
    } else {
      posix_spawn_file_actions_addopen(&actions, 2, err_log.c_str(), flags, 0644);
    }
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    if (posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
  }
  Subprocess(const Subprocess&) = delete;
  Subprocess& operator=(const Subprocess&) = delete;
  ~Subprocess() {
    if (Running()) {
      kill(pid_, SIGKILL);
      Wait();
    }
  }

  pid_t pid() const { return pid_; }

  bool Running() {
    if (pid_ <= 0 || done_) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      done_ = true;
      status_ = status;
      return false;
    }
    return true;
  }

  void Signal(int sig) {
    if (Running()) kill(pid_, sig);
  }

  // The exit code, or 128 + the signal that ended it.
  int Wait() {
    if (pid_ > 0 && !done_) {
      waitpid(pid_, &status_, 0);
      done_ = true;
    }
    if (WIFSIGNALED(status_)) return 128 + WTERMSIG(status_);
    return WEXITSTATUS(status_);
  }

 private:
  pid_t pid_ = -1;
  bool done_ = false;
  int status_ = 0;
};

inline std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

// A fresh directory under the system temp folder, removed with everything in it.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix) {
    path_ = std::filesystem::temp_directory_path() /
            (prefix + "-" + std::to_string(getpid()) + "-" +
             std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string path() const { return path_.string(); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace dyad::testing

#endif  // DYAD_TESTS_COMMON_SUBPROCESS_H_
