// The CAMEO codebook (data/events/cameo.tsv, grammar in docs/formats/events.md): every event
// code with its name, Goldstein weight, quad class and PLOVER event type and mode.
#ifndef DYAD_EVENTS_CODEBOOK_H_
#define DYAD_EVENTS_CODEBOOK_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string code, root, name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_event, plover_mode;  // "" when the table has none
};

class Codebook {
 public:
  // Checks the rules of docs/formats/events.md; a broken line stops loading with path:line.
  static Result<Codebook> Load(const std::string& path);
  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CODEBOOK_H_
