// Reader for the PETRARCH validation suites (PETR.UnitTest.records.xml and the
// UniversalPetrarch files): the <Environment> naming the dictionaries, then one record
// per <Sentence> with its expected events. Grammar and tolerated quirks:
// docs/formats/petrarch.md. Errors name file:line.
#ifndef DYAD_IO_PETRARCH_XML_H_
#define DYAD_IO_PETRARCH_XML_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct PetrarchEvent {
  std::string source, target, code;
  bool operator==(const PetrarchEvent&) const = default;
};

struct PetrarchRecord {
  std::string id;
  std::string date;                               // YYYY-MM-DD
  std::string category;                           // DEMO, ACTOR, ...
  std::map<std::string, std::string> attributes;  // every <Sentence> attribute as written
  std::string text;                               // <Text>, white space runs collapsed to one space
  std::string parse;                  // <Parse> as written (Penn Treebank or CoNLL-U rows), trimmed
  std::vector<PetrarchEvent> events;  // expected; empty with noevents or error
  bool noevents = false;              // <EventCoding noevents="True"/>
  std::string error;                  // <EventCoding error="dateline|sentencediscard|..."/>
  // <Config option= value=/> inside the record or between the previous record and this one,
  // in file order; each changes the setting from this record on (PETRARCH's reading).
  std::vector<std::pair<std::string, std::string>> config;
  int line = 0;
};

struct PetrarchEnvironment {
  std::string verb_file, agent_file, discard_file, error_file, pico_file, pause;
  std::vector<std::string> actor_files;  // a comma list or repeated <Actorfile>
  std::vector<std::string> include, exclude;
  std::vector<std::pair<std::string, std::string>> config;
};

struct PetrarchSuite {
  std::string path;
  PetrarchEnvironment environment;
  std::vector<PetrarchRecord> records;
  bool stopped = false;  // a <Stop> element ended the records early
  // A dictionary named by the environment, relative to the suite's folder.
  std::string Resolve(const std::string& file) const;
};

Result<PetrarchSuite> ReadPetrarchValidation(const std::string& path,
                                             std::vector<std::string>* warnings);

// Why a record's <Parse> is no well-formed Penn tree ("unbalanced: 2 '(' not closed"), or ""
// when it is one, is empty, or holds CoNLL-U rows. PETRARCH reports such a record as an
// input error and codes nothing from it.
std::string PennParseProblem(std::string_view parse);

}  // namespace dyad

#endif  // DYAD_IO_PETRARCH_XML_H_
