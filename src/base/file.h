// All file access goes through here, so tests can point it at faulty files and the
// error messages stay uniform ("path: reason").
#ifndef DYAD_BASE_FILE_H_
#define DYAD_BASE_FILE_H_

#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad {

Result<std::string> ReadFile(const std::string& path);
// Writes to path.tmp then renames, so a crash never leaves a half-written file.
Status WriteFile(const std::string& path, const std::string& contents);
bool IsDirectory(const std::string& path);
bool FileExists(const std::string& path);
// Regular files below dir (recursively), sorted by path.
Result<std::vector<std::string>> ListFiles(const std::string& dir);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_H_
