namespace Analysis.Tests.Extraction.Gates;

using Analysis.Evaluation;
using Analysis.Extraction;
using Analysis.Generation;
using Analysis.Vocabulary;

/// <summary>
/// The plural demonyms read word by word (<see cref="PluralPeoples"/>) find what a search for each plural found: the same country
/// and the same "several", over spans of every dev-set passage and of generated articles, and for every plural of the lexicon.
/// </summary>
public class PluralPeoplesTests
{
    private static readonly (string Plural, string Country)[] Peoples =
        [.. Lexicon.Default.Countries.SelectMany(c => c.Demonyms.Where(d => d.Length > 2 && d[^1] is 'n' or 'i').Select(d => (d + "s", c.Name)))];
    private static readonly PluralPeoples Read = new([.. Peoples.Select(p => p.Plural)], [.. Peoples.Select(p => p.Country)]);

    // The search each plural was found by before (SendingAgent.PeopleIn).
    private static string? Searched(string text, int from, int to, out bool several)
    {
        string? found = null;
        several = false;
        foreach (var (plural, country) in Peoples)
            for (var at = from; at <= to - plural.Length && (at = text.IndexOf(plural, at, to - at, StringComparison.Ordinal)) >= 0; at++)
                if ((at == 0 || !CueIndex.IsWordCharacter(text[at - 1])) && (at + plural.Length == text.Length || !CueIndex.IsWordCharacter(text[at + plural.Length])))
                {
                    if (found is not null && found != country) { several = true; return found; }
                    found = country;
                    break;
                }
        return found;
    }

    private static void Same(string text, int from, int to, List<string> differ, ref int found)
    {
        var expected = Searched(text, from, to, out var severalExpected);
        var read = Read.In(text, from, to, out var several);
        if (expected is not null) found++;
        if ((expected != read || severalExpected != several) && differ.Count < 10) differ.Add($"[{from}..{to}) of {text}");
    }

    [Fact]
    public void Reading_by_words_finds_what_the_searches_found()
    {
        var (found, differ) = (0, new List<string>());
        var texts = DevSet.Load(TestData.DevSetPath).Items.SelectMany(i => i.ToDocument().Sentences).Select(s => s.Text)
            .Concat(CorpusGenerator.Articles(seed: 1).Take(300).SelectMany(a => a.Text.Split('\n')))
            // Two plurals of the list side by side, of one country or of two.
            .Concat(Peoples.Zip(Peoples.Skip(1), (a, b) => $"some 3,000 {a.Plural} and 2,000 {b.Plural}, with {a.Plural}-led units"));
        foreach (var text in texts)
        {
            Same(text, 0, text.Length, differ, ref found);
            // Spans that start and end anywhere, inside words too.
            for (var from = 0; from < text.Length; from += 7)
                Same(text, from, Math.Min(text.Length, from + 3 + from % 41), differ, ref found);
        }
        Assert.Empty(differ);
        Assert.True(found > 100, $"only {found} spans with a plural");
    }

    public static TheoryData<string> Plurals() => [.. Peoples.Select(p => p.Plural).Distinct()];

    [Theory]
    [MemberData(nameof(Plurals))]
    public void Every_plural_is_found_as_the_search_found_it(string plural)
    {
        var (found, differ) = (0, new List<string>());
        foreach (var text in new[] { $"{plural}", $"some 3,000 {plural} and 2,000 Americans", $"x{plural}", $"{plural}x", $"the {plural}' own", $"Pakistanis, {plural}" })
            for (var from = 0; from <= text.Length; from++)
                foreach (var to in new[] { text.Length, text.Length - 1, from + plural.Length, from + plural.Length - 1 })
                    if (to >= from && to <= text.Length) Same(text, from, to, differ, ref found);
        Assert.Empty(differ);
        Assert.True(found > 0);
    }
}
