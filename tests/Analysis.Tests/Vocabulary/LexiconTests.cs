using System.Text.RegularExpressions;
using Analysis.Vocabulary;

namespace Analysis.Tests.Vocabulary;

public class LexiconTests
{
    [Fact]
    public void The_default_lexicon_reads_every_embedded_file_and_knows_the_story_s_countries()
    {
        var lexicon = Lexicon.Default;
        Assert.Contains("Data/lexicon/countries.json", lexicon.Files);
        var north = Assert.Single(lexicon.Countries, c => c.Name == "North Korea");
        Assert.Equal("North Korean", north.Demonyms[0]);
        Assert.Contains("Pyongyang", north.Aliases);
    }

    // The default lexicon is read without building its patterns to check them (the components build the ones they use):
    // this test is the check a broken embedded pattern has to fail.
    [Fact]
    public void The_kits_own_patterns_are_valid_regular_expressions()
    {
        Assert.NotEmpty(Lexicon.Default.PatternNames);
        Assert.Empty(Lexicon.Default.InvalidPatterns().Select(p => $"{p.Pattern.Name}: {p.Problem}"));
    }

    [Fact]
    public void The_check_of_the_kits_own_patterns_names_a_broken_one()
    {
        var lexicon = new Lexicon([], [new PatternEntry("fine", "a+", new("x.json", 2)), new PatternEntry("broken", "(a", new("x.json", 3))], [], [], [], [], []);
        var (pattern, _) = Assert.Single(lexicon.InvalidPatterns());
        Assert.Equal("broken", pattern.Name);
    }

    [Fact]
    public void A_pattern_composes_word_lists_and_other_patterns_by_name()
    {
        var lexicon = Lexicon.Parse("""
            {
              "words": { "nouns": ["troops", "service members"], "about": ["about", "around"] },
              "patterns": {
                "hedged": "{about}\\s+\\d[\\d,]*",
                "figure": "{hedged}\\s+{nouns}\\b",
                "quantified": "x{2,3}"
              }
            }
            """);
        var figure = lexicon.Regex("figure");
        Assert.Equal("around 8,000 service  members", figure.Match("they said around 8,000 service  members left").Value);
        Assert.Equal("about 500 troops", figure.Match("About 500 troops".ToLowerInvariant()).Value);
        Assert.Matches(lexicon.Regex("quantified"), "xxx");
        Assert.DoesNotMatch(lexicon.Regex("quantified"), "x");
    }

    [Fact]
    public void A_unicode_category_in_a_pattern_is_not_a_reference()
    {
        var lexicon = Lexicon.Parse("""
            {
              "words": { "Lu": ["never"] },
              "patterns": { "name": "\\p{Lu}\\p{L}+\\s+\\P{Ll}\\p{L}+" }
            }
            """);
        // Case-sensitive: under IgnoreCase .NET lets \p{Lu} match lower-case letters too ("said Søren" would match).
        var name = lexicon.Regex("name", System.Text.RegularExpressions.RegexOptions.None);
        Assert.Equal("Søren Østergård", name.Match("said Søren Østergård").Value);
        Assert.DoesNotMatch(name, "never said");
    }

    [Fact]
    public void Phrases_become_alternatives_longest_first_with_any_apostrophe_and_spacing()
    {
        var pattern = new Regex("^" + Lexicon.Alternation(["Korea", "Korean People's Army"]) + "$");
        Assert.Matches(pattern, "Korean People’s  Army");
        Assert.Matches(pattern, "Korea");
        Assert.DoesNotMatch(pattern, "Korean");
    }

    [Fact]
    public void Merging_adds_phrases_to_lists_and_names_to_countries_and_replaces_sources_and_patterns()
    {
        var additions = Lexicon.Parse("""
            {
              "words": { "troop_nouns": ["marines"] },
              "countries": [ { "name": "North Korea", "aliases": ["Hermit Kingdom"] }, { "name": "Finland", "demonyms": ["Finnish"], "aliases": ["Helsinki"] } ],
              "sources": [ { "name": "Yle", "kind": "outlet", "country": "Finland" } ]
            }
            """, "corpus/lexicon.json");
        var merged = Lexicon.Parse("""{ "words": { "troop_nouns": ["troops", "soldiers"] } }""", "base.json").Merge(additions);
        Assert.Equal(["troops", "soldiers", "marines"], merged.Words("troop_nouns"));
        Assert.Equal(["base.json", "corpus/lexicon.json"], merged.Files);

        var withDefaults = Lexicon.Default.Merge(additions);
        var north = Assert.Single(withDefaults.Countries, c => c.Name == "North Korea");
        Assert.Contains("Pyongyang", north.Aliases);
        Assert.Contains("Hermit Kingdom", north.Aliases);
        Assert.Contains(withDefaults.Countries, c => c.Name == "Finland" && c.Demonyms.SequenceEqual(["Finnish"]));
        Assert.Equal("Finland", Assert.Single(withDefaults.Sources, s => s.Name == "Yle").Country);
    }

    [Fact]
    public void A_list_includes_another_by_name_and_a_corpus_addition_reaches_every_list_that_includes_it()
    {
        var kit = Lexicon.Parse("""
            {
              "words": {
                "reporting_verbs": ["said", "told"],
                "statement_verbs": ["{reporting_verbs}", "declared", "said"],
                "closing_verbs": ["{statement_verbs}", "concluded"]
              },
              "patterns": { "closing": "\\b{closing_verbs}\\b" }
            }
            """, "kit.json");
        Assert.Equal(["said", "told", "declared"], kit.Words("statement_verbs"));
        Assert.Equal(["said", "told", "declared", "concluded"], kit.Words("closing_verbs"));

        var story = kit.Merge(Lexicon.Parse("""{ "words": { "reporting_verbs": ["intimated"] } }""", "story/lexicon.json"));
        Assert.Contains("intimated", story.Words("statement_verbs"));
        Assert.Contains("intimated", story.Words("closing_verbs"));
        Assert.Matches(story.Regex("closing"), "as the general intimated");
        Assert.DoesNotMatch(kit.Regex("closing"), "as the general intimated");
    }

    [Theory]
    [InlineData("{\n  \"words\": {\n    \"a\": [\"x\", \"{b}\"]\n  }\n}", 3, "word list 'a' includes {b}, which is not a word list")]
    [InlineData("{\n  \"words\": {\n    \"a\": [\"{b}\"],\n    \"b\": [\"{a}\"]\n  }\n}", 3, "includes itself (a → b → a)")]
    [InlineData("{\n  \"words\": {\n    \"a\": [\"x\"],\n    \"b\": [\"y\"],\n    \"a\": [\"z\"]\n  }\n}", 5, "'a' is in 'words' twice (lines 3 and 5)")]
    [InlineData("{ \"words\": { \"nouns\": [\"troops\",, ] } }", 1, "not valid JSON")]
    [InlineData("{\n  \"words\": {\n    \"nouns\": \"troops\"\n  }\n}", 3, "word list 'nouns' must be an array of strings")]
    [InlineData("{\n  \"patterns\": {\n    \"a\": \"{b}\"\n  }\n}", 3, "refers to {b}, which is neither a word list nor a pattern")]
    [InlineData("{\n  \"patterns\": {\n    \"a\": \"{b}\",\n    \"b\": \"x{a}\"\n  }\n}", 3, "refers to itself (a → b → a)")]
    [InlineData("{\n  \"patterns\": { \"a\": \"(\" }\n}", 2, "is not a valid regular expression")]
    [InlineData("{\n  \"sources\": [\n    { \"kind\": \"outlet\" }\n  ]\n}", 3, "an entry needs \"name\"")]
    [InlineData("{\n  \"events\": [\n    { \"name\": \"x\", \"start\": \"next week\" }\n  ]\n}", 3, "\"start\" must be a date, yyyy-MM-dd")]
    [InlineData("{\n  \"settings\": {\n    \"reach\": \"forty\"\n  }\n}", 3, "setting 'reach' must be a whole number")]
    [InlineData("{\n  \"settings\": {\n    \"reach\": 40.5\n  }\n}", 3, "setting 'reach' must be a whole number")]
    [InlineData("{\n  \"verbs\": []\n}", 2, "unknown section 'verbs'")]
    [InlineData("", 1, "empty")]
    public void A_malformed_lexicon_is_refused_with_its_file_and_line(string json, int line, string problem)
    {
        var error = Assert.Throws<LexiconException>(() => Lexicon.Parse(json, "story/lexicon.json"));
        Assert.Equal("story/lexicon.json", error.Origin.File);
        Assert.Equal(line, error.Origin.Line);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"story/lexicon.json, line {line}: ", error.Message);
    }

    [Fact]
    public void A_corpus_lexicon_beside_the_articles_is_merged_over_the_defaults()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, Lexicon.FileName), """{ "countries": [ { "name": "Ruritania", "demonyms": ["Ruritanian"], "aliases": ["Strelsau"] } ] }""");
            var extra = Path.Combine(folder, "more.json");
            File.WriteAllText(extra, """{ "countries": [ { "name": "Ruritania", "aliases": ["Zenda"] } ] }""");
            var lexicon = Lexicon.ForCorpus(folder, extra);
            var ruritania = Assert.Single(lexicon.Countries, c => c.Name == "Ruritania");
            Assert.Equal(["Strelsau", "Zenda"], ruritania.Aliases);
            Assert.Contains(lexicon.Countries, c => c.Name == "North Korea");
            Assert.Equal(Path.Combine(folder, Lexicon.FileName), lexicon.Files[^2]);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_setting_is_a_named_number_that_a_corpus_lexicon_replaces()
    {
        var kit = Lexicon.Parse("""{ "settings": { "toll_troop_word_reach": 40, "age_word_reach": 40 } }""", "kit.json");
        Assert.Equal(40, kit.Setting("toll_troop_word_reach"));
        var story = kit.Merge(Lexicon.Parse("""{ "settings": { "toll_troop_word_reach": 60 } }""", "story/lexicon.json"));
        Assert.Equal(60, story.Setting("toll_troop_word_reach"));
        Assert.Equal(40, story.Setting("age_word_reach"));
        Assert.Equal(60, story.CompiledToIL().Setting("toll_troop_word_reach"));
        Assert.Contains("age_word_reach", Assert.Throws<KeyNotFoundException>(() => kit.Setting("age_reach")).Message);
    }

    [Fact]
    public void Asking_for_a_list_that_is_not_there_names_the_ones_that_are()
    {
        var lexicon = Lexicon.Parse("""{ "words": { "hedges": ["about"] } }""");
        var error = Assert.Throws<KeyNotFoundException>(() => lexicon.Words("hedge"));
        Assert.Contains("hedges", error.Message);
    }
}
