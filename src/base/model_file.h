// Self-describing model files (docs/formats/model.md).
//
// Layout (little-endian):
//   magic "DYADMODL" | u32 format version | str component | u32 block count |
//   blocks: str name, u64 byte length, bytes
// where str is a u32 length followed by that many bytes.
// Versions: 1 = first release. A newer version is refused with a clear message.
#ifndef DYAD_BASE_MODEL_FILE_H_
#define DYAD_BASE_MODEL_FILE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

inline constexpr uint32_t kModelFormatVersion = 1;

// Appends fixed-width little-endian values and length-prefixed strings to a buffer.
class ByteWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v);
  void U64(uint64_t v);
  void I16(int16_t v) { U16(static_cast<uint16_t>(v)); }
  void U16(uint16_t v);
  void F32(float v);
  void Str(std::string_view s);
  void Bytes(const void* data, size_t n) { out_.append(static_cast<const char*>(data), n); }
  const std::string& data() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what ByteWriter wrote; every read is bounds-checked and a short read yields
// Corruption naming the block.
class ByteReader {
 public:
  ByteReader(std::string_view data, std::string where) : data_(data), where_(std::move(where)) {}
  Status U8(uint8_t* v);
  Status U16(uint16_t* v);
  Status I16(int16_t* v);
  Status U32(uint32_t* v);
  Status U64(uint64_t* v);
  Status F32(float* v);
  Status Str(std::string* s);
  Status Bytes(void* out, size_t n);
  bool done() const { return pos_ == data_.size(); }
  Status Truncated() const;

 private:
  std::string_view data_;
  size_t pos_ = 0;
  std::string where_;
};

class ModelWriter {
 public:
  explicit ModelWriter(std::string component) : component_(std::move(component)) {}
  void AddBlock(const std::string& name, std::string bytes) { blocks_[name] = std::move(bytes); }
  Status Save(const std::string& path) const;
  std::string Serialize() const;

 private:
  std::string component_;
  std::map<std::string, std::string> blocks_;
};

class ModelReader {
 public:
  // Reads and checks the whole file; `component` must match the file's component name.
  static Result<ModelReader> Open(const std::string& path, const std::string& component);
  static Result<ModelReader> Parse(std::string bytes, const std::string& where,
                                   const std::string& component);
  // The block's bytes, or NotFound naming the file and block.
  Result<ByteReader> Block(const std::string& name) const;
  const std::string& where() const { return where_; }

 private:
  std::string bytes_;
  std::string where_;
  std::map<std::string, std::pair<size_t, size_t>> blocks_;  // name -> (offset, length)
};

}  // namespace dyad

#endif  // DYAD_BASE_MODEL_FILE_H_
