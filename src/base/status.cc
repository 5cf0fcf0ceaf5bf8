#include "dyad/status.h"

namespace dyad {

std::string Status::ToString() const {
  switch (code_) {
    case StatusCode::kOk:
      return "OK";
    case StatusCode::kInvalidArgument:
      return "InvalidArgument: " + message_;
    case StatusCode::kNotFound:
      return "NotFound: " + message_;
    case StatusCode::kCorruption:
      return "Corruption: " + message_;
    case StatusCode::kIOError:
      return "IOError: " + message_;
  }
  return message_;
}

}  // namespace dyad
