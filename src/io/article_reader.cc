#include "io/article_reader.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/file.h"
#include "base/lines.h"

namespace dyad {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s.substr(0, 40)) out += (c == '"' ? '\'' : c);
  return out + (s.size() > 40 ? "...\"" : "\"");
}

void ParseJsonl(std::string_view content, const std::string& path, const ArticleSink& sink,
                std::vector<Diagnostic>* errors) {
  LineReader lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    const int line_no = lines.line_number();
    const std::string where = path + ":" + std::to_string(line_no);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    nlohmann::json obj = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (obj.is_discarded() || !obj.is_object()) {
      errors->push_back({where, "not a JSON object"});
      continue;
    }
    auto get = [&](const char* key, bool required, std::string* out) -> bool {
      auto it = obj.find(key);
      if (it == obj.end() || it->is_null()) {
        if (required) errors->push_back({where, std::string("field \"") + key + "\" is missing"});
        return !required;
      }
      if (it->is_string()) {
        *out = it->get<std::string>();
      } else if (it->is_number() && std::string(key) == "id") {
        *out = it->dump();
      } else {
        errors->push_back({where, std::string("field \"") + key + "\": expected a string"});
        return false;
      }
      return true;
    };
    Document doc;
    doc.origin = where;
    if (!get("text", true, &doc.text) || !get("date", true, &doc.date) ||
        !get("id", false, &doc.id) || !get("title", false, &doc.title) ||
        !get("url", false, &doc.url) || !get("source", false, &doc.source)) {
      continue;
    }
    if (!IsIsoDate(doc.date)) {
      errors->push_back({where, "field \"date\": expected YYYY-MM-DD, got " + Quote(doc.date)});
      continue;
    }
    if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      errors->push_back({where, "field \"text\" is empty"});
      continue;
    }
    if (doc.id.empty()) doc.id = Stem(path) + ":" + std::to_string(line_no);
    sink(std::move(doc));
  }
}

void ParseDatedText(std::string_view content, const std::string& path, const ReadOptions& options,
                    const ArticleSink& sink, std::vector<Diagnostic>* errors) {
  Document doc;
  doc.id = Stem(path);
  doc.origin = path;
  std::string_view body = content;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);  // byte order mark
  size_t first = body.find_first_not_of(" \t\r\n");
  std::string_view rest = first == std::string_view::npos ? std::string_view() : body.substr(first);
  if (rest.empty()) {
    errors->push_back({path, "the file is empty"});
    return;
  }
  if (rest.substr(0, 5) == "date " || rest.substr(0, 5) == "date\t") {
    // "date YYYY-MM-DD" then the body, on the next line or after white space on this one.
    std::string_view after = rest.substr(5);
    after.remove_prefix(std::min(after.find_first_not_of(" \t"), after.size()));
    size_t date_end = std::min(after.find_first_of(" \t\r\n"), after.size());
    std::string_view date = after.substr(0, date_end);
    if (!IsIsoDate(date)) {
      errors->push_back({path + ":1", "expected 'date YYYY-MM-DD', got " + Quote(date)});
      return;
    }
    doc.date = std::string(date);
    body = after.substr(date_end);
    body.remove_prefix(std::min(body.find_first_not_of(" \t\r\n"), body.size()));
  } else if (!options.default_date.empty()) {
    doc.date = options.default_date;
  } else {
    errors->push_back(
        {path + ":1", "no 'date YYYY-MM-DD' first line (pass --date for plain text)"});
    return;
  }
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    errors->push_back({path, "the article has no text"});
    return;
  }
  doc.text = std::string(body);
  sink(std::move(doc));
}

}  // namespace

bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int year = std::stoi(std::string(d.substr(0, 4)));
  int month = std::stoi(std::string(d.substr(5, 2)));
  int day = std::stoi(std::string(d.substr(8, 2)));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

void ParseArticles(std::string_view content, const std::string& path, const ReadOptions& options,
                   const ArticleSink& sink, std::vector<Diagnostic>* errors) {
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) {
    ParseJsonl(content, path, sink, errors);
  } else {
    ParseDatedText(content, path, options, sink, errors);
  }
}

Status ReadArticles(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                    std::vector<Diagnostic>* errors) {
  std::vector<std::string> files;
  if (IsDirectory(path)) {
    ASSIGN_OR_RETURN(files, ListFiles(path));
  } else {
    files.push_back(path);
  }
  for (const std::string& file : files) {
    if (std::filesystem::path(file).filename().string().rfind('.', 0) == 0) continue;  // hidden
    Result<std::string> content = ReadFile(file);
    if (!content.ok()) {
      if (files.size() == 1) return content.status();
      errors->push_back({file, content.status().message()});
      continue;
    }
    ParseArticles(*content, file, options, sink, errors);
  }
  return Status::Ok();
}

}  // namespace dyad
