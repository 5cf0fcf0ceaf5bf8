// Hyperparameter files: "key = value" lines, '#' comments. Versioned under train/params/.
#ifndef DYAD_TRAIN_PARAMS_H_
#define DYAD_TRAIN_PARAMS_H_

#include <map>
#include <string>

#include "dyad/status.h"

namespace dyad {

class Params {
 public:
  static Result<Params> Load(const std::string& path);
  // Each getter leaves *out unchanged when the key is absent; a malformed value is an
  // error naming the file and line.
  Status Get(const std::string& key, int* out) const;
  Status Get(const std::string& key, float* out) const;
  Status Get(const std::string& key, uint64_t* out) const;
  // Keys that no getter asked for (typos): reported by the trainer.
  std::string Unused() const;

 private:
  struct Value {
    std::string text;
    int line;
  };
  std::string path_;
  std::map<std::string, Value> values_;
  mutable std::map<std::string, bool> used_;
};

}  // namespace dyad

#endif  // DYAD_TRAIN_PARAMS_H_
