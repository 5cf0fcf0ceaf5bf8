// Development tool: proposes verb patterns for WordNet synonyms of the verbs that
// data/events/patterns.tsv already codes, for a person to review before any goes into the
// dictionary (WordNet does not know which sense a pattern means, so nothing is added blindly).
// A synonym W of a coded verb L is proposed when W has no pattern of its own and W's most
// frequent sense is L's most frequent sense (the first synset of both in WordNet's
// index.verb); each single-verb pattern of L is printed again for W.
// Usage: dyad_verb_synonyms PATTERNS.tsv WORDNET_DIR   (Debian wordnet-base: /usr/share/wordnet)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, sep)) out.push_back(field);
  return out;
}

// lemma -> synset offsets, most frequent sense first (WordNet's index.verb).
std::unordered_map<std::string, std::vector<std::string>> ReadIndex(const std::string& path) {
  std::unordered_map<std::string, std::vector<std::string>> index;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    std::vector<std::string> f = Split(line, ' ');
    if (f.size() < 4) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt offsets...
    const size_t pointers = std::stoul(f[3]);
    const size_t first = 4 + pointers + 2;
    for (size_t i = first; i < f.size(); ++i) {
      if (!f[i].empty()) index[f[0]].push_back(f[i]);
    }
  }
  return index;
}

// The lower-case words of the synset at byte `offset` of data.verb.
std::vector<std::string> SynsetWords(std::ifstream& data, const std::string& offset) {
  data.clear();
  data.seekg(std::stoll(offset));
  std::string line;
  std::getline(data, line);
  std::vector<std::string> f = Split(line, ' ');
  std::vector<std::string> words;
  if (f.size() < 4) return words;
  const int count = std::stoi(f[3], nullptr, 16);
  for (int i = 0; i < count && 4 + 2 * static_cast<size_t>(i) < f.size(); ++i) {
    std::string w = f[4 + 2 * i];
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(w);
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: dyad_verb_synonyms PATTERNS.tsv WORDNET_DIR\n";
    return 2;
  }
  std::ifstream patterns(argv[1]);
  if (!patterns) {
    std::cerr << argv[1] << ": cannot open\n";
    return 1;
  }
  const std::string dir = argv[2];
  auto index = ReadIndex(dir + "/index.verb");
  std::ifstream data(dir + "/data.verb");
  if (index.empty() || !data) {
    std::cerr << dir << ": no WordNet index.verb/data.verb\n";
    return 1;
  }
  std::set<std::string> coded;                             // every verb lemma with a pattern
  std::map<std::string, std::vector<std::string>> simple;  // lemma -> its single-verb lines
  std::vector<std::string> order;
  std::string line;
  while (std::getline(patterns, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    if (f.size() != 4 || f[1].rfind("V:", 0) != 0) continue;
    const std::string trigger = f[1].substr(2);
    const std::string lemma = trigger.substr(0, trigger.find(' '));
    coded.insert(lemma);
    if (trigger.find(' ') != std::string::npos) continue;  // phrasal verbs stay as written
    if (!simple.count(lemma)) order.push_back(lemma);
    simple[lemma].push_back(line);
  }
  std::set<std::string> proposed;
  for (const std::string& lemma : order) {
    auto senses = index.find(lemma);
    if (senses == index.end()) continue;
    const std::string& sense = senses->second.front();
    for (const std::string& word : SynsetWords(data, sense)) {
      if (word.find('_') != std::string::npos || coded.count(word) || proposed.count(word)) {
        continue;
      }
      auto own = index.find(word);
      if (own == index.end() || own->second.front() != sense) continue;
      proposed.insert(word);
      std::cout << "# " << word << ": synonym of " << lemma << " (" << own->second.size()
                << " senses)\n";
      for (const std::string& pattern : simple[lemma]) {
        std::vector<std::string> f = Split(pattern, '\t');
        std::cout << f[0] << "\tV:" << word << "\t" << f[2] << "\t" << f[3] << "\n";
      }
    }
  }
  return 0;
}
