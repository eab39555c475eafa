using System.Text;
using Analysis.Corpus;
using Analysis.Vocabulary;

namespace Analysis.Tests.Vocabulary;

/// <summary>
/// The matchers read the tokens of a per-thread <see cref="TokenTable"/> and look them up by hash: they must find what a
/// plain walk over the range finds (the matcher as it was before the table, kept here as <see cref="Walk"/>), on any
/// text, any range, in any order of calls.
/// </summary>
public class TokenTableTests
{
    // Letters in both cases and outside ASCII (ſ, ı, İ and the Kelvin sign have an ASCII letter as their upper or
    // lower case), digits, apostrophes, hyphens, white space of several kinds, punctuation and a surrogate pair.
    private const string Alphabet = "aAbBsSkKiIeEéÉſıİK0123456789’‘'-–— \t\n\u00A0.,;:\"()Жж😀";

    private static readonly string[] Words =
        ["troops", "Troop", "TROOPS", "said", "North", "Korea", "Korean", "’s", "'s", "Kursk", "ſaid", "İstanbul", "istanbul",
         "Jean-Marc", "1st", "army", "K", "k", "d’Ivoire", "Жук", "жук", "😀", "-", ",", "a", "b", "ab", "abc"];

    private static readonly string[] Phrases =
        ["troops", "troop", "said", "North Korea", "North Korean", "North Korean troops", "Korea", "'s", "’s army",
         "İstanbul", "istanbul", "Jean - Marc", "Jean-Marc", "1st army", "K", "d'Ivoire", "жук", "😀", "-", ", said",
         "a b", "a b c", "ab", "b", "ſaid", "Kursk"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_matcher_finds_what_a_walk_over_the_range_finds(bool ignoreCase)
    {
        var random = new Random(17);
        var labelled = Phrases.Select((p, i) => ($"l{i % 5}", p)).ToArray();
        var matcher = new PhraseMatcher(labelled.Select(l => (LabelledPhrase)l), ignoreCase);
        var walk = new Walk(labelled, ignoreCase);
        for (var round = 0; round < 400; round++)
        {
            var text = RandomText(random, random.Next(0, 60));
            // Several ranges of one text, in no order: starts and ends inside words, on spaces, at either end.
            for (var call = 0; call < 12; call++)
            {
                var start = random.Next(0, text.Length + 1);
                var end = random.Next(start, text.Length + 1);
                Assert.Equal(walk.Find(text, start, end, firstTokenOnly: false), matcher.Find(text, start, end));
                Assert.Equal(walk.Find(text, start, end, firstTokenOnly: true), matcher.FindAtStart(text, start, end));
                Assert.Equal(walk.Find(text, start, end, firstTokenOnly: false).Count > 0, matcher.Any(text, start, end));
            }
        }
    }

    [Fact]
    public void A_text_longer_than_a_table_holds_is_read_in_any_order()
    {
        var random = new Random(3);
        var labelled = Phrases.Select(p => ("x", p)).ToArray();
        var (matcher, walk) = (new PhraseMatcher(labelled.Select(l => (LabelledPhrase)l)), new Walk(labelled, ignoreCase: true));
        var text = RandomText(random, 60_000); // some 40,000 tokens: more than a table keeps
        Assert.Equal(walk.Find(text, 0, text.Length, firstTokenOnly: false), matcher.Find(text));
        var ranges = Enumerable.Range(0, 300).Select(_ => random.Next(0, text.Length)).Select(s => (s, Math.Min(text.Length, s + random.Next(0, 3000)))).ToArray();
        foreach (var (start, end) in ranges.Concat(ranges.Order()))
            Assert.Equal(walk.Find(text, start, end, firstTokenOnly: false), matcher.Find(text, start, end));
    }

    [Fact]
    public void A_cue_index_gives_the_bits_of_a_walk_over_the_range()
    {
        var random = new Random(5);
        (ulong, IEnumerable<string>, bool)[] cues = [(1, ["troops", "said"], false), (2, ["North Korea", "K"], true), (4, ["’s", "-"], false), (8, ["İstanbul", "жук"], false)];
        var index = new CueIndex(cues.Select(c => (CueWords)c), [(1, 4, 16), (4, 2, 32)]);
        for (var round = 0; round < 400; round++)
        {
            var text = RandomText(random, random.Next(0, 40));
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            var (bits, previous) = (0UL, 0UL);
            foreach (var (from, to) in Walk.Tokens(text, start, end))
            {
                var token = PhraseMatcher.Normalized(text.AsSpan(from, to - from)).ToString();
                var cued = cues.Where(c => c.Item2.Any(p => PhraseMatcher.Tokens(p, 0, p.Length) is [var f, ..] &&
                    token.Equals(PhraseMatcher.Normalized(p.AsSpan(f.Start, f.End - f.Start)).ToString(), c.Item3 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)))
                    .Aggregate(0UL, (b, c) => b | c.Item1);
                if ((previous & 1) != 0 && (cued & 4) != 0) bits |= 16;
                if ((previous & 4) != 0 && (cued & 2) != 0) bits |= 32;
                (bits, previous) = (bits | cued, cued);
            }
            Assert.Equal(bits, index.Scan(text, start, end));
        }
    }

    [Theory]
    [InlineData("troops", 0, 5, "troop")]            // a range that cuts a word reads what is inside it
    [InlineData("the troops", 3, 9, "troop")]
    [InlineData("introops said", 2, 13, "troops|said")] // and from inside one
    [InlineData("North\u00A0Korea's troops", 0, 20, "North Korea|'s|troops")]
    [InlineData("North-Korea troops", 0, 18, "-|Korea|troops")]
    [InlineData("d’Ivoire’s", 0, 10, "d'Ivoire|'s")]
    [InlineData("ſaid SAID ſAID", 0, 14, "ſaid|said|ſaid")]
    [InlineData("İSTANBUL istanbul", 0, 17, "İstanbul|istanbul")]
    [InlineData("😀😀", 0, 4, "😀|😀")]
    public void Tokens_are_read_as_a_walk_reads_them(string text, int start, int end, string expected)
    {
        var labelled = Phrases.Select(p => (p, p)).ToArray();
        Assert.Equal(expected.Split('|'), new PhraseMatcher(labelled.Select(l => (LabelledPhrase)l)).Find(text, start, end).Select(m => m.Label));
    }

    [Fact]
    public void No_character_outside_ascii_equals_one_inside_it_in_any_case()
    {
        // The token hash counts every character outside ASCII alike and ASCII letters in lower case: right only while this holds.
        for (var c = '\u0080'; ; c++)
        {
            for (var a = '\0'; a < '\u0080'; a++)
                Assert.False(MemoryExtensions.Equals([c], [a], StringComparison.OrdinalIgnoreCase), $"U+{(int)c:X4} ~ U+{(int)a:X4}");
            if (c == char.MaxValue) break;
        }
    }

    private static string RandomText(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (random.Next(3) == 0) text.Append(Words[random.Next(Words.Length)]);
            else for (var n = random.Next(1, 4); n > 0; n--) text.Append(Alphabet[random.Next(Alphabet.Length)]);
            if (random.Next(4) > 0) text.Append(' ');
        }
        return text.ToString();
    }

    /// <summary>The matcher as it was before token tables: a trie of strings, and a walk of the range's characters per call.</summary>
    private sealed class Walk
    {
        private sealed class Node(StringComparer comparer)
        {
            public Dictionary<string, Node> Children { get; } = new(comparer);
            public List<string> Labels { get; } = [];
        }

        private readonly Node root;

        public Walk(IEnumerable<(string Label, string Phrase)> phrases, bool ignoreCase)
        {
            var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            root = new Node(comparer);
            foreach (var (label, phrase) in phrases)
            {
                var node = root;
                foreach (var (from, to) in Tokens(phrase, 0, phrase.Length))
                {
                    var key = PhraseMatcher.Normalized(phrase.AsSpan(from, to - from)).ToString();
                    if (!node.Children.TryGetValue(key, out var child)) node.Children[key] = child = new Node(comparer);
                    node = child;
                }
                if (node != root && !node.Labels.Contains(label)) node.Labels.Add(label);
            }
        }

        public static IEnumerable<(int Start, int End)> Tokens(string text, int start, int end)
        {
            for (var at = start; ;)
            {
                while (at < end && char.IsWhiteSpace(text[at])) at++;
                if (at >= end) yield break;
                var from = at++;
                if (char.IsLetterOrDigit(text[from])) while (at < end && char.IsLetterOrDigit(text[at])) at++;
                yield return (from, at);
            }
        }

        public List<PhraseMatch> Find(string text, int start, int end, bool firstTokenOnly)
        {
            var tokens = Tokens(text, start, end).ToArray();
            var found = new List<PhraseMatch>();
            for (var i = 0; i < tokens.Length;)
            {
                var (node, best, last) = (root, (Node?)null, -1);
                for (var j = i; j < tokens.Length && node.Children.TryGetValue(PhraseMatcher.Normalized(text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start)).ToString(), out var next); j++)
                {
                    node = next;
                    if (node.Labels.Count > 0) (best, last) = (node, j);
                }
                if (best is not null) found.AddRange(best.Labels.Select(l => new PhraseMatch(new TextSpan(tokens[i].Start, tokens[last].End), l)));
                if (firstTokenOnly) break;
                i = best is null ? i + 1 : last + 1;
            }
            return found;
        }
    }
}
