#include "train/train_segmenter.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "base/file.h"
#include "base/lines.h"
#include "base/utf8.h"
#include "text/chars.h"
#include "train/perceptron.h"

namespace dyad {

Status SegmenterTrainOptions::Apply(const Params& params) {
  RETURN_IF_ERROR(params.Get("epochs", &epochs));
  RETURN_IF_ERROR(params.Get("seed", &seed));
  RETURN_IF_ERROR(params.Get("min_count", &min_count));
  return Status::Ok();
}

namespace {

bool HasWordChar(const std::string& s) {
  for (size_t pos = 0; pos < s.size();) {
    int len;
    bool valid;
    if (IsWordChar(DecodeUtf8(s, pos, &len, &valid))) return true;
    pos += len;
  }
  return false;
}

// Emoticons and the like: 2-4 characters, starting with punctuation other than a quote,
// not a run of one repeated character (the rules keep those together already).
bool IsSymbolToken(const std::string& form) {
  std::vector<char32_t> cps;
  for (size_t pos = 0; pos < form.size();) {
    int len;
    bool valid;
    cps.push_back(DecodeUtf8(form, pos, &len, &valid));
    pos += len;
  }
  if (cps.size() < 2 || cps.size() > 4) return false;
  if (IsWordChar(cps[0]) || IsApostrophe(cps[0]) || cps[0] == '"') return false;
  for (char32_t c : cps) {
    if (c != cps[0]) return true;
  }
  return false;
}

// One training example per token: its boundary label within a document.
struct Example {
  const Document* doc;
  std::vector<TextToken> tokens;
  std::vector<bool> ends;  // ends[i]: a gold sentence ends after token i
};

Example MakeExample(const Document& doc, const Tokenizer& tokenizer) {
  Example ex;
  ex.doc = &doc;
  tokenizer.Tokenize(doc.text, &ex.tokens);
  std::set<uint32_t> gold_ends;
  for (const Sentence& s : doc.sentences) gold_ends.insert(s.span.end);
  for (const TextToken& t : ex.tokens) ex.ends.push_back(gold_ends.count(t.end) > 0);
  return ex;
}

}  // namespace

TokenizerLexicon LearnLexicon(const std::vector<Document>& docs, int min_count,
                              const std::vector<std::string>& extra_abbreviations) {
  std::map<std::string, int> abbrev, prefix_whole, prefix_split, symbols;
  std::map<std::string, std::map<std::string, int>> multi;
  std::map<std::string, int> single;  // surface forms seen as one word
  for (const Document& doc : docs) {
    for (const Sentence& s : doc.sentences) {
      for (size_t t = 0; t < s.tokens.size(); ++t) {
        const Token& tok = s.tokens[t];
        const std::string key = TokenizerLexicon::Key(tok.form);
        if (tok.word_count > 1) {
          std::string words;
          for (int w = tok.first_word; w < tok.first_word + tok.word_count; ++w) {
            if (!words.empty()) words += ' ';
            words += TokenizerLexicon::Key(s.words[w].form);
          }
          ++multi[key][words];
          continue;
        }
        ++single[key];
        if (key.size() >= 2 && key.back() == '.' && HasWordChar(key)) ++abbrev[key];
        if (IsSymbolToken(tok.form)) ++symbols[tok.form];
        size_t hyphen = key.find('-');
        if (hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < key.size() &&
            HasWordChar(key.substr(0, hyphen))) {
          ++prefix_whole[key.substr(0, hyphen)];
        }
        // "search - engine": a hyphen token glued to words on both sides.
        if (tok.form == "-" && !tok.space_after && t > 0 && !s.tokens[t - 1].space_after) {
          ++prefix_split[TokenizerLexicon::Key(s.tokens[t - 1].form)];
        }
      }
    }
  }
  TokenizerLexicon lex;
  for (const auto& [k, c] : abbrev) {
    if (c >= min_count) lex.abbreviations.insert(k);
  }
  for (const auto& a : extra_abbreviations) lex.abbreviations.insert(AsciiLower(a));
  for (const auto& [k, c] : prefix_whole) {
    if (c >= min_count && c > prefix_split[k]) lex.hyphen_prefixes.insert(k);
  }
  for (const auto& [k, c] : symbols) {
    if (c >= std::max(min_count, 2)) lex.symbol_tokens.insert(k);
  }
  // A multiword entry when the form is split more often than not.
  for (const auto& [k, splits] : multi) {
    int total = 0, best = 0;
    std::string best_words;
    for (const auto& [words, c] : splits) {
      total += c;
      if (c > best) best = c, best_words = words;
    }
    if (total < min_count || total <= single[k]) continue;
    std::vector<std::string> words;
    size_t start = 0;
    while (true) {
      size_t space = best_words.find(' ', start);
      words.push_back(best_words.substr(start, space - start));
      if (space == std::string::npos) break;
      start = space + 1;
    }
    lex.multiword[k] = std::move(words);
  }
  return lex;
}

Result<std::vector<std::string>> ReadWordList(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  std::vector<std::string> words;
  LineReader lines(content);
  std::string_view line_view;
  while (lines.Next(&line_view)) {
    const int line_no = lines.line_number();
    std::string line(line_view);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_of(" \t") != std::string::npos) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                     ": one entry per line, without spaces");
    }
    words.push_back(line);
  }
  return words;
}

Result<Segmenter> TrainSegmenter(const std::vector<Document>& train,
                                 const std::vector<Document>& dev,
                                 const SegmenterTrainOptions& options,
                                 const std::vector<std::string>& abbreviations, std::ostream& log) {
  Segmenter seg;
  seg.SetLexicon(LearnLexicon(train, options.min_count, abbreviations));
  log << "tokenizer lexicon: " << seg.lexicon().abbreviations.size() << " abbreviations, "
      << seg.lexicon().hyphen_prefixes.size() << " hyphen prefixes, "
      << seg.lexicon().symbol_tokens.size() << " symbol tokens, " << seg.lexicon().multiword.size()
      << " multiword tokens" << std::endl;
  std::vector<Example> examples, dev_examples;
  for (const Document& d : train) examples.push_back(MakeExample(d, seg.tokenizer()));
  for (const Document& d : dev) dev_examples.push_back(MakeExample(d, seg.tokenizer()));

  PerceptronTrainer trainer(2);
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<uint64_t> feats;
  double best_f1 = -1;
  LinearModel best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t idx : order) {
      const Example& ex = examples[idx];
      int run = 0;
      for (size_t i = 0; i < ex.tokens.size(); ++i) {
        ++run;
        if (Segmenter::HardBoundary(ex.tokens, i)) {
          run = 0;
          continue;
        }
        seg.BoundaryFeatures(ex.doc->text, ex.tokens, i, run, &feats);
        float scores[2] = {0, 0};
        trainer.Score(feats.data(), feats.size(), scores);
        int guess = scores[1] > scores[0] ? 1 : 0;
        int gold = ex.ends[i] ? 1 : 0;
        trainer.Update(feats.data(), feats.size(), gold, guess);
        trainer.Tick();
        if (gold) run = 0;  // history follows the gold segmentation while training
      }
    }
    LinearModel model = trainer.Finalize(0);
    // Dev: boundary F1 over tokens.
    size_t tp = 0, fp = 0, fn = 0;
    for (const Example& ex : dev_examples) {
      int run = 0;
      for (size_t i = 0; i < ex.tokens.size(); ++i) {
        ++run;
        bool guess = Segmenter::HardBoundary(ex.tokens, i);
        if (!guess) {
          seg.BoundaryFeatures(ex.doc->text, ex.tokens, i, run, &feats);
          float scores[2] = {0, 0};
          model.Score(feats.data(), feats.size(), scores);
          guess = scores[1] > scores[0];
        }
        tp += guess && ex.ends[i];
        fp += guess && !ex.ends[i];
        fn += !guess && ex.ends[i];
        if (guess) run = 0;
      }
    }
    double f1 = tp ? 200.0 * tp / (2.0 * tp + fp + fn) : 0;
    log << "segmenter epoch " << epoch << ": dev boundary F1 " << f1 << std::endl;
    if (dev.empty() || f1 > best_f1) {
      best_f1 = f1;
      best = std::move(model);
    }
  }
  seg.SetModel(std::move(best));
  return seg;
}

}  // namespace dyad
