#include "events/codebook.h"

#include <cctype>

#include "kb/tsv.h"

namespace dyad {
namespace {

bool AllDigits(const std::string& s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

}  // namespace

Result<Codebook> Codebook::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path, 8));
  Codebook book;
  for (const TsvRow& row : rows) {
    const auto& f = row.fields;
    const std::string where = path + ":" + std::to_string(row.line) + ": ";
    if (!AllDigits(f[0]) || f[0].size() < 2 || f[0].size() > 4) {
      return Status::InvalidArgument(where + "bad code '" + f[0] + "'");
    }
    if (f[1] != f[0].substr(0, 2) || (f[0].size() > 2 && !book.Find(f[1]))) {
      return Status::InvalidArgument(where + "root '" + f[1] + "' is not the code's root record");
    }
    if (f[2] != std::to_string(f[0].size())) {
      return Status::InvalidArgument(where + "level must be the number of digits of the code");
    }
    if (f[0].size() == 4 && !book.Find(f[0].substr(0, 3))) {
      return Status::InvalidArgument(where + "parent " + f[0].substr(0, 3) + " is missing");
    }
    CameoCode c;
    c.code = f[0];
    c.root = f[1];
    c.name = f[3];
    try {
      c.goldstein = std::stod(f[4]);
      c.quad_class = std::stoi(f[5]);
    } catch (const std::exception&) {
      return Status::InvalidArgument(where + "bad Goldstein weight or quad class");
    }
    if (c.goldstein < -10 || c.goldstein > 10 || c.quad_class < 1 || c.quad_class > 4) {
      return Status::InvalidArgument(where + "Goldstein or quad class out of range");
    }
    c.plover_event = f[6] == "-" ? "" : f[6];
    c.plover_mode = f[7] == "-" ? "" : f[7];
    if (!book.index_.emplace(c.code, book.codes_.size()).second) {
      return Status::InvalidArgument(where + "code " + c.code + " appears twice");
    }
    book.codes_.push_back(std::move(c));
  }
  return book;
}

const CameoCode* Codebook::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

}  // namespace dyad
