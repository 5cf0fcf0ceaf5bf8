#include "io/iob.h"

#include "base/file.h"
#include "base/lines.h"

namespace dyad {
namespace {

std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  const char sep = line.find('\t') != std::string_view::npos ? '\t' : ' ';
  while (start <= line.size()) {
    size_t end = line.find(sep, start);
    if (end == std::string_view::npos) end = line.size();
    if (end > start) fields.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return fields;
}

// "B-PER" -> ('B', "PER"); unknown types -> ('O', "").
std::pair<char, std::string> SplitTag(std::string_view tag) {
  if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return {'O', ""};
  std::string type(tag.substr(2));
  if (type != "PER" && type != "ORG" && type != "LOC") return {'O', ""};
  return {tag[0], type};
}

}  // namespace

std::vector<std::string> EntityTags(const Sentence& s) {
  std::vector<std::string> tags(s.words.size(), "O");
  for (const Entity& e : s.entities) {
    for (int w = e.first_word; w < e.end_word; ++w) {
      tags[w] = (w == e.first_word ? "B-" : "I-") + e.type;
    }
  }
  return tags;
}

Result<std::vector<Sentence>> ParseEntityFile(std::string_view content, const std::string& origin) {
  std::vector<Sentence> sentences;
  Sentence current;
  std::string open_type;  // type of the entity being extended, "" for none
  auto close = [&]() {
    if (!open_type.empty())
      current.entities.back().end_word = static_cast<int>(current.words.size());
    open_type.clear();
  };
  auto finish = [&]() {
    close();
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = Sentence();
  };
  LineReader lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    const int line_no = lines.line_number();
    if (line.empty()) {
      finish();
      continue;
    }
    auto fields = SplitFields(line);
    // "# sent_id = ..." is a comment; "#\tO" is the token "#".
    const bool token_hash =
        fields.size() == 2 && (fields[1] == "O" || SplitTag(fields[1]).first != 'O');
    if (line[0] == '#' && !token_hash) continue;
    std::string_view form, tag;
    if (fields.size() >= 3 && std::isdigit(static_cast<unsigned char>(fields[0][0]))) {
      form = fields[1];  // UNER: ID, word, tag, ...
      tag = fields[2];
    } else if (fields.size() == 2) {
      form = fields[0];  // CoNLL: word, tag
      tag = fields[1];
    } else {
      return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                     ": expected 'word TAG' or 'ID word TAG ...'");
    }
    if (form == "-DOCSTART-") continue;
    auto [bio, type] = SplitTag(tag);
    const int index = static_cast<int>(current.words.size());
    if (bio == 'O') {
      close();
    } else if (bio == 'B' || type != open_type) {  // IO tagging: a new type starts an entity
      close();
      current.entities.push_back({index, index + 1, type});
      open_type = type;
    }
    Word w;
    w.form = std::string(form);
    w.token = static_cast<int>(current.tokens.size());
    Token t;
    t.form = w.form;
    t.first_word = index;
    current.tokens.push_back(std::move(t));
    current.words.push_back(std::move(w));
  }
  finish();
  return sentences;
}

Result<std::vector<Sentence>> ReadEntityFile(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  return ParseEntityFile(content, path);
}

}  // namespace dyad
