// What store.cc (ingest, articles) and query.cc (events, series, actors) share.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad {

struct Store::Impl {
  std::unique_ptr<sql::Connection> db;
  StoreOptions options;
  int schema_version = 0;
  std::mutex mu;  // one statement at a time on the connection
};

// The events columns every reader selects, in the order ReadEventRow expects, qualified
// with the alias `e`.
extern const char* const kEventColumns;
// Reads the kEventColumns starting at column `first`.
Event ReadEventRow(const sql::Statement& row, int first);

std::string JoinList(const std::vector<std::string>& parts);  // ';'-joined
std::vector<std::string> SplitList(const std::string& joined);

}  // namespace dyad

#endif  // DYAD_STORE_STORE_IMPL_H_
