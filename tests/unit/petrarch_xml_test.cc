// The PETRARCH validation XML reader on tests/data/petrarch/suite.xml and broken files.
#include "io/petrarch_xml.h"

#include <gtest/gtest.h>

#include "base/file.h"
#include "io/xml_scanner.h"

namespace dyad {
namespace {

const std::string kSuite = std::string(DYAD_TEST_DATA) + "/petrarch/suite.xml";

TEST(PetrarchXml, EnvironmentAndRecords) {
  std::vector<std::string> warnings;
  auto suite = ReadPetrarchValidation(kSuite, &warnings);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  const PetrarchEnvironment& env = suite->environment;
  EXPECT_EQ(env.verb_file, "verbs.txt");
  EXPECT_EQ(env.actor_files, (std::vector<std::string>{"actors.txt", "more.actors.txt"}));
  EXPECT_EQ(env.agent_file, "agents.txt");
  EXPECT_EQ(env.discard_file, "discards.txt");
  EXPECT_EQ(env.include, (std::vector<std::string>{"valid", "DEMO", "ACTOR"}));
  EXPECT_EQ(env.pause, "Stop");
  ASSERT_EQ(env.config.size(), 1u);
  EXPECT_EQ(env.config[0].first, "stop_on_error");
  EXPECT_EQ(suite->Resolve(env.verb_file), std::string(DYAD_TEST_DATA) + "/petrarch/verbs.txt");

  ASSERT_EQ(suite->records.size(), 4u);  // the record after <Stop> is not read
  EXPECT_TRUE(suite->stopped);
  const PetrarchRecord& demo = suite->records[0];
  EXPECT_EQ(demo.id, "DEMO-00");
  EXPECT_EQ(demo.date, "1995-01-01");
  EXPECT_EQ(demo.category, "DEMO");
  EXPECT_EQ(demo.attributes.at("sentence"), "true");
  EXPECT_EQ(demo.text,
            "Arnor is about to restore full diplomatic ties with Gondor & Rohan almost five "
            "years after crowds trashed its embassy.");
  EXPECT_EQ(demo.parse, "(ROOT (S (NP (NNP Arnor))))");
  EXPECT_EQ(demo.events,
            (std::vector<PetrarchEvent>{{"ARN", "GON", "050"}, {"GON", "ARN", "050"}}));
  EXPECT_EQ(demo.line, 15);

  EXPECT_TRUE(suite->records[1].noevents);
  EXPECT_TRUE(suite->records[1].events.empty());
  ASSERT_EQ(suite->records[1].config.size(), 1u);
  EXPECT_EQ(suite->records[1].config[0].second, "4");
  EXPECT_EQ(suite->records[2].error, "sentencediscard");
  // A <Config> between records travels with the next record, not the environment.
  EXPECT_EQ(suite->records[2].config,
            (std::vector<std::pair<std::string, std::string>>{{"require_dyad", "false"}}));

  // <Sentence .../> followed by its content up to </Sentence> (UniversalPetrarch GSR file).
  const PetrarchRecord& gsr = suite->records[3];
  EXPECT_EQ(gsr.id, "AFP-1");
  EXPECT_EQ(gsr.events, (std::vector<PetrarchEvent>{{"USA", "CHN", "042"}}));
  EXPECT_EQ(gsr.text, "The US leader went to Beijing.");
  EXPECT_EQ(gsr.parse.substr(0, 6), "1\tThe\t");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("1 <Sentence .../> elements are self-closed"), std::string::npos);
}

TEST(PetrarchXml, MalformedInputNamesFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  const char* head = "<Validation>\n<Sentences>\n";
  for (const Case& c :
       {Case{"<Sentence id=\"a\">\n<Text>x</Text>\n</Sentence>\n",
             "bad.xml:3: <Sentence id=\"a\"> without date="},
        Case{"<Sentence date=\"19950101\">\n", "bad.xml:3: <Sentence> without id="},
        Case{"<Sentence id=\"a\" date=\"1995-01-01\">\n", "date \"1995-01-01\" is not YYYYMMDD"},
        Case{"<Sentence id=\"a\" date=\"19950101\">\n<EventCoding sourcecode=\"A\"/>\n",
             "bad.xml:4: <EventCoding> needs sourcecode, targetcode and eventcode"},
        Case{"<Sentence id=\"a\" date=\"19950101\">\n<Text>x</Parse>\n",
             "bad.xml:4: </Parse> closes <Text> of line 4"},
        Case{"<Sentence id=\"a\" date=\"19950101\">\n<Sentence id=\"b\" date=\"19950101\">\n",
             "bad.xml:4: <Sentence> inside the <Sentence> of line 3"},
        Case{"<EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"010\"/>\n",
             "bad.xml:3: <EventCoding> outside a <Sentence>"},
        Case{"<Sentence id=\"a\" date=\"19950101\">\n<!-- open\n", "bad.xml:4: comment never ends"},
        Case{"<Sentence id=a date=\"19950101\">\n", "bad.xml:3: attribute id of <Sentence> is not"},
        Case{"<Sentence id=\"a\" date=\"19950101\">\n<Text>x</Text>\n",
             "<Sentence> of line 3 is never closed"}}) {
    const std::string path = testing::TempDir() + "/bad.xml";
    ASSERT_TRUE(WriteFile(path, std::string(head) + c.text).ok());
    auto r = ReadPetrarchValidation(path, nullptr);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << r.status().message() << " vs " << c.message;
  }
}

TEST(XmlScanner, EntitiesAndTokens) {
  XmlScanner scanner("t.xml", "<a x='1 &lt; 2'>&#233;&#x41;&amp;&bogus;</a><b/>");
  XmlToken t;
  ASSERT_TRUE(scanner.Next(&t).value());
  EXPECT_EQ(t.kind, XmlToken::Kind::kOpen);
  EXPECT_EQ(*t.Attribute("x"), "1 < 2");
  ASSERT_TRUE(scanner.Next(&t).value());
  EXPECT_EQ(t.text,
            "\xC3\xA9"
            "A&&bogus;");
  EXPECT_EQ(scanner.unknown_entities(), 1);
  ASSERT_TRUE(scanner.Next(&t).value());
  EXPECT_EQ(t.kind, XmlToken::Kind::kClose);
  ASSERT_TRUE(scanner.Next(&t).value());
  EXPECT_EQ(t.kind, XmlToken::Kind::kEmpty);
  EXPECT_FALSE(scanner.Next(&t).value());
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(PennParseProblem, BalancedTreesConllAndEmptyPass) {
  EXPECT_EQ(PennParseProblem("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))) )\n"), "");
  EXPECT_EQ(PennParseProblem("  \n"), "");
  EXPECT_EQ(PennParseProblem("1\tArnor\tArnor\tPROPN\t_\t_\t2\tnsubj\t_\t_"), "");
  // Three '(' never closed, as a tree cut short.
  EXPECT_EQ(PennParseProblem("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)"),
            "unbalanced: 3 '(' not closed");
  // A missing "(VP" closes the tree early: the rest is left over.
  EXPECT_NE(PennParseProblem("(ROOT (S (NP (NNP Arnor)) (VBD left))) (. .))")
                .find("text after the tree closes"),
            std::string::npos);
  EXPECT_NE(PennParseProblem("(ROOT (NNP Arnor)))").find("at byte 17"), std::string::npos);
}

}  // namespace
}  // namespace dyad
