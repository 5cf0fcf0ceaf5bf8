// Reads articles: dated text files ("date YYYY-MM-DD" first, then the body on the same
// line after white space or on the next lines; Document::text is the body and spans
// count from its first byte),
// JSONL (one object per line with "text" and "date", optional "id", "title", "url",
// "source"), plain text with a date given by the caller, and folders of such files.
#ifndef DYAD_IO_ARTICLE_READER_H_
#define DYAD_IO_ARTICLE_READER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct ReadOptions {
  // Date for text files without a "date" line; empty means such a file is an error.
  std::string default_date;
};

using ArticleSink = std::function<void(Document&&)>;

// Reads `path` (a file or a folder, recursively, in path order) and passes each good
// article to `sink`. A bad article (no date, bad date, empty text, bad JSON) is added to
// `errors` as "file:line: reason" and skipped; the others still arrive. The Status is
// an error only when the path itself cannot be read.
Status ReadArticles(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                    std::vector<Diagnostic>* errors);

// Parses one file's content (exposed for tests). `path` names it in messages; the
// extension chooses the format (.jsonl/.ndjson: JSONL, anything else: dated text).
void ParseArticles(std::string_view content, const std::string& path, const ReadOptions& options,
                   const ArticleSink& sink, std::vector<Diagnostic>* errors);

// True for a real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view date);

}  // namespace dyad

#endif  // DYAD_IO_ARTICLE_READER_H_
