#include "kb/tsv.h"

#include "base/file.h"
#include "base/lines.h"

namespace dyad {

Result<std::vector<TsvRow>> ReadTsv(const std::string& path, size_t columns) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  std::vector<TsvRow> rows;
  LineReader lines(content);
  std::string_view line_view;
  while (lines.Next(&line_view)) {
    const int line_no = lines.line_number();
    const std::string line(line_view);
    if (line.empty() || line[0] == '#') continue;
    TsvRow row;
    row.line = line_no;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      row.fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() != columns) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": expected " +
                                     std::to_string(columns) + " tab-separated fields, got " +
                                     std::to_string(row.fields.size()));
    }
    for (const std::string& f : row.fields) {
      if (f.empty()) {
        return Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                       ": empty field (write '-' for no value)");
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> ListItems(const std::string& field) {
  std::vector<std::string> items;
  if (field == "-") return items;
  size_t start = 0;
  while (true) {
    size_t bar = field.find('|', start);
    std::string item = field.substr(start, bar == std::string::npos ? bar : bar - start);
    if (!item.empty()) items.push_back(item);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return items;
}

}  // namespace dyad
