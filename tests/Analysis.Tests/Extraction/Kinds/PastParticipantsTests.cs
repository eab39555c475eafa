namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The participants of an exercise or an operation of a past time ("Last year 14,647 took part") are a count of then (earlier);
/// with no time, or with the article's own time, they are the current count. The sentences are ours.
/// </summary>
public class PastParticipantsTests
{
    [Theory]
    [InlineData("Norway will call up as many as 9,000 reservists for its spring drills. Last year 7,412 took part.", 7_412d)]
    [InlineData("The 2026 winter exercise opens on Monday. In 2019 some 31,000 soldiers took part in it, the ministry said.", 31_000d)]
    public void Participants_of_a_past_time_are_earlier(string text, double value) =>
        Assert.Equal(EstimateStatus.Earlier, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // Near misses: no time; a tally up to now.
    [InlineData("About 7,400 reservists took part in the drills, the army said.", 7_400d)]
    [InlineData("Since 2019 more than 31,000 soldiers have taken part in the mission.", 31_000d)]
    public void Participants_with_no_past_time_stay_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    [InlineData("2026-03-10", EstimateStatus.Earlier)]
    // Near miss: the piece's own year and month.
    [InlineData("2025-02-20", EstimateStatus.Current)]
    public void The_publication_date_decides(string published, EstimateStatus status)
    {
        var document = CorpusLoader.FromText("Test headline\n\nIn February 2025 about 4,300 soldiers took part in the drills, the army said.", "t",
            new DocumentMetadata(Published: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(status, Assert.Single(Extractor.Default.Extract(document).TroopCounts, c => c.Value == 4300).Status);
    }
}
