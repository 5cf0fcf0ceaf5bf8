#include "base/model_file.h"

#include <cstring>
#include <fstream>
#include <sstream>

#include "base/file.h"

namespace dyad {
namespace {
constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'M', 'O', 'D', 'L'};
}  // namespace

void ByteWriter::U16(uint16_t v) {
  for (int i = 0; i < 2; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void ByteWriter::U32(uint32_t v) {
  for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void ByteWriter::U64(uint64_t v) {
  for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void ByteWriter::F32(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, 4);
  U32(bits);
}
void ByteWriter::Str(std::string_view s) {
  U32(static_cast<uint32_t>(s.size()));
  out_.append(s);
}

Status ByteReader::Truncated() const {
  return Status::Corruption(where_ + ": truncated at byte " + std::to_string(pos_));
}
Status ByteReader::Bytes(void* out, size_t n) {
  if (n > data_.size() - pos_) return Truncated();
  std::memcpy(out, data_.data() + pos_, n);
  pos_ += n;
  return Status::Ok();
}
Status ByteReader::U8(uint8_t* v) { return Bytes(v, 1); }
Status ByteReader::U16(uint16_t* v) {
  unsigned char b[2];
  RETURN_IF_ERROR(Bytes(b, 2));
  *v = static_cast<uint16_t>(b[0] | (b[1] << 8));
  return Status::Ok();
}
Status ByteReader::I16(int16_t* v) {
  uint16_t u;
  RETURN_IF_ERROR(U16(&u));
  *v = static_cast<int16_t>(u);
  return Status::Ok();
}
Status ByteReader::U32(uint32_t* v) {
  unsigned char b[4];
  RETURN_IF_ERROR(Bytes(b, 4));
  *v = 0;
  for (int i = 3; i >= 0; --i) *v = (*v << 8) | b[i];
  return Status::Ok();
}
Status ByteReader::U64(uint64_t* v) {
  unsigned char b[8];
  RETURN_IF_ERROR(Bytes(b, 8));
  *v = 0;
  for (int i = 7; i >= 0; --i) *v = (*v << 8) | b[i];
  return Status::Ok();
}
Status ByteReader::F32(float* v) {
  uint32_t bits;
  RETURN_IF_ERROR(U32(&bits));
  std::memcpy(v, &bits, 4);
  return Status::Ok();
}
Status ByteReader::Str(std::string* s) {
  uint32_t n;
  RETURN_IF_ERROR(U32(&n));
  if (n > data_.size() - pos_) return Truncated();
  s->assign(data_.data() + pos_, n);
  pos_ += n;
  return Status::Ok();
}

std::string ModelWriter::Serialize() const {
  ByteWriter w;
  w.Bytes(kMagic, sizeof(kMagic));
  w.U32(kModelFormatVersion);
  w.Str(component_);
  w.U32(static_cast<uint32_t>(blocks_.size()));
  for (const auto& [name, bytes] : blocks_) {
    w.Str(name);
    w.U64(bytes.size());
    w.Bytes(bytes.data(), bytes.size());
  }
  return w.Take();
}

Status ModelWriter::Save(const std::string& path) const { return WriteFile(path, Serialize()); }

Result<ModelReader> ModelReader::Open(const std::string& path, const std::string& component) {
  ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
  return Parse(std::move(bytes), path, component);
}

Result<ModelReader> ModelReader::Parse(std::string bytes, const std::string& where,
                                       const std::string& component) {
  ModelReader m;
  m.bytes_ = std::move(bytes);
  m.where_ = where;
  ByteReader r(m.bytes_, where);
  char magic[8] = {};
  if (!r.Bytes(magic, 8).ok() || std::memcmp(magic, kMagic, 8) != 0) {
    return Status::Corruption(where + ": not a dyad model file (bad magic)");
  }
  uint32_t version;
  RETURN_IF_ERROR(r.U32(&version));
  if (version > kModelFormatVersion) {
    return Status::InvalidArgument(where + ": model format version " + std::to_string(version) +
                                   " is newer than this dyad supports (" +
                                   std::to_string(kModelFormatVersion) + "); upgrade dyad");
  }
  std::string file_component;
  RETURN_IF_ERROR(r.Str(&file_component));
  if (file_component != component) {
    return Status::InvalidArgument(where + ": holds a '" + file_component + "' model, expected '" +
                                   component + "'");
  }
  uint32_t count;
  RETURN_IF_ERROR(r.U32(&count));
  size_t offset = 8 + 4 + 4 + file_component.size() + 4;
  for (uint32_t b = 0; b < count; ++b) {
    std::string name;
    RETURN_IF_ERROR(r.Str(&name));
    uint64_t len;
    RETURN_IF_ERROR(r.U64(&len));
    offset += 4 + name.size() + 8;
    if (len > m.bytes_.size() - offset) {
      return Status::Corruption(where + ": block '" + name + "' is truncated");
    }
    m.blocks_[name] = {offset, static_cast<size_t>(len)};
    std::string skip;
    skip.resize(len);
    RETURN_IF_ERROR(r.Bytes(skip.data(), len));
    offset += len;
  }
  return m;
}

Result<ByteReader> ModelReader::Block(const std::string& name) const {
  auto it = blocks_.find(name);
  if (it == blocks_.end()) return Status::NotFound(where_ + ": no block '" + name + "'");
  return ByteReader(std::string_view(bytes_).substr(it->second.first, it->second.second),
                    where_ + ": block '" + name + "'");
}

}  // namespace dyad
