// A thin RAII layer over the SQLite C API: one connection, statements prepared once and
// cached by their SQL text, values always bound (never spliced into SQL).
#ifndef DYAD_STORE_SQLITE_H_
#define DYAD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/status.h"

namespace dyad::sql {

// Bytes bound as a BLOB rather than TEXT.
struct Blob {
  std::string bytes;
};
// A value to bind; monostate binds NULL.
using Value = std::variant<std::monostate, int64_t, double, std::string, Blob>;

// A prepared statement, reset and unbound when the Statement goes out of scope, so a cached
// statement is always clean for its next use.
class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binds parameters 1..n in order.
  Status Bind(const std::vector<Value>& values);
  void Bind(int index, const Value& value);
  // True when a row is ready, false when done; errors are returned as a Status.
  Result<bool> Step();
  // Runs to completion (INSERT/UPDATE/DELETE).
  Status Run();

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Double(int column) const { return sqlite3_column_double(stmt_, column); }
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::string Text(int column) const;
  std::string BlobValue(int column) const;

 private:
  sqlite3_stmt* stmt_;
};

class Connection {
 public:
  // Opens (creating unless read_only) the database at `path`.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, bool read_only);
  ~Connection();

  // Runs one or more statements without results (schema, pragmas, BEGIN/COMMIT).
  Status Exec(const std::string& sql);
  // The cached prepared statement for `sql`; prepared on first use.
  Result<std::unique_ptr<Statement>> Prepare(const std::string& sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  const std::string& path() const { return path_; }

 private:
  Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Error(std::string_view what) const;
  sqlite3* db_;
  std::string path_;
  std::map<std::string, sqlite3_stmt*, std::less<>> cache_;
};

}  // namespace dyad::sql

#endif  // DYAD_STORE_SQLITE_H_
