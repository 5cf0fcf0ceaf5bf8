#include "kb/petrarch_text.h"

#include <cctype>

#include "base/file.h"
#include "base/lines.h"
#include "base/utf8.h"

namespace dyad {

std::string DictWhere(const std::string& path, int line) {
  return path + ":" + std::to_string(line) + ": ";
}

std::string_view TrimSpace(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  size_t e = s.size();
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

Result<std::vector<DictLine>> ReadDictLines(const std::string& path) {
  ASSIGN_OR_RETURN(std::string raw, ReadFile(path));
  const std::string content = RepairUtf8(raw);
  std::vector<DictLine> out;
  LineReader lines(content);
  std::string_view view;
  int comment_start = 0;  // line of an open multi-line <!-- comment, 0 when none
  while (lines.Next(&view)) {
    std::string text(view);
    if (comment_start > 0) {
      size_t close = text.find("-->");
      if (close == std::string::npos) continue;
      text.erase(0, close + 3);
      comment_start = 0;
    }
    // XML-style comments, possibly several on a line or one left open.
    for (size_t open = text.find("<!--"); open != std::string::npos; open = text.find("<!--")) {
      size_t close = text.find("-->", open + 4);
      if (close == std::string::npos) {
        text.erase(open);
        comment_start = lines.line_number();
        break;
      }
      text.erase(open, close + 3 - open);
    }
    size_t hash = text.find('#');
    if (hash != std::string::npos) text.erase(hash);
    std::string_view trimmed = TrimSpace(text);
    if (trimmed.empty()) continue;
    DictLine line;
    line.line = lines.line_number();
    line.indented = std::isspace(static_cast<unsigned char>(text[0]));
    line.text = std::string(trimmed);
    out.push_back(std::move(line));
  }
  if (comment_start > 0) {
    return Status::InvalidArgument(DictWhere(path, comment_start) + "'<!--' is never closed");
  }
  return out;
}

namespace {

bool ValidDay(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

int Digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool ParseDictDate(std::string_view digits, std::string* date, bool* quirk, std::string* error) {
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      *error = "date \"" + std::string(digits) + "\" is not a number";
      return false;
    }
  }
  if (digits.size() < 6) {
    *error = "date \"" + std::string(digits) + "\" has fewer than 6 digits";
    return false;
  }
  *quirk = digits.size() != 6 && digits.size() != 8;
  int year, month, day;
  if (digits.size() <= 7) {
    year = Digits(digits.substr(0, 2));
    year += year <= 30 ? 2000 : 1900;
    month = Digits(digits.substr(2, 2));
    day = Digits(digits.substr(4, 2));
  } else {
    year = Digits(digits.substr(0, 4));
    month = Digits(digits.substr(4, 2));
    day = Digits(digits.substr(6, 2));
  }
  if (!ValidDay(year, month, day)) {
    *error = "date \"" + std::string(digits) + "\" is not a calendar day";
    return false;
  }
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  *date = buf;
  return true;
}

std::vector<std::string> SplitWords(std::string_view s, std::string_view separators) {
  std::vector<std::string> words;
  std::string word;
  for (char c : s) {
    if (separators.find(c) != std::string_view::npos ||
        std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace dyad
