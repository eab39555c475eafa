namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>
/// A published day in figures is read when only one reading of it is a day: an analyst in Europe writes 30/05/2023, one
/// in the United States 05/30/2023, and both mean 30 May. Only a date that reads two ways (07/11/2024: July or November)
/// is a problem, as the README says.
/// </summary>
public class FigureDateTests
{
    private const string Body = "Troops head west\n\nThe ministry said 300 soldiers left on Monday.\n";

    [Theory]
    [InlineData("30/05/2023", 2023, 5, 30)]
    [InlineData("05/30/2023", 2023, 5, 30)]
    [InlineData("30.05.2023", 2023, 5, 30)]
    [InlineData("1/31/2024", 2024, 1, 31)]
    [InlineData("05/05/2023", 2023, 5, 5)]       // the same figure twice reads one way only
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void A_figure_date_with_one_reading_is_read_in_the_manifest_and_front_matter(string written, int year, int month, int day)
    {
        using var corpus = new TempCorpus();
        corpus.Write("east.txt", Body);
        corpus.Write("west.md", $"---\ntitle: West\npublished: {written}\n---\n" + Body);
        corpus.Write("manifest.json", $$"""{ "east": { "published": "{{written}}" } }""");

        var loaded = corpus.Load();

        Assert.Empty(loaded.Problems);
        Assert.Equal(new DateOnly(year, month, day), loaded["east"].Metadata.Published);
        Assert.Equal(new DateOnly(year, month, day), loaded["west"].Metadata.Published);
    }

    [Theory]
    // Near misses: two readings, or none.
    [InlineData("07/11/2024", "day and month could be either way round")]
    [InlineData("29/02/2023", "is not a date")]
    [InlineData("31/13/2024", "is not a date")]
    [InlineData("13/13/2024", "is not a date")]
    public void A_figure_date_with_two_readings_or_none_stays_a_problem(string written, string message)
    {
        using var corpus = new TempCorpus();
        corpus.Write("east.txt", Body);
        corpus.Write("manifest.json", $$"""{ "east": { "published": "{{written}}" } }""");

        var loaded = corpus.Load();

        Assert.Contains(message, Assert.Single(loaded.Problems).Message);
        Assert.Null(loaded["east"].Metadata.Published);
    }
}
