#include "io/conllu.h"

#include <charconv>

#include "base/lines.h"
#include "base/utf8.h"
#include "io/iob.h"

namespace dyad {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols.push_back(line.substr(start));
      break;
    }
    cols.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return cols;
}

bool ParseInt(std::string_view s, int* out) {
  auto res = std::from_chars(s.data(), s.data() + s.size(), *out);
  return res.ec == std::errc() && res.ptr == s.data() + s.size();
}

struct PendingSentence {
  Sentence sentence;
  std::string text;
  bool has_text = false;
  int first_line = 0;
};

// Places the sentence's tokens in doc->text and sets every span.
void PlaceSentence(PendingSentence* p, Document* doc) {
  Sentence& s = p->sentence;
  std::string text = p->text;
  if (!p->has_text) {
    for (const Token& t : s.tokens) {
      text += t.form;
      if (t.space_after) text += ' ';
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
  }
  if (!doc->text.empty()) doc->text += s.new_paragraph ? "\n\n" : " ";
  const uint32_t base = static_cast<uint32_t>(doc->text.size());
  doc->text += text;
  s.span = {base, static_cast<uint32_t>(doc->text.size())};
  size_t cursor = 0;
  for (Token& t : s.tokens) {
    size_t found = text.find(t.form, cursor);
    // Tokens must appear in order; when the text disagrees, keep the cursor position.
    if (found == std::string::npos || found - cursor > 64) found = cursor;
    t.span = {static_cast<uint32_t>(base + found),
              static_cast<uint32_t>(base + std::min(found + t.form.size(), text.size()))};
    cursor = std::min(found + t.form.size(), text.size());
    // Words inside the token: slice when they spell the token out.
    uint32_t offset = t.span.begin;
    for (int w = t.first_word; w < t.first_word + t.word_count; ++w) {
      Word& word = s.words[w];
      if (t.word_count > 1 && doc->text.compare(offset, word.form.size(), word.form) == 0) {
        word.span = {offset, static_cast<uint32_t>(offset + word.form.size())};
        offset += static_cast<uint32_t>(word.form.size());
      } else {
        word.span = t.span;
      }
    }
  }
}

}  // namespace

Result<std::vector<Document>> ParseConllu(std::string_view content, const std::string& origin) {
  std::vector<Document> docs;
  docs.emplace_back();
  docs.back().origin = origin;
  PendingSentence pending;
  bool in_sentence = false;
  int mwt_end = 0;  // last word id covered by the current multiword token
  int line_no = 0;
  bool next_newpar = false;

  auto fail = [&](const std::string& why) {
    return Status::InvalidArgument(origin + ":" + std::to_string(line_no) + ": " + why);
  };
  auto finish = [&]() -> Status {
    if (!in_sentence) return Status::Ok();
    Sentence& s = pending.sentence;
    if (s.words.empty()) {
      return Status::InvalidArgument(origin + ":" + std::to_string(pending.first_line) +
                                     ": sentence has no words");
    }
    for (const Word& w : s.words) {
      if (w.head > static_cast<int>(s.words.size())) {
        return Status::InvalidArgument(
            origin + ":" + std::to_string(pending.first_line) + ": head " + std::to_string(w.head) +
            " is beyond the sentence's " + std::to_string(s.words.size()) + " words");
      }
    }
    if (docs.back().sentences.empty()) s.new_paragraph = true;
    PlaceSentence(&pending, &docs.back());
    docs.back().sentences.push_back(std::move(s));
    pending = PendingSentence();
    in_sentence = false;
    mwt_end = 0;
    return Status::Ok();
  };

  LineReader lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    line_no = lines.line_number();
    if (line.empty()) {
      RETURN_IF_ERROR(finish());
      continue;
    }
    if (!in_sentence) {
      in_sentence = true;
      pending.first_line = line_no;
      pending.sentence.new_paragraph = next_newpar;
      next_newpar = false;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) {
        if (!docs.back().sentences.empty()) {
          docs.emplace_back();
          docs.back().origin = origin;
        }
        size_t eq = line.find('=');
        if (eq != std::string_view::npos) {
          std::string_view id = line.substr(eq + 1);
          while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
          docs.back().id = std::string(id);
        }
        pending.sentence.new_paragraph = true;
      } else if (line.rfind("# newpar", 0) == 0) {
        pending.sentence.new_paragraph = true;
      } else if (line.rfind("# text = ", 0) == 0) {
        pending.text = std::string(line.substr(9));
        pending.has_text = true;
      } else if (line.rfind("# sent_id = ", 0) == 0) {
        pending.sentence.id = std::string(line.substr(12));
      }
      continue;
    }
    auto cols = SplitTabs(line);
    if (cols.size() != 10) {
      return fail("expected 10 tab-separated columns, got " + std::to_string(cols.size()));
    }
    std::string_view id = cols[0];
    Sentence& s = pending.sentence;
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      int first, last;
      if (!ParseInt(id.substr(0, dash), &first) || !ParseInt(id.substr(dash + 1), &last) ||
          first != static_cast<int>(s.words.size()) + 1 || last < first) {
        return fail("bad multiword token range '" + std::string(id) + "'");
      }
      Token t;
      t.form = std::string(cols[1]);
      t.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
      t.first_word = first - 1;
      t.word_count = last - first + 1;
      s.tokens.push_back(std::move(t));
      mwt_end = last;
      continue;
    }
    int word_id;
    if (!ParseInt(id, &word_id) || word_id != static_cast<int>(s.words.size()) + 1) {
      return fail("expected word id " + std::to_string(s.words.size() + 1) + ", got '" +
                  std::string(id) + "'");
    }
    Word w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!ParseInt(cols[6], &w.head) || w.head < 0) {
      return fail("bad head '" + std::string(cols[6]) + "'");
    }
    w.deprel = std::string(cols[7]);
    if (word_id <= mwt_end) {
      w.token = static_cast<int>(s.tokens.size()) - 1;
    } else {
      Token t;
      t.form = w.form;
      t.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
      t.first_word = word_id - 1;
      t.word_count = 1;
      s.tokens.push_back(std::move(t));
      w.token = static_cast<int>(s.tokens.size()) - 1;
    }
    s.words.push_back(std::move(w));
  }
  RETURN_IF_ERROR(finish());
  if (docs.back().sentences.empty() && docs.size() > 1) docs.pop_back();
  return docs;
}

std::string FormatConllu(const Document& doc) {
  std::string out;
  bool first = true;
  for (size_t s_idx = 0; s_idx < doc.sentences.size(); ++s_idx) {
    const Sentence& s = doc.sentences[s_idx];
    if (first && !doc.id.empty()) out += "# newdoc id = " + doc.id + "\n";
    if (s.new_paragraph) out += "# newpar\n";
    first = false;
    out +=
        "# sent_id = " +
        (s.id.empty() ? (doc.id.empty() ? "s" : doc.id + "-") + std::to_string(s_idx + 1) : s.id) +
        "\n";
    std::string text = s.span.end > s.span.begin && s.span.end <= doc.text.size()
                           ? doc.text.substr(s.span.begin, s.span.end - s.span.begin)
                           : std::string();
    text = RepairUtf8(text);  // the raw text may hold invalid bytes; output never does
    for (char& c : text) {
      if (c == '\n' || c == '\r' || c == '\t' || c == '\0') c = ' ';
    }
    out += "# text = " + text + "\n";
    const std::vector<std::string> entity_tags = EntityTags(s);
    for (const Token& t : s.tokens) {
      const std::string misc = t.space_after ? "_" : "SpaceAfter=No";
      if (t.word_count > 1) {
        out += std::to_string(t.first_word + 1) + "-" +
               std::to_string(t.first_word + t.word_count) + "\t" + t.form +
               "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
      }
      for (int w_idx = t.first_word; w_idx < t.first_word + t.word_count; ++w_idx) {
        const Word& w = s.words[w_idx];
        // MISC: SpaceAfter (on the token's own line) and the named-entity tag ("NE=B-PER").
        std::string word_misc = t.word_count == 1 && !t.space_after ? "SpaceAfter=No" : "";
        if (entity_tags[w_idx] != "O") {
          word_misc += (word_misc.empty() ? "NE=" : "|NE=") + entity_tags[w_idx];
        }
        auto field = [](const std::string& v) { return v.empty() ? std::string("_") : v; };
        out += std::to_string(w_idx + 1) + "\t" + field(w.form) + "\t" + field(w.lemma) + "\t" +
               field(w.upos) + "\t" + field(w.xpos) + "\t" + field(w.feats) + "\t" +
               (w.head < 0 ? std::string("_") : std::to_string(w.head)) + "\t" + field(w.deprel) +
               "\t_\t" + (word_misc.empty() ? std::string("_") : word_misc) + "\n";
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace dyad
