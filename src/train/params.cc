#include "train/params.h"

#include <charconv>
#include <sstream>

#include "base/file.h"

namespace dyad {
namespace {
std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}
}  // namespace

Result<Params> Params::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  Params p;
  p.path_ = path;
  std::istringstream in(content);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    line = Trim(line);
    if (line.empty()) continue;
    size_t eq = line.find('=');
    if (eq == std::string::npos) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                     ": expected 'key = value'");
    }
    p.values_[Trim(line.substr(0, eq))] = {Trim(line.substr(eq + 1)), line_no};
  }
  return p;
}

Status Params::Get(const std::string& key, int* out) const {
  auto it = values_.find(key);
  if (it == values_.end()) return Status::Ok();
  used_[key] = true;
  const std::string& v = it->second.text;
  auto res = std::from_chars(v.data(), v.data() + v.size(), *out);
  if (res.ec != std::errc() || res.ptr != v.data() + v.size()) {
    return Status::InvalidArgument(path_ + ":" + std::to_string(it->second.line) + ": " + key +
                                   ": expected an integer, got '" + v + "'");
  }
  return Status::Ok();
}

Status Params::Get(const std::string& key, uint64_t* out) const {
  int v = 0;
  auto it = values_.find(key);
  if (it == values_.end()) return Status::Ok();
  RETURN_IF_ERROR(Get(key, &v));
  if (v < 0) return Status::InvalidArgument(path_ + ": " + key + " must not be negative");
  *out = static_cast<uint64_t>(v);
  return Status::Ok();
}

Status Params::Get(const std::string& key, float* out) const {
  auto it = values_.find(key);
  if (it == values_.end()) return Status::Ok();
  used_[key] = true;
  try {
    size_t used = 0;
    *out = std::stof(it->second.text, &used);
    if (used != it->second.text.size()) throw std::invalid_argument("trailing");
  } catch (const std::exception&) {
    return Status::InvalidArgument(path_ + ":" + std::to_string(it->second.line) + ": " + key +
                                   ": expected a number, got '" + it->second.text + "'");
  }
  return Status::Ok();
}

std::string Params::Unused() const {
  std::string out;
  for (const auto& [k, v] : values_) {
    if (!used_.count(k)) out += (out.empty() ? "" : ", ") + k;
  }
  return out;
}

}  // namespace dyad
